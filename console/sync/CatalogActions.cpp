#include "sync/CatalogActions.h"

namespace
{

QString couponPath(qint64 couponId)
{
    return QStringLiteral("/api/admin/coupons/%1/").arg(couponId);
}

QString planPath(qint64 planId)
{
    return QStringLiteral("/api/admin/plans/%1/").arg(planId);
}

} // namespace

CatalogActions::CatalogActions(ApiClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

void CatalogActions::send(ApiCall* call, Changed changed, Failed failed)
{
    connect(call, &ApiCall::succeeded, this, [this, changed](const QJsonDocument& answer) {
        emit(this->*changed)(answer.object());
    });
    connect(call, &ApiCall::failed, this,
            [this, failed](const ApiFailure& failure) { emit(this->*failed)(failure.message()); });
}

void CatalogActions::sendCoupon(ApiCall* call)
{
    send(call, &CatalogActions::couponChanged, &CatalogActions::couponFailed);
}

void CatalogActions::sendPlan(ApiCall* call)
{
    send(call, &CatalogActions::planChanged, &CatalogActions::planFailed);
}

void CatalogActions::createCoupon(const QJsonObject& coupon)
{
    sendCoupon(m_client.post(QStringLiteral("/api/admin/coupons/"), coupon));
}

void CatalogActions::updateCoupon(qint64 couponId, const QJsonObject& changes)
{
    sendCoupon(m_client.patch(couponPath(couponId), changes));
}

void CatalogActions::setCouponActive(qint64 couponId, bool active)
{
    updateCoupon(couponId, {{QStringLiteral("is_active"), active}});
}

void CatalogActions::deleteCoupon(qint64 couponId)
{
    sendCoupon(m_client.remove(couponPath(couponId)));
}

void CatalogActions::createPlan(const QJsonObject& plan)
{
    sendPlan(m_client.post(QStringLiteral("/api/admin/plans/"), plan));
}

void CatalogActions::updatePlan(qint64 planId, const QJsonObject& changes)
{
    sendPlan(m_client.patch(planPath(planId), changes));
}

void CatalogActions::setPlanActive(qint64 planId, bool active)
{
    updatePlan(planId, {{QStringLiteral("is_active"), active}});
}
