#include "domain/Quota.h"

#include "domain/DomainError.h"
#include "domain/detail/Rounding.h"

#include <limits>
#include <string>

namespace ebm
{

Quota::Quota(std::optional<std::int64_t> limit)
    : m_limit(limit)
{
}

Quota Quota::unlimited()
{
    return Quota(std::nullopt);
}

Quota Quota::limitedTo(std::int64_t limit)
{
    if (limit < 0) {
        throw DomainError("quota", "invalid_quota",
                          "a quota limit cannot be negative (" + std::to_string(limit) + ")");
    }
    return Quota(limit);
}

bool Quota::allows(std::int64_t current, std::int64_t adding) const
{
    if (!m_limit) {
        return true;
    }
    return detail::Int128{current} + adding <= *m_limit;
}

std::optional<BasisPoints> Quota::usagePercent(std::int64_t current) const
{
    if (!m_limit) {
        return std::nullopt;
    }
    if (current <= 0) {
        return BasisPoints{0};
    }
    if (*m_limit == 0) {
        return BasisPoints{10000};
    }
    const detail::Int128 rounded =
        detail::divideRoundingHalfAwayFromZero(detail::Int128{current} * 10000, *m_limit);
    return BasisPoints{
        detail::narrowToInt64(rounded).value_or(std::numeric_limits<std::int64_t>::max())};
}

} // namespace ebm
