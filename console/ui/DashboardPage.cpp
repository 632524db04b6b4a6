#include "ui/DashboardPage.h"

#include "charts/RevenueChart.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace
{

QString joined(const QStringList& amounts)
{
    return amounts.isEmpty() ? QStringLiteral("—") : amounts.join(QStringLiteral(" · "));
}

} // namespace

DashboardPage::DashboardPage(QWidget* parent)
    : QWidget(parent)
    , m_chart(new RevenueChart(this))
    , m_refresh(new QPushButton(this))
    , m_chartTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* tiles = new QGridLayout;
    const QStringList names{QStringLiteral("mrr"),        QStringLiteral("arr"),
                            QStringLiteral("arpa"),       QStringLiteral("active"),
                            QStringLiteral("suspended"),  QStringLiteral("churn"),
                            QStringLiteral("conversion"), QStringLiteral("transfers")};
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    for (int i = 0; i < names.size(); ++i)
        tiles->addWidget(addTile(names.at(i)), i / 4, i % 4);
    auto* header = new QHBoxLayout;
    header->addWidget(m_chartTitle, 1);
    header->addWidget(m_refresh);
    layout->addLayout(header);
    layout->addWidget(m_chart, 1);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refreshRequested);
    retranslate();
}

QFrame* DashboardPage::addTile(const QString& tile)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(tile + QStringLiteral("Tile"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto* title = new QLabel(frame);
    auto* value = new QLabel(QStringLiteral("—"), frame);
    value->setObjectName(tile);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value->setFont(big);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(frame);
    layout->addWidget(title);
    layout->addWidget(value);
    m_titles.insert(tile, title);
    m_values.insert(tile, value);
    return frame;
}

void DashboardPage::retranslate()
{
    m_titles.value(QStringLiteral("mrr"))->setText(tr("Monthly recurring revenue"));
    m_titles.value(QStringLiteral("arr"))->setText(tr("Annual recurring revenue"));
    m_titles.value(QStringLiteral("arpa"))->setText(tr("Revenue per account"));
    m_titles.value(QStringLiteral("active"))->setText(tr("Active organizations"));
    m_titles.value(QStringLiteral("suspended"))->setText(tr("Suspended"));
    m_titles.value(QStringLiteral("churn"))->setText(tr("Churn (30 days)"));
    m_titles.value(QStringLiteral("conversion"))->setText(tr("Orders paid (30 days)"));
    m_titles.value(QStringLiteral("transfers"))->setText(tr("Transfers to verify"));
    m_chartTitle->setText(tr("Net revenue, last twelve months"));
    m_refresh->setText(tr("Refresh"));
}

void DashboardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString DashboardPage::tileValue(const QString& tile) const
{
    const QLabel* value = m_values.value(tile);
    return value ? value->text() : QString();
}

void DashboardPage::showSummary(const AnalyticsLoader::Summary& summary)
{
    m_values.value(QStringLiteral("mrr"))->setText(joined(summary.mrr));
    m_values.value(QStringLiteral("arr"))->setText(joined(summary.arr));
    m_values.value(QStringLiteral("arpa"))->setText(joined(summary.arpa));
    m_values.value(QStringLiteral("active"))->setText(QString::number(summary.active));
    m_values.value(QStringLiteral("suspended"))->setText(QString::number(summary.suspended));
    m_values.value(QStringLiteral("churn"))->setText(summary.churnRate + QStringLiteral(" %"));
    m_values.value(QStringLiteral("conversion"))
        ->setText(summary.conversionRate + QStringLiteral(" %"));
    m_values.value(QStringLiteral("transfers"))->setText(QString::number(summary.pendingTransfers));
}

void DashboardPage::showRevenue(const QList<RevenueChart::Point>& points, const QString& currency)
{
    m_chart->setSeries(points, currency);
}
