#include "billing/LocaleFormat.h"

#include "domain/Timestamp.h"

#include <cstdint>

namespace ebm::billing
{

namespace
{

const std::string kNarrowNoBreakSpace = "\u202f";
const std::string kNoBreakSpace = "\u00a0";

bool isFrench(const std::string& locale)
{
    return locale == "fr";
}

// "1234567" → "1 234 567" with `separator` between groups of three digits.
std::string grouped(std::uint64_t whole, const std::string& separator)
{
    const std::string digits = std::to_string(whole);
    std::string text;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            text += separator;
        text += digits[i];
    }
    return text;
}

std::string zeroPadded(std::uint64_t value, int width)
{
    std::string text = std::to_string(value);
    return std::string(static_cast<std::size_t>(width) - text.size(), '0') + text;
}

} // namespace

std::string formatMoney(const Money& amount, const std::string& locale)
{
    const bool french = isFrench(locale);
    const int exponent = amount.currency().exponent();
    const std::int64_t minor = amount.minorUnits();
    const std::uint64_t magnitude =
        minor < 0 ? 0 - static_cast<std::uint64_t>(minor) : static_cast<std::uint64_t>(minor);
    std::uint64_t divisor = 1;
    for (int i = 0; i < exponent; ++i)
        divisor *= 10;
    std::string text =
        (minor < 0 ? "-" : "") + grouped(magnitude / divisor, french ? kNarrowNoBreakSpace : ",");
    if (exponent > 0)
        text += (french ? "," : ".") + zeroPadded(magnitude % divisor, exponent);
    return text + (french ? kNoBreakSpace : " ") + amount.currency().code();
}

std::string formatPercent(BasisPoints rate, const std::string& locale)
{
    std::string text = rate.toPercentString();
    if (!isFrench(locale))
        return text + "%";
    for (char& c : text) {
        if (c == '.')
            c = ',';
    }
    return text + kNoBreakSpace + "%";
}

std::string formatStorage(std::int64_t bytes, const std::string& locale)
{
    constexpr std::uint64_t kGigabyte = 1'000'000'000;
    constexpr std::uint64_t kTerabyte = 1'000 * kGigabyte;
    const bool french = isFrench(locale);
    const std::uint64_t magnitude =
        bytes < 0 ? 0 - static_cast<std::uint64_t>(bytes) : static_cast<std::uint64_t>(bytes);
    const bool terabytes = magnitude >= kTerabyte;
    const std::uint64_t tenths = magnitude / ((terabytes ? kTerabyte : kGigabyte) / 10);
    std::string text =
        (bytes < 0 ? "-" : "") + grouped(tenths / 10, french ? kNarrowNoBreakSpace : ",");
    if (tenths % 10 != 0)
        text += (french ? "," : ".") + std::to_string(tenths % 10);
    const std::string unit = terabytes ? (french ? "To" : "TB") : (french ? "Go" : "GB");
    return text + (french ? kNoBreakSpace : " ") + unit;
}

std::string formatDay(const std::string& isoInstant, const std::string& locale)
{
    if (isoInstant.empty())
        return {};
    const std::string day = formatDate(std::chrono::year_month_day(
        std::chrono::floor<std::chrono::days>(parseIso8601(isoInstant))));
    if (!isFrench(locale))
        return day;
    return day.substr(8, 2) + "/" + day.substr(5, 2) + "/" + day.substr(0, 4);
}

} // namespace ebm::billing
