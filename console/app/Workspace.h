#pragma once

#include "app/BackOffice.h"
#include "cache/LocalCache.h"
#include "models/BankTransfersModel.h"
#include "models/OrganizationsModel.h"
#include "net/ApiClient.h"
#include "net/StaffSession.h"
#include "sync/AnalyticsLoader.h"
#include "sync/BankTransferDesk.h"
#include "sync/OrganizationActions.h"
#include "sync/OrganizationDetailLoader.h"
#include "sync/OrganizationSync.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

// Everything behind the console's window once staff signed in: the API client and session, the
// server's local cache and its incremental sync, the models the pages show and the actions they
// ask for. Pages talk to it through signals; it alone talks to the network.
class Workspace final : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    ApiClient& client()
    {
        return m_client;
    }
    StaffSession& session()
    {
        return m_session;
    }
    OrganizationsModel& organizations()
    {
        return m_organizations;
    }
    BankTransfersModel& bankTransfers()
    {
        return m_bankTransfers;
    }
    BankTransferDesk& bankTransferDesk()
    {
        return m_bankTransferDesk;
    }
    AnalyticsLoader& analytics()
    {
        return m_analytics;
    }
    OrganizationDetailLoader& organizationDetail()
    {
        return m_organizationDetail;
    }
    BackOffice& backOffice()
    {
        return m_backOffice;
    }

    // Opens the signed-in server's cache (`cachePath` empty: the default place), reads what it
    // holds on a worker thread and shows it (localCopyOpened), then syncs.
    void open(const QString& cachePath = {});
    void refresh();
    void runBulk(const QString& action, const QStringList& ids, const QString& reason);
    // One action on one organization (extend, change_plan, cancel) with its body.
    void runAction(const QString& organizationId, const QString& action, const QJsonObject& body);

signals:
    void localCopyOpened(int organizations);
    void syncStateChanged(const QString& text, bool stale);
    void busyChanged(bool busy);
    void bulkCompleted(int changed, const QStringList& refusals);
    void bulkFailed(const QString& message);
    void organizationChanged(const QJsonObject& row);

private:
    void showLocalCopy();
    void synced();
    void syncFailed(const ApiFailure& failure);
    QString lastSyncText() const;

    ApiClient m_client;
    StaffSession m_session;
    OrganizationsModel m_organizations;
    OrganizationActions m_actions;
    BankTransfersModel m_bankTransfers;
    BankTransferDesk m_bankTransferDesk;
    AnalyticsLoader m_analytics;
    OrganizationDetailLoader m_organizationDetail;
    BackOffice m_backOffice;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<OrganizationSync> m_sync;
    QFutureWatcher<OrganizationsModel::Entries> m_opening;
};
