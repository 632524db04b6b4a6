#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "http/RateLimiter.h"
#include "services/CouponService.h"
#include "services/OrderService.h"
#include "services/PlanService.h"
#include "web/CsrfTokens.h"
#include "web/PageRenderer.h"

#include <chrono>
#include <map>
#include <optional>
#include <string>

namespace ebm::web
{

// Step 1 of registration: the customer's details and the plan, with a promo code checked live
// (and rate-limited per client) and the order summary beside the form. Continuing places the
// order and hands its token to the browser in an HttpOnly cookie for the payment steps.
class RegisterPagesController final
{
public:
    struct Options
    {
        bool secureCookies = false;
        std::chrono::hours orderLifetime{168};
    };

    RegisterPagesController(services::PlanService& plans, services::CouponService& coupons,
                            services::OrderService& orders, http::RateLimiter& couponChecks,
                            const PageRenderer& renderer, const CsrfTokens& csrf, Options options);

    // GET /register?plan=<slug>&cycle=monthly|yearly
    http::ApiResponse form(const http::ApiRequest& request);
    // POST /register  fields plan, billing_cycle, name, company, email, phone, coupon_code,
    // action=continue|apply_coupon|remove_coupon
    http::ApiResponse submit(const http::ApiRequest& request);
    // POST /register/coupon  the same fields; JSON {"valid","message","summary_html"} for the
    // page's script (the form works without it)
    http::ApiResponse checkCoupon(const http::ApiRequest& request);

    // The cookie that carries "<order id>.<order token>" between the registration steps.
    static constexpr std::string_view kOrderCookie = "ebm_order";

private:
    // What the customer typed, and what is wrong with it per field.
    struct Details
    {
        std::string plan;
        std::string cycle;
        std::string name;
        std::string company;
        std::string email;
        std::string phone;
        std::string coupon;
        std::map<std::string, std::string> errors;
        std::string couponMessage;
        bool couponApplied = false;
    };
    // The plan and price the details stand for.
    struct Selection
    {
        Plan plan;
        BillingCycle cycle = BillingCycle::Monthly;
        PriceQuote quote;
    };

    static Details read(const http::ApiRequest& request);
    void validate(Details& details, const PageRequest& page) const;
    Selection select(Details& details, const PageRequest& page);
    void applyCoupon(Details& details, Selection& selection, const PageRequest& page);
    http::ApiResponse render(const PageRequest& page, const Details& details,
                             const Selection& selection, int status = 200) const;
    Html summary(const PageRequest& page, const Details& details, const Selection& selection) const;
    http::ApiResponse placeOrder(PageRequest& page, Details& details, const Selection& selection);
    std::optional<Plan> planBySlug(const std::string& slug);

    services::PlanService& m_plans;
    services::CouponService& m_coupons;
    services::OrderService& m_orders;
    http::RateLimiter& m_couponChecks;
    const PageRenderer& m_renderer;
    const CsrfTokens& m_csrf;
    Options m_options;
};

} // namespace ebm::web
