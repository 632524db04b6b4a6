#include "domain/BasisPoints.h"

#include "domain/DomainError.h"
#include "domain/detail/Digits.h"

namespace ebm
{

namespace
{

constexpr std::int64_t kOneHundredPercent = 10000;

DomainError invalidPercent(std::string_view text)
{
    return DomainError("percent", "invalid_percent",
                       "'" + std::string(text) +
                           "' is not a percentage between 0 and 100 with at most two decimals");
}

} // namespace

BasisPoints BasisPoints::parsePercent(std::string_view text)
{
    const auto dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view fraction =
        dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
    const bool fractionOk =
        dot == std::string_view::npos || (fraction.size() <= 2 && detail::allDigits(fraction));
    if (!fractionOk || whole.size() > 3) {
        throw invalidPercent(text);
    }
    const auto wholeValue = detail::parseDigits(whole);
    if (!wholeValue) {
        throw invalidPercent(text);
    }
    std::int64_t value = static_cast<std::int64_t>(*wholeValue) * 100;
    if (!fraction.empty()) {
        const auto fractionValue = static_cast<std::int64_t>(*detail::parseDigits(fraction));
        value += fraction.size() == 1 ? fractionValue * 10 : fractionValue;
    }
    if (value > kOneHundredPercent) {
        throw invalidPercent(text);
    }
    return BasisPoints{value};
}

std::string BasisPoints::toPercentString() const
{
    std::string out = value < 0 ? "-" : "";
    const std::uint64_t magnitude =
        value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    out += std::to_string(magnitude / 100);
    const std::uint64_t hundredths = magnitude % 100;
    if (hundredths != 0) {
        out += '.';
        out += static_cast<char>('0' + hundredths / 10);
        if (hundredths % 10 != 0) {
            out += static_cast<char>('0' + hundredths % 10);
        }
    }
    return out;
}

} // namespace ebm
