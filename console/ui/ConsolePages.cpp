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

QString ConsolePages::placeholderText(Page page)
{
    switch (page) {
    case Page::Dashboard:
        return tr("Connect to a server to see the dashboard.");
    case Page::Organizations:
        return tr("Connect to a server to see the organizations.");
    case Page::BankTransfers:
        return tr("Connect to a server to see the bank transfers awaiting review.");
    case Page::Orders:
        return tr("Connect to a server to see the orders.");
    case Page::Payments:
        return tr("Connect to a server to see the payments.");
    case Page::Invoices:
        return tr("Connect to a server to see the invoices.");
    case Page::Coupons:
        return tr("Connect to a server to see the coupons.");
    case Page::Plans:
        return tr("Connect to a server to see the plans.");
    case Page::AuditLog:
        return tr("Connect to a server to see the audit log.");
    }
    return {};
}
