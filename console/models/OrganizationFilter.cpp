#include "models/OrganizationFilter.h"

#include "models/OrganizationsModel.h"

OrganizationFilter::OrganizationFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void OrganizationFilter::setSearchText(const QString& text)
{
    m_search = text.trimmed();
    invalidateRowsFilter();
}

void OrganizationFilter::setStatus(const QString& status)
{
    m_status = status;
    invalidateRowsFilter();
}

bool OrganizationFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty() && index.data(OrganizationsModel::StatusRole).toString() != m_status)
        return false;
    return m_search.isEmpty() || index.data(OrganizationsModel::SearchTextRole)
                                     .toString()
                                     .contains(m_search, Qt::CaseInsensitive);
}
