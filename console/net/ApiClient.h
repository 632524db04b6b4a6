#pragma once

#include "net/ApiCall.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

// The console's one door to ebm-server: JSON requests carrying the staff session's bearer
// token, over HTTPS verified against the system CAs (plus a CA file staff chose), each
// asynchronous with a timeout. A 401 while signed in announces that the session expired.
class ApiClient final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTimeoutMs = 30'000;

    explicit ApiClient(QObject* parent = nullptr);

    void setServer(const QUrl& baseUrl);
    QUrl server() const
    {
        return m_server;
    }
    // Trusts the certificates of a PEM file besides the system's; false when it holds none.
    bool setCaFile(const QString& path);
    void setToken(const QString& token);
    bool hasToken() const
    {
        return !m_token.isEmpty();
    }

    ApiCall* get(const QString& path, const QUrlQuery& query = {});
    ApiCall* post(const QString& path, const QJsonObject& body);
    ApiCall* patch(const QString& path, const QJsonObject& body);
    ApiCall* remove(const QString& path);

    // How many calls are waiting for the server.
    int callsInFlight() const
    {
        return m_inFlight;
    }

signals:
    void sessionExpired();
    // The number of calls in flight changed (the window shows progress while it is not 0).
    void activityChanged(int callsInFlight);

private:
    QNetworkRequest requestFor(const QString& path, const QUrlQuery& query) const;
    ApiCall* track(QNetworkReply* reply);

    QNetworkAccessManager m_network;
    QUrl m_server;
    QString m_token;
    QList<QSslCertificate> m_extraCas;
    int m_inFlight = 0;
};
