#include "sync/OrganizationDetailLoader.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace
{

QString isoDay(const QDate& day)
{
    return day.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z");
}

QString organizationPath(const QString& organizationId)
{
    return QStringLiteral("/api/admin/organizations/%1/")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(organizationId)));
}

} // namespace

OrganizationDetailLoader::OrganizationDetailLoader(ApiClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

OrganizationDetailLoader::UsageQuery OrganizationDetailLoader::queryFor(Span span,
                                                                        const QDate& today)
{
    const QDate tomorrow = today.addDays(1);
    switch (span) {
    case Span::Last13Weeks:
        return {isoDay(tomorrow.addDays(-13 * 7)), isoDay(tomorrow), QStringLiteral("week")};
    case Span::Last12Months: {
        const QDate firstOfMonth(today.year(), today.month(), 1);
        return {isoDay(firstOfMonth.addMonths(-11)), isoDay(firstOfMonth.addMonths(1)),
                QStringLiteral("month")};
    }
    case Span::Last30Days:
        break;
    }
    return {isoDay(tomorrow.addDays(-30)), isoDay(tomorrow), QStringLiteral("day")};
}

void OrganizationDetailLoader::load(const QString& organizationId)
{
    const quint64 serial = ++m_detailSerial;
    ApiCall* call = m_client.get(organizationPath(organizationId));
    connect(call, &ApiCall::succeeded, this, [this, serial](const QJsonDocument& answer) {
        if (serial == m_detailSerial)
            emit detailLoaded(answer.object());
    });
    watchFailure(call, serial, &m_detailSerial);
}

void OrganizationDetailLoader::loadUsage(const QString& organizationId, const QString& metric,
                                         Span span)
{
    const quint64 serial = ++m_usageSerial;
    const UsageQuery range = queryFor(span, QDateTime::currentDateTimeUtc().date());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("metric"), metric);
    query.addQueryItem(QStringLiteral("from"), range.from);
    query.addQueryItem(QStringLiteral("to"), range.to);
    query.addQueryItem(QStringLiteral("step"), range.step);
    ApiCall* call =
        m_client.get(organizationPath(organizationId) + QStringLiteral("usage-series/"), query);
    connect(call, &ApiCall::succeeded, this, [this, serial](const QJsonDocument& answer) {
        if (serial == m_usageSerial)
            emit usageLoaded(seriesOf(answer.object()));
    });
    watchFailure(call, serial, &m_usageSerial);
}

void OrganizationDetailLoader::watchFailure(ApiCall* call, const quint64 serial,
                                            const quint64* latest)
{
    connect(call, &ApiCall::failed, this, [this, serial, latest](const ApiFailure& failure) {
        if (serial == *latest)
            emit failed(failure.message());
    });
}

UsageChart::Series OrganizationDetailLoader::seriesOf(const QJsonObject& answer)
{
    UsageChart::Series series;
    series.organizationId = answer.value(QStringLiteral("organization")).toString();
    series.metric = answer.value(QStringLiteral("metric")).toString();
    series.unit = answer.value(QStringLiteral("unit")).toString();
    const QJsonValue quota = answer.value(QStringLiteral("quota"));
    if (quota.isDouble())
        series.quota = quota.toDouble();
    for (const QJsonValue& value : answer.value(QStringLiteral("points")).toArray()) {
        const QJsonObject point = value.toObject();
        series.points.append(
            {QDateTime::fromString(point.value(QStringLiteral("at")).toString(), Qt::ISODate),
             point.value(QStringLiteral("value")).toDouble()});
    }
    return series;
}
