#include "ui/OrganizationDetailPane.h"

#include "models/InvoicesModel.h"
#include "models/MembersModel.h"
#include "models/OrganizationsModel.h"
#include "models/PaymentsModel.h"
#include "models/PlansModel.h"
#include "ui/ReasonDialog.h"
#include "ui/StatusBadgeDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace
{

const QStringList Fields{
    QStringLiteral("plan"),    QStringLiteral("cycle"),   QStringLiteral("period"),
    QStringLiteral("anchor"),  QStringLiteral("renewal"), QStringLiteral("scheduled"),
    QStringLiteral("contact"), QStringLiteral("locale"),  QStringLiteral("created")};
const QStringList Metrics{QStringLiteral("servers"), QStringLiteral("vms"),
                          QStringLiteral("backups"), QStringLiteral("storage_gb"),
                          QStringLiteral("users")};

QString dayOf(const QJsonValue& instant)
{
    const QDateTime at = QDateTime::fromString(instant.toString(), Qt::ISODate);
    return at.isValid() ? QLocale().toString(at.toUTC().date(), QLocale::ShortFormat)
                        : QStringLiteral("—");
}

QString text(const QJsonObject& object, const QString& field)
{
    const QString value = object.value(field).toString();
    return value.isEmpty() ? QStringLiteral("—") : value;
}

} // namespace

