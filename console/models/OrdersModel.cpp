#include "models/OrdersModel.h"

QString OrdersModel::statusLabel(const QString& status)
{
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("paid"))
        return tr("Paid");
    if (status == QLatin1String("processing"))
        return tr("Processing");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (status == QLatin1String("refunded"))
        return tr("Refunded");
    return status;
}

QString OrdersModel::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("new"))
        return tr("New");
    if (kind == QLatin1String("renewal"))
        return tr("Renewal");
    if (kind == QLatin1String("upgrade"))
        return tr("Upgrade");
    return kind;
}

QString OrdersModel::header(int column) const
{
    switch (column) {
    case Number:
        return tr("Order");
    case Status:
        return tr("Status");
    case Kind:
        return tr("Kind");
    case Customer:
        return tr("Customer");
    case Email:
        return tr("Email");
    case Plan:
        return tr("Plan");
    case Cycle:
        return tr("Billing");
    case Total:
        return tr("Total");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

QVariant OrdersModel::display(const QJsonObject& row, int column) const
{
    const QJsonObject customer = row.value(QStringLiteral("customer")).toObject();
    switch (column) {
    case Number:
        return row.value(QStringLiteral("order_number")).toString();
    case Status:
        return statusLabel(row.value(QStringLiteral("status")).toString());
    case Kind:
        return kindLabel(row.value(QStringLiteral("kind")).toString());
    case Customer: {
        const QString company = customer.value(QStringLiteral("company")).toString();
        const QString name = customer.value(QStringLiteral("name")).toString();
        return company.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, company);
    }
    case Email:
        return customer.value(QStringLiteral("email")).toString();
    case Plan:
        return row.value(QStringLiteral("plan"))
            .toObject()
            .value(QStringLiteral("name"))
            .toString();
    case Cycle:
        return row.value(QStringLiteral("billing_cycle")).toString() == QLatin1String("yearly")
                   ? tr("Yearly")
                   : tr("Monthly");
    case Total:
        return money(row, QStringLiteral("total"));
    case Created:
        return instant(row.value(QStringLiteral("created_at")));
    default:
        return {};
    }
}

QVariant OrdersModel::sortValue(const QJsonObject& row, int column) const
{
    if (column == Total)
        return decimalSortKey(row.value(QStringLiteral("total")).toString());
    return display(row, column);
}

Qt::Alignment OrdersModel::alignment(int column) const
{
    return column == Total ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter;
}
