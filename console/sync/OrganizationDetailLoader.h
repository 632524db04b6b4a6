#pragma once

#include "charts/UsageChart.h"
#include "net/ApiClient.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>

// One organization as staff see it, read from the server for the detail pane: its detail
// (members, subscription, latest payments and invoices, current usage) and the usage series of
// one metric over a chosen span. Only the answers to the latest request count, so moving
// quickly through the list never shows an older organization. Each read is audited by the
// server (staff.tenant_access).
class OrganizationDetailLoader final : public QObject
{
    Q_OBJECT

public:
    enum class Span
    {
        Last30Days,  // daily points
        Last13Weeks, // weekly points
        Last12Months // monthly points
    };
    struct UsageQuery
    {
        QString from;
        QString to;
        QString step;
    };

    explicit OrganizationDetailLoader(ApiClient& client, QObject* parent = nullptr);

    // The from/to/step of a span ending with the day `today` (UTC), as the usage-series
    // endpoint takes them.
    static UsageQuery queryFor(Span span, const QDate& today);

    void load(const QString& organizationId);
    void loadUsage(const QString& organizationId, const QString& metric, Span span);

signals:
    void detailLoaded(const QJsonObject& detail);
    void usageLoaded(const UsageChart::Series& series);
    void failed(const QString& message);

private:
    static UsageChart::Series seriesOf(const QJsonObject& answer);
    void watchFailure(ApiCall* call, const quint64 serial, const quint64* latest);

    ApiClient& m_client;
    quint64 m_detailSerial = 0;
    quint64 m_usageSerial = 0;
};
