#include "sync/OrganizationSync.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

OrganizationSync::OrganizationSync(ApiClient& client, LocalCache& cache, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{
}

void OrganizationSync::start()
{
    if (m_running)
        return;
    m_running = true;
    m_rows = 0;
    m_since = overlappingCursor();
    m_latest = m_cache.cursor(kResource);
    fetch(1);
}

QString OrganizationSync::overlappingCursor() const
{
    const QString cursor = m_cache.cursor(kResource);
    if (cursor.isEmpty())
        return cursor;
    return QDateTime::fromString(cursor, Qt::ISODate).addSecs(-1).toUTC().toString(Qt::ISODate);
}

void OrganizationSync::fetch(int page)
{
    m_page = page;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("page_size"), QString::number(kPageSize));
    query.addQueryItem(QStringLiteral("ordering"), QStringLiteral("updated_at"));
    if (!m_since.isEmpty())
        query.addQueryItem(QStringLiteral("updated_since"), m_since);
    ApiCall* call = m_client.get(QStringLiteral("/api/admin/organizations/"), query);
    connect(call, &ApiCall::succeeded, this, &OrganizationSync::store);
    connect(call, &ApiCall::failed, this, [this](const ApiFailure& failure) {
        m_running = false;
        emit failed(failure);
    });
}

void OrganizationSync::store(const QJsonDocument& answer)
{
    QList<OrganizationRow> rows;
    for (const QJsonValue& value : answer.object().value(QStringLiteral("results")).toArray()) {
        rows.append(OrganizationRow::fromJson(value.toObject()));
        m_latest = qMax(m_latest, rows.last().updatedAt);
    }
    m_cache.storeOrganizations(rows);
    emit rowsStored(rows);
    m_rows += rows.size();
    emit progressed(m_rows);
    if (!answer.object().value(QStringLiteral("next")).isNull()) {
        fetch(m_page + 1);
        return;
    }
    m_cache.recordSync(kResource, m_latest, QDateTime::currentDateTimeUtc());
    m_running = false;
    emit finished(m_rows);
}
