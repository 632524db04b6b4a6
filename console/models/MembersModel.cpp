#include "models/MembersModel.h"

MembersModel::MembersModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MembersModel::setMembers(const QJsonArray& members)
{
    beginResetModel();
    m_members.clear();
    for (const QJsonValue& member : members)
        m_members.append(member.toObject());
    endResetModel();
}

int MembersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int MembersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MembersModel::roleLabel(const QString& role)
{
    if (role == QLatin1String("owner"))
        return tr("Owner");
    if (role == QLatin1String("admin"))
        return tr("Administrator");
    if (role == QLatin1String("member"))
        return tr("Member");
    if (role == QLatin1String("viewer"))
        return tr("Viewer");
    return role;
}

QVariant MembersModel::display(const QJsonObject& member, int column) const
{
    switch (column) {
    case Email:
        return member.value(QStringLiteral("email")).toString();
    case Name:
        return member.value(QStringLiteral("name")).toString();
    case Role:
        return roleLabel(member.value(QStringLiteral("role")).toString());
    case Status:
        return member.value(QStringLiteral("status")).toString() == QLatin1String("invited")
                   ? tr("Invited")
                   : tr("Joined");
    case Joined:
        return member.value(QStringLiteral("joined_at")).toString().left(10);
    default:
        return {};
    }
}

QVariant MembersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size() || role != Qt::DisplayRole)
        return {};
    return display(m_members.at(index.row()), index.column());
}

QVariant MembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Email:
        return tr("Email");
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    case Joined:
        return tr("Joined on");
    default:
        return {};
    }
}
