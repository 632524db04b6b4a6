#pragma once

#include "auth/Principal.h"
#include "domain/Clock.h"
#include "mail/EmailComposer.h"
#include "store/Database.h"
#include "store/OrganizationRepository.h"

#include <cstdint>
#include <string>

namespace ebm::services
{

// The subscription changes only staff make, each one transaction with its audit entry (actor,
// reason, before and after) and the customer's notice: activating a pending organization that
// pays offline, extending a period, and switching plan at once without a charge.
class StaffSubscriptionService final
{
public:
    static constexpr int kMaxExtensionDays = 366;

    StaffSubscriptionService(store::Database& database, const Clock& clock,
                             const mail::EmailComposer& composer);

    // pending → active with a paid period from now on its plan and cycle (monthly when it has
    // none). 409 illegal_transition unless pending; 409 no_plan without a plan.
    store::OrganizationRecord activate(const std::string& organizationId, const std::string& reason,
                                       const auth::Principal& staff, const std::string& requestId);
    // Moves subscription_end `days` later. An expired organization, or one suspended because its
    // renewal was unpaid, becomes active again when the new end is in the future; a suspension
    // by staff stays. 409 not_extendable for pending and cancelled organizations.
    store::OrganizationRecord extend(const std::string& organizationId, int days,
                                     const std::string& reason, const auth::Principal& staff,
                                     const std::string& requestId);
    // Switches to `planId` now, without a charge: scheduled changes and pending renewal and
    // upgrade orders are dropped. 409 over_quota (as the customer's downgrade) unless `force`;
    // 400 plan unknown, inactive or already the plan; 409 subscription_cancelled.
    store::OrganizationRecord changePlan(const std::string& organizationId, std::int64_t planId,
                                         bool force, const std::string& reason,
                                         const auth::Principal& staff,
                                         const std::string& requestId);

private:
    store::Database& m_database;
    const Clock& m_clock;
    const mail::EmailComposer& m_composer;
};

} // namespace ebm::services
