#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// The rows of one admin list as the server sent them (JSON objects), kept in order; subclasses
// only say which columns they show, how each cell reads, aligns and sorts, and the headers.
class JsonRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole,
        ActiveRole,
        StatusRole, // the row's "status" code
    };

    explicit JsonRowsModel(QObject* parent = nullptr);

    // Replaces every row (the first page of a list).
    void setRows(const QList<QJsonObject>& rows);
    // Adds rows after the last one (the next pages).
    void appendRows(const QList<QJsonObject>& rows);
    QJsonObject rowAt(int row) const;
    // The row whose "id" is `id`, or -1.
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The objects of a JSON array (a list's `results`, a detail's `members`).
    static QList<QJsonObject> objectsOf(const QJsonArray& array);
    // "94.80 EUR" from a row's decimal string `field` and its "currency" (empty when null).
    static QString money(const QJsonObject& row, const QString& field);
    // "2026-11-25 10:00" from an ISO 8601 instant (empty when null).
    static QString instant(const QJsonValue& value);
    // A decimal string as an integer in thousandths, so amounts sort by value.
    static qint64 decimalSortKey(const QString& decimal);

protected:
    virtual int columns() const = 0;
    virtual QString header(int column) const = 0;
    virtual QVariant display(const QJsonObject& row, int column) const = 0;
    // The value the table sorts by; the displayed text unless overridden.
    virtual QVariant sortValue(const QJsonObject& row, int column) const;
    virtual Qt::Alignment alignment(int column) const;

private:
    QList<QJsonObject> m_rows;
};