OrganizationDetailPane::OrganizationDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_name(new QLabel(this))
    , m_status(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_extend(new QPushButton(this))
    , m_changePlan(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_members(new MembersModel(this))
    , m_payments(new PaymentsModel(this))
    , m_invoices(new InvoicesModel(this))
{
    setObjectName(QStringLiteral("organizationDetail"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(createSubscriptionTab(), QString());
    m_tabs->addTab(createTableTab(m_members, QStringLiteral("membersTable")), QString());
    m_tabs->addTab(createUsageTab(), QString());
    m_tabs->addTab(
        createTableTab(m_payments, QStringLiteral("paymentsTable"), PaymentsModel::Status),
        QString());
    m_tabs->addTab(
        createTableTab(m_invoices, QStringLiteral("invoicesTable"), InvoicesModel::Status),
        QString());

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(createHeader());
    detailLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(detail);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    retranslate();
    clear();
}

QWidget* OrganizationDetailPane::createHeader()
{
    auto* header = new QWidget(this);
    m_name->setObjectName(QStringLiteral("detailName"));
    QFont bigger = m_name->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    bigger.setBold(true);
    m_name->setFont(bigger);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("detailStatus"));
    m_summary->setObjectName(QStringLiteral("detailSummary"));
    m_summary->setWordWrap(true);
    m_extend->setObjectName(QStringLiteral("extend"));
    m_changePlan->setObjectName(QStringLiteral("changePlan"));
    m_cancel->setObjectName(QStringLiteral("cancelSubscription"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_name, 1);
    top->addWidget(m_status);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_extend);
    actions->addWidget(m_changePlan);
    actions->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(actions);
    connect(m_extend, &QPushButton::clicked, this, &OrganizationDetailPane::askExtension);
    connect(m_changePlan, &QPushButton::clicked, this, &OrganizationDetailPane::askPlanChange);
    connect(m_cancel, &QPushButton::clicked, this, &OrganizationDetailPane::askCancellation);
    return header;
}

QWidget* OrganizationDetailPane::createSubscriptionTab()
{
    auto* tab = new QWidget(this);
    m_form = new QFormLayout(tab);
    for (const QString& field : Fields)
        addField(field);
    return tab;
}

void OrganizationDetailPane::addField(const QString& field)
{
    auto* title = new QLabel(this);
    auto* value = new QLabel(this);
    value->setObjectName(field);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fieldTitles.insert(field, title);
    m_fieldValues.insert(field, value);
    m_form->addRow(title, value);
}

QWidget* OrganizationDetailPane::createTableTab(JsonRowsModel* model, const QString& name,
                                                int statusColumn)
{
    auto* table = new QTableView(this);
    table->setObjectName(name);
    table->setModel(model);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    if (statusColumn >= 0)
        table->setItemDelegateForColumn(statusColumn,
                                        new StatusBadgeDelegate(JsonRowsModel::StatusRole, this));
    return table;
}

QWidget* OrganizationDetailPane::createUsageTab()
{
    auto* tab = new QWidget(this);
    m_metric = new QComboBox(tab);
    m_metric->setObjectName(QStringLiteral("usageMetric"));
    for (const QString& metric : Metrics)
        m_metric->addItem(QString(), metric);
    m_span = new QComboBox(tab);
    m_span->setObjectName(QStringLiteral("usageSpan"));
    for (const auto span :
         {OrganizationDetailLoader::Span::Last30Days, OrganizationDetailLoader::Span::Last13Weeks,
          OrganizationDetailLoader::Span::Last12Months})
        m_span->addItem(QString(), static_cast<int>(span));
    m_usageNow = new QLabel(tab);
    m_usageNow->setObjectName(QStringLiteral("usageNow"));
    m_chart = new UsageChart(tab);
    auto* choices = new QHBoxLayout;
    choices->addWidget(m_metric);
    choices->addWidget(m_span);
    choices->addStretch(1);
    choices->addWidget(m_usageNow);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(choices);
    layout->addWidget(m_chart, 1);
    connect(m_metric, &QComboBox::activated, this, &OrganizationDetailPane::requestUsage);
    connect(m_span, &QComboBox::activated, this, &OrganizationDetailPane::requestUsage);
    return tab;
}

void OrganizationDetailPane::retranslate()
{
    if (m_organizationId.isEmpty())
        m_placeholder->setText(selectionHint());
    m_extend->setText(tr("Extend…"));
    m_changePlan->setText(tr("Change plan…"));
    m_cancel->setText(tr("Cancel subscription…"));
    m_tabs->setTabText(0, tr("Subscription"));
    m_tabs->setTabText(1, tr("Members"));
    m_tabs->setTabText(2, tr("Usage"));
    m_tabs->setTabText(3, tr("Payments"));
    m_tabs->setTabText(4, tr("Invoices"));
    const QStringList titles{tr("Plan:"),        tr("Billing cycle:"), tr("Paid period:"),
                             tr("Billing day:"), tr("Renewal:"),       tr("Scheduled change:"),
                             tr("Contact:"),     tr("Language:"),      tr("Customer since:")};
    for (int i = 0; i < Fields.size(); ++i)
        m_fieldTitles.value(Fields.at(i))->setText(titles.at(i));
    const QStringList metricLabels{tr("ESXi hosts"), tr("Virtual machines"), tr("Backup jobs"),
                                   tr("Storage (GB)"), tr("Users")};
    for (int i = 0; i < metricLabels.size(); ++i)
        m_metric->setItemText(i, metricLabels.at(i));
    m_span->setItemText(0, tr("Last 30 days"));
    m_span->setItemText(1, tr("Last 13 weeks"));
    m_span->setItemText(2, tr("Last 12 months"));
    if (!m_detail.isEmpty()) {
        showHeader();
        showSubscription();
        showCurrentUsage();
    }
}

void OrganizationDetailPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString OrganizationDetailPane::fieldValue(const QString& field) const
{
    const QLabel* value = m_fieldValues.value(field);
    return value ? value->text() : QString();
}

void OrganizationDetailPane::selectUsage(const QString& metric, OrganizationDetailLoader::Span span)
{
    m_metric->setCurrentIndex(std::max(0, static_cast<int>(Metrics.indexOf(metric))));
    m_span->setCurrentIndex(m_span->findData(static_cast<int>(span)));
    requestUsage();
}

void OrganizationDetailPane::clear()
{
    m_organizationId.clear();
    m_detail = {};
    for (JsonRowsModel* model :
         {static_cast<JsonRowsModel*>(m_members), static_cast<JsonRowsModel*>(m_payments),
          static_cast<JsonRowsModel*>(m_invoices)})
        model->setRows({});
    m_chart->clear();
    m_placeholder->setText(selectionHint());
    m_stack->setCurrentWidget(m_placeholder);
}

QString OrganizationDetailPane::selectionHint()
{
    return tr("Select an organization to see its subscription, members and usage.");
}

void OrganizationDetailPane::showLoading(const QString& organizationId)
{
    if (organizationId == m_organizationId)
        return;
    clear();
    m_organizationId = organizationId;
    m_placeholder->setText(tr("Loading…"));
}

void OrganizationDetailPane::showDetail(const QJsonObject& detail)
{
    const QString id = detail.value(QStringLiteral("id")).toString();
    if (!m_organizationId.isEmpty() && id != m_organizationId)
        return;
    const bool another = id != m_detail.value(QStringLiteral("id")).toString();
    m_organizationId = id;
    m_detail = detail;
    m_members->setRows(JsonRowsModel::objectsOf(detail.value(QStringLiteral("members")).toArray()));
    m_payments->setRows(
        JsonRowsModel::objectsOf(detail.value(QStringLiteral("payments")).toArray()));
    m_invoices->setRows(
        JsonRowsModel::objectsOf(detail.value(QStringLiteral("invoices")).toArray()));
    showHeader();
    showSubscription();
    showCurrentUsage();
    updateActions();
    m_stack->setCurrentIndex(1);
    if (another)
        requestUsage();
}

void OrganizationDetailPane::showHeader()
{
    const QString status = m_detail.value(QStringLiteral("status")).toString();
    m_name->setText(m_detail.value(QStringLiteral("name")).toString());
    m_status->setText(OrganizationsModel::statusLabel(status));
    m_status->setStyleSheet(
        QStringLiteral("color: white; background: %1; border-radius: 8px; padding: 2px 10px")
            .arg(StatusBadgeDelegate::colourOf(status).name()));
    const QString reason = m_detail.value(QStringLiteral("status_reason")).toString();
    m_summary->setText(
        reason.isEmpty()
            ? m_detail.value(QStringLiteral("id")).toString()
            : tr("%1 — reason: %2").arg(m_detail.value(QStringLiteral("id")).toString(), reason));
}

void OrganizationDetailPane::showSubscription()
{
    const QJsonObject subscription = m_detail.value(QStringLiteral("subscription")).toObject();
    const QJsonObject plan = subscription.value(QStringLiteral("plan")).toObject();
    const QJsonObject scheduled = subscription.value(QStringLiteral("scheduled_plan")).toObject();
    const bool yearly =
        subscription.value(QStringLiteral("billing_cycle")).toString() == QLatin1String("yearly");
    const bool autoRenew = subscription.value(QStringLiteral("auto_renew")).toBool();
    const bool cancels = subscription.value(QStringLiteral("cancel_at_period_end")).toBool();
    m_fieldValues.value(QStringLiteral("plan"))
        ->setText(plan.isEmpty() ? tr("No plan") : text(plan, QStringLiteral("name")));
    m_fieldValues.value(QStringLiteral("cycle"))->setText(yearly ? tr("Yearly") : tr("Monthly"));
    m_fieldValues.value(QStringLiteral("period"))
        ->setText(tr("%1 to %2")
                      .arg(dayOf(subscription.value(QStringLiteral("subscription_start"))),
                           dayOf(subscription.value(QStringLiteral("subscription_end")))));
    const QJsonValue anchor = subscription.value(QStringLiteral("billing_anchor_day"));
    m_fieldValues.value(QStringLiteral("anchor"))
        ->setText(anchor.isDouble() ? QString::number(anchor.toInt()) : QStringLiteral("—"));
    m_fieldValues.value(QStringLiteral("renewal"))
        ->setText(cancels     ? tr("Cancels at the end of the period")
                  : autoRenew ? tr("Renews automatically")
                              : tr("Renewed by the customer"));
    m_fieldValues.value(QStringLiteral("scheduled"))
        ->setText(scheduled.isEmpty()
                      ? tr("None")
                      : tr("%1 from %2")
                            .arg(text(scheduled, QStringLiteral("name")),
                                 dayOf(subscription.value(QStringLiteral("scheduled_change_at")))));
    const QString phone = m_detail.value(QStringLiteral("contact_phone")).toString();
    m_fieldValues.value(QStringLiteral("contact"))
        ->setText(text(m_detail, QStringLiteral("contact_email")) +
                  (phone.isEmpty() ? QString() : QStringLiteral(" · ") + phone));
    m_fieldValues.value(QStringLiteral("locale"))
        ->setText(text(m_detail, QStringLiteral("locale")));
    m_fieldValues.value(QStringLiteral("created"))
        ->setText(dayOf(m_detail.value(QStringLiteral("created_at"))));
}

void OrganizationDetailPane::showCurrentUsage()
{
    const QString metric = m_metric->currentData().toString();
    for (const QJsonValue& value : m_detail.value(QStringLiteral("usage")).toArray()) {
        const QJsonObject usage = value.toObject();
        if (usage.value(QStringLiteral("metric")).toString() != metric)
            continue;
        const QString current = usage.value(QStringLiteral("current")).toVariant().toString();
        m_usageNow->setText(
            usage.value(QStringLiteral("unlimited")).toBool()
                ? tr("Now: %1 (unlimited)").arg(current)
                : tr("Now: %1 of %2 (%3 %)")
                      .arg(current, usage.value(QStringLiteral("limit")).toVariant().toString(),
                           usage.value(QStringLiteral("percent")).toString()));
        return;
    }
    m_usageNow->clear();
}

void OrganizationDetailPane::requestUsage()
{
    showCurrentUsage();
    if (m_organizationId.isEmpty())
        return;
    emit usageRequested(m_organizationId, m_metric->currentData().toString(),
                        static_cast<OrganizationDetailLoader::Span>(m_span->currentData().toInt()));
}

void OrganizationDetailPane::updateActions()
{
    const QString status = m_detail.value(QStringLiteral("status")).toString();
    m_extend->setEnabled(status != QLatin1String("pending") &&
                         status != QLatin1String("cancelled"));
    m_cancel->setEnabled(status != QLatin1String("cancelled"));
    m_changePlan->setEnabled(status != QLatin1String("cancelled") && m_plans != nullptr);
}

void OrganizationDetailPane::setPlans(const PlansModel& plans)
{
    m_plans = &plans;
}

void OrganizationDetailPane::askPlanChange()
{
    auto* plan = new QComboBox;
    plan->setObjectName(QStringLiteral("plan"));
    for (int row = 0; row < m_plans->rowCount(); ++row) {
        const QJsonObject offered = m_plans->rowAt(row);
        if (offered.value(QStringLiteral("is_active")).toBool())
            plan->addItem(offered.value(QStringLiteral("name")).toString(),
                          offered.value(QStringLiteral("id")).toInteger());
    }
    auto* force = new QCheckBox(tr("Even if it uses more than the new plan allows"));
    ReasonDialog dialog(tr("Change the plan"),
                        tr("The plan of %1 changes at once, without a charge; pending renewal and "
                           "upgrade orders are cancelled. Why?")
                            .arg(m_name->text()),
                        this);
    dialog.addField(tr("New plan"), plan);
    dialog.addField(QString(), force);
    if (dialog.exec() == QDialog::Accepted && plan->count() > 0)
        emit actionRequested(m_organizationId, QStringLiteral("change_plan"),
                             {{QStringLiteral("plan"), plan->currentData().toLongLong()},
                              {QStringLiteral("reason"), dialog.reason()},
                              {QStringLiteral("force"), force->isChecked()}});
}

void OrganizationDetailPane::askExtension()
{
    auto* days = new QSpinBox;
    days->setObjectName(QStringLiteral("days"));
    days->setRange(1, 366);
    days->setValue(30);
    days->setSuffix(tr(" days"));
    ReasonDialog dialog(tr("Extend the paid period"),
                        tr("Why give %1 more time? The reason is kept in the audit log and the "
                           "customer is emailed the new end.")
                            .arg(m_name->text()),
                        this);
    dialog.addField(tr("Extend by"), days);
    if (dialog.exec() == QDialog::Accepted)
        emit actionRequested(
            m_organizationId, QStringLiteral("extend"),
            {{QStringLiteral("days"), days->value()}, {QStringLiteral("reason"), dialog.reason()}});
}

void OrganizationDetailPane::askCancellation()
{
    ReasonDialog dialog(tr("Cancel the subscription"),
                        tr("Cancelling stops %1 at once, turns automatic renewal off and cancels "
                           "its pending orders. Why?")
                            .arg(m_name->text()),
                        this);
    if (dialog.exec() == QDialog::Accepted)
        emit actionRequested(m_organizationId, QStringLiteral("cancel"),
                             {{QStringLiteral("reason"), dialog.reason()}});
}

void OrganizationDetailPane::showUsage(const UsageChart::Series& series)
{
    if (series.organizationId != m_organizationId)
        return;
    m_chart->setSeries(series);
}

void OrganizationDetailPane::showFailure(const QString& message)
{
    if (m_stack->currentWidget() == m_placeholder && !m_organizationId.isEmpty())
        m_placeholder->setText(tr("Could not load this organization: %1").arg(message));
    else
        m_usageNow->setText(message);
}
