#pragma once

#include "auth/Principal.h"
#include "domain/BasisPoints.h"
#include "domain/Clock.h"
#include "domain/Coupon.h"
#include "domain/Plan.h"
#include "domain/Pricing.h"
#include "store/Database.h"

#include <Poco/Data/Session.h>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::services
{

// A coupon applied to a plan and cycle: the price with its discount, or why it cannot apply.
struct CouponCheck
{
    std::optional<Coupon> coupon;
    std::optional<CouponRejection> rejection;
    PriceQuote quote; // with the discount when the coupon applies, without it otherwise
};

// What staff change in a coupon: each field present is set (an inner nullopt clears it). The code
// and the discount only change while no order was placed with the coupon.
struct CouponChanges
{
    std::optional<std::string> code;
    std::optional<Discount> discount;
    std::optional<std::optional<std::chrono::sys_seconds>> validFrom;
    std::optional<std::optional<std::chrono::sys_seconds>> validUntil;
    std::optional<std::optional<std::int64_t>> maxUses;
    std::optional<std::optional<std::int64_t>> maxUsesPerCustomer;
    std::optional<std::vector<std::int64_t>> planIds;
    std::optional<bool> isActive;
};

// Promotion codes: the live preview the registration page asks for, the same check when an
// order is placed, and the staff catalog. Uses are counted when a payment completes.
class CouponService final
{
public:
    struct CouponPage
    {
        std::int64_t count;
        std::vector<Coupon> coupons;
    };

    CouponService(store::Database& database, const Clock& clock, BasisPoints taxRate);

    CouponCheck preview(const std::string& code, std::int64_t planId, BillingCycle cycle,
                        const std::string& customerEmail);
    // The same check inside the caller's transaction, for a plan already loaded.
    CouponCheck check(Poco::Data::Session& session, const std::string& code, const Plan& plan,
                      BillingCycle cycle, const std::string& customerEmail) const;
    // The price with the configured tax and no discount.
    PriceQuote priceWithout(const Plan& plan, BillingCycle cycle) const;
    BasisPoints taxRate() const
    {
        return m_taxRate;
    }
    Coupon create(const Coupon& coupon, const auth::Principal& staff, const std::string& requestId);
    CouponPage list(std::int64_t offset, std::int64_t limit);
    Coupon get(std::int64_t id);
    // One transaction, audited coupon.updated with before and after. Errors: 404; 409
    // coupon_in_use for the code or discount of a coupon in use; 400 naming max_uses (below the
    // uses counted), valid_until (not after valid_from), plans (unknown); 409 conflict (code).
    Coupon update(std::int64_t id, const CouponChanges& changes, const auth::Principal& staff,
                  const std::string& requestId);
    // Deletes a coupon no order was placed with, audited coupon.deleted; 409 coupon_in_use.
    void remove(std::int64_t id, const auth::Principal& staff, const std::string& requestId);

    // The English explanation of a rejection (pages translate by its code).
    static std::string explain(CouponRejection rejection);

    // The coupon's fields as the audit log compares them.
    static std::string stateJson(const Coupon& coupon);

private:
    store::Database& m_database;
    const Clock& m_clock;
    BasisPoints m_taxRate;
};

} // namespace ebm::services
