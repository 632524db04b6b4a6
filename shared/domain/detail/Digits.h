#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace ebm::detail
{

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool allDigits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), isDigit);
}

// Appends value in decimal, left-padded with zeros to at least width digits.
inline void appendPadded(std::string& out, std::uint64_t value, std::size_t width)
{
    const std::string digits = std::to_string(value);
    if (digits.size() < width) {
        out.append(width - digits.size(), '0');
    }
    out += digits;
}

// Parses a non-empty run of decimal digits; nullopt on any other character or on overflow.
inline std::optional<std::uint64_t> parseDigits(std::string_view text)
{
    if (!allDigits(text)) {
        return std::nullopt;
    }
    std::uint64_t value = 0;
    for (const char c : text) {
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (value > (std::numeric_limits<std::uint64_t>::max() - digit) / 10) {
            return std::nullopt;
        }
        value = value * 10 + digit;
    }
    return value;
}

} // namespace ebm::detail
