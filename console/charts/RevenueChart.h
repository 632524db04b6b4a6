#pragma once

#include <QChartView>
#include <QDateTime>
#include <QList>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

// The net revenue (received minus refunded) of each period in one currency, as a line over
// time. Its points are replaced in one call (QXYSeries::replace), never appended one by one.
class RevenueChart final : public QChartView
{
    Q_OBJECT

public:
    struct Point
    {
        QDateTime periodStart;
        qreal amount = 0; // major units
    };

    explicit RevenueChart(QWidget* parent = nullptr);

    void setSeries(const QList<Point>& points, const QString& currency);
    int pointCount() const;

private:
    QLineSeries* m_net;
    QDateTimeAxis* m_periods;
    QValueAxis* m_amounts;
};
