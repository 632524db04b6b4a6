#include "models/AuditLogModel.h"

#include <QJsonDocument>

namespace
{

QString indented(const QJsonValue& state)
{
    if (!state.isObject())
        return QStringLiteral("null");
    return QString::fromUtf8(QJsonDocument(state.toObject()).toJson(QJsonDocument::Indented))
        .trimmed();
}

} // namespace

QString AuditLogModel::header(int column) const
{
    switch (column) {
    case When:
        return tr("When");
    case Actor:
        return tr("Actor");
    case Action:
        return tr("Action");
    case Organization:
        return tr("Organization");
    case Target:
        return tr("Target");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

QString AuditLogModel::actor(const QJsonObject& row) const
{
    const QString email =
        row.value(QStringLiteral("actor")).toObject().value(QStringLiteral("email")).toString();
    const QString kind = row.value(QStringLiteral("actor_kind")).toString();
    if (kind == QLatin1String("staff"))
        return tr("%1 (staff)").arg(email);
    if (kind == QLatin1String("api_key"))
        return tr("API key");
    if (kind == QLatin1String("system") || email.isEmpty())
        return tr("System");
    return email;
}

QVariant AuditLogModel::display(const QJsonObject& row, int column) const
{
    switch (column) {
    case When:
        return instant(row.value(QStringLiteral("occurred_at")));
    case Actor:
        return actor(row);
    case Action:
        return row.value(QStringLiteral("action")).toString();
    case Organization:
        return row.value(QStringLiteral("organization_id")).toString();
    case Target:
        return QStringLiteral("%1 %2").arg(row.value(QStringLiteral("target_type")).toString(),
                                           row.value(QStringLiteral("target_id")).toString());
    case Reason:
        return row.value(QStringLiteral("reason")).toString();
    default:
        return {};
    }
}

QString AuditLogModel::detailText(int row) const
{
    const QJsonObject entry = rowAt(row);
    if (entry.isEmpty())
        return {};
    return tr("%1 — %2\nReason: %3\nRequest: %4\n\nBefore:\n%5\n\nAfter:\n%6")
        .arg(display(entry, Action).toString(), display(entry, Actor).toString(),
             entry.value(QStringLiteral("reason")).toString(),
             entry.value(QStringLiteral("request_id")).toString(),
             indented(entry.value(QStringLiteral("before"))),
             indented(entry.value(QStringLiteral("after"))));
}
