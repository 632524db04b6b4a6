#include "ui/CouponDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace
{

const QString Percent = QStringLiteral("percent");
const QString Fixed = QStringLiteral("fixed");

QRegularExpressionValidator* decimalValidator(QObject* parent)
{
    return new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^\\d{1,9}(\\.\\d{1,3})?$")), parent);
}

QSpinBox* limitBox(const QString& none, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, 1'000'000);
    box->setSpecialValueText(none);
    return box;
}

QJsonValue limitOf(const QSpinBox* box)
{
    return box->value() == 0 ? QJsonValue() : QJsonValue(box->value());
}

QJsonValue textOrNull(const QLineEdit* edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

CouponDialog::CouponDialog(const QList<QPair<qint64, QString>>& plans, QWidget* parent)
    : QDialog(parent)
    , m_code(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_percent(new QLineEdit(this))
    , m_amount(new QLineEdit(this))
    , m_currency(new QLineEdit(QStringLiteral("EUR"), this))
    , m_minimum(new QLineEdit(this))
    , m_hasFrom(new QCheckBox(this))
    , m_from(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_hasUntil(new QCheckBox(this))
    , m_until(new QDateTimeEdit(QDateTime::currentDateTime().addMonths(1), this))
    , m_maxUses(limitBox(tr("No limit"), this))
    , m_perCustomer(limitBox(tr("No limit"), this))
    , m_plans(new QListWidget(this))
    , m_active(new QCheckBox(tr("Active: customers can use it"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("couponDialog"));
    setWindowTitle(tr("New coupon"));
    for (const auto& [id, name] : plans) {
        auto* item = new QListWidgetItem(name, m_plans);
        item->setData(Qt::UserRole, id);
        item->setCheckState(Qt::Unchecked);
    }
    createWidgets();
    updateFields();
}

void CouponDialog::createWidgets()
{
    m_code->setObjectName(QStringLiteral("code"));
    m_type->setObjectName(QStringLiteral("discountType"));
    m_type->addItem(tr("Percentage"), Percent);
    m_type->addItem(tr("Fixed amount"), Fixed);
    m_percent->setObjectName(QStringLiteral("percent"));
    m_percent->setValidator(decimalValidator(this));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setValidator(decimalValidator(this));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setInputMask(QStringLiteral(">AAA"));
    m_minimum->setObjectName(QStringLiteral("minimum"));
    m_minimum->setValidator(decimalValidator(this));
    m_minimum->setPlaceholderText(tr("None"));
    m_maxUses->setObjectName(QStringLiteral("maxUses"));
    m_perCustomer->setObjectName(QStringLiteral("maxUsesPerCustomer"));
    m_plans->setObjectName(QStringLiteral("plans"));
    m_plans->setMaximumHeight(100);
    m_active->setObjectName(QStringLiteral("active"));
    m_active->setChecked(true);
    m_hasFrom->setText(tr("From"));
    m_hasUntil->setText(tr("Until (exclusive)"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Discount:"), m_type);
    form->addRow(tr("&Percent:"), m_percent);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("&Minimum order:"), m_minimum);
    form->addRow(tr("Valid:"), windowRow(m_hasFrom, m_from));
    form->addRow(QString(), windowRow(m_hasUntil, m_until));
    form->addRow(tr("Uses in all:"), m_maxUses);
    form->addRow(tr("Uses per customer:"), m_perCustomer);
    form->addRow(tr("Only for plans\n(none: every plan):"), m_plans);
    form->addRow(m_active);
    form->addRow(m_buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &CouponDialog::updateFields);
    connect(m_code, &QLineEdit::textChanged, this, &CouponDialog::updateFields);
    connect(m_percent, &QLineEdit::textChanged, this, &CouponDialog::updateFields);
    connect(m_amount, &QLineEdit::textChanged, this, &CouponDialog::updateFields);
    connect(m_hasFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_hasUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QWidget* CouponDialog::windowRow(QCheckBox* enabled, QDateTimeEdit* instant)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(enabled);
    layout->addWidget(instant, 1);
    instant->setCalendarPopup(true);
    instant->setEnabled(false);
    return row;
}

void CouponDialog::updateFields()
{
    const bool percent = m_type->currentData().toString() == Percent;
    m_percent->setEnabled(percent);
    m_amount->setEnabled(!percent);
    const QLineEdit* value = percent ? m_percent : m_amount;
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_code->text().trimmed().isEmpty() && !value->text().isEmpty());
}

void CouponDialog::setCoupon(const QJsonObject& coupon)
{
    m_original = coupon;
    setWindowTitle(tr("Coupon %1").arg(coupon.value(QStringLiteral("code")).toString()));
    m_code->setText(coupon.value(QStringLiteral("code")).toString());
    m_type->setCurrentIndex(
        m_type->findData(coupon.value(QStringLiteral("discount_type")).toString()));
    m_percent->setText(coupon.value(QStringLiteral("percent")).toString());
    m_amount->setText(coupon.value(QStringLiteral("amount")).toString());
    if (coupon.value(QStringLiteral("currency")).isString())
        m_currency->setText(coupon.value(QStringLiteral("currency")).toString());
    m_minimum->setText(coupon.value(QStringLiteral("minimum_amount")).toString());
    showInstant(coupon.value(QStringLiteral("valid_from")), m_hasFrom, m_from);
    showInstant(coupon.value(QStringLiteral("valid_until")), m_hasUntil, m_until);
    m_maxUses->setValue(coupon.value(QStringLiteral("max_uses")).toInt());
    m_perCustomer->setValue(coupon.value(QStringLiteral("max_uses_per_customer")).toInt());
    const QJsonArray plans = coupon.value(QStringLiteral("plans")).toArray();
    for (int row = 0; row < m_plans->count(); ++row) {
        QListWidgetItem* item = m_plans->item(row);
        item->setCheckState(plans.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                  : Qt::Unchecked);
    }
    m_active->setChecked(coupon.value(QStringLiteral("is_active")).toBool());
}

void CouponDialog::showInstant(const QJsonValue& value, QCheckBox* enabled, QDateTimeEdit* instant)
{
    enabled->setChecked(value.isString());
    if (value.isString())
        instant->setDateTime(QDateTime::fromString(value.toString(), Qt::ISODate).toLocalTime());
}

QJsonValue CouponDialog::instantOf(const QCheckBox* enabled, const QDateTimeEdit* instant)
{
    if (!enabled->isChecked())
        return {};
    return instant->dateTime().toUTC().toString(Qt::ISODate);
}

QJsonObject CouponDialog::discount() const
{
    const bool percent = m_type->currentData().toString() == Percent;
    QJsonObject discount{{QStringLiteral("discount_type"), m_type->currentData().toString()}};
    discount.insert(percent ? QStringLiteral("percent") : QStringLiteral("amount"),
                    (percent ? m_percent : m_amount)->text());
    if (!percent || !m_minimum->text().isEmpty())
        discount.insert(QStringLiteral("currency"), m_currency->text());
    if (!m_minimum->text().isEmpty())
        discount.insert(QStringLiteral("minimum_amount"), textOrNull(m_minimum));
    return discount;
}

QJsonObject CouponDialog::coupon() const
{
    QJsonObject coupon = discount();
    coupon.insert(QStringLiteral("code"), m_code->text().trimmed());
    const QJsonObject limits = changes();
    for (auto it = limits.constBegin(); it != limits.constEnd(); ++it)
        if (!it.value().isNull())
            coupon.insert(it.key(), it.value());
    return coupon;
}

bool CouponDialog::discountChanged(const QJsonObject& discount) const
{
    for (auto it = discount.constBegin(); it != discount.constEnd(); ++it)
        if (m_original.value(it.key()) != it.value())
            return true;
    return false;
}

QJsonObject CouponDialog::changes() const
{
    QJsonArray plans;
    for (int row = 0; row < m_plans->count(); ++row)
        if (m_plans->item(row)->checkState() == Qt::Checked)
            plans.append(m_plans->item(row)->data(Qt::UserRole).toLongLong());
    QJsonObject changes{{QStringLiteral("valid_from"), instantOf(m_hasFrom, m_from)},
                        {QStringLiteral("valid_until"), instantOf(m_hasUntil, m_until)},
                        {QStringLiteral("max_uses"), limitOf(m_maxUses)},
                        {QStringLiteral("max_uses_per_customer"), limitOf(m_perCustomer)},
                        {QStringLiteral("plans"), plans},
                        {QStringLiteral("is_active"), m_active->isChecked()}};
    if (m_original.isEmpty())
        return changes;
    const QString code = m_code->text().trimmed();
    if (code.compare(m_original.value(QStringLiteral("code")).toString(), Qt::CaseInsensitive) != 0)
        changes.insert(QStringLiteral("code"), code);
    const QJsonObject newDiscount = discount();
    if (discountChanged(newDiscount))
        for (auto it = newDiscount.constBegin(); it != newDiscount.constEnd(); ++it)
            changes.insert(it.key(), it.value());
    return changes;
}
