#pragma once

#include "ui/AdminListPage.h"

class CouponsModel;
class PlansModel;
class QCheckBox;

// The coupons: create and edit them in a CouponDialog, deactivate or activate one, delete one no
// order was placed with (Delete key); inactive ones can be hidden. It asks through its signals.
class CouponsPage final : public AdminListPage
{
    Q_OBJECT

public:
    CouponsPage(CouponsModel& model, const PlansModel& plans, QWidget* parent = nullptr);

signals:
    void createRequested(const QJsonObject& coupon);
    void updateRequested(qint64 couponId, const QJsonObject& changes);
    void activeChangeRequested(qint64 couponId, bool active);
    void deleteRequested(qint64 couponId);

public slots:
    void showRefusal(const QString& message);

protected:
    void retranslate() override;
    void updateActions() override;
    void activateSelected() override;
    void deleteSelected() override;

private:
    QList<QPair<qint64, QString>> planChoices() const;
    void askNew();
    void toggleActive();

    const PlansModel& m_plans;
    QCheckBox* m_showInactive;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_toggle;
    QPushButton* m_delete;
};
