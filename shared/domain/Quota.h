#pragma once

#include "domain/BasisPoints.h"

#include <cstdint>
#include <optional>

namespace ebm
{

// A plan limit on a countable resource (servers, VMs, GB...): unlimited or a non-negative cap.
// A default-constructed Quota is a limit of 0 (nothing allowed).
class Quota
{
public:
    Quota() = default;

    static Quota unlimited();
    // Throws DomainError("quota", "invalid_quota") when limit < 0.
    static Quota limitedTo(std::int64_t limit);

    bool isUnlimited() const noexcept
    {
        return !m_limit.has_value();
    }
    std::optional<std::int64_t> limit() const noexcept
    {
        return m_limit;
    }

    // True when current + adding stays within the limit (always true when unlimited).
    bool allows(std::int64_t current, std::int64_t adding) const;
    // current / limit in basis points, rounded half away from zero, may exceed 10000;
    // nullopt when unlimited; a limit of 0 gives 10000 when current > 0, else 0.
    std::optional<BasisPoints> usagePercent(std::int64_t current) const;

    bool operator==(const Quota&) const = default;

private:
    explicit Quota(std::optional<std::int64_t> limit);

    std::optional<std::int64_t> m_limit{0};
};

} // namespace ebm
