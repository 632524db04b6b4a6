#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

// Asks for the server address, the staff email and password, and optionally a CA file for a
// server whose certificate the system does not trust. It remembers the address and the CA file,
// never the password, and asks the network nothing itself: it emits signInRequested and shows
// what the session answers.
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(QWidget* parent = nullptr);

    QUrl serverUrl() const;
    QString email() const;
    QString caFile() const;

public slots:
    void showBusy();
    void showError(const QString& message);
    void acceptSignIn();

signals:
    void signInRequested(const QUrl& server, const QString& email, const QString& password,
                         const QString& caFile);

private:
    void requestSignIn();
    void chooseCaFile();
    void loadSettings();
    void saveSettings() const;

    QLineEdit* m_server;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QLineEdit* m_caFile;
    QLabel* m_message;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
};
