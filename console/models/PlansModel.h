#pragma once

#include "models/JsonRowsModel.h"

// The plan catalog, inactive plans too (GET /api/admin/plans/), by sort order, one column per
// Column; ActiveRole tells the plans still sold.
class PlansModel final : public JsonRowsModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Slug,
        Tier,
        Monthly,
        Yearly,
        Servers,
        Vms,
        Storage,
        Users,
        Support,
        SortOrder,
        Active,
        ColumnCount
    };

    using JsonRowsModel::JsonRowsModel;

    static QString supportLabel(const QString& level);
    static QString tierLabel(const QString& tier);

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
    QString quota(const QJsonValue& value) const;
};
