#pragma once

#include "cache/LocalCache.h"
#include "net/ApiClient.h"

#include <QObject>

// Brings the local cache up to date with the server's organizations: pages of
// GET /api/admin/organizations/?updated_since=<cursor>, 1,000 rows each, stored as they
// arrive. The cursor (the latest updated_at seen, re-read with one second of overlap, since
// storing is idempotent) moves only once a whole pass has succeeded.
class OrganizationSync final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 1000;
    static inline const QString kResource = QStringLiteral("organizations");

    OrganizationSync(ApiClient& client, LocalCache& cache, QObject* parent = nullptr);

    void start();
    bool isRunning() const
    {
        return m_running;
    }

signals:
    void progressed(int rowsSoFar);
    // A page of rows, as stored in the cache.
    void rowsStored(const QList<OrganizationRow>& rows);
    void finished(int rowsChanged);
    void failed(const ApiFailure& failure);

private:
    void fetch(int page);
    void store(const QJsonDocument& answer);
    QString overlappingCursor() const;

    ApiClient& m_client;
    LocalCache& m_cache;
    bool m_running = false;
    int m_page = 1;
    int m_rows = 0;
    QString m_since;
    QString m_latest;
};
