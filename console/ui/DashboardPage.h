#pragma once

#include "sync/AnalyticsLoader.h"

#include <QMap>
#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class RevenueChart;

// The business at a glance: KPI tiles (MRR, ARR, ARPA, organizations by status, churn,
// conversion, bank transfers waiting) and the last twelve months of revenue. It never calls
// the network: refreshRequested asks for new figures.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget* parent = nullptr);

    // The value shown on a tile ("mrr", "arr", "arpa", "active", "suspended", "churn",
    // "conversion", "transfers").
    QString tileValue(const QString& tile) const;
    RevenueChart& chart() const
    {
        return *m_chart;
    }

public slots:
    void showSummary(const AnalyticsLoader::Summary& summary);
    void showRevenue(const QList<RevenueChart::Point>& points, const QString& currency);

signals:
    void refreshRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    QFrame* addTile(const QString& tile);
    void retranslate();

    QMap<QString, QLabel*> m_titles;
    QMap<QString, QLabel*> m_values;
    RevenueChart* m_chart;
    QPushButton* m_refresh;
    QLabel* m_chartTitle;
};
