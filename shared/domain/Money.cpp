#include "domain/Money.h"

#include "domain/DomainError.h"
#include "domain/detail/Digits.h"
#include "domain/detail/Rounding.h"

#include <limits>
#include <utility>

namespace ebm
{

namespace
{

DomainError overflow()
{
    return DomainError("amount", "amount_overflow", "amount is too large");
}

DomainError invalidAmount(std::string_view text, const Currency& currency)
{
    return DomainError("amount", "invalid_amount",
                       "'" + std::string(text) + "' is not a valid " + currency.code() +
                           " amount (at most " + std::to_string(currency.exponent()) +
                           " decimals)");
}

// Accumulates one more digit into a non-positive value (so that INT64_MIN stays reachable).
bool pushDigit(std::int64_t& negativeValue, char digit)
{
    std::int64_t shifted = 0;
    return !__builtin_mul_overflow(negativeValue, 10, &shifted) &&
           !__builtin_sub_overflow(shifted, digit - '0', &negativeValue);
}

} // namespace

Money::Money(std::int64_t minorUnits, Currency currency)
    : m_minorUnits(minorUnits)
    , m_currency(std::move(currency))
{
}

Money Money::zero(Currency currency)
{
    return Money(0, std::move(currency));
}

Money Money::parse(std::string_view decimal, const Currency& currency)
{
    std::string_view rest = decimal;
    const bool negative = !rest.empty() && rest.front() == '-';
    if (negative) {
        rest.remove_prefix(1);
    }
    const auto dot = rest.find('.');
    const std::string_view whole = rest.substr(0, dot);
    const std::string_view fraction =
        dot == std::string_view::npos ? std::string_view{} : rest.substr(dot + 1);
    const auto exponent = static_cast<std::size_t>(currency.exponent());
    const bool fractionOk = dot == std::string_view::npos ||
                            (detail::allDigits(fraction) && fraction.size() <= exponent);
    if (!detail::allDigits(whole) || !fractionOk) {
        throw invalidAmount(decimal, currency);
    }
    std::int64_t value = 0;
    for (const char c : whole) {
        if (!pushDigit(value, c)) {
            throw invalidAmount(decimal, currency);
        }
    }
    for (std::size_t i = 0; i < exponent; ++i) {
        if (!pushDigit(value, i < fraction.size() ? fraction[i] : '0')) {
            throw invalidAmount(decimal, currency);
        }
    }
    if (!negative && __builtin_sub_overflow(std::int64_t{0}, value, &value)) {
        throw invalidAmount(decimal, currency);
    }
    return Money(value, currency);
}

std::string Money::toDecimalString() const
{
    const auto magnitude = m_minorUnits < 0 ? 0 - static_cast<std::uint64_t>(m_minorUnits)
                                            : static_cast<std::uint64_t>(m_minorUnits);
    const auto exponent = static_cast<std::size_t>(m_currency.exponent());
    std::string digits;
    detail::appendPadded(digits, magnitude, exponent + 1);
    std::string out = m_minorUnits < 0 ? "-" : "";
    out.append(digits, 0, digits.size() - exponent);
    if (exponent > 0) {
        out += '.';
        out.append(digits, digits.size() - exponent, exponent);
    }
    return out;
}

void Money::requireSameCurrency(const Money& other) const
{
    if (!(m_currency == other.m_currency)) {
        throw DomainError("amount", "currency_mismatch",
                          "cannot combine " + m_currency.code() + " with " +
                              other.m_currency.code());
    }
}

Money Money::operator+(const Money& other) const
{
    Money result = *this;
    result += other;
    return result;
}

Money Money::operator-(const Money& other) const
{
    Money result = *this;
    result -= other;
    return result;
}

Money Money::operator-() const
{
    return zero(m_currency) - *this;
}

Money& Money::operator+=(const Money& other)
{
    requireSameCurrency(other);
    std::int64_t result = 0;
    if (__builtin_add_overflow(m_minorUnits, other.m_minorUnits, &result)) {
        throw overflow();
    }
    m_minorUnits = result;
    return *this;
}

Money& Money::operator-=(const Money& other)
{
    requireSameCurrency(other);
    std::int64_t result = 0;
    if (__builtin_sub_overflow(m_minorUnits, other.m_minorUnits, &result)) {
        throw overflow();
    }
    m_minorUnits = result;
    return *this;
}

Money Money::times(std::int64_t factor) const
{
    std::int64_t product = 0;
    if (__builtin_mul_overflow(m_minorUnits, factor, &product)) {
        throw overflow();
    }
    return Money(product, m_currency);
}

Money Money::percentage(BasisPoints rate) const
{
    const detail::Int128 exact = detail::Int128{m_minorUnits} * rate.value;
    const auto rounded =
        detail::narrowToInt64(detail::divideRoundingHalfAwayFromZero(exact, 10000));
    if (!rounded) {
        throw overflow();
    }
    return Money(*rounded, m_currency);
}

std::vector<Money> Money::allocate(std::size_t parts) const
{
    if (parts == 0 || parts > static_cast<std::size_t>(std::numeric_limits<std::int64_t>::max())) {
        throw DomainError("parts", "invalid_parts",
                          "cannot allocate an amount into " + std::to_string(parts) + " parts");
    }
    const auto count = static_cast<std::int64_t>(parts);
    std::vector<Money> result(parts, Money(m_minorUnits / count, m_currency));
    const std::int64_t remainder = m_minorUnits % count;
    const std::int64_t step = remainder < 0 ? -1 : 1;
    const auto spread = static_cast<std::size_t>(remainder * step);
    for (std::size_t i = 0; i < spread; ++i) {
        result[i].m_minorUnits += step;
    }
    return result;
}

bool Money::operator==(const Money& other) const
{
    return m_currency == other.m_currency && m_minorUnits == other.m_minorUnits;
}

std::strong_ordering Money::operator<=>(const Money& other) const
{
    requireSameCurrency(other);
    return m_minorUnits <=> other.m_minorUnits;
}

} // namespace ebm
