#pragma once

#include "net/ApiClient.h"

#include <QJsonObject>
#include <QObject>

// Staff actions on invoices sent to the server: voiding a draft or issued invoice with a reason
// (POST /api/admin/invoices/{id}/void/); the server refuses paid and void ones.
class InvoiceActions final : public QObject
{
    Q_OBJECT

public:
    explicit InvoiceActions(ApiClient& client, QObject* parent = nullptr);

    void voidInvoice(qint64 invoiceId, const QString& reason);

signals:
    // The invoice as the server now has it.
    void voided(const QJsonObject& invoice);
    // The server's refusal or why it could not be asked.
    void failed(const QString& message);

private:
    ApiClient& m_client;
};
