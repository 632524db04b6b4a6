#pragma once

#include "auth/Principal.h"
#include "domain/Clock.h"
#include "mail/EmailComposer.h"
#include "services/SubscriptionJournal.h"
#include "store/Database.h"
#include "store/OrganizationRepository.h"
#include "tenancy/TenantScope.h"

#include <string>

namespace ebm::services
{

// Moves a subscription through its life on request, each step one transaction that checks the
// status machine, writes the audit log (actor, reason, before and after) and emails the
// customer: staff suspend, reactivate and cancel at once; owners and admins cancel at the
// period's end and resume.
class LifecycleService final
{
public:
    LifecycleService(store::Database& database, const Clock& clock,
                     const mail::EmailComposer& composer);

    store::OrganizationRecord suspend(const std::string& organizationId, const std::string& reason,
                                      const auth::Principal& staff, const std::string& requestId);
    // `reason` (optional) is written to the audit entry.
    store::OrganizationRecord reactivate(const std::string& organizationId,
                                         const auth::Principal& staff, const std::string& requestId,
                                         const std::string& reason = {});
    // Ends the subscription now; pending renewal and upgrade orders are cancelled with it.
    store::OrganizationRecord cancelNow(const std::string& organizationId,
                                        const std::string& reason, const auth::Principal& staff,
                                        const std::string& requestId);
    store::OrganizationRecord cancelAtPeriodEnd(const tenancy::TenantScope& scope,
                                                const std::string& requestId);
    store::OrganizationRecord resume(const tenancy::TenantScope& scope,
                                     const std::string& requestId);

private:
    store::OrganizationRecord changeStatus(const std::string& organizationId,
                                           OrganizationStatus target, SubscriptionStep step,
                                           const std::string& requestId);
    store::OrganizationRecord changeRenewal(const tenancy::TenantScope& scope, bool cancel,
                                            const std::string& requestId);

    store::Database& m_database;
    const Clock& m_clock;
    const mail::EmailComposer& m_composer;
};

// The status reason of an organization the system suspended because its renewal was not paid;
// paying the renewal reactivates it (a suspension by staff stays).
inline constexpr const char* kUnpaidSuspensionReason = "payment_overdue";

// Expired, or suspended by the system because the renewal was not paid (not by staff): paying
// or extending its period brings it back.
bool hasLapsed(const store::OrganizationRecord& organization);

// 409 illegal_transition naming both statuses when the status machine forbids the move.
void requireStatusChange(OrganizationStatus from, OrganizationStatus to);

} // namespace ebm::services
