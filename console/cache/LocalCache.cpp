#include "cache/LocalCache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <stdexcept>

namespace
{

void check(const QSqlQuery& query, bool ok)
{
    if (!ok)
        throw std::runtime_error(query.lastError().text().toStdString());
}

} // namespace

LocalCache::LocalCache(const QString& path)
    : m_connection(QStringLiteral("cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    database.setDatabaseName(path);
    if (!database.open())
        throw std::runtime_error(database.lastError().text().toStdString());
    run(QStringLiteral("PRAGMA journal_mode = WAL"));
    createSchema();
}

LocalCache::~LocalCache()
{
    QSqlDatabase::database(m_connection).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QString LocalCache::pathFor(const QUrl& server)
{
    const QString directory =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(directory);
    const QByteArray key =
        QCryptographicHash::hash(server.toString().toUtf8(), QCryptographicHash::Sha256).toHex();
    return directory + QStringLiteral("/cache-") + QString::fromLatin1(key.left(16)) +
           QStringLiteral(".sqlite");
}

void LocalCache::run(const QString& sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    check(query, query.exec(sql));
}

void LocalCache::createSchema()
{
    run(QStringLiteral("CREATE TABLE IF NOT EXISTS organizations (id TEXT PRIMARY KEY, name TEXT, "
                       "status TEXT, status_reason TEXT, plan_slug TEXT, plan_name TEXT, "
                       "billing_cycle TEXT, subscription_end TEXT, contact_email TEXT, "
                       "owner_email TEXT, member_count INTEGER, updated_at TEXT)"));
    run(QStringLiteral("CREATE TABLE IF NOT EXISTS sync_state (resource TEXT PRIMARY KEY, "
                       "cursor TEXT, synced_at TEXT)"));
}

void LocalCache::storeOrganizations(const QList<OrganizationRow>& rows)
{
    QSqlDatabase database = QSqlDatabase::database(m_connection);
    database.transaction();
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO organizations VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const OrganizationRow& row : rows) {
        const QVariantList values{
            row.id,           row.name,       row.status,       row.statusReason,
            row.planSlug,     row.planName,   row.billingCycle, row.subscriptionEnd,
            row.contactEmail, row.ownerEmail, row.memberCount,  row.updatedAt};
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec()) {
            database.rollback();
            check(query, false);
        }
    }
    database.commit();
}

QList<OrganizationRow> LocalCache::organizations() const
{
    return selectOrganizations(QSqlDatabase::database(m_connection));
}

QList<OrganizationRow> LocalCache::readOrganizations(const QString& path)
{
    const QString connection =
        QStringLiteral("cache-reader-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<OrganizationRow> rows;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!database.open())
            throw std::runtime_error(database.lastError().text().toStdString());
        rows = selectOrganizations(database);
    }
    QSqlDatabase::removeDatabase(connection);
    return rows;
}

QList<OrganizationRow> LocalCache::selectOrganizations(const QSqlDatabase& database)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    check(query, query.exec(QStringLiteral(
                     "SELECT id, name, status, status_reason, plan_slug, plan_name, billing_cycle, "
                     "subscription_end, contact_email, owner_email, member_count, updated_at "
                     "FROM organizations")));
    QList<OrganizationRow> rows;
    while (query.next()) {
        OrganizationRow row;
        row.id = query.value(0).toString();
        row.name = query.value(1).toString();
        row.status = query.value(2).toString();
        row.statusReason = query.value(3).toString();
        row.planSlug = query.value(4).toString();
        row.planName = query.value(5).toString();
        row.billingCycle = query.value(6).toString();
        row.subscriptionEnd = query.value(7).toString();
        row.contactEmail = query.value(8).toString();
        row.ownerEmail = query.value(9).toString();
        row.memberCount = query.value(10).toInt();
        row.updatedAt = query.value(11).toString();
        rows.append(row);
    }
    return rows;
}

int LocalCache::organizationCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    check(query, query.exec(QStringLiteral("SELECT COUNT(*) FROM organizations")));
    query.next();
    return query.value(0).toInt();
}

QString LocalCache::cursor(const QString& resource) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT cursor FROM sync_state WHERE resource = ?"));
    query.bindValue(0, resource);
    check(query, query.exec());
    return query.next() ? query.value(0).toString() : QString();
}

QDateTime LocalCache::syncedAt(const QString& resource) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT synced_at FROM sync_state WHERE resource = ?"));
    query.bindValue(0, resource);
    check(query, query.exec());
    return query.next() ? QDateTime::fromString(query.value(0).toString(), Qt::ISODate)
                        : QDateTime();
}

void LocalCache::recordSync(const QString& resource, const QString& cursor, const QDateTime& at)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state VALUES (?, ?, ?)"));
    query.bindValue(0, resource);
    query.bindValue(1, cursor);
    query.bindValue(2, at.toUTC().toString(Qt::ISODate));
    check(query, query.exec());
}
