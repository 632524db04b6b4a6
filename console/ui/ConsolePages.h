#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The console's sections, in navigation order, with their translated titles.
class ConsolePages final
{
    Q_DECLARE_TR_FUNCTIONS(ConsolePages)

public:
    enum class Page
    {
        Dashboard,
        Organizations,
        BankTransfers,
        Orders,
        Payments,
        Invoices,
        Coupons,
        Plans,
        AuditLog,
    };

    ConsolePages() = delete;

    static QList<Page> all();
    static QString title(Page page);
};
