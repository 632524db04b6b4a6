#include "ui/PlansPage.h"

#include "models/PlansModel.h"
#include "ui/PlanDialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

PlansPage::PlansPage(PlansModel& model, QWidget* parent)
    : AdminListPage(model, ConsolePages::Page::Plans, parent)
    , m_showInactive(new QCheckBox(this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_toggle(new QPushButton(this))
{
    setObjectName(QStringLiteral("plansPage"));
    table()->setObjectName(QStringLiteral("plansTable"));
    m_showInactive->setObjectName(QStringLiteral("showInactive"));
    m_showInactive->setChecked(true);
    m_new->setObjectName(QStringLiteral("newPlan"));
    m_edit->setObjectName(QStringLiteral("editPlan"));
    m_toggle->setObjectName(QStringLiteral("togglePlan"));
    filterRow()->insertWidget(0, m_showInactive);
    int at = 0;
    for (QPushButton* button : {m_new, m_edit, m_toggle})
        actionRow()->insertWidget(at++, button);
    retranslate();
    updateActions();
    connect(m_showInactive, &QCheckBox::toggled, this, &PlansPage::showInactive);
    connect(m_new, &QPushButton::clicked, this, &PlansPage::askNew);
    connect(m_edit, &QPushButton::clicked, this, &PlansPage::activateSelected);
    connect(m_toggle, &QPushButton::clicked, this, &PlansPage::toggleActive);
}

void PlansPage::retranslate()
{
    AdminListPage::retranslate();
    m_showInactive->setText(tr("Show withdrawn plans"));
    m_new->setText(tr("New…"));
    m_edit->setText(tr("Edit…"));
    updateActions();
}

void PlansPage::updateActions()
{
    const QJsonObject plan = selectedRow();
    m_edit->setEnabled(!plan.isEmpty());
    m_toggle->setEnabled(!plan.isEmpty());
    m_toggle->setText(plan.value(QStringLiteral("is_active")).toBool(true) ? tr("Withdraw…")
                                                                           : tr("Restore"));
}

void PlansPage::askNew()
{
    PlanDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        emit createRequested(dialog.plan());
}

void PlansPage::activateSelected()
{
    const QJsonObject plan = selectedRow();
    if (plan.isEmpty())
        return;
    PlanDialog dialog(this);
    dialog.setPlan(plan);
    if (dialog.exec() == QDialog::Accepted)
        emit updateRequested(selectedId(), dialog.changes());
}

void PlansPage::deleteSelected()
{
    if (selectedRow().value(QStringLiteral("is_active")).toBool())
        toggleActive();
}

void PlansPage::toggleActive()
{
    const QJsonObject plan = selectedRow();
    if (plan.isEmpty())
        return;
    const bool active = plan.value(QStringLiteral("is_active")).toBool();
    if (active && QMessageBox::question(
                      this, tr("Withdraw the plan"),
                      tr("Withdraw %1 from sale? It leaves the public catalog; its "
                         "subscribers keep it and renew on it.")
                          .arg(plan.value(QStringLiteral("name")).toString())) != QMessageBox::Yes)
        return;
    emit activeChangeRequested(selectedId(), !active);
}

void PlansPage::showRefusal(const QString& message)
{
    warn(tr("The plan was not changed"), message);
}
