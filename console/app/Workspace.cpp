#include "app/Workspace.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

Workspace::Workspace(QObject* parent)
    : QObject(parent)
    , m_session(m_client)
    , m_actions(m_client)
    , m_bankTransferDesk(m_client, m_bankTransfers)
    , m_analytics(m_client)
    , m_organizationDetail(m_client)
    , m_backOffice(m_client)
{
    connect(&m_actions, &OrganizationActions::completed, this,
            [this](int changed, const QStringList& refusals) {
                emit bulkCompleted(changed, refusals);
                refresh();
            });
    connect(&m_actions, &OrganizationActions::organizationChanged, this,
            [this](const QJsonObject& row) {
                emit organizationChanged(row);
                m_organizationDetail.load(row.value(QStringLiteral("id")).toString());
                refresh();
            });
    connect(&m_bankTransferDesk, &BankTransferDesk::decided, this, &Workspace::refresh);
    connect(&m_opening, &QFutureWatcherBase::finished, this, &Workspace::showLocalCopy);
    connect(&m_actions, &OrganizationActions::failed, this,
            [this](const ApiFailure& failure) { emit bulkFailed(failure.message()); });
}

Workspace::~Workspace() = default;

void Workspace::open(const QString& cachePath)
{
    m_sync.reset();
    const QString path = cachePath.isEmpty() ? LocalCache::pathFor(m_client.server()) : cachePath;
    m_cache = std::make_unique<LocalCache>(path);
    m_sync = std::make_unique<OrganizationSync>(m_client, *m_cache);
    connect(m_sync.get(), &OrganizationSync::rowsStored, &m_organizations,
            &OrganizationsModel::upsert);
    connect(m_sync.get(), &OrganizationSync::finished, this, &Workspace::synced);
    connect(m_sync.get(), &OrganizationSync::failed, this, &Workspace::syncFailed);
    emit busyChanged(true);
    m_opening.setFuture(QtConcurrent::run([path] {
        try {
            return OrganizationsModel::prepare(LocalCache::readOrganizations(path));
        } catch (const std::exception&) {
            return OrganizationsModel::Entries(); // unreadable: the sync fills it again
        }
    }));
}

void Workspace::showLocalCopy()
{
    m_organizations.setEntries(m_opening.result());
    emit localCopyOpened(m_organizations.rowCount());
    refresh();
}

void Workspace::refresh()
{
    // While the local copy is being read, the sync waits: it would be overwritten.
    if (!m_sync || m_sync->isRunning() || m_opening.isRunning())
        return;
    m_bankTransferDesk.load();
    m_analytics.load();
    m_backOffice.reloadAll();
    emit busyChanged(true);
    emit syncStateChanged(tr("Synchronising…"), false);
    m_sync->start();
}

void Workspace::runBulk(const QString& action, const QStringList& ids, const QString& reason)
{
    m_actions.runBulk(action, ids, reason);
}

void Workspace::runAction(const QString& organizationId, const QString& action,
                          const QJsonObject& body)
{
    m_actions.run(organizationId, action, body);
}

QString Workspace::lastSyncText() const
{
    const QDateTime at = m_cache->syncedAt(OrganizationSync::kResource);
    if (!at.isValid())
        return tr("never synchronised");
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

void Workspace::synced()
{
    emit busyChanged(false);
    emit syncStateChanged(
        tr("%n organization(s), up to date (%1)", nullptr, m_cache->organizationCount())
            .arg(lastSyncText()),
        false);
}

void Workspace::syncFailed(const ApiFailure& failure)
{
    emit busyChanged(false);
    emit syncStateChanged(
        tr("Offline: showing the copy of %1 (%2)").arg(lastSyncText(), failure.message()), true);
}
