#pragma once

#include "models/JsonRowsModel.h"

// Every organization's invoices (GET /api/admin/invoices/), newest first, one column per Column.
class InvoicesModel final : public JsonRowsModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Status,
        Buyer,
        Total,
        Issued,
        Due,
        Paid,
        VoidReason,
        ColumnCount
    };
    using JsonRowsModel::JsonRowsModel;

    static QString statusLabel(const QString& status);
    // Only draft and issued invoices can be voided (a paid one is refunded instead).
    static bool canVoid(const QString& status);

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
