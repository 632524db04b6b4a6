#include "domain/Timestamp.h"

#include "domain/DomainError.h"
#include "domain/detail/Digits.h"

#include <optional>

namespace ebm
{

namespace
{

using namespace std::chrono;

DomainError invalidTimestamp(std::string_view text)
{
    return DomainError("timestamp", "invalid_timestamp",
                       "'" + std::string(text) +
                           "' is not an ISO 8601 UTC timestamp like 2026-08-02T19:40:00Z");
}

// Reads `width` digits at `pos` of `text` when the whole field is digits.
std::optional<unsigned> readField(std::string_view text, std::size_t pos, std::size_t width)
{
    if (pos + width > text.size()) {
        return std::nullopt;
    }
    const auto value = detail::parseDigits(text.substr(pos, width));
    return value ? std::optional<unsigned>(static_cast<unsigned>(*value)) : std::nullopt;
}

bool hasCharAt(std::string_view text, std::size_t pos, char expected)
{
    return pos < text.size() && text[pos] == expected;
}

std::optional<year_month_day> readDate(std::string_view text)
{
    const auto y = readField(text, 0, 4);
    const auto m = readField(text, 5, 2);
    const auto d = readField(text, 8, 2);
    if (!y || !m || !d || !hasCharAt(text, 4, '-') || !hasCharAt(text, 7, '-')) {
        return std::nullopt;
    }
    const year_month_day date{year{static_cast<int>(*y)}, month{*m}, day{*d}};
    return date.ok() ? std::optional(date) : std::nullopt;
}

// Parses the zone designator ("Z", "+HH:MM", "-HH:MM") into an offset east of UTC.
std::optional<minutes> readZone(std::string_view zone)
{
    if (zone == "Z") {
        return minutes{0};
    }
    if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':') {
        return std::nullopt;
    }
    const auto h = readField(zone, 1, 2);
    const auto m = readField(zone, 4, 2);
    if (!h || !m || *h > 23 || *m > 59) {
        return std::nullopt;
    }
    const minutes offset = hours{*h} + minutes{*m};
    return zone[0] == '-' ? -offset : offset;
}

// Length of the optional ".digits" fraction starting at pos (0 when absent, nullopt when
// malformed).
std::optional<std::size_t> fractionLength(std::string_view text, std::size_t pos)
{
    if (!hasCharAt(text, pos, '.')) {
        return std::size_t{0};
    }
    std::size_t end = pos + 1;
    while (end < text.size() && detail::isDigit(text[end])) {
        ++end;
    }
    return end == pos + 1 ? std::nullopt : std::optional<std::size_t>(end - pos);
}

} // namespace

std::string formatIso8601(sys_seconds instant)
{
    const auto dayStart = floor<days>(instant);
    const hh_mm_ss<seconds> time{instant - dayStart};
    std::string out = formatDate(year_month_day{dayStart});
    out += 'T';
    detail::appendPadded(out, static_cast<std::uint64_t>(time.hours().count()), 2);
    out += ':';
    detail::appendPadded(out, static_cast<std::uint64_t>(time.minutes().count()), 2);
    out += ':';
    detail::appendPadded(out, static_cast<std::uint64_t>(time.seconds().count()), 2);
    out += 'Z';
    return out;
}

sys_seconds parseIso8601(std::string_view text)
{
    const auto date = readDate(text);
    const auto h = readField(text, 11, 2);
    const auto m = readField(text, 14, 2);
    const auto s = readField(text, 17, 2);
    const bool separatorsOk =
        hasCharAt(text, 10, 'T') && hasCharAt(text, 13, ':') && hasCharAt(text, 16, ':');
    if (!date || !h || !m || !s || !separatorsOk || *h > 23 || *m > 59 || *s > 59) {
        throw invalidTimestamp(text);
    }
    const auto fraction = fractionLength(text, 19);
    const auto zone = fraction ? readZone(text.substr(19 + *fraction)) : std::nullopt;
    if (!zone) {
        throw invalidTimestamp(text);
    }
    return sys_days{*date} + hours{*h} + minutes{*m} + seconds{*s} - *zone;
}

std::string formatDate(year_month_day date)
{
    const int y = static_cast<int>(date.year());
    if (y < 0 || y > 9999 || !date.ok()) {
        throw DomainError("timestamp", "invalid_timestamp", "date outside the years 0000..9999");
    }
    std::string out;
    detail::appendPadded(out, static_cast<std::uint64_t>(y), 4);
    out += '-';
    detail::appendPadded(out, static_cast<unsigned>(date.month()), 2);
    out += '-';
    detail::appendPadded(out, static_cast<unsigned>(date.day()), 2);
    return out;
}

year_month_day parseDate(std::string_view text)
{
    const auto date = text.size() == 10 ? readDate(text) : std::nullopt;
    if (!date) {
        throw DomainError("date", "invalid_date",
                          "'" + std::string(text) + "' is not a date like 2026-08-02");
    }
    return *date;
}

} // namespace ebm
