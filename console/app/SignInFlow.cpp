#include "app/SignInFlow.h"

#include "app/Workspace.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"

#include <QMessageBox>

SignInFlow::SignInFlow(Workspace& workspace, MainWindow& window, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_window(window)
{
    connect(&m_workspace.session(), &StaffSession::signedIn, this, &SignInFlow::signedIn);
    connect(&m_workspace.session(), &StaffSession::expired, this, &SignInFlow::expired);
}

bool SignInFlow::signIn()
{
    LoginDialog dialog(m_window.isVisible() ? &m_window : nullptr);
    m_dialog = &dialog;
    connect(&dialog, &LoginDialog::signInRequested, this,
            [this, &dialog](const QUrl& server, const QString& email, const QString& password,
                            const QString& caFile) {
                if (!m_workspace.client().setCaFile(caFile)) {
                    dialog.showError(tr("No certificate could be read from %1.").arg(caFile));
                    return;
                }
                m_workspace.session().signIn(server, email, password);
            });
    connect(&m_workspace.session(), &StaffSession::signInFailed, &dialog, &LoginDialog::showError);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    m_dialog = nullptr;
    return accepted;
}

void SignInFlow::signedIn(const QString& userName)
{
    if (m_dialog != nullptr)
        m_dialog->acceptSignIn();
    m_window.showConnected(m_workspace.client().server().toString(), userName);
    m_workspace.open();
}

void SignInFlow::expired()
{
    QMessageBox::information(&m_window, tr("Session expired"),
                             tr("Your session has expired: sign in again to go on."));
    if (!signIn())
        m_window.close();
}
