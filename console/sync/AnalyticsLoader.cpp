#include "sync/AnalyticsLoader.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace
{

constexpr int kMonthsShown = 12;

QStringList amounts(const QJsonArray& byCurrency, const QString& field)
{
    QStringList list;
    for (const QJsonValue& value : byCurrency) {
        const QJsonObject entry = value.toObject();
        list << entry.value(field).toString() + QLatin1Char(' ') +
                    entry.value(QStringLiteral("currency")).toString();
    }
    return list;
}

QString isoDay(const QDate& day)
{
    return day.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z");
}

} // namespace

AnalyticsLoader::AnalyticsLoader(ApiClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

void AnalyticsLoader::load()
{
    ApiCall* call = m_client.get(QStringLiteral("/api/admin/analytics/summary/"));
    connect(call, &ApiCall::succeeded, this, &AnalyticsLoader::readSummary);
    connect(call, &ApiCall::failed, this,
            [this](const ApiFailure& failure) { emit failed(failure.message()); });
}

void AnalyticsLoader::readSummary(const QJsonDocument& answer)
{
    const QJsonObject json = answer.object();
    const QJsonObject organizations = json.value(QStringLiteral("organizations")).toObject();
    const QJsonArray byCurrency = json.value(QStringLiteral("by_currency")).toArray();
    Summary summary;
    summary.mrr = amounts(byCurrency, QStringLiteral("mrr"));
    summary.arr = amounts(byCurrency, QStringLiteral("arr"));
    summary.arpa = amounts(byCurrency, QStringLiteral("arpa"));
    summary.active = organizations.value(QStringLiteral("active")).toInt();
    summary.suspended = organizations.value(QStringLiteral("suspended")).toInt();
    summary.cancelled = organizations.value(QStringLiteral("cancelled")).toInt();
    summary.pending = organizations.value(QStringLiteral("pending")).toInt();
    summary.churnRate = json.value(QStringLiteral("churn_rate")).toString();
    summary.conversionRate = json.value(QStringLiteral("conversion_rate")).toString();
    summary.pendingTransfers = json.value(QStringLiteral("pending_bank_transfers"))
                                   .toObject()
                                   .value(QStringLiteral("count"))
                                   .toInt();
    summary.mainCurrency =
        byCurrency.isEmpty()
            ? QStringLiteral("EUR")
            : byCurrency.first().toObject().value(QStringLiteral("currency")).toString();
    emit summaryLoaded(summary);
    loadRevenue(summary.mainCurrency);
}

void AnalyticsLoader::loadRevenue(const QString& currency)
{
    const QDate today = QDate::currentDate();
    const QDate firstOfMonth(today.year(), today.month(), 1);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), isoDay(firstOfMonth.addMonths(1 - kMonthsShown)));
    query.addQueryItem(QStringLiteral("to"), isoDay(firstOfMonth.addMonths(1)));
    query.addQueryItem(QStringLiteral("step"), QStringLiteral("month"));
    query.addQueryItem(QStringLiteral("currency"), currency);
    ApiCall* call = m_client.get(QStringLiteral("/api/admin/analytics/revenue/"), query);
    connect(call, &ApiCall::succeeded, this, [this, currency](const QJsonDocument& answer) {
        QList<RevenueChart::Point> points;
        for (const QJsonValue& value : answer.object().value(QStringLiteral("points")).toArray()) {
            const QJsonObject point = value.toObject();
            points.append({QDateTime::fromString(
                               point.value(QStringLiteral("period_start")).toString(), Qt::ISODate),
                           point.value(QStringLiteral("net")).toString().toDouble()});
        }
        emit revenueLoaded(points, currency);
    });
    connect(call, &ApiCall::failed, this,
            [this](const ApiFailure& failure) { emit failed(failure.message()); });
}
