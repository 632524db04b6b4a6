#pragma once

#include "net/ApiFailure.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>

class QNetworkReply;

// One request to the server in flight: it ends with succeeded (the parsed JSON, and the raw body
// for downloads) or failed (the reason), then deletes itself. Abort it to give up.
class ApiCall final : public QObject
{
    Q_OBJECT

public:
    explicit ApiCall(QNetworkReply* reply, QObject* parent = nullptr);

    void abort();
    const QByteArray& body() const
    {
        return m_body;
    }
    // The answer's Content-Type (for downloads such as receipts).
    const QString& contentType() const
    {
        return m_contentType;
    }

signals:
    void succeeded(const QJsonDocument& json);
    void failed(const ApiFailure& failure);

private:
    void finish();
    static ApiFailure failureOf(QNetworkReply* reply, const QByteArray& body);

    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QString m_contentType;
};
