#pragma once

#include "cache/OrganizationRow.h"

#include <QAbstractTableModel>
#include <QCollatorSortKey>
#include <QList>

#include <vector>

class LocalCache;

// The organizations of the local cache as a table: one row per organization, one column per
// Column; the status code and the id are available under their own roles for filters,
// delegates and actions. Search texts and name collation keys are prepared once per reload, so
// filtering and sorting 100,000 rows compare plain data.
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

    // Whether `left` sorts before `right` in `column` (names in the user's language, with
    // numbers in numeric order; dates chronologically).
    bool lessThan(int column, int left, int right) const;
    // Whether the row's name, contact or owner email, or id contains `foldedText` (case-folded).
    bool matches(int row, const QString& foldedText) const;

private:
    QVariant display(const OrganizationRow& row, int column) const;
    void prepareKeys();

    QList<OrganizationRow> m_rows;
    QList<QString> m_searchTexts;
    std::vector<QCollatorSortKey> m_nameKeys;
};
