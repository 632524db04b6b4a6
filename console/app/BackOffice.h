#pragma once

#include "models/AuditLogModel.h"
#include "models/CouponsModel.h"
#include "models/InvoicesModel.h"
#include "models/OrdersModel.h"
#include "models/PaymentsModel.h"
#include "models/PlansModel.h"
#include "sync/AdminListLoader.h"
#include "sync/CatalogActions.h"
#include "sync/InvoiceActions.h"

#include <QObject>

// The staff back office behind the list pages: the orders, payments, invoices, coupons, plans
// and audit-log models, the loader filling each from the server, and the invoice and catalog
// actions, after which the lists they change are loaded again.
class BackOffice final : public QObject
{
    Q_OBJECT

public:
    explicit BackOffice(ApiClient& client, QObject* parent = nullptr);

    OrdersModel& orders()
    {
        return m_orders;
    }
    PaymentsModel& payments()
    {
        return m_payments;
    }
    InvoicesModel& invoices()
    {
        return m_invoices;
    }
    CouponsModel& coupons()
    {
        return m_coupons;
    }
    PlansModel& plans()
    {
        return m_plans;
    }
    AuditLogModel& auditLog()
    {
        return m_auditLog;
    }
    AdminListLoader& ordersLoader()
    {
        return m_ordersLoader;
    }
    AdminListLoader& paymentsLoader()
    {
        return m_paymentsLoader;
    }
    AdminListLoader& invoicesLoader()
    {
        return m_invoicesLoader;
    }
    AdminListLoader& couponsLoader()
    {
        return m_couponsLoader;
    }
    AdminListLoader& plansLoader()
    {
        return m_plansLoader;
    }
    AdminListLoader& auditLogLoader()
    {
        return m_auditLogLoader;
    }
    InvoiceActions& invoiceActions()
    {
        return m_invoiceActions;
    }
    CatalogActions& catalogActions()
    {
        return m_catalogActions;
    }

    // Loads every list again with its current filters.
    void reloadAll();

signals:
    // An action succeeded, told in one sentence for the status bar.
    void actionDone(const QString& message);

private:
    OrdersModel m_orders;
    PaymentsModel m_payments;
    InvoicesModel m_invoices;
    CouponsModel m_coupons;
    PlansModel m_plans;
    AuditLogModel m_auditLog;
    AdminListLoader m_ordersLoader;
    AdminListLoader m_paymentsLoader;
    AdminListLoader m_invoicesLoader;
    AdminListLoader m_couponsLoader;
    AdminListLoader m_plansLoader;
    AdminListLoader m_auditLogLoader;
    InvoiceActions m_invoiceActions;
    CatalogActions m_catalogActions;
};
