#include "models/OrganizationsModel.h"

#include <QCollator>

OrganizationsModel::OrganizationsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

namespace
{

QCollator nameCollator()
{
    // The "C" locale compares code points; names still sort as people read them.
    const QLocale locale =
        QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

OrganizationsModel::Entry entryOf(const OrganizationRow& row, const QCollator& collator)
{
    return {row,
            QStringList{row.name, row.contactEmail, row.ownerEmail, row.id}
                .join(QLatin1Char('\n'))
                .toCaseFolded(),
            collator.sortKey(row.name)};
}

} // namespace

OrganizationsModel::Entries OrganizationsModel::prepare(const QList<OrganizationRow>& rows)
{
    const QCollator collator = nameCollator();
    Entries entries;
    entries.reserve(static_cast<size_t>(rows.size()));
    for (const OrganizationRow& row : rows)
        entries.push_back(entryOf(row, collator));
    return entries;
}

void OrganizationsModel::setEntries(Entries entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    indexIds();
    endResetModel();
}

void OrganizationsModel::indexIds()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(static_cast<qsizetype>(m_entries.size()));
    for (size_t i = 0; i < m_entries.size(); ++i)
        m_rowOfId.insert(m_entries[i].row.id, i);
}

void OrganizationsModel::upsert(const QList<OrganizationRow>& rows)
{
    const QCollator collator = nameCollator();
    Entries added;
    for (const OrganizationRow& row : rows) {
        const auto found = m_rowOfId.constFind(row.id);
        if (found == m_rowOfId.cend()) {
            added.push_back(entryOf(row, collator));
            continue;
        }
        m_entries[*found] = entryOf(row, collator);
        const int changed = static_cast<int>(*found);
        emit dataChanged(index(changed, 0), index(changed, ColumnCount - 1));
    }
    if (added.empty())
        return;
    const auto first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    for (Entry& entry : added) {
        m_rowOfId.insert(entry.row.id, m_entries.size());
        m_entries.push_back(std::move(entry));
    }
    endInsertRows();
}

bool OrganizationsModel::matches(int row, const QString& foldedText) const
{
    return m_entries[static_cast<size_t>(row)].searchText.contains(foldedText);
}

bool OrganizationsModel::lessThan(int column, int left, int right) const
{
    const Entry& first = m_entries[static_cast<size_t>(left)];
    const Entry& second = m_entries[static_cast<size_t>(right)];
    const OrganizationRow& a = first.row;
    const OrganizationRow& b = second.row;
    switch (column) {
    case Name:
        return first.nameKey.compare(second.nameKey) < 0;
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
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
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
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Entry& entry = m_entries[static_cast<size_t>(index.row())];
    const OrganizationRow& row = entry.row;
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
        return entry.searchText;
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
