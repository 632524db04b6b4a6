#pragma once

#include "net/ApiClient.h"

#include <QJsonObject>
#include <QObject>

// Staff changes to the catalog sent to the server: coupons (create, change, activate or
// deactivate, delete one never used) and plans (create, change, withdraw or restore).
class CatalogActions final : public QObject
{
    Q_OBJECT

public:
    explicit CatalogActions(ApiClient& client, QObject* parent = nullptr);

    void createCoupon(const QJsonObject& coupon);
    void updateCoupon(qint64 couponId, const QJsonObject& changes);
    void setCouponActive(qint64 couponId, bool active);
    void deleteCoupon(qint64 couponId);
    void createPlan(const QJsonObject& plan);
    void updatePlan(qint64 planId, const QJsonObject& changes);
    void setPlanActive(qint64 planId, bool active);

signals:
    // The coupon as the server now has it (empty once deleted).
    void couponChanged(const QJsonObject& coupon);
    void planChanged(const QJsonObject& plan);
    // The server's refusal (for example coupon_in_use) or why it could not be asked.
    void couponFailed(const QString& message);
    void planFailed(const QString& message);

private:
    using Changed = void (CatalogActions::*)(const QJsonObject&);
    using Failed = void (CatalogActions::*)(const QString&);
    void sendCoupon(ApiCall* call);
    void sendPlan(ApiCall* call);
    void send(ApiCall* call, Changed changed, Failed failed);

    ApiClient& m_client;
};
