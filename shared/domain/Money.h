#pragma once

#include "domain/BasisPoints.h"
#include "domain/Currency.h"

#include <compare>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ebm
{

// An exact amount of money: a signed count of minor units (cents, or francs for XAF) in one
// currency.
//
// Rounding rule (the only one in the domain): a percentage of an amount is
// amount x basis points / 10000, computed exactly in 128-bit arithmetic and rounded half away
// from zero to the nearest minor unit (0.5 -> 1, -0.5 -> -1, 0.49 -> 0).
//
// Errors are DomainError: "amount"/"invalid_amount" for bad text, "amount"/"currency_mismatch"
// when two currencies meet, "amount"/"amount_overflow" when a result leaves int64.
class Money
{
public:
    Money(std::int64_t minorUnits, Currency currency);

    static Money zero(Currency currency);
    // Accepts "29", "29.5", "29.50", "-3.10"; at most currency.exponent() decimals, no sign
    // other than a leading '-', no spaces, no exponent, no leading or trailing '.'.
    static Money parse(std::string_view decimal, const Currency& currency);

    // "29.00", "15000" (XAF), "-0.05": always exactly currency.exponent() decimals.
    std::string toDecimalString() const;

    std::int64_t minorUnits() const noexcept
    {
        return m_minorUnits;
    }
    const Currency& currency() const noexcept
    {
        return m_currency;
    }
    bool isNegative() const noexcept
    {
        return m_minorUnits < 0;
    }
    bool isZero() const noexcept
    {
        return m_minorUnits == 0;
    }

    Money operator+(const Money& other) const;
    Money operator-(const Money& other) const;
    Money operator-() const;
    Money& operator+=(const Money& other);
    Money& operator-=(const Money& other);

    Money times(std::int64_t factor) const;
    // The rounding rule above.
    Money percentage(BasisPoints rate) const;
    // Splits into `parts` amounts summing exactly to this one; the remainder goes one minor unit
    // at a time to the first parts. parts == 0 throws DomainError("parts", "invalid_parts").
    std::vector<Money> allocate(std::size_t parts) const;

    // Equality is false across currencies; ordering across currencies throws currency_mismatch.
    bool operator==(const Money& other) const;
    std::strong_ordering operator<=>(const Money& other) const;

private:
    void requireSameCurrency(const Money& other) const;

    std::int64_t m_minorUnits;
    Currency m_currency;
};

} // namespace ebm
