#include "ui/PlanDialog.h"

#include "models/PlansModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace
{

QLineEdit* priceEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^\\d{1,9}(\\.\\d{1,3})?$")), edit));
    return edit;
}

QSpinBox* countBox(const QString& name, int minimum, int maximum, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    return box;
}

} // namespace

PlanDialog::PlanDialog(QWidget* parent)
    : QDialog(parent)
    , m_slug(new QLineEdit(this))
    , m_tier(new QComboBox(this))
    , m_currency(new QLineEdit(QStringLiteral("EUR"), this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_monthly(priceEdit(QStringLiteral("monthlyPrice"), this))
    , m_yearly(priceEdit(QStringLiteral("yearlyPrice"), this))
    , m_support(new QComboBox(this))
    , m_retention(countBox(QStringLiteral("retentionDays"), 1, 36'500, this))
    , m_restorePoints(countBox(QStringLiteral("maxRestorePoints"), 1, 100'000, this))
    , m_popular(new QCheckBox(tr("Shown as the popular choice"), this))
    , m_sortOrder(countBox(QStringLiteral("sortOrder"), 0, 10'000, this))
    , m_active(new QCheckBox(tr("Sold: in the public catalog and orderable"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("planDialog"));
    setWindowTitle(tr("New plan"));
    createWidgets();
    updateButtons();
}

void PlanDialog::createWidgets()
{
    m_slug->setObjectName(QStringLiteral("slug"));
    m_slug->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^[a-z0-9-]{1,50}$")), m_slug));
    m_name->setObjectName(QStringLiteral("name"));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setInputMask(QStringLiteral(">AAA"));
    m_description->setMaximumHeight(60);
    for (const char* tier : {"bronze", "silver", "gold"})
        m_tier->addItem(PlansModel::tierLabel(QString::fromLatin1(tier)),
                        QString::fromLatin1(tier));
    for (const char* level : {"email", "priority", "dedicated"})
        m_support->addItem(PlansModel::supportLabel(QString::fromLatin1(level)),
                           QString::fromLatin1(level));
    m_retention->setValue(30);
    m_restorePoints->setValue(14);
    m_active->setChecked(true);

    m_form = new QFormLayout(this);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("S&lug:"), m_slug);
    m_form->addRow(tr("&Tier:"), m_tier);
    m_form->addRow(tr("C&urrency:"), m_currency);
    m_form->addRow(tr("&Description:"), m_description);
    m_form->addRow(tr("&Monthly price:"), m_monthly);
    m_form->addRow(tr("&Yearly price:"), m_yearly);
    addQuota(QStringLiteral("max_servers"), tr("ESXi hosts:"));
    addQuota(QStringLiteral("max_vms"), tr("Virtual machines:"));
    addQuota(QStringLiteral("max_backups"), tr("Backup jobs:"));
    addQuota(QStringLiteral("max_storage_gb"), tr("Storage (GB):"));
    addQuota(QStringLiteral("max_users"), tr("Users:"));
    addFeature(QStringLiteral("has_replication"), tr("Replication"));
    addFeature(QStringLiteral("has_sure_backup"), tr("SureBackup"));
    addFeature(QStringLiteral("has_monitoring"), tr("Monitoring"));
    addFeature(QStringLiteral("has_api_access"), tr("API access"));
    addFeature(QStringLiteral("custom_retention"), tr("Custom retention"));
    m_form->addRow(tr("&Support:"), m_support);
    m_form->addRow(tr("&Retention (days):"), m_retention);
    m_form->addRow(tr("Restore &points:"), m_restorePoints);
    m_form->addRow(tr("Sort &order:"), m_sortOrder);
    m_form->addRow(m_popular);
    m_form->addRow(m_active);
    m_form->addRow(m_buttons);

    for (QLineEdit* edit : {m_name, m_slug, m_monthly, m_yearly, m_currency})
        connect(edit, &QLineEdit::textChanged, this, &PlanDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PlanDialog::addQuota(const QString& field, const QString& label)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    QSpinBox* limit = countBox(field, 0, 10'000'000, row);
    auto* unlimited = new QCheckBox(tr("Unlimited"), row);
    unlimited->setObjectName(field + QStringLiteral("_unlimited"));
    layout->addWidget(limit, 1);
    layout->addWidget(unlimited);
    connect(unlimited, &QCheckBox::toggled, limit, &QWidget::setDisabled);
    m_form->addRow(label, row);
    m_quotas.append({field, limit, unlimited});
}

void PlanDialog::addFeature(const QString& field, const QString& label)
{
    auto* box = new QCheckBox(label, this);
    box->setObjectName(field);
    m_form->addRow(m_features.isEmpty() ? tr("Features:") : QString(), box);
    m_features.append({field, box});
}

void PlanDialog::updateButtons()
{
    const bool complete = !m_name->text().trimmed().isEmpty() && !m_slug->text().isEmpty() &&
                          !m_monthly->text().isEmpty() && !m_yearly->text().isEmpty() &&
                          m_currency->text().size() == 3;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

void PlanDialog::setPlan(const QJsonObject& plan)
{
    setWindowTitle(tr("Plan %1").arg(plan.value(QStringLiteral("name")).toString()));
    m_name->setText(plan.value(QStringLiteral("name")).toString());
    m_slug->setText(plan.value(QStringLiteral("slug")).toString());
    m_tier->setCurrentIndex(m_tier->findData(plan.value(QStringLiteral("tier")).toString()));
    m_currency->setText(plan.value(QStringLiteral("currency")).toString());
    for (QWidget* fixed : {static_cast<QWidget*>(m_slug), static_cast<QWidget*>(m_tier),
                           static_cast<QWidget*>(m_currency)})
        fixed->setEnabled(false);
    m_description->setPlainText(plan.value(QStringLiteral("description")).toString());
    m_monthly->setText(plan.value(QStringLiteral("monthly_price")).toString());
    m_yearly->setText(plan.value(QStringLiteral("yearly_price")).toString());
    for (const Quota& quota : std::as_const(m_quotas)) {
        const QJsonValue limit = plan.value(quota.field);
        quota.unlimited->setChecked(limit.isNull());
        quota.limit->setValue(limit.toInt());
    }
    for (const Feature& feature : std::as_const(m_features))
        feature.box->setChecked(plan.value(feature.field).toBool());
    m_support->setCurrentIndex(
        m_support->findData(plan.value(QStringLiteral("support_level")).toString()));
    m_retention->setValue(plan.value(QStringLiteral("retention_days")).toInt());
    m_restorePoints->setValue(plan.value(QStringLiteral("max_restore_points")).toInt());
    m_popular->setChecked(plan.value(QStringLiteral("is_popular")).toBool());
    m_sortOrder->setValue(plan.value(QStringLiteral("sort_order")).toInt());
    m_active->setChecked(plan.value(QStringLiteral("is_active")).toBool());
}

QJsonObject PlanDialog::changes() const
{
    QJsonObject plan{{QStringLiteral("name"), m_name->text().trimmed()},
                     {QStringLiteral("description"), m_description->toPlainText().trimmed()},
                     {QStringLiteral("monthly_price"), m_monthly->text()},
                     {QStringLiteral("yearly_price"), m_yearly->text()},
                     {QStringLiteral("support_level"), m_support->currentData().toString()},
                     {QStringLiteral("retention_days"), m_retention->value()},
                     {QStringLiteral("max_restore_points"), m_restorePoints->value()},
                     {QStringLiteral("is_popular"), m_popular->isChecked()},
                     {QStringLiteral("sort_order"), m_sortOrder->value()},
                     {QStringLiteral("is_active"), m_active->isChecked()}};
    for (const Quota& quota : m_quotas)
        plan.insert(quota.field,
                    quota.unlimited->isChecked() ? QJsonValue() : QJsonValue(quota.limit->value()));
    for (const Feature& feature : m_features)
        plan.insert(feature.field, feature.box->isChecked());
    return plan;
}

QJsonObject PlanDialog::plan() const
{
    QJsonObject plan = changes();
    plan.insert(QStringLiteral("slug"), m_slug->text());
    plan.insert(QStringLiteral("tier"), m_tier->currentData().toString());
    plan.insert(QStringLiteral("currency"), m_currency->text());
    return plan;
}
