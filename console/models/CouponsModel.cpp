#include "models/CouponsModel.h"

#include <QJsonArray>

QString CouponsModel::header(int column) const
{
    switch (column) {
    case Code:
        return tr("Code");
    case Discount:
        return tr("Discount");
    case Minimum:
        return tr("Minimum");
    case ValidFrom:
        return tr("Valid from");
    case ValidUntil:
        return tr("Valid until");
    case Uses:
        return tr("Uses");
    case PerCustomer:
        return tr("Per customer");
    case Plans:
        return tr("Plans");
    case Active:
        return tr("Active");
    default:
        return {};
    }
}

QString CouponsModel::discount(const QJsonObject& row) const
{
    if (row.value(QStringLiteral("discount_type")).toString() == QLatin1String("percent"))
        return tr("%1 %").arg(row.value(QStringLiteral("percent")).toString());
    return money(row, QStringLiteral("amount"));
}

QString CouponsModel::limit(const QJsonValue& value) const
{
    return value.isNull() || value.isUndefined() ? tr("No limit")
                                                 : QString::number(value.toInteger());
}

QVariant CouponsModel::display(const QJsonObject& row, int column) const
{
    switch (column) {
    case Code:
        return row.value(QStringLiteral("code")).toString();
    case Discount:
        return discount(row);
    case Minimum:
        return money(row, QStringLiteral("minimum_amount"));
    case ValidFrom:
        return instant(row.value(QStringLiteral("valid_from")));
    case ValidUntil:
        return instant(row.value(QStringLiteral("valid_until")));
    case Uses:
        return tr("%1 of %2")
            .arg(row.value(QStringLiteral("times_used")).toInteger())
            .arg(limit(row.value(QStringLiteral("max_uses"))));
    case PerCustomer:
        return limit(row.value(QStringLiteral("max_uses_per_customer")));
    case Plans: {
        const int count = static_cast<int>(row.value(QStringLiteral("plans")).toArray().size());
        return count == 0 ? tr("Every plan") : tr("%n plan(s)", nullptr, count);
    }
    case Active:
        return row.value(QStringLiteral("is_active")).toBool() ? tr("Active") : tr("Inactive");
    default:
        return {};
    }
}

QVariant CouponsModel::sortValue(const QJsonObject& row, int column) const
{
    if (column == Uses)
        return row.value(QStringLiteral("times_used")).toInteger();
    return display(row, column);
}

Qt::Alignment CouponsModel::alignment(int column) const
{
    return column == Discount || column == Minimum || column == Uses
               ? Qt::AlignRight | Qt::AlignVCenter
               : Qt::AlignLeft | Qt::AlignVCenter;
}
