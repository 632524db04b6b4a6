#include "models/OrganizationsModel.h"

#include "cache/LocalCache.h"

OrganizationsModel::OrganizationsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OrganizationsModel::reload(const LocalCache& cache)
{
    beginResetModel();
    m_rows = cache.organizations();
    endResetModel();
}

int OrganizationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OrganizationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrganizationsModel::statusLabel(const QString& status)
{
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("suspended"))
        return tr("Suspended");
    if (status == QLatin1String("expired"))
        return tr("Expired");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

QVariant OrganizationsModel::display(const OrganizationRow& row, int column) const
{
    switch (column) {
    case Name:
        return row.name;
    case Status:
        return statusLabel(row.status);
    case Plan:
        return row.planName;
    case BillingCycle:
        return row.billingCycle == QLatin1String("yearly") ? tr("Yearly") : tr("Monthly");
    case PaidUntil:
        return row.subscriptionEnd.left(10);
    case ContactEmail:
        return row.contactEmail;
    case Members:
        return row.memberCount;
    case Updated:
        return row.updatedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant OrganizationsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OrganizationRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Status && !row.statusReason.isEmpty() ? row.statusReason
                                                                       : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Members ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return row.id;
    case StatusRole:
        return row.status;
    case SearchTextRole:
        return QStringList{row.name, row.contactEmail, row.ownerEmail, row.id}.join(
            QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant OrganizationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Organization");
    case Status:
        return tr("Status");
    case Plan:
        return tr("Plan");
    case BillingCycle:
        return tr("Billing");
    case PaidUntil:
        return tr("Paid until");
    case ContactEmail:
        return tr("Contact");
    case Members:
        return tr("Members");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}
