#include "ui/LoginDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace
{
const QString ServerKey = QStringLiteral("connection/server");
const QString EmailKey = QStringLiteral("connection/email");
const QString CaFileKey = QStringLiteral("connection/caFile");
const QString DefaultServer = QStringLiteral("http://127.0.0.1:8000");
} // namespace

LoginDialog::LoginDialog(QWidget* parent)
    : QDialog(parent)
    , m_server(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in to ESXi Backup Manager Cloud"));
    m_server->setObjectName(QStringLiteral("server"));
    m_email->setObjectName(QStringLiteral("email"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("System certificates"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c5221f"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));

    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Email:"), m_email);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("CA file:"), caRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &LoginDialog::chooseCaFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::requestSignIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadSettings();
}

QUrl LoginDialog::serverUrl() const
{
    return QUrl::fromUserInput(m_server->text().trimmed());
}

QString LoginDialog::email() const
{
    return m_email->text().trimmed();
}

QString LoginDialog::caFile() const
{
    return m_caFile->text().trimmed();
}

void LoginDialog::requestSignIn()
{
    const QUrl url = serverUrl();
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        showError(tr("Enter the server address, like https://cloud.example.com."));
        return;
    }
    if (email().isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter your email and your password."));
        return;
    }
    showBusy();
    emit signInRequested(url, email(), m_password->text(), caFile());
}

void LoginDialog::showBusy()
{
    m_message->clear();
    m_progress->setVisible(true);
    m_buttons->setEnabled(false);
}

void LoginDialog::showError(const QString& message)
{
    m_progress->setVisible(false);
    m_buttons->setEnabled(true);
    m_message->setText(message);
    m_password->setFocus();
}

void LoginDialog::acceptSignIn()
{
    m_progress->setVisible(false);
    m_password->clear();
    saveSettings();
    accept();
}

void LoginDialog::chooseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Certificate authority"), QString(),
                                                      tr("PEM certificates (*.pem *.crt)"));
    if (!path.isEmpty())
        m_caFile->setText(path);
}

void LoginDialog::loadSettings()
{
    const QSettings settings;
    m_server->setText(settings.value(ServerKey, DefaultServer).toString());
    m_email->setText(settings.value(EmailKey).toString());
    m_caFile->setText(settings.value(CaFileKey).toString());
    (m_email->text().isEmpty() ? m_email : m_password)->setFocus();
}

void LoginDialog::saveSettings() const
{
    QSettings settings;
    settings.setValue(ServerKey, m_server->text().trimmed());
    settings.setValue(EmailKey, email());
    settings.setValue(CaFileKey, caFile());
}
