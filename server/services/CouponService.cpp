#include "services/CouponService.h"

#include "domain/Timestamp.h"
#include "http/ApiError.h"
#include "services/RequireFound.h"
#include "store/AuditLogRepository.h"
#include "store/CouponRepository.h"
#include "store/PlanRepository.h"
#include "store/UserRepository.h"
#include "store/WriteTransaction.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <sstream>

namespace ebm::services
{

using http::ApiError;

namespace
{

Poco::Dynamic::Var instantOrNull(const std::optional<std::chrono::sys_seconds>& value)
{
    return value ? Poco::Dynamic::Var(formatIso8601(*value)) : Poco::Dynamic::Var();
}

Poco::Dynamic::Var integerOrNull(const std::optional<std::int64_t>& value)
{
    return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

ApiError couponInUse(const std::string& what)
{
    return ApiError(409, "coupon_in_use",
                    "Orders were placed with this coupon, so its " + what +
                        " can no longer change; deactivate it and create another one.");
}

void requirePlansExist(store::PlanRepository& plans, const std::vector<std::int64_t>& planIds)
{
    for (const std::int64_t planId : planIds) {
        if (!plans.findById(planId))
            throw ApiError::validation("plans", "Unknown plan " + std::to_string(planId) + ".");
    }
}

// The coupon with the changes applied; 400 naming a field the result breaks.
Coupon applied(Coupon coupon, const CouponChanges& changes)
{
    if (changes.code)
        coupon.code = normalizeCouponCode(*changes.code);
    if (changes.discount)
        coupon.discount = *changes.discount;
    if (changes.validFrom)
        coupon.validFrom = *changes.validFrom;
    if (changes.validUntil)
        coupon.validUntil = *changes.validUntil;
    if (changes.maxUses)
        coupon.maxUses = *changes.maxUses;
    if (changes.maxUsesPerCustomer)
        coupon.maxUsesPerCustomer = *changes.maxUsesPerCustomer;
    if (changes.planIds)
        coupon.planIds = *changes.planIds;
    if (changes.isActive)
        coupon.isActive = *changes.isActive;
    if (coupon.validFrom && coupon.validUntil && *coupon.validUntil <= *coupon.validFrom)
        throw ApiError::validation("valid_until", "Must be after valid_from.");
    if (coupon.maxUses && *coupon.maxUses < coupon.timesUsed)
        throw ApiError::validation("max_uses", "Must be at least the " +
                                                   std::to_string(coupon.timesUsed) +
                                                   " uses already counted.");
    return coupon;
}

} // namespace

CouponService::CouponService(store::Database& database, const Clock& clock, BasisPoints taxRate)
    : m_database(database)
    , m_clock(clock)
    , m_taxRate(taxRate)
{
}

std::string CouponService::explain(CouponRejection rejection)
{
    switch (rejection) {
    case CouponRejection::Unknown:
        return "This promotion code does not exist.";
    case CouponRejection::Inactive:
        return "This promotion code is no longer offered.";
    case CouponRejection::NotYetValid:
        return "This promotion code is not valid yet.";
    case CouponRejection::Expired:
        return "This promotion code has expired.";
    case CouponRejection::UsedUp:
        return "This promotion code has been used the maximum number of times.";
    case CouponRejection::UsedUpByCustomer:
        return "You have already used this promotion code.";
    case CouponRejection::NotForPlan:
        return "This promotion code does not apply to this plan.";
    case CouponRejection::BelowMinimumAmount:
        return "This promotion code needs a larger order.";
    case CouponRejection::OtherCurrency:
        break;
    }
    return "This promotion code is in another currency than the plan.";
}

PriceQuote CouponService::priceWithout(const Plan& plan, BillingCycle cycle) const
{
    return quotePrice(plan, cycle, std::nullopt, m_taxRate);
}

CouponCheck CouponService::check(Poco::Data::Session& session, const std::string& code,
                                 const Plan& plan, BillingCycle cycle,
                                 const std::string& customerEmail) const
{
    CouponCheck result{std::nullopt, std::nullopt, priceWithout(plan, cycle)};
    store::CouponRepository coupons(session);
    result.coupon = coupons.findByCode(code);
    if (!result.coupon) {
        result.rejection = CouponRejection::Unknown;
        return result;
    }
    const std::int64_t customerUses =
        customerEmail.empty()
            ? 0
            : coupons.usesBy(result.coupon->id,
                             store::UserRepository::normalizeEmail(customerEmail));
    result.rejection =
        checkCoupon(*result.coupon, m_clock.now(), plan.id, result.quote.subtotal, customerUses);
    if (!result.rejection)
        result.quote = quotePrice(plan, cycle, result.coupon->discount, m_taxRate);
    return result;
}

CouponCheck CouponService::preview(const std::string& code, std::int64_t planId, BillingCycle cycle,
                                   const std::string& customerEmail)
{
    Poco::Data::Session session = m_database.session();
    const auto plan = store::PlanRepository(session).findActive(planId);
    if (!plan)
        throw ApiError::validation("plan", "Unknown or inactive plan.");
    return check(session, code, *plan, cycle, customerEmail);
}

Coupon CouponService::create(const Coupon& coupon, const auth::Principal& staff,
                             const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    store::PlanRepository plans(session);
    for (const std::int64_t planId : coupon.planIds) {
        if (!plans.findById(planId))
            throw ApiError::validation("plans", "Unknown plan " + std::to_string(planId) + ".");
    }
    const auto at = m_clock.now();
    store::CouponRepository coupons(session);
    const std::int64_t id = coupons.create(coupon, at);
    store::AuditEntry entry;
    entry.actorKind = "staff";
    entry.actorUserId = staff.userId;
    entry.action = "coupon.created";
    entry.targetType = "coupon";
    entry.targetId = std::to_string(id);
    entry.requestId = requestId;
    store::AuditLogRepository(session).append(entry, at);
    Coupon created = requireFound(coupons.findById(id));
    transaction.commit();
    return created;
}

Coupon CouponService::get(std::int64_t id)
{
    Poco::Data::Session session = m_database.session();
    return requireFound(store::CouponRepository(session).findById(id));
}

Coupon CouponService::update(std::int64_t id, const CouponChanges& changes,
                             const auth::Principal& staff, const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    store::CouponRepository coupons(session);
    const Coupon before = requireFound(coupons.findById(id));
    if ((changes.code && normalizeCouponCode(*changes.code) != before.code) || changes.discount) {
        if (coupons.isInUse(id))
            throw couponInUse(changes.discount ? "discount" : "code");
    }
    const Coupon after = applied(before, changes);
    if (changes.planIds) {
        store::PlanRepository plans(session);
        requirePlansExist(plans, *changes.planIds);
    }
    coupons.update(after, at);
    store::AuditEntry entry;
    entry.actorKind = "staff";
    entry.actorUserId = staff.userId;
    entry.action = "coupon.updated";
    entry.targetType = "coupon";
    entry.targetId = std::to_string(id);
    entry.beforeJson = stateJson(before);
    entry.afterJson = stateJson(after);
    entry.requestId = requestId;
    store::AuditLogRepository(session).append(entry, at);
    Coupon updated = requireFound(coupons.findById(id));
    transaction.commit();
    return updated;
}

void CouponService::remove(std::int64_t id, const auth::Principal& staff,
                           const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    store::CouponRepository coupons(session);
    const Coupon before = requireFound(coupons.findById(id));
    if (coupons.isInUse(id))
        throw ApiError(409, "coupon_in_use",
                       "Orders were placed with this coupon, so it cannot be deleted; "
                       "deactivate it instead.");
    coupons.remove(id);
    store::AuditEntry entry;
    entry.actorKind = "staff";
    entry.actorUserId = staff.userId;
    entry.action = "coupon.deleted";
    entry.targetType = "coupon";
    entry.targetId = std::to_string(id);
    entry.beforeJson = stateJson(before);
    entry.requestId = requestId;
    store::AuditLogRepository(session).append(entry, at);
    transaction.commit();
}

std::string CouponService::stateJson(const Coupon& coupon)
{
    Poco::JSON::Object json(Poco::JSON_PRESERVE_KEY_ORDER);
    const Discount& discount = coupon.discount;
    const bool fixed = discount.kind == Discount::Kind::Fixed;
    json.set("code", coupon.code);
    json.set("discount_type", fixed ? "fixed" : "percent");
    json.set("percent_bp",
             fixed ? Poco::Dynamic::Var() : Poco::Dynamic::Var(discount.percent.value));
    json.set("amount_minor",
             fixed ? Poco::Dynamic::Var(discount.fixedAmount->minorUnits()) : Poco::Dynamic::Var());
    const std::optional<Money>& priced = fixed ? discount.fixedAmount : discount.minimumAmount;
    json.set("currency",
             priced ? Poco::Dynamic::Var(priced->currency().code()) : Poco::Dynamic::Var());
    json.set("minimum_amount_minor", discount.minimumAmount
                                         ? Poco::Dynamic::Var(discount.minimumAmount->minorUnits())
                                         : Poco::Dynamic::Var());
    json.set("valid_from", instantOrNull(coupon.validFrom));
    json.set("valid_until", instantOrNull(coupon.validUntil));
    json.set("max_uses", integerOrNull(coupon.maxUses));
    json.set("max_uses_per_customer", integerOrNull(coupon.maxUsesPerCustomer));
    Poco::JSON::Array plans;
    for (const std::int64_t planId : coupon.planIds)
        plans.add(planId);
    json.set("plans", plans);
    json.set("is_active", coupon.isActive);
    std::ostringstream out;
    json.stringify(out);
    return out.str();
}

CouponService::CouponPage CouponService::list(std::int64_t offset, std::int64_t limit)
{
    Poco::Data::Session session = m_database.session();
    store::CouponRepository coupons(session);
    return {coupons.count(), coupons.list(offset, limit)};
}

} // namespace ebm::services
