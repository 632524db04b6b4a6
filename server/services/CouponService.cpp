#include "services/CouponService.h"

#include "http/ApiError.h"
#include "services/RequireFound.h"
#include "store/AuditLogRepository.h"
#include "store/CouponRepository.h"
#include "store/PlanRepository.h"
#include "store/UserRepository.h"
#include "store/WriteTransaction.h"

namespace ebm::services
{

using http::ApiError;

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

CouponService::CouponPage CouponService::list(std::int64_t offset, std::int64_t limit)
{
    Poco::Data::Session session = m_database.session();
    store::CouponRepository coupons(session);
    return {coupons.count(), coupons.list(offset, limit)};
}

} // namespace ebm::services
