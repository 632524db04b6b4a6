#include "domain/Pricing.h"

#include "domain/DomainError.h"
#include "domain/detail/Rounding.h"

#include <algorithm>

namespace ebm
{

namespace
{

Money discountAmount(const Money& subtotal, const Discount& discount)
{
    if (discount.kind == Discount::Kind::Percent) {
        if (discount.percent.value < 0) {
            throw DomainError("coupon_code", "invalid_discount", "a discount cannot be negative");
        }
        return subtotal.percentage(discount.percent);
    }
    if (!discount.fixedAmount || discount.fixedAmount->isNegative()) {
        throw DomainError("coupon_code", "invalid_discount",
                          "a fixed discount needs a non-negative amount");
    }
    if (*discount.fixedAmount > subtotal) {
        return subtotal;
    }
    return *discount.fixedAmount;
}

Money applicableDiscount(const Money& subtotal, const std::optional<Discount>& discount)
{
    if (!discount) {
        return Money::zero(subtotal.currency());
    }
    if (discount->minimumAmount && subtotal < *discount->minimumAmount) {
        throw DomainError("coupon_code", "below_minimum_amount",
                          "this coupon requires a minimum amount of " +
                              discount->minimumAmount->toDecimalString() + " " +
                              discount->minimumAmount->currency().code());
    }
    return std::min(discountAmount(subtotal, *discount), subtotal);
}

void requireTaxRate(BasisPoints taxRate)
{
    if (taxRate.value < 0)
        throw DomainError("tax_rate", "invalid_tax_rate", "a tax rate cannot be negative");
}

PriceQuote taxed(const Money& subtotal, const Money& discount, BasisPoints taxRate)
{
    const Money taxable = subtotal - discount;
    const Money tax = taxable.percentage(taxRate);
    return PriceQuote{subtotal, discount, taxable, tax, taxable + tax, taxRate};
}

} // namespace

PriceQuote quotePrice(const Plan& plan, BillingCycle cycle, const std::optional<Discount>& discount,
                      BasisPoints taxRate)
{
    requireTaxRate(taxRate);
    const Money subtotal = plan.priceFor(cycle);
    return taxed(subtotal, applicableDiscount(subtotal, discount), taxRate);
}

PriceQuote quoteCharge(const Money& amount, BasisPoints taxRate)
{
    requireTaxRate(taxRate);
    return taxed(amount, Money::zero(amount.currency()), taxRate);
}

BasisPoints annualSavings(const Plan& plan)
{
    if (!(plan.monthlyPrice.currency() == plan.yearlyPrice.currency())) {
        throw DomainError("yearly_price", "currency_mismatch",
                          "monthly and yearly prices must share one currency");
    }
    const detail::Int128 twelveMonths = detail::Int128{plan.monthlyPrice.minorUnits()} * 12;
    const detail::Int128 yearly = std::max<std::int64_t>(plan.yearlyPrice.minorUnits(), 0);
    if (twelveMonths <= 0 || yearly >= twelveMonths) {
        return BasisPoints{0};
    }
    const detail::Int128 savings = (twelveMonths - yearly) * 10000;
    return BasisPoints{
        static_cast<std::int64_t>(detail::divideRoundingHalfAwayFromZero(savings, twelveMonths))};
}

Money prorate(const Money& amount, std::chrono::seconds remaining, std::chrono::seconds period)
{
    if (period.count() <= 0) {
        throw DomainError("period", "invalid_period",
                          "a billing period must be longer than zero seconds");
    }
    const std::chrono::seconds clamped = std::clamp(remaining, std::chrono::seconds{0}, period);
    const detail::Int128 exact = detail::Int128{amount.minorUnits()} * clamped.count();
    const auto share = detail::divideRoundingHalfAwayFromZero(exact, period.count());
    return Money(static_cast<std::int64_t>(share), amount.currency());
}

} // namespace ebm
