#include "cache/OrganizationRow.h"

OrganizationRow OrganizationRow::fromJson(const QJsonObject& json)
{
    const QJsonObject plan = json.value(QStringLiteral("plan")).toObject();
    OrganizationRow row;
    row.id = json.value(QStringLiteral("id")).toString();
    row.name = json.value(QStringLiteral("name")).toString();
    row.status = json.value(QStringLiteral("status")).toString();
    row.statusReason = json.value(QStringLiteral("status_reason")).toString();
    row.planSlug = plan.value(QStringLiteral("slug")).toString();
    row.planName = plan.value(QStringLiteral("name")).toString();
    row.billingCycle = json.value(QStringLiteral("billing_cycle")).toString();
    row.subscriptionEnd = json.value(QStringLiteral("subscription_end")).toString();
    row.contactEmail = json.value(QStringLiteral("contact_email")).toString();
    row.ownerEmail = json.value(QStringLiteral("owner_email")).toString();
    row.memberCount = json.value(QStringLiteral("member_count")).toInt();
    row.updatedAt = json.value(QStringLiteral("updated_at")).toString();
    return row;
}
