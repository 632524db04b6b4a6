#pragma once

#include "models/JsonRowsModel.h"

// Every organization's orders (GET /api/admin/orders/), newest first, one column per Column.
class OrdersModel final : public JsonRowsModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Status,
        Kind,
        Customer,
        Email,
        Plan,
        Cycle,
        Total,
        Created,
        ColumnCount
    };

    using JsonRowsModel::JsonRowsModel;

    static QString statusLabel(const QString& status);
    static QString kindLabel(const QString& kind);

protected:
    int columns() const override
    {
        return ColumnCount;
    }
    QString header(int column) const override;
    QVariant display(const QJsonObject& row, int column) const override;
    QVariant sortValue(const QJsonObject& row, int column) const override;
    Qt::Alignment alignment(int column) const override;
};
