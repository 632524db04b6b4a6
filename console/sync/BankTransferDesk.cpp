#include "sync/BankTransferDesk.h"

#include <QJsonArray>

BankTransferDesk::BankTransferDesk(ApiClient& client, BankTransfersModel& model, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
}

void BankTransferDesk::load()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("method"), QStringLiteral("bank_transfer"));
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("pending,processing"));
    query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("100"));
    ApiCall* call = m_client.get(QStringLiteral("/api/admin/payments/"), query);
    connect(call, &ApiCall::succeeded, this, [this](const QJsonDocument& answer) {
        QList<QJsonObject> payments;
        for (const QJsonValue& value : answer.object().value(QStringLiteral("results")).toArray())
            payments.append(value.toObject());
        m_model.setPayments(payments);
        emit loaded(static_cast<int>(payments.size()));
    });
    connect(call, &ApiCall::failed, this,
            [this](const ApiFailure& failure) { emit failed(failure.message()); });
}

void BankTransferDesk::fetchReceipt(qint64 paymentId)
{
    ApiCall* call = m_client.get(QStringLiteral("/api/admin/payments/%1/receipt/").arg(paymentId));
    connect(call, &ApiCall::succeeded, this, [this, call, paymentId](const QJsonDocument&) {
        emit receiptFetched(paymentId, call->body(), call->contentType());
    });
    connect(call, &ApiCall::failed, this,
            [this](const ApiFailure& failure) { emit failed(failure.message()); });
}

void BankTransferDesk::approve(qint64 paymentId, const QString& amountReceived)
{
    decide(paymentId, {{QStringLiteral("approve"), true},
                       {QStringLiteral("amount_received"), amountReceived}});
}

void BankTransferDesk::reject(qint64 paymentId, const QString& reason)
{
    decide(paymentId, {{QStringLiteral("approve"), false}, {QStringLiteral("reason"), reason}});
}

void BankTransferDesk::decide(qint64 paymentId, const QJsonObject& decision)
{
    ApiCall* call = m_client.post(
        QStringLiteral("/api/tenants/payments/%1/verify_bank_transfer/").arg(paymentId), decision);
    connect(call, &ApiCall::succeeded, this, [this, paymentId](const QJsonDocument& answer) {
        emit decided(paymentId, answer.object().value(QStringLiteral("status")).toString());
    });
    connect(call, &ApiCall::failed, this,
            [this](const ApiFailure& failure) { emit failed(failure.message()); });
}
