#pragma once

#include <QSortFilterProxyModel>
#include <QString>

class OrganizationsModel;

// Filters the organizations table (an OrganizationsModel) by free text (name, contact or owner
// email, id) and by status, and sorts it by any column; a new filter applies at once, even over
// 100,000 rows.
class OrganizationFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OrganizationFilter(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    // An empty status shows every status.
    void setStatus(const QString& status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();
    const OrganizationsModel& organizations() const;

    QString m_search;
    QString m_status;
};
