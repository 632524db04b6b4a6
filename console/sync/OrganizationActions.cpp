#include "sync/OrganizationActions.h"

#include <QJsonArray>
#include <QJsonObject>

OrganizationActions::OrganizationActions(ApiClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

void OrganizationActions::runBulk(const QString& action, const QStringList& ids,
                                  const QString& reason)
{
    ApiCall* call = m_client.post(QStringLiteral("/api/admin/organizations/bulk/"),
                                  {{QStringLiteral("action"), action},
                                   {QStringLiteral("ids"), QJsonArray::fromStringList(ids)},
                                   {QStringLiteral("reason"), reason}});
    connect(call, &ApiCall::succeeded, this, &OrganizationActions::report);
    connect(call, &ApiCall::failed, this, &OrganizationActions::failed);
}

void OrganizationActions::run(const QString& organizationId, const QString& action,
                              const QJsonObject& body)
{
    ApiCall* call = m_client.post(
        QStringLiteral("/api/admin/organizations/%1/%2/")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(organizationId)), action),
        body);
    connect(call, &ApiCall::succeeded, this,
            [this](const QJsonDocument& answer) { emit organizationChanged(answer.object()); });
    connect(call, &ApiCall::failed, this, &OrganizationActions::failed);
}

void OrganizationActions::report(const QJsonDocument& answer)
{
    int changed = 0;
    QStringList refusals;
    for (const QJsonValue& value : answer.object().value(QStringLiteral("results")).toArray()) {
        const QJsonObject result = value.toObject();
        if (result.value(QStringLiteral("ok")).toBool())
            ++changed;
        else
            refusals << QStringLiteral("%1: %2").arg(
                result.value(QStringLiteral("id")).toString(),
                result.value(QStringLiteral("detail")).toString());
    }
    emit completed(changed, refusals);
}
