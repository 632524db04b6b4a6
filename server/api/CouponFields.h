#pragma once

#include "domain/Coupon.h"
#include "http/JsonFields.h"

#include <chrono>
#include <optional>
#include <string>

namespace ebm::api
{

// The coupon fields staff send when creating or changing a coupon, read from a JSON body with
// every problem reported under the field's name.
class CouponFields final
{
public:
    // {"discount_type":"percent"|"fixed","percent"?,"amount"?,"currency"?,"minimum_amount"?}
    // into coupon.discount.
    static void readDiscount(http::JsonFields& fields, Coupon& coupon);
    // An ISO 8601 instant; nullopt when absent, null or refused.
    static std::optional<std::chrono::sys_seconds> instant(http::JsonFields& fields,
                                                           const std::string& name);
};

} // namespace ebm::api
