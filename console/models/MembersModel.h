#pragma once

#include "models/JsonRowsModel.h"

// The members of one organization and its pending invitations, in the order they were added,
// one column per Column (the `members` of the staff detail).
class MembersModel final : public JsonRowsModel
{
    Q_OBJECT

public:
    enum Column
    {
        Email,
        Name,
        Role,
        Status,
        Joined,
        ColumnCount
    };

    using JsonRowsModel::JsonRowsModel;

    static QString roleLabel(const QString& role);

protected:
    int columns() const override
    {
        return ColumnCount;
    }
    QString header(int column) const override;
    QVariant display(const QJsonObject& member, int column) const override;
};
