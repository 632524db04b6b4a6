#include "ui/CouponsPage.h"

#include "models/CouponsModel.h"
#include "models/PlansModel.h"
#include "ui/CouponDialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

CouponsPage::CouponsPage(CouponsModel& model, const PlansModel& plans, QWidget* parent)
    : AdminListPage(model, ConsolePages::Page::Coupons, parent)
    , m_plans(plans)
    , m_showInactive(new QCheckBox(this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_toggle(new QPushButton(this))
    , m_delete(new QPushButton(this))
{
    setObjectName(QStringLiteral("couponsPage"));
    table()->setObjectName(QStringLiteral("couponsTable"));
    m_showInactive->setObjectName(QStringLiteral("showInactive"));
    m_showInactive->setChecked(true);
    m_new->setObjectName(QStringLiteral("newCoupon"));
    m_edit->setObjectName(QStringLiteral("editCoupon"));
    m_toggle->setObjectName(QStringLiteral("toggleCoupon"));
    m_delete->setObjectName(QStringLiteral("deleteCoupon"));
    filterRow()->insertWidget(0, m_showInactive);
    int at = 0;
    for (QPushButton* button : {m_new, m_edit, m_toggle, m_delete})
        actionRow()->insertWidget(at++, button);
    retranslate();
    updateActions();
    connect(m_showInactive, &QCheckBox::toggled, this, &CouponsPage::showInactive);
    connect(m_new, &QPushButton::clicked, this, &CouponsPage::askNew);
    connect(m_edit, &QPushButton::clicked, this, &CouponsPage::activateSelected);
    connect(m_toggle, &QPushButton::clicked, this, &CouponsPage::toggleActive);
    connect(m_delete, &QPushButton::clicked, this, &CouponsPage::deleteSelected);
}

void CouponsPage::retranslate()
{
    AdminListPage::retranslate();
    m_showInactive->setText(tr("Show inactive coupons"));
    m_new->setText(tr("New…"));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete…"));
    updateActions();
}

void CouponsPage::updateActions()
{
    const QJsonObject coupon = selectedRow();
    const bool any = !coupon.isEmpty();
    m_edit->setEnabled(any);
    m_toggle->setEnabled(any);
    m_delete->setEnabled(any);
    m_toggle->setText(coupon.value(QStringLiteral("is_active")).toBool(true) ? tr("Deactivate")
                                                                             : tr("Activate"));
}

QList<QPair<qint64, QString>> CouponsPage::planChoices() const
{
    QList<QPair<qint64, QString>> plans;
    for (int row = 0; row < m_plans.rowCount(); ++row) {
        const QJsonObject plan = m_plans.rowAt(row);
        plans.append({plan.value(QStringLiteral("id")).toInteger(),
                      plan.value(QStringLiteral("name")).toString()});
    }
    return plans;
}

void CouponsPage::askNew()
{
    CouponDialog dialog(planChoices(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit createRequested(dialog.coupon());
}

void CouponsPage::activateSelected()
{
    const QJsonObject coupon = selectedRow();
    if (coupon.isEmpty())
        return;
    CouponDialog dialog(planChoices(), this);
    dialog.setCoupon(coupon);
    if (dialog.exec() == QDialog::Accepted)
        emit updateRequested(selectedId(), dialog.changes());
}

void CouponsPage::toggleActive()
{
    const QJsonObject coupon = selectedRow();
    if (!coupon.isEmpty())
        emit activeChangeRequested(selectedId(),
                                   !coupon.value(QStringLiteral("is_active")).toBool());
}

void CouponsPage::deleteSelected()
{
    const QJsonObject coupon = selectedRow();
    if (coupon.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete the coupon"),
        tr("Delete the coupon %1? A coupon orders were placed with cannot be deleted; deactivate "
           "it instead.")
            .arg(coupon.value(QStringLiteral("code")).toString()));
    if (answer == QMessageBox::Yes)
        emit deleteRequested(selectedId());
}

void CouponsPage::showRefusal(const QString& message)
{
    warn(tr("The coupon was not changed"), message);
}
