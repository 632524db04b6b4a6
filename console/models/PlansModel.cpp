#include "models/PlansModel.h"

#include <limits>

QString PlansModel::tierLabel(const QString& tier)
{
    if (tier == QLatin1String("bronze"))
        return tr("Bronze", "plan tier");
    if (tier == QLatin1String("silver"))
        return tr("Silver", "plan tier");
    if (tier == QLatin1String("gold"))
        return tr("Gold", "plan tier");
    return tier;
}

QString PlansModel::supportLabel(const QString& level)
{
    if (level == QLatin1String("email"))
        return tr("Email");
    if (level == QLatin1String("priority"))
        return tr("Priority");
    if (level == QLatin1String("dedicated"))
        return tr("Dedicated");
    return level;
}

QString PlansModel::header(int column) const
{
    switch (column) {
    case Name:
        return tr("Plan");
    case Slug:
        return tr("Slug");
    case Tier:
        return tr("Tier");
    case Monthly:
        return tr("Monthly");
    case Yearly:
        return tr("Yearly");
    case Servers:
        return tr("Servers");
    case Vms:
        return tr("VMs");
    case Storage:
        return tr("Storage (GB)");
    case Users:
        return tr("Users");
    case Support:
        return tr("Support");
    case SortOrder:
        return tr("Order");
    case Active:
        return tr("Status");
    default:
        return {};
    }
}

QString PlansModel::quota(const QJsonValue& value) const
{
    return value.isNull() ? tr("Unlimited") : QString::number(value.toInteger());
}

QVariant PlansModel::display(const QJsonObject& row, int column) const
{
    switch (column) {
    case Name:
        return row.value(QStringLiteral("is_popular")).toBool()
                   ? tr("%1 (popular)").arg(row.value(QStringLiteral("name")).toString())
                   : row.value(QStringLiteral("name")).toString();
    case Slug:
        return row.value(QStringLiteral("slug")).toString();
    case Tier:
        return tierLabel(row.value(QStringLiteral("tier")).toString());
    case Monthly:
        return money(row, QStringLiteral("monthly_price"));
    case Yearly:
        return money(row, QStringLiteral("yearly_price"));
    case Servers:
        return quota(row.value(QStringLiteral("max_servers")));
    case Vms:
        return quota(row.value(QStringLiteral("max_vms")));
    case Storage:
        return quota(row.value(QStringLiteral("max_storage_gb")));
    case Users:
        return quota(row.value(QStringLiteral("max_users")));
    case Support:
        return supportLabel(row.value(QStringLiteral("support_level")).toString());
    case SortOrder:
        return row.value(QStringLiteral("sort_order")).toInteger();
    case Active:
        return row.value(QStringLiteral("is_active")).toBool() ? tr("Sold") : tr("Withdrawn");
    default:
        return {};
    }
}

QVariant PlansModel::sortValue(const QJsonObject& row, int column) const
{
    const auto limitKey = [&row](const char* field) {
        const QJsonValue value = row.value(QLatin1String(field));
        return value.isNull() ? std::numeric_limits<qint64>::max() : value.toInteger();
    };
    switch (column) {
    case Monthly:
        return decimalSortKey(row.value(QStringLiteral("monthly_price")).toString());
    case Yearly:
        return decimalSortKey(row.value(QStringLiteral("yearly_price")).toString());
    case Servers:
        return limitKey("max_servers");
    case Vms:
        return limitKey("max_vms");
    case Storage:
        return limitKey("max_storage_gb");
    case Users:
        return limitKey("max_users");
    default:
        return display(row, column);
    }
}

Qt::Alignment PlansModel::alignment(int column) const
{
    return column >= Monthly && column <= Users ? Qt::AlignRight | Qt::AlignVCenter
                                                : Qt::AlignLeft | Qt::AlignVCenter;
}
