#pragma once

#include "models/BankTransfersModel.h"
#include "net/ApiClient.h"

#include <QObject>

// The bank-transfer queue on the server: loads the transfers waiting for staff, fetches a
// receipt, and sends staff's decision — approve with the amount that arrived, or reject with
// the reason the customer is told.
class BankTransferDesk final : public QObject
{
    Q_OBJECT

public:
    BankTransferDesk(ApiClient& client, BankTransfersModel& model, QObject* parent = nullptr);

    void load();
    void fetchReceipt(qint64 paymentId);
    void approve(qint64 paymentId, const QString& amountReceived);
    void reject(qint64 paymentId, const QString& reason);

signals:
    void loaded(int count);
    void receiptFetched(qint64 paymentId, const QByteArray& bytes, const QString& contentType);
    void decided(qint64 paymentId, const QString& status);
    void failed(const QString& message);

private:
    void decide(qint64 paymentId, const QJsonObject& decision);

    ApiClient& m_client;
    BankTransfersModel& m_model;
};
