#include "ui/BackOfficePages.h"

#include "app/BackOffice.h"
#include "ui/AuditLogPage.h"
#include "ui/CouponsPage.h"
#include "ui/InvoicesPage.h"
#include "ui/OrdersPage.h"
#include "ui/PaymentsPage.h"
#include "ui/PlansPage.h"

AdminListPage* BackOfficePages::create(ConsolePages::Page section, BackOffice& office,
                                       QWidget* parent)
{
    AdminListPage* page = nullptr;
    switch (section) {
    case ConsolePages::Page::Orders:
        page = new OrdersPage(office.orders(), parent);
        connectLoader(page, office.ordersLoader());
        return page;
    case ConsolePages::Page::Payments:
        page = new PaymentsPage(office.payments(), parent);
        connectLoader(page, office.paymentsLoader());
        return page;
    case ConsolePages::Page::AuditLog:
        page = new AuditLogPage(office.auditLog(), parent);
        connectLoader(page, office.auditLogLoader());
        return page;
    case ConsolePages::Page::Invoices:
        return invoicesPage(office, parent);
    case ConsolePages::Page::Coupons:
        return couponsPage(office, parent);
    case ConsolePages::Page::Plans:
        return plansPage(office, parent);
    default:
        return nullptr;
    }
}

void BackOfficePages::connectLoader(AdminListPage* page, AdminListLoader& loader)
{
    QObject::connect(page, &AdminListPage::loadRequested, &loader, &AdminListLoader::load);
    QObject::connect(page, &AdminListPage::moreRequested, &loader, &AdminListLoader::loadMore);
    QObject::connect(&loader, &AdminListLoader::loaded, page, &AdminListPage::showLoaded);
    QObject::connect(&loader, &AdminListLoader::failed, page, &AdminListPage::showError);
    QObject::connect(&loader, &AdminListLoader::busyChanged, page, &AdminListPage::showBusy);
}

AdminListPage* BackOfficePages::invoicesPage(BackOffice& office, QWidget* parent)
{
    auto* page = new InvoicesPage(office.invoices(), parent);
    connectLoader(page, office.invoicesLoader());
    InvoiceActions& actions = office.invoiceActions();
    QObject::connect(page, &InvoicesPage::voidRequested, &actions, &InvoiceActions::voidInvoice);
    QObject::connect(&actions, &InvoiceActions::failed, page, &InvoicesPage::showRefusal);
    return page;
}

AdminListPage* BackOfficePages::couponsPage(BackOffice& office, QWidget* parent)
{
    auto* page = new CouponsPage(office.coupons(), office.plans(), parent);
    connectLoader(page, office.couponsLoader());
    CatalogActions& actions = office.catalogActions();
    QObject::connect(page, &CouponsPage::createRequested, &actions, &CatalogActions::createCoupon);
    QObject::connect(page, &CouponsPage::updateRequested, &actions, &CatalogActions::updateCoupon);
    QObject::connect(page, &CouponsPage::activeChangeRequested, &actions,
                     &CatalogActions::setCouponActive);
    QObject::connect(page, &CouponsPage::deleteRequested, &actions, &CatalogActions::deleteCoupon);
    QObject::connect(&actions, &CatalogActions::couponFailed, page, &CouponsPage::showRefusal);
    return page;
}

AdminListPage* BackOfficePages::plansPage(BackOffice& office, QWidget* parent)
{
    auto* page = new PlansPage(office.plans(), parent);
    connectLoader(page, office.plansLoader());
    CatalogActions& actions = office.catalogActions();
    QObject::connect(page, &PlansPage::createRequested, &actions, &CatalogActions::createPlan);
    QObject::connect(page, &PlansPage::updateRequested, &actions, &CatalogActions::updatePlan);
    QObject::connect(page, &PlansPage::activeChangeRequested, &actions,
                     &CatalogActions::setPlanActive);
    QObject::connect(&actions, &CatalogActions::planFailed, page, &PlansPage::showRefusal);
    return page;
}
