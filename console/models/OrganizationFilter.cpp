#include "models/OrganizationFilter.h"

#include "models/OrganizationsModel.h"

OrganizationFilter::OrganizationFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void OrganizationFilter::setSearchText(const QString& text)
{
    m_search = text.trimmed().toCaseFolded();
    refilter();
}

void OrganizationFilter::setStatus(const QString& status)
{
    m_status = status;
    refilter();
}

// A new filter rebuilds the mapping in one layout change: removing and inserting tens of
// thousands of scattered rows one range at a time costs the view seconds.
void OrganizationFilter::refilter()
{
    invalidate();
}

const OrganizationsModel& OrganizationFilter::organizations() const
{
    return *static_cast<const OrganizationsModel*>(sourceModel());
}

bool OrganizationFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (!m_status.isEmpty() && organizations().rowAt(sourceRow).status != m_status)
        return false;
    return m_search.isEmpty() || organizations().matches(sourceRow, m_search);
}

bool OrganizationFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return organizations().lessThan(left.column(), left.row(), right.row());
}
