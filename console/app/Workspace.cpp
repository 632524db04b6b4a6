#include "app/Workspace.h"

#include <QLocale>

Workspace::Workspace(QObject* parent)
    : QObject(parent)
    , m_session(m_client)
    , m_actions(m_client)
    , m_bankTransferDesk(m_client, m_bankTransfers)
    , m_analytics(m_client)
    , m_backOffice(m_client)
{
    connect(&m_actions, &OrganizationActions::completed, this,
            [this](int changed, const QStringList& refusals) {
                emit bulkCompleted(changed, refusals);
                refresh();
            });
    connect(&m_bankTransferDesk, &BankTransferDesk::decided, this, &Workspace::refresh);
    connect(&m_actions, &OrganizationActions::failed, this,
            [this](const ApiFailure& failure) { emit bulkFailed(failure.message()); });
}

Workspace::~Workspace() = default;

void Workspace::open(const QString& cachePath)
{
    m_sync.reset();
    m_cache = std::make_unique<LocalCache>(
        cachePath.isEmpty() ? LocalCache::pathFor(m_client.server()) : cachePath);
    m_sync = std::make_unique<OrganizationSync>(m_client, *m_cache);
    connect(m_sync.get(), &OrganizationSync::finished, this, &Workspace::synced);
    connect(m_sync.get(), &OrganizationSync::failed, this, &Workspace::syncFailed);
    m_organizations.reload(*m_cache);
    refresh();
}

void Workspace::refresh()
{
    if (!m_sync || m_sync->isRunning())
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

QString Workspace::lastSyncText() const
{
    const QDateTime at = m_cache->syncedAt(OrganizationSync::kResource);
    if (!at.isValid())
        return tr("never synchronised");
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

void Workspace::synced()
{
    m_organizations.reload(*m_cache);
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
