#pragma once

#include <QChartView>
#include <QDateTime>
#include <QList>
#include <QPointF>

#include <optional>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

// One metric of one organization over time: its usage as a line and its plan's quota as a
// dashed red line across the same range. Each line is redrawn in one call (QXYSeries::replace).
class UsageChart final : public QChartView
{
    Q_OBJECT

public:
    struct Point
    {
        QDateTime at;
        qreal value = 0;
    };
    struct Series
    {
        QString organizationId;
        QString metric;
        QString unit;
        std::optional<qreal> quota; // none: unlimited, or no plan
        QList<Point> points;
    };

    explicit UsageChart(QWidget* parent = nullptr);

    void setSeries(const Series& series);
    void clear();

    QList<QPointF> usagePoints() const;
    // The quota line's height, or none when the chart shows no quota line.
    std::optional<qreal> quotaLine() const;

private:
    void setQuotaLine(const Series& series);
    void fitAxes(const Series& series);
    static QString unitLabel(const QString& unit);

    QLineSeries* m_usage;
    QLineSeries* m_quota;
    QDateTimeAxis* m_time;
    QValueAxis* m_values;
};
