#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "http/RateLimiter.h"
#include "services/CouponService.h"
#include "services/OrderService.h"
#include "services/ProvisioningService.h"

#include <string>

namespace ebm::api
{

// /api/tenants/orders/ and /api/tenants/coupons/: placing and reading orders, coupon previews,
// and the staff coupon catalog under /api/admin/coupons/.
class OrdersController final
{
public:
    OrdersController(services::OrderService& orders, services::CouponService& coupons,
                     services::ProvisioningService& provisioning, http::RateLimiter& couponChecks,
                     std::string publicBaseUrl);

    http::ApiResponse create(const http::ApiRequest& request);
    http::ApiResponse list(const http::ApiRequest& request);
    http::ApiResponse retrieve(const http::ApiRequest& request);
    http::ApiResponse validateCoupon(const http::ApiRequest& request);
    http::ApiResponse createCoupon(const http::ApiRequest& request);
    http::ApiResponse listCoupons(const http::ApiRequest& request);
    http::ApiResponse recordPayment(const http::ApiRequest& request);

private:
    services::OrderService& m_orders;
    services::CouponService& m_coupons;
    http::RateLimiter& m_couponChecks;
    services::ProvisioningService& m_provisioning;
    std::string m_publicBaseUrl;
};

} // namespace ebm::api
