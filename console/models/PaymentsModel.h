#pragma once

#include "models/JsonRowsModel.h"

// Every organization's payments (GET /api/admin/payments/), newest first, one column per Column.
class PaymentsModel final : public JsonRowsModel
{
    Q_OBJECT

public:
    enum Column
    {
        Order,
        Method,
        Status,
        Amount,
        Received,
        Reference,
        Created,
        Completed,
        ColumnCount
    };

    using JsonRowsModel::JsonRowsModel;

    static QString methodLabel(const QString& method);
    static QString statusLabel(const QString& status);

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
