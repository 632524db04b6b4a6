#pragma once

#include "cache/OrganizationRow.h"

#include <QAbstractTableModel>
#include <QList>

class LocalCache;

// The organizations of the local cache as a table: one row per organization, one column per
// Column; the status code and the id are available under their own roles for filters,
// delegates and actions.
class OrganizationsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Status,
        Plan,
        BillingCycle,
        PaidUntil,
        ContactEmail,
        Members,
        Updated,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StatusRole,
        SearchTextRole
    };

    explicit OrganizationsModel(QObject* parent = nullptr);

    // Reads every row of the cache again.
    void reload(const LocalCache& cache);
    const OrganizationRow& rowAt(int row) const
    {
        return m_rows.at(row);
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusLabel(const QString& status);

private:
    QVariant display(const OrganizationRow& row, int column) const;

    QList<OrganizationRow> m_rows;
};
