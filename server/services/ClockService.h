#pragma once

#include "auth/Principal.h"
#include "domain/Clock.h"
#include "store/Database.h"

#include <chrono>
#include <string>

namespace ebm::services
{

// The server's clock as staff see it: the current instant and, outside production only, moving
// it forward (the test clock of the subscription lifecycle); every move is audited.
class ClockService final
{
public:
    // The longest single advance.
    static constexpr std::chrono::days kMaxAdvance{3653};

    // `adjustable` is the same clock when it may be moved, null in production.
    ClockService(store::Database& database, const Clock& clock, OffsetClock* adjustable);

    std::chrono::sys_seconds now() const;
    bool adjustable() const
    {
        return m_adjustable != nullptr;
    }
    // 403 clock_fixed when the clock cannot be moved (production).
    void requireAdjustable() const;
    // Moves the clock forward by `delta` (more than zero, at most kMaxAdvance, else 400
    // non_field_errors) and writes the audit entry "clock.advanced"; returns the new now.
    std::chrono::sys_seconds advance(const auth::Principal& staff, std::chrono::seconds delta,
                                     const std::string& requestId);

private:
    store::Database& m_database;
    const Clock& m_clock;
    OffsetClock* m_adjustable;
};

} // namespace ebm::services
