#include "api/OrdersController.h"

#include "api/BillingJson.h"
#include "api/CouponFields.h"
#include "api/PagedList.h"
#include "domain/Timestamp.h"
#include "http/JsonFields.h"

namespace ebm::api
{

using http::ApiError;
using http::ApiRequest;
using http::ApiResponse;
using http::JsonFields;

namespace
{

const char* const kCycles = "monthly, yearly";

std::optional<auth::Principal> callerOf(const ApiRequest& request)
{
    if (!request.isAuthenticated())
        return std::nullopt;
    return request.principal();
}

std::string localeOf(JsonFields& fields)
{
    if (!fields.has("locale"))
        return "fr";
    const std::string locale = fields.optionalString("locale", 2);
    if (locale != "fr" && locale != "en")
        fields.reject("locale", "Must be one of: fr, en.");
    return locale;
}

} // namespace

OrdersController::OrdersController(services::OrderService& orders, services::CouponService& coupons,
                                   services::ProvisioningService& provisioning,
                                   http::RateLimiter& couponChecks, std::string publicBaseUrl)
    : m_orders(orders)
    , m_coupons(coupons)
    , m_couponChecks(couponChecks)
    , m_provisioning(provisioning)
    , m_publicBaseUrl(std::move(publicBaseUrl))
{
}

// POST /api/tenants/orders/  (anyone; signed-in users' orders are tied to their account)
// body
// {"plan":id,"billing_cycle":"monthly"|"yearly","customer":{"name","company"?,"email","phone"?},
//       "coupon_code"?,"locale"?:"fr"|"en"}. Amounts sent by the client are ignored.
// Answer 201: the order (status "pending", order_number, subtotal, discount, tax_rate, tax, total,
// currency, expires_at); for an anonymous order also "order_token", shown once: send it as
// X-Order-Token on every later call about this order.
// Errors: 400 naming each bad field ("customer.email", …), {"plan":[…]} unknown or inactive,
// {"coupon_code":[reason]} when the code cannot apply.
ApiResponse OrdersController::create(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    services::NewOrder order;
    order.planId = fields.requiredInteger("plan", 1, INT64_MAX);
    const auto cycle = fields.choice("billing_cycle", parseBillingCycle, kCycles);
    JsonFields customer = fields.nested("customer");
    order.customerName = customer.requiredString("name", 150);
    order.customerCompany = customer.optionalString("company", 200);
    order.customerEmail = customer.requiredEmail("email");
    order.customerPhone = customer.optionalString("phone", 32);
    order.couponCode = fields.optionalString("coupon_code", 50);
    order.locale = localeOf(fields);
    fields.done();
    order.billingCycle = *cycle;
    return ApiResponse::json(BillingJson::order(m_orders.place(order, callerOf(request))), 201);
}

// GET /api/tenants/orders/  (signed in)
// Your orders, newest first: those placed with your account or with your email address.
ApiResponse OrdersController::list(const ApiRequest& request)
{
    const auto pagination = http::Pagination::fromRequest(request);
    const auto page =
        m_orders.listForBuyer(request.principal(), pagination.offset(), pagination.pageSize());
    return pagedList(request, pagination, page.count, page.orders, BillingJson::order,
                     m_publicBaseUrl);
}

// GET /api/tenants/orders/{id}/  (the buyer signed in, or anyone with the order's X-Order-Token)
// Answer: the order. Errors: 404 for anyone else (also without or with a wrong token).
ApiResponse OrdersController::retrieve(const ApiRequest& request)
{
    return ApiResponse::json(BillingJson::order(
        m_orders.get(request.pathId("id"), callerOf(request), request.header("X-Order-Token"))));
}

// POST /api/tenants/coupons/validate/  (anyone)
// body {"code","plan":id,"billing_cycle","email"?}. Answer 200 {"code","valid":true|false,
// "reason"? (coupon_unknown, coupon_inactive, coupon_not_yet_valid, coupon_expired, coupon_used_up,
// coupon_used_up_by_customer, coupon_not_for_plan, coupon_below_minimum_amount,
// coupon_other_currency),"detail"?,"currency","subtotal","discount","tax_rate","tax","total"}
// — the price with the discount when valid, without it otherwise.
// Errors: 400 naming each bad field, {"plan":[…]} unknown or inactive.
ApiResponse OrdersController::validateCoupon(const ApiRequest& request)
{
    if (const auto wait = m_couponChecks.attempt("coupon:" + request.clientAddress()))
        throw ApiError::throttled("Too many promo code checks; try again shortly.",
                                  static_cast<int>(wait->count()));
    JsonFields fields(request.jsonBody());
    const std::string code = fields.requiredString("code", 50);
    const auto planId = fields.requiredInteger("plan", 1, INT64_MAX);
    const auto cycle = fields.choice("billing_cycle", parseBillingCycle, kCycles);
    const std::string email = fields.has("email") ? fields.requiredEmail("email") : std::string();
    fields.done();
    return ApiResponse::json(
        BillingJson::couponCheck(m_coupons.preview(code, planId, *cycle, email), code));
}

// POST /api/admin/coupons/  (staff)
// body {"code","discount_type":"percent"|"fixed","percent"? ("10", "12.5"),"amount"?,"currency"?
//       (for a fixed amount or a minimum),"minimum_amount"?,"valid_from"?,"valid_until"? (ISO 8601,
//       exclusive),"max_uses"?,"max_uses_per_customer"?,"plans"?:[ids],"is_active"?}.
// Answer 201: the coupon. Errors: 400 naming each bad field; 409 the code exists.
ApiResponse OrdersController::createCoupon(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    Coupon coupon;
    coupon.code = normalizeCouponCode(fields.requiredString("code", 50));
    CouponFields::readDiscount(fields, coupon);
    coupon.validFrom = CouponFields::instant(fields, "valid_from");
    coupon.validUntil = CouponFields::instant(fields, "valid_until");
    if (coupon.validFrom && coupon.validUntil && *coupon.validUntil <= *coupon.validFrom)
        fields.reject("valid_until", "Must be after valid_from.");
    coupon.maxUses = fields.optionalInteger("max_uses", 1, INT64_MAX);
    coupon.maxUsesPerCustomer = fields.optionalInteger("max_uses_per_customer", 1, INT64_MAX);
    coupon.planIds = fields.optionalIdList("plans").value_or(std::vector<std::int64_t>{});
    coupon.isActive = fields.optionalBoolean("is_active").value_or(true);
    fields.done();
    return ApiResponse::json(
        BillingJson::coupon(m_coupons.create(coupon, request.principal(), request.requestId())),
        201);
}

// GET /api/admin/coupons/  (staff) — every coupon, paginated, with times_used.
ApiResponse OrdersController::listCoupons(const ApiRequest& request)
{
    const auto pagination = http::Pagination::fromRequest(request);
    const auto page = m_coupons.list(pagination.offset(), pagination.pageSize());
    return pagedList(request, pagination, page.count, page.coupons, BillingJson::coupon,
                     m_publicBaseUrl);
}

// POST /api/admin/orders/{id}/record_payment/  (staff)
// body {"amount" (decimal string, exactly the order's total),"currency","reference"?}: a payment
// received offline (a verified bank transfer). Completes the payment and provisions the order in
// one transaction: organization, owner account and membership, invoice, coupon use, welcome and
// receipt emails. Recording it again answers the same result without doing anything twice.
// Answer 200 {"order","organization","invoice","invoice_number","already_provisioned"}.
// Errors: 404 unknown order; 400 {"amount":[…]} not the total; 409 order_not_payable (cancelled,
// failed, refunded).
ApiResponse OrdersController::recordPayment(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    const std::string amount = fields.requiredString("amount", 20);
    const std::string currency = fields.requiredString("currency", 3);
    const std::string reference = fields.optionalString("reference", 140);
    fields.done();
    Money received = Money::zero(Currency::fromCode("EUR"));
    try {
        received = Money::parse(amount, Currency::fromCode(currency));
    } catch (const DomainError& error) {
        throw ApiError::validation(error.field() == "currency" ? "currency" : "amount",
                                   error.what());
    }
    const auto result = m_provisioning.recordOfflinePayment(
        request.pathId("id"), received, reference, request.principal(), request.requestId());
    Poco::JSON::Object::Ptr body = http::makeObject();
    body->set("order", result.orderId);
    body->set("organization", result.organizationId);
    body->set("invoice",
              result.invoiceId == 0 ? Poco::Dynamic::Var() : Poco::Dynamic::Var(result.invoiceId));
    body->set("invoice_number", textOrNull(result.invoiceNumber));
    body->set("already_provisioned", result.alreadyProvisioned);
    return ApiResponse::json(body);
}

} // namespace ebm::api
