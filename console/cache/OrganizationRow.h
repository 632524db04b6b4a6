#pragma once

#include <QJsonObject>
#include <QString>

// One organization as the console lists it (a row of GET /api/admin/organizations/).
struct OrganizationRow
{
    QString id;
    QString name;
    QString status;
    QString statusReason;
    QString planSlug;
    QString planName;
    QString billingCycle;
    QString subscriptionEnd;
    QString contactEmail;
    QString ownerEmail;
    int memberCount = 0;
    QString updatedAt;

    static OrganizationRow fromJson(const QJsonObject& json);
};
