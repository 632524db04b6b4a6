#include "domain/Coupon.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace ebm
{

namespace
{

constexpr std::array kRejectionNames{
    std::string_view("coupon_unknown"),        std::string_view("coupon_inactive"),
    std::string_view("coupon_not_yet_valid"),  std::string_view("coupon_expired"),
    std::string_view("coupon_used_up"),        std::string_view("coupon_used_up_by_customer"),
    std::string_view("coupon_not_for_plan"),   std::string_view("coupon_below_minimum_amount"),
    std::string_view("coupon_other_currency"),
};

bool usedUp(const std::optional<std::int64_t>& limit, std::int64_t used)
{
    return limit && used >= *limit;
}

bool inOtherCurrency(const Coupon& coupon, const Money& subtotal)
{
    const auto& fixed = coupon.discount.fixedAmount;
    const auto& minimum = coupon.discount.minimumAmount;
    return (fixed && !(fixed->currency() == subtotal.currency())) ||
           (minimum && !(minimum->currency() == subtotal.currency()));
}

} // namespace

std::string_view toString(CouponRejection rejection)
{
    return kRejectionNames.at(static_cast<std::size_t>(rejection));
}

std::optional<CouponRejection> checkCoupon(const Coupon& coupon, std::chrono::sys_seconds now,
                                           std::int64_t planId, const Money& subtotal,
                                           std::int64_t customerUses)
{
    if (!coupon.isActive)
        return CouponRejection::Inactive;
    if (coupon.validFrom && now < *coupon.validFrom)
        return CouponRejection::NotYetValid;
    if (coupon.validUntil && now >= *coupon.validUntil)
        return CouponRejection::Expired;
    if (usedUp(coupon.maxUses, coupon.timesUsed))
        return CouponRejection::UsedUp;
    if (usedUp(coupon.maxUsesPerCustomer, customerUses))
        return CouponRejection::UsedUpByCustomer;
    const auto& plans = coupon.planIds;
    if (!plans.empty() && std::find(plans.begin(), plans.end(), planId) == plans.end())
        return CouponRejection::NotForPlan;
    if (inOtherCurrency(coupon, subtotal))
        return CouponRejection::OtherCurrency;
    if (coupon.discount.minimumAmount && subtotal < *coupon.discount.minimumAmount)
        return CouponRejection::BelowMinimumAmount;
    return std::nullopt;
}

std::string normalizeCouponCode(std::string_view code)
{
    const auto first = code.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = code.find_last_not_of(" \t");
    std::string normalized(code.substr(first, last - first + 1));
    for (char& c : normalized)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return normalized;
}

} // namespace ebm
