#pragma once

#include "cache/OrganizationRow.h"

#include <QDateTime>
#include <QList>
#include <QString>

class QSqlDatabase;

// The console's local copy of what it lists (Qt Sql on SQLite, one file per server), so long
// lists open at once and stay readable when the server cannot be reached. Each resource keeps
// the cursor of its last incremental sync and when that sync last succeeded.
class LocalCache final
{
public:
    // Opens (creating) the cache file; throws std::runtime_error when SQLite refuses it.
    explicit LocalCache(const QString& path);
    ~LocalCache();
    LocalCache(const LocalCache&) = delete;
    LocalCache& operator=(const LocalCache&) = delete;

    // The cache file of a server under the user's data directory.
    static QString pathFor(const QUrl& server);

    // Inserts or replaces the rows, in one transaction.
    void storeOrganizations(const QList<OrganizationRow>& rows);
    QList<OrganizationRow> organizations() const;
    // Every organization of the cache file at `path`, through a connection of the calling
    // thread, so a worker thread can read 100,000 rows while the window stays responsive.
    static QList<OrganizationRow> readOrganizations(const QString& path);
    int organizationCount() const;

    QString cursor(const QString& resource) const;
    QDateTime syncedAt(const QString& resource) const;
    void recordSync(const QString& resource, const QString& cursor, const QDateTime& at);

private:
    void createSchema();
    void run(const QString& sql) const;
    static QList<OrganizationRow> selectOrganizations(const QSqlDatabase& database);

    QString m_connection;
};
