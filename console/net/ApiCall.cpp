#include "net/ApiCall.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>

ApiCall::ApiCall(QNetworkReply* reply, QObject* parent)
    : QObject(parent)
    , m_reply(reply)
{
    connect(reply, &QNetworkReply::finished, this, &ApiCall::finish);
}

void ApiCall::abort()
{
    if (m_reply)
        m_reply->abort();
}

void ApiCall::finish()
{
    QNetworkReply* reply = m_reply;
    m_body = reply->readAll();
    m_contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        const QJsonDocument json = QJsonDocument::fromJson(m_body);
        emit succeeded(json);
    } else {
        emit failed(failureOf(reply, m_body));
    }
    reply->deleteLater();
    deleteLater();
}

ApiFailure ApiCall::failureOf(QNetworkReply* reply, const QByteArray& body)
{
    ApiFailure failure;
    failure.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (failure.status == 0) {
        failure.code = QStringLiteral("network_error");
        failure.detail = reply->errorString();
        return failure;
    }
    if (json.contains(QStringLiteral("detail"))) {
        failure.code = json.value(QStringLiteral("code")).toString();
        failure.detail = json.value(QStringLiteral("detail")).toString();
        return failure;
    }
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        QStringList messages;
        for (const QJsonValue& message : it.value().toArray())
            messages << message.toString();
        failure.fieldErrors.insert(it.key(), messages);
    }
    failure.code = QStringLiteral("invalid");
    return failure;
}
