#include "net/StaffSession.h"

#include <QJsonObject>

StaffSession::StaffSession(ApiClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    connect(&m_client, &ApiClient::sessionExpired, this, [this] {
        m_client.setToken({});
        emit expired();
    });
}

void StaffSession::signIn(const QUrl& server, const QString& email, const QString& password)
{
    m_client.setServer(server);
    m_client.setToken({});
    ApiCall* call =
        m_client.post(QStringLiteral("/api/auth/login/"),
                      {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    connect(call, &ApiCall::succeeded, this, &StaffSession::accept);
    connect(call, &ApiCall::failed, this, [this](const ApiFailure& failure) {
        if (failure.status == 401)
            emit signInFailed(tr("The email or the password is incorrect."));
        else if (failure.status == 429)
            emit signInFailed(tr("Too many failed attempts: wait a few minutes."));
        else
            emit signInFailed(failure.message());
    });
}

void StaffSession::accept(const QJsonDocument& answer)
{
    const QJsonObject user = answer.object().value(QStringLiteral("user")).toObject();
    if (!user.value(QStringLiteral("is_staff")).toBool()) {
        emit signInFailed(tr("This account is not a staff account."));
        return;
    }
    m_client.setToken(answer.object().value(QStringLiteral("token")).toString());
    m_userName = user.value(QStringLiteral("name")).toString();
    if (m_userName.isEmpty())
        m_userName = user.value(QStringLiteral("email")).toString();
    emit signedIn(m_userName);
}

void StaffSession::signOut()
{
    if (!m_client.hasToken())
        return;
    m_client.post(QStringLiteral("/api/auth/logout/"), {});
    m_client.setToken({});
}
