#include "app/BackOffice.h"

namespace
{
constexpr int kPageSize = 100;
constexpr int kAuditPageSize = 1000;
} // namespace

BackOffice::BackOffice(ApiClient& client, QObject* parent)
    : QObject(parent)
    , m_ordersLoader(client, m_orders, QStringLiteral("/api/admin/orders/"), kPageSize)
    , m_paymentsLoader(client, m_payments, QStringLiteral("/api/admin/payments/"), kPageSize)
    , m_invoicesLoader(client, m_invoices, QStringLiteral("/api/admin/invoices/"), kPageSize)
    , m_couponsLoader(client, m_coupons, QStringLiteral("/api/admin/coupons/"), kPageSize)
    , m_plansLoader(client, m_plans, QStringLiteral("/api/admin/plans/"), kPageSize)
    , m_auditLogLoader(client, m_auditLog, QStringLiteral("/api/admin/audit-log/"), kAuditPageSize)
    , m_invoiceActions(client)
    , m_catalogActions(client)
{
    connect(&m_invoiceActions, &InvoiceActions::voided, this, [this](const QJsonObject& invoice) {
        m_invoicesLoader.reload();
        m_auditLogLoader.reload();
        emit actionDone(tr("Invoice %1 voided.")
                            .arg(invoice.value(QStringLiteral("invoice_number")).toString()));
    });
    connect(
        &m_catalogActions, &CatalogActions::couponChanged, this, [this](const QJsonObject& coupon) {
            m_couponsLoader.reload();
            m_auditLogLoader.reload();
            emit actionDone(
                coupon.isEmpty()
                    ? tr("Coupon deleted.")
                    : tr("Coupon %1 saved.").arg(coupon.value(QStringLiteral("code")).toString()));
        });
    connect(&m_catalogActions, &CatalogActions::planChanged, this, [this](const QJsonObject& plan) {
        m_plansLoader.reload();
        m_auditLogLoader.reload();
        emit actionDone(tr("Plan %1 saved.").arg(plan.value(QStringLiteral("name")).toString()));
    });
}

void BackOffice::reloadAll()
{
    for (AdminListLoader* loader : {&m_ordersLoader, &m_paymentsLoader, &m_invoicesLoader,
                                    &m_couponsLoader, &m_plansLoader, &m_auditLogLoader})
        loader->reload();
}
