#include "models/MembersModel.h"

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

QString MembersModel::header(int column) const
{
    switch (column) {
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
