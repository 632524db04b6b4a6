#pragma once

#include "ui/AdminListPage.h"

class PlansModel;
class QCheckBox;

// The plan catalog, withdrawn plans too: create and edit plans in a PlanDialog, withdraw one from
// sale or restore it (plans are never deleted). It asks through its signals.
class PlansPage final : public AdminListPage
{
    Q_OBJECT

public:
    explicit PlansPage(PlansModel& model, QWidget* parent = nullptr);

signals:
    void createRequested(const QJsonObject& plan);
    void updateRequested(qint64 planId, const QJsonObject& changes);
    void activeChangeRequested(qint64 planId, bool active);

public slots:
    void showRefusal(const QString& message);

protected:
    void retranslate() override;
    void updateActions() override;
    void activateSelected() override;
    void deleteSelected() override;

private:
    void askNew();
    void toggleActive();

    QCheckBox* m_showInactive;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_toggle;
};
