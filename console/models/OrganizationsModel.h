#pragma once

#include "cache/OrganizationRow.h"

#include <QAbstractTableModel>
#include <QCollatorSortKey>
#include <QHash>
#include <QList>

#include <vector>

// The organizations of the local cache as a table: one row per organization, one column per
// Column; the status code and the id are available under their own roles for filters,
// delegates and actions. Each row's search text and name collation key are prepared with it
// (on a worker thread for a whole cache), so filtering and sorting 100,000 rows compare plain
// data; a sync applies only the rows that changed.
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

    // A row with what filtering and sorting compare.
    struct Entry
    {
        OrganizationRow row;
        QString searchText; // name, emails and id, case-folded
        QCollatorSortKey nameKey;
    };
    using Entries = std::vector<Entry>;

    explicit OrganizationsModel(QObject* parent = nullptr);

    // Prepares rows for setEntries; safe on any thread.
    static Entries prepare(const QList<OrganizationRow>& rows);
    // Replaces every row.
    void setEntries(Entries entries);
    // Replaces the rows with these ids and appends the new ones (a sync's page).
    void upsert(const QList<OrganizationRow>& rows);
    const OrganizationRow& rowAt(int row) const
    {
        return m_entries.at(static_cast<size_t>(row)).row;
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
    void indexIds();

    Entries m_entries;
    QHash<QString, size_t> m_rowOfId;
};
