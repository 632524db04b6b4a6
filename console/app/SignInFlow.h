#pragma once

#include <QObject>

class LoginDialog;
class MainWindow;
class Workspace;

// Signing staff in before the window opens, and again when the session expires: the login
// dialog's request goes to the session; success opens the server's workspace and shows who is
// connected; an expired session asks for the password again over the window.
class SignInFlow final : public QObject
{
    Q_OBJECT

public:
    SignInFlow(Workspace& workspace, MainWindow& window, QObject* parent = nullptr);

    // Shows the login dialog until staff sign in (true) or give up (false).
    bool signIn();

private:
    void signedIn(const QString& userName);
    void expired();

    Workspace& m_workspace;
    MainWindow& m_window;
    LoginDialog* m_dialog = nullptr;
};
