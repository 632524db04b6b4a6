#pragma once

#include "domain/Money.h"
#include "domain/Pricing.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ebm
{

// Why a coupon cannot be applied to an order; each has a stable code for the API.
enum class CouponRejection
{
    Unknown,
    Inactive,
    NotYetValid,
    Expired,
    UsedUp,
    UsedUpByCustomer,
    NotForPlan,
    BelowMinimumAmount,
    OtherCurrency
};

// "coupon_unknown", "coupon_inactive", "coupon_not_yet_valid", "coupon_expired",
// "coupon_used_up", "coupon_used_up_by_customer", "coupon_not_for_plan",
// "coupon_below_minimum_amount", "coupon_other_currency".
std::string_view toString(CouponRejection rejection);

// A promotion code and the rules for using it.
struct Coupon
{
    std::int64_t id = 0;
    std::string code;
    Discount discount;
    std::optional<std::chrono::sys_seconds> validFrom;
    std::optional<std::chrono::sys_seconds> validUntil; // exclusive
    std::optional<std::int64_t> maxUses;
    std::optional<std::int64_t> maxUsesPerCustomer;
    std::int64_t timesUsed = 0;
    std::vector<std::int64_t> planIds; // empty: every plan
    bool isActive = true;
};

// Whether `coupon` may discount a purchase of `planId` whose subtotal is `subtotal`, at `now`,
// by a customer who already used it `customerUses` times; nullopt when it may. The checks run
// in the order of the enum, so the first reason that applies is the one reported.
std::optional<CouponRejection> checkCoupon(const Coupon& coupon, std::chrono::sys_seconds now,
                                           std::int64_t planId, const Money& subtotal,
                                           std::int64_t customerUses);

// Coupon codes compare case-insensitively and without surrounding spaces: "  Promo10 " → "PROMO10".
std::string normalizeCouponCode(std::string_view code);

} // namespace ebm
