#pragma once

#include "models/JsonRowsModel.h"

// The coupons (GET /api/admin/coupons/), one column per Column; ActiveRole tells the active ones.
class CouponsModel final : public JsonRowsModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Discount,
        Minimum,
        ValidFrom,
        ValidUntil,
        Uses,
        PerCustomer,
        Plans,
        Active,
        ColumnCount
    };

    using JsonRowsModel::JsonRowsModel;

protected:
    int columns() const override
    {
        return ColumnCount;
    }
    QString header(int column) const override;
    QVariant display(const QJsonObject& row, int column) const override;
    QVariant sortValue(const QJsonObject& row, int column) const override;
    Qt::Alignment alignment(int column) const override;

private:
    QString discount(const QJsonObject& row) const;
    QString limit(const QJsonValue& value) const;
};
