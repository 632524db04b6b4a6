#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/CouponService.h"

namespace ebm::api
{

// /api/admin/coupons/{id}/: one coupon for staff, changed or deleted (the list and creation are
// OrdersController's).
class AdminCouponsController final
{
public:
    explicit AdminCouponsController(services::CouponService& coupons);

    http::ApiResponse retrieve(const http::ApiRequest& request);
    http::ApiResponse update(const http::ApiRequest& request);
    http::ApiResponse remove(const http::ApiRequest& request);

private:
    services::CouponService& m_coupons;
};

} // namespace ebm::api
