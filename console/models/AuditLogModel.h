#pragma once

#include "models/JsonRowsModel.h"

// The audit log (GET /api/admin/audit-log/), newest first, one column per Column; the
// selected entry's reason and before/after states come from detailText().
class AuditLogModel final : public JsonRowsModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Actor,
        Action,
        Organization,
        Target,
        Reason,
        ColumnCount
    };

    using JsonRowsModel::JsonRowsModel;

    // The entry's reason, request id and before/after JSON, indented, for the detail box.
    QString detailText(int row) const;

protected:
    int columns() const override
    {
        return ColumnCount;
    }
    QString header(int column) const override;
    QVariant display(const QJsonObject& row, int column) const override;

private:
    QString actor(const QJsonObject& row) const;
};
