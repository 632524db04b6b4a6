#pragma once

#include "domain/BasisPoints.h"
#include "domain/Money.h"
#include "domain/Plan.h"

#include <chrono>
#include <optional>

namespace ebm
{

// A coupon's effect: a percentage or a fixed amount off, optionally only above a minimum subtotal.
struct Discount
{
    enum class Kind
    {
        Percent,
        Fixed
    };

    Kind kind = Kind::Percent;
    BasisPoints percent{0};
    std::optional<Money> fixedAmount;
    std::optional<Money> minimumAmount;
};

// The priced breakdown of one plan purchase.
struct PriceQuote
{
    Money subtotal;
    Money discount;
    Money taxableAmount;
    Money tax;
    Money total;
    BasisPoints taxRate;
};

// subtotal = plan price for the cycle; discount = percent of subtotal (Money::percentage rounding)
// or the fixed amount, capped at the subtotal; taxable = subtotal - discount;
// tax = taxRate percentage of taxable; total = taxable + tax.
// Throws DomainError: "coupon_code"/"below_minimum_amount" when subtotal < minimumAmount,
// "coupon_code"/"invalid_discount" for a negative or missing discount value,
// "amount"/"currency_mismatch" for a fixed discount or minimum in another currency,
// "tax_rate"/"invalid_tax_rate" for a negative tax rate.
PriceQuote quotePrice(const Plan& plan, BillingCycle cycle, const std::optional<Discount>& discount,
                      BasisPoints taxRate);

// The quote of a charge without a coupon (a prorated upgrade): subtotal = taxable = amount, tax
// as in quotePrice. Throws DomainError("tax_rate", "invalid_tax_rate") for a negative rate.
PriceQuote quoteCharge(const Money& amount, BasisPoints taxRate);

// (12 x monthly - yearly) / (12 x monthly) in basis points, rounded half away from zero;
// 0 when monthly is 0 or yearly >= 12 x monthly.
BasisPoints annualSavings(const Plan& plan);

// amount x remaining / period rounded half away from zero; remaining is clamped to [0, period],
// so the result lies between 0 and amount. period <= 0 throws DomainError("period",
// "invalid_period").
Money prorate(const Money& amount, std::chrono::seconds remaining, std::chrono::seconds period);

} // namespace ebm
