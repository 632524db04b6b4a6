#include "models/OrganizationsModel.h"

#include "cache/LocalCache.h"

#include <QCollator>

OrganizationsModel::OrganizationsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OrganizationsModel::reload(const LocalCache& cache)
{
    beginResetModel();
    m_rows = cache.organizations();
    prepareKeys();
    endResetModel();
}

void OrganizationsModel::prepareKeys()
{
    // The "C" locale compares code points; names still sort as people read them.
    const QLocale locale =
        QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    m_searchTexts.clear();
    m_searchTexts.reserve(m_rows.size());
    m_nameKeys.clear();
    m_nameKeys.reserve(static_cast<size_t>(m_rows.size()));
    for (const OrganizationRow& row : m_rows) {
        m_searchTexts.append(QStringList{row.name, row.contactEmail, row.ownerEmail, row.id}
                                 .join(QLatin1Char('\n'))
                                 .toCaseFolded());
        m_nameKeys.push_back(collator.sortKey(row.name));
    }
}

bool OrganizationsModel::matches(int row, const QString& foldedText) const
{
    return m_searchTexts.at(row).contains(foldedText);
}

bool OrganizationsModel::lessThan(int column, int left, int right) const
{
    const OrganizationRow& a = m_rows.at(left);
    const OrganizationRow& b = m_rows.at(right);
    switch (column) {
    case Name:
        return m_nameKeys[static_cast<size_t>(left)].compare(
                   m_nameKeys[static_cast<size_t>(right)]) < 0;
    case Status:
        return a.status < b.status;
    case Plan:
        return a.planName < b.planName;
    case BillingCycle:
        return a.billingCycle < b.billingCycle;
    case PaidUntil:
        return a.subscriptionEnd < b.subscriptionEnd;
    case ContactEmail:
        return a.contactEmail < b.contactEmail;
    case Members:
        return a.memberCount < b.memberCount;
    case Updated:
        return a.updatedAt < b.updatedAt;
    default:
        return left < right;
    }
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
        return m_searchTexts.at(index.row());
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
