#include "charts/RevenueChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

RevenueChart::RevenueChart(QWidget* parent)
    : QChartView(parent)
    , m_net(new QLineSeries)
    , m_periods(new QDateTimeAxis)
    , m_amounts(new QValueAxis)
{
    setObjectName(QStringLiteral("revenueChart"));
    setRenderHint(QPainter::Antialiasing);
    m_net->setPen(QPen(QColor(0x1f, 0x4e, 0x79), 2));
    m_net->setPointsVisible(true);
    auto* chart = new QChart;
    chart->addSeries(m_net);
    chart->addAxis(m_periods, Qt::AlignBottom);
    chart->addAxis(m_amounts, Qt::AlignLeft);
    m_net->attachAxis(m_periods);
    m_net->attachAxis(m_amounts);
    chart->legend()->hide();
    m_periods->setFormat(QStringLiteral("MMM yyyy"));
    m_amounts->setLabelFormat(QStringLiteral("%.0f"));
    setChart(chart);
}

void RevenueChart::setSeries(const QList<Point>& points, const QString& currency)
{
    QList<QPointF> xy;
    qreal highest = 0;
    for (const Point& point : points) {
        xy.append(QPointF(static_cast<qreal>(point.periodStart.toMSecsSinceEpoch()), point.amount));
        highest = std::max(highest, point.amount);
    }
    m_net->replace(xy);
    if (!points.isEmpty())
        m_periods->setRange(points.first().periodStart, points.last().periodStart);
    m_periods->setTickCount(std::clamp(static_cast<int>(points.size()), 2, 7));
    m_amounts->setRange(0, std::max<qreal>(highest * 1.1, 10));
    m_amounts->setTitleText(currency);
}

int RevenueChart::pointCount() const
{
    return static_cast<int>(m_net->count());
}
