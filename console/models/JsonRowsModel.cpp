#include "models/JsonRowsModel.h"

#include <QJsonValue>

JsonRowsModel::JsonRowsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void JsonRowsModel::setRows(const QList<QJsonObject>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void JsonRowsModel::appendRows(const QList<QJsonObject>& rows)
{
    if (rows.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
}

QJsonObject JsonRowsModel::rowAt(int row) const
{
    return m_rows.value(row);
}

int JsonRowsModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).value(QStringLiteral("id")).toInteger() == id)
            return row;
    return -1;
}

int JsonRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JsonRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : columns();
}

QList<QJsonObject> JsonRowsModel::objectsOf(const QJsonArray& array)
{
    QList<QJsonObject> objects;
    objects.reserve(array.size());
    for (const QJsonValue& value : array)
        objects.append(value.toObject());
    return objects;
}

QVariant JsonRowsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(alignment(index.column()));
    case IdRole:
        return row.value(QStringLiteral("id")).toInteger();
    case SortRole:
        return sortValue(row, index.column());
    case StatusRole:
        return row.value(QStringLiteral("status")).toString();
    case ActiveRole:
        return row.value(QStringLiteral("is_active")).toBool(true);
    default:
        return {};
    }
}

QVariant JsonRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columns())
        return {};
    return header(section);
}

QVariant JsonRowsModel::sortValue(const QJsonObject& row, int column) const
{
    return display(row, column);
}

Qt::Alignment JsonRowsModel::alignment(int) const
{
    return Qt::AlignLeft | Qt::AlignVCenter;
}

QString JsonRowsModel::money(const QJsonObject& row, const QString& field)
{
    const QString amount = row.value(field).toString();
    if (amount.isEmpty())
        return {};
    return amount + QLatin1Char(' ') + row.value(QStringLiteral("currency")).toString();
}

QString JsonRowsModel::instant(const QJsonValue& value)
{
    return value.toString().left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
}

qint64 JsonRowsModel::decimalSortKey(const QString& decimal)
{
    const QString units = decimal.section(QLatin1Char('.'), 0, 0);
    const QString fraction =
        (decimal.section(QLatin1Char('.'), 1, 1) + QStringLiteral("000")).left(3);
    const qint64 whole = units.toLongLong() * 1000;
    return units.startsWith(QLatin1Char('-')) ? whole - fraction.toLongLong()
                                              : whole + fraction.toLongLong();
}
