#pragma once

#include "net/ApiClient.h"

#include <QObject>
#include <QString>

// A staff member's session on one server: signing in (only staff accounts are accepted),
// signing out, and the expiry the client reports; the token lives in memory only.
class StaffSession final : public QObject
{
    Q_OBJECT

public:
    explicit StaffSession(ApiClient& client, QObject* parent = nullptr);

    void signIn(const QUrl& server, const QString& email, const QString& password);
    void signOut();
    bool isSignedIn() const
    {
        return m_client.hasToken();
    }
    const QString& userName() const
    {
        return m_userName;
    }

signals:
    void signedIn(const QString& userName);
    void signInFailed(const QString& message);
    void expired();

private:
    void accept(const QJsonDocument& answer);

    ApiClient& m_client;
    QString m_userName;
};
