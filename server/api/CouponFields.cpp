#include "api/CouponFields.h"

#include "domain/DomainError.h"
#include "domain/Timestamp.h"

namespace ebm::api
{

using http::JsonFields;

std::optional<std::chrono::sys_seconds> CouponFields::instant(JsonFields& fields,
                                                              const std::string& name)
{
    const std::string text = fields.optionalString(name, 40);
    if (text.empty())
        return std::nullopt;
    try {
        return parseIso8601(text);
    } catch (const std::exception&) {
        fields.reject(name, "Use an ISO 8601 instant such as 2026-01-31T00:00:00Z.");
        return std::nullopt;
    }
}

void CouponFields::readDiscount(JsonFields& fields, Coupon& coupon)
{
    const auto type = fields.choice(
        "discount_type",
        [](std::string_view text) {
            if (text == "percent")
                return Discount::Kind::Percent;
            if (text == "fixed")
                return Discount::Kind::Fixed;
            throw std::invalid_argument("discount_type");
        },
        "percent, fixed");
    if (!type)
        return;
    coupon.discount.kind = *type;
    const std::string currencyCode = fields.optionalString("currency", 3);
    try {
        if (*type == Discount::Kind::Percent) {
            coupon.discount.percent =
                BasisPoints::parsePercent(fields.requiredString("percent", 6));
            if (coupon.discount.percent.value == 0)
                fields.reject("percent", "Must be more than 0.");
        } else {
            coupon.discount.fixedAmount =
                Money::parse(fields.requiredString("amount", 20), Currency::fromCode(currencyCode));
            if (coupon.discount.fixedAmount->minorUnits() <= 0)
                fields.reject("amount", "Must be more than 0.");
        }
        if (fields.has("minimum_amount")) {
            coupon.discount.minimumAmount = Money::parse(
                fields.optionalString("minimum_amount", 20), Currency::fromCode(currencyCode));
            if (coupon.discount.minimumAmount->isNegative())
                fields.reject("minimum_amount", "Must not be negative.");
        }
    } catch (const DomainError& error) {
        fields.reject(error.field() == "amount" || error.field() == "percent" ? error.field()
                                                                              : "currency",
                      error.what());
    }
}

} // namespace ebm::api
