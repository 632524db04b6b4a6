#include "api/AdminCouponsController.h"

#include "api/BillingJson.h"
#include "api/CouponFields.h"
#include "http/JsonFields.h"

namespace ebm::api
{

using http::ApiRequest;
using http::ApiResponse;
using http::JsonFields;

namespace
{

bool sent(const JsonFields& fields, const std::string& name)
{
    return fields.has(name) || fields.isNull(name);
}

// An instant to set (has), to clear (null), or to leave (absent).
std::optional<std::optional<std::chrono::sys_seconds>> instantChange(JsonFields& fields,
                                                                     const std::string& name)
{
    if (fields.isNull(name))
        return std::optional<std::chrono::sys_seconds>();
    if (!fields.has(name))
        return std::nullopt;
    return CouponFields::instant(fields, name);
}

// A limit to set (has), to clear (null: no limit), or to leave (absent).
std::optional<std::optional<std::int64_t>> limitChange(JsonFields& fields, const std::string& name)
{
    if (fields.isNull(name))
        return std::optional<std::int64_t>();
    if (!fields.has(name))
        return std::nullopt;
    return fields.optionalInteger(name, 1, INT64_MAX);
}

services::CouponChanges changesOf(JsonFields& fields)
{
    services::CouponChanges changes;
    if (sent(fields, "code"))
        changes.code = normalizeCouponCode(fields.requiredString("code", 50));
    for (const char* name : {"discount_type", "percent", "amount", "currency", "minimum_amount"}) {
        if (sent(fields, name)) {
            Coupon scratch;
            CouponFields::readDiscount(fields, scratch);
            changes.discount = scratch.discount;
            break;
        }
    }
    changes.validFrom = instantChange(fields, "valid_from");
    changes.validUntil = instantChange(fields, "valid_until");
    changes.maxUses = limitChange(fields, "max_uses");
    changes.maxUsesPerCustomer = limitChange(fields, "max_uses_per_customer");
    changes.planIds = fields.optionalIdList("plans");
    if (fields.isNull("plans"))
        changes.planIds = std::vector<std::int64_t>{};
    changes.isActive = fields.optionalBoolean("is_active");
    return changes;
}

} // namespace

AdminCouponsController::AdminCouponsController(services::CouponService& coupons)
    : m_coupons(coupons)
{
}

// GET /api/admin/coupons/{id}/  (staff) — the coupon as in the list, with times_used.
// Errors: 404 unknown id.
ApiResponse AdminCouponsController::retrieve(const ApiRequest& request)
{
    return ApiResponse::json(BillingJson::coupon(m_coupons.get(request.pathId("id"))));
}

// PATCH /api/admin/coupons/{id}/  (staff)
// body, any of: {"is_active","valid_from","valid_until" (ISO 8601 or null: none),"max_uses",
// "max_uses_per_customer" (≥ 1 or null: unlimited),"plans" ([ids], [] or null: every plan)} and,
// only while no order was placed with the coupon, "code" and the discount ("discount_type" with
// "percent" or "amount","currency","minimum_amount", given whole as on creation).
// One transaction, audited coupon.updated with before and after. Answer: the coupon.
// Errors: 400 naming each bad field ("max_uses" below times_used, "valid_until" not after
// valid_from, "plans" unknown); 404; 409 coupon_in_use (code or discount of a coupon in use),
// 409 conflict (the code belongs to another coupon).
ApiResponse AdminCouponsController::update(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    const services::CouponChanges changes = changesOf(fields);
    fields.done();
    return ApiResponse::json(BillingJson::coupon(
        m_coupons.update(request.pathId("id"), changes, request.principal(), request.requestId())));
}

// DELETE /api/admin/coupons/{id}/  (staff)
// Deletes a coupon no order was ever placed with; audited coupon.deleted. Answer: 204.
// Errors: 404; 409 coupon_in_use (deactivate it with PATCH {"is_active":false} instead).
ApiResponse AdminCouponsController::remove(const ApiRequest& request)
{
    m_coupons.remove(request.pathId("id"), request.principal(), request.requestId());
    return ApiResponse::noContent();
}

} // namespace ebm::api
