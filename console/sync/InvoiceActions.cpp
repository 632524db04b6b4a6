#include "sync/InvoiceActions.h"

InvoiceActions::InvoiceActions(ApiClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

void InvoiceActions::voidInvoice(qint64 invoiceId, const QString& reason)
{
    ApiCall* call = m_client.post(QStringLiteral("/api/admin/invoices/%1/void/").arg(invoiceId),
                                  {{QStringLiteral("reason"), reason}});
    connect(call, &ApiCall::succeeded, this,
            [this](const QJsonDocument& answer) { emit voided(answer.object()); });
    connect(call, &ApiCall::failed, this,
            [this](const ApiFailure& failure) { emit failed(failure.message()); });
}
