#include "ui/ConsolePages.h"

QList<ConsolePages::Page> ConsolePages::all()
{
    return {Page::Dashboard, Page::Organizations, Page::BankTransfers,
            Page::Orders,    Page::Payments,      Page::Invoices,
            Page::Coupons,   Page::Plans,         Page::AuditLog};
}

QString ConsolePages::title(Page page)
{
    switch (page) {
    case Page::Dashboard:
        return tr("Dashboard");
    case Page::Organizations:
        return tr("Organizations");
    case Page::BankTransfers:
        return tr("Bank transfers");
    case Page::Orders:
        return tr("Orders");
    case Page::Payments:
        return tr("Payments");
    case Page::Invoices:
        return tr("Invoices");
    case Page::Coupons:
        return tr("Coupons");
    case Page::Plans:
        return tr("Plans");
    case Page::AuditLog:
        return tr("Audit log");
    }
    return {};
}
