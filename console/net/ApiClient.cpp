#include "net/ApiClient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslConfiguration>

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
{
}

void ApiClient::setServer(const QUrl& baseUrl)
{
    m_server = baseUrl;
    QString path = m_server.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_server.setPath(path);
}

bool ApiClient::setCaFile(const QString& path)
{
    m_extraCas.clear();
    if (path.isEmpty())
        return true;
    m_extraCas = QSslCertificate::fromPath(path, QSsl::Pem);
    return !m_extraCas.isEmpty();
}

void ApiClient::setToken(const QString& token)
{
    m_token = token;
}

QNetworkRequest ApiClient::requestFor(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_server;
    url.setPath(m_server.path() + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(kTimeoutMs);
    if (!m_extraCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCas);
        request.setSslConfiguration(tls);
    }
    return request;
}

ApiCall* ApiClient::track(QNetworkReply* reply)
{
    auto* call = new ApiCall(reply, this);
    emit activityChanged(++m_inFlight);
    connect(call, &QObject::destroyed, this, [this] { emit activityChanged(--m_inFlight); });
    connect(call, &ApiCall::failed, this, [this](const ApiFailure& failure) {
        if (failure.status == 401 && hasToken())
            emit sessionExpired();
    });
    return call;
}

ApiCall* ApiClient::get(const QString& path, const QUrlQuery& query)
{
    return track(m_network.get(requestFor(path, query)));
}

ApiCall* ApiClient::post(const QString& path, const QJsonObject& body)
{
    QNetworkRequest request = requestFor(path, {});
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return track(m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

ApiCall* ApiClient::patch(const QString& path, const QJsonObject& body)
{
    QNetworkRequest request = requestFor(path, {});
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return track(m_network.sendCustomRequest(request, "PATCH",
                                             QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

ApiCall* ApiClient::remove(const QString& path)
{
    return track(m_network.deleteResource(requestFor(path, {})));
}
