#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// The members of one organization and its pending invitations, in the order they were added,
// one column per Column (from the staff detail's `members`).
class MembersModel final : public QAbstractTableModel
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

    explicit MembersModel(QObject* parent = nullptr);

    void setMembers(const QJsonArray& members);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString roleLabel(const QString& role);

private:
    QVariant display(const QJsonObject& member, int column) const;

    QList<QJsonObject> m_members;
};
