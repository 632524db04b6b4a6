#include "charts/UsageChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

UsageChart::UsageChart(QWidget* parent)
    : QChartView(parent)
    , m_usage(new QLineSeries)
    , m_quota(new QLineSeries)
    , m_time(new QDateTimeAxis)
    , m_values(new QValueAxis)
{
    setObjectName(QStringLiteral("usageChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    m_usage->setPen(QPen(QColor(0x1f, 0x4e, 0x79), 2));
    m_usage->setPointsVisible(true);
    QPen quotaPen(QColor(0xc5, 0x22, 0x1f), 2);
    quotaPen.setStyle(Qt::DashLine);
    m_quota->setPen(quotaPen);
    auto* chart = new QChart;
    for (QLineSeries* series : {m_usage, m_quota}) {
        chart->addSeries(series);
    }
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    for (QLineSeries* series : {m_usage, m_quota}) {
        series->attachAxis(m_time);
        series->attachAxis(m_values);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_time->setFormat(QStringLiteral("dd MMM"));
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    setChart(chart);
}

void UsageChart::setSeries(const Series& series)
{
    QList<QPointF> xy;
    xy.reserve(series.points.size());
    for (const Point& point : series.points)
        xy.append(QPointF(static_cast<qreal>(point.at.toMSecsSinceEpoch()), point.value));
    m_usage->replace(xy);
    m_usage->setName(tr("Usage (%1)").arg(unitLabel(series.unit)));
    setQuotaLine(series);
    fitAxes(series);
}

void UsageChart::setQuotaLine(const Series& series)
{
    m_quota->setName(tr("Quota"));
    if (!series.quota || series.points.isEmpty()) {
        m_quota->clear();
        m_quota->setVisible(false);
        return;
    }
    const auto first = static_cast<qreal>(series.points.first().at.toMSecsSinceEpoch());
    const auto last = static_cast<qreal>(series.points.last().at.toMSecsSinceEpoch());
    m_quota->replace({QPointF(first, *series.quota), QPointF(last, *series.quota)});
    m_quota->setVisible(true);
}

void UsageChart::fitAxes(const Series& series)
{
    qreal highest = series.quota.value_or(0);
    for (const Point& point : series.points)
        highest = std::max(highest, point.value);
    if (!series.points.isEmpty())
        m_time->setRange(series.points.first().at, series.points.last().at);
    const bool spansMonths =
        series.points.size() > 1 && series.points.first().at.daysTo(series.points.last().at) > 120;
    m_time->setFormat(spansMonths ? QStringLiteral("MMM yyyy") : QStringLiteral("dd MMM"));
    m_time->setTickCount(std::clamp(static_cast<int>(series.points.size()), 2, 7));
    m_values->setRange(0, std::max<qreal>(std::ceil(highest * 1.15), 1));
    m_values->setLabelFormat(series.unit == QLatin1String("GB") ? QStringLiteral("%.2f")
                                                                : QStringLiteral("%.0f"));
    m_values->setTitleText(unitLabel(series.unit));
}

QString UsageChart::unitLabel(const QString& unit)
{
    if (unit == QLatin1String("count"))
        return tr("count", "unit of a usage chart");
    return unit == QLatin1String("GB") ? tr("GB", "gigabytes") : unit;
}

void UsageChart::clear()
{
    m_usage->clear();
    m_quota->clear();
    m_quota->setVisible(false);
}

QList<QPointF> UsageChart::usagePoints() const
{
    return m_usage->points();
}

std::optional<qreal> UsageChart::quotaLine() const
{
    if (!m_quota->isVisible() || m_quota->count() == 0)
        return std::nullopt;
    return m_quota->at(0).y();
}
