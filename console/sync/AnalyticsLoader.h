#pragma once

#include "charts/RevenueChart.h"
#include "net/ApiClient.h"

#include <QObject>
#include <QStringList>

// The dashboard's figures from the server's analytics: the summary (MRR, ARR, ARPA per
// currency, organizations by status, churn and conversion, pending transfers) and the last
// twelve months of net revenue in the main currency.
class AnalyticsLoader final : public QObject
{
    Q_OBJECT

public:
    // Amounts stay the server's decimal strings, each with its currency code.
    struct Summary
    {
        QStringList mrr;
        QStringList arr;
        QStringList arpa;
        int active = 0;
        int suspended = 0;
        int cancelled = 0;
        int pending = 0;
        QString churnRate;
        QString conversionRate;
        int pendingTransfers = 0;
        QString mainCurrency;
    };

    explicit AnalyticsLoader(ApiClient& client, QObject* parent = nullptr);

    void load();

signals:
    void summaryLoaded(const AnalyticsLoader::Summary& summary);
    void revenueLoaded(const QList<RevenueChart::Point>& points, const QString& currency);
    void failed(const QString& message);

private:
    void readSummary(const QJsonDocument& answer);
    void loadRevenue(const QString& currency);

    ApiClient& m_client;
};
