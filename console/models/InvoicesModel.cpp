#include "models/InvoicesModel.h"

QString InvoicesModel::statusLabel(const QString& status)
{
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("issued"))
        return tr("Issued");
    if (status == QLatin1String("paid"))
        return tr("Paid");
    if (status == QLatin1String("void"))
        return tr("Void");
    return status;
}

bool InvoicesModel::canVoid(const QString& status)
{
    return status == QLatin1String("draft") || status == QLatin1String("issued");
}

QString InvoicesModel::header(int column) const
{
    switch (column) {
    case Number:
        return tr("Invoice");
    case Status:
        return tr("Status");
    case Buyer:
        return tr("Customer");
    case Total:
        return tr("Total");
    case Issued:
        return tr("Issued", "column: the day the invoice was issued");
    case Due:
        return tr("Due");
    case Paid:
        return tr("Paid", "column: the day the invoice was paid");
    case VoidReason:
        return tr("Void reason");
    default:
        return {};
    }
}

QVariant InvoicesModel::display(const QJsonObject& row, int column) const
{
    const QJsonObject buyer = row.value(QStringLiteral("buyer")).toObject();
    switch (column) {
    case Number:
        return row.value(QStringLiteral("invoice_number")).toString();
    case Status:
        return statusLabel(row.value(QStringLiteral("status")).toString());
    case Buyer: {
        const QString company = buyer.value(QStringLiteral("company")).toString();
        return company.isEmpty() ? buyer.value(QStringLiteral("name")).toString() : company;
    }
    case Total:
        return money(row, QStringLiteral("total"));
    case Issued:
        return instant(row.value(QStringLiteral("issued_at")));
    case Due:
        return instant(row.value(QStringLiteral("due_at")));
    case Paid:
        return instant(row.value(QStringLiteral("paid_at")));
    case VoidReason:
        return row.value(QStringLiteral("void_reason")).toString();
    default:
        return {};
    }
}

QVariant InvoicesModel::sortValue(const QJsonObject& row, int column) const
{
    if (column == Total)
        return decimalSortKey(row.value(QStringLiteral("total")).toString());
    return display(row, column);
}

Qt::Alignment InvoicesModel::alignment(int column) const
{
    return column == Total ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter;
}
