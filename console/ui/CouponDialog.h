#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QList>
#include <QPair>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

// Creates or edits a coupon: code, a percent or a fixed amount in a currency, a minimum, the
// validity window, how often it can be used (in all and per customer), the plans it applies to
// and whether it is active. It answers the JSON to send; the server checks the rules.
class CouponDialog final : public QDialog
{
    Q_OBJECT

public:
    // `plans`: each plan's id and name, offered as the plans the coupon may be limited to.
    explicit CouponDialog(const QList<QPair<qint64, QString>>& plans, QWidget* parent = nullptr);

    // Fills the fields from a coupon of GET /api/admin/coupons/ to edit it.
    void setCoupon(const QJsonObject& coupon);
    // Every field, as POST /api/admin/coupons/ takes it.
    QJsonObject coupon() const;
    // What PATCH /api/admin/coupons/{id}/ should change: the limits, window, plans and state
    // always; the code and the discount only when they changed (the server refuses them for a
    // coupon in use).
    QJsonObject changes() const;

private:
    void createWidgets();
    QWidget* windowRow(QCheckBox* enabled, QDateTimeEdit* instant);
    void updateFields();
    QJsonObject discount() const;
    bool discountChanged(const QJsonObject& discount) const;
    static QJsonValue instantOf(const QCheckBox* enabled, const QDateTimeEdit* instant);
    static void showInstant(const QJsonValue& value, QCheckBox* enabled, QDateTimeEdit* instant);

    QLineEdit* m_code;
    QComboBox* m_type;
    QLineEdit* m_percent;
    QLineEdit* m_amount;
    QLineEdit* m_currency;
    QLineEdit* m_minimum;
    QCheckBox* m_hasFrom;
    QDateTimeEdit* m_from;
    QCheckBox* m_hasUntil;
    QDateTimeEdit* m_until;
    QSpinBox* m_maxUses;
    QSpinBox* m_perCustomer;
    QListWidget* m_plans;
    QCheckBox* m_active;
    QDialogButtonBox* m_buttons;
    QJsonObject m_original;
};
