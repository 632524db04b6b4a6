#pragma once

#include <cstdint>
#include <limits>
#include <optional>

namespace ebm::detail
{

__extension__ typedef __int128 Int128;

// The one rounding rule of the domain: exact quotient rounded half away from zero.
// The denominator must be positive.
inline Int128 divideRoundingHalfAwayFromZero(Int128 numerator, Int128 denominator)
{
    Int128 quotient = numerator / denominator;
    const Int128 remainder = numerator % denominator;
    const Int128 magnitude = remainder < 0 ? -remainder : remainder;
    if (2 * magnitude >= denominator) {
        quotient += numerator < 0 ? -1 : 1;
    }
    return quotient;
}

inline std::optional<std::int64_t> narrowToInt64(Int128 value)
{
    if (value < std::numeric_limits<std::int64_t>::min() ||
        value > std::numeric_limits<std::int64_t>::max()) {
        return std::nullopt;
    }
    return static_cast<std::int64_t>(value);
}

} // namespace ebm::detail
