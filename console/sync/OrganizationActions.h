#pragma once

#include "net/ApiClient.h"

#include <QObject>
#include <QStringList>

// Staff actions on organizations sent to the server: a bulk activate, suspend, reactivate,
// cancel or extend with its reason (POST /api/admin/organizations/bulk/), reporting which
// organizations changed and why the others did not, or one action on one organization
// (extend, change_plan, cancel…) answering its new row.
class OrganizationActions final : public QObject
{
    Q_OBJECT

public:
    explicit OrganizationActions(ApiClient& client, QObject* parent = nullptr);

    void runBulk(const QString& action, const QStringList& ids, const QString& reason);
    // POST /api/admin/organizations/{id}/{action}/ with `body` (its reason and fields).
    void run(const QString& organizationId, const QString& action, const QJsonObject& body);

signals:
    // `refusals`: "<organization id>: <why>" for each organization left unchanged.
    void completed(int changed, const QStringList& refusals);
    // One organization's action succeeded: its new staff row.
    void organizationChanged(const QJsonObject& row);
    void failed(const ApiFailure& failure);

private:
    void report(const QJsonDocument& answer);

    ApiClient& m_client;
};
