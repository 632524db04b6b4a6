#pragma once

#include "auth/Principal.h"
#include "domain/Clock.h"
#include "mail/EmailComposer.h"
#include "store/Database.h"
#include "store/OrganizationRepository.h"
#include "tenancy/TenantScope.h"

#include <string>

namespace ebm::services
{

// Moves a subscription through its life, each step one transaction that checks the status
// machine, writes the audit log (actor, reason, before and after) and emails the customer:
// staff suspend and reactivate; owners and admins cancel at the period's end and resume.
class LifecycleService final
{
public:
    LifecycleService(store::Database& database, const Clock& clock,
                     const mail::EmailComposer& composer);

    store::OrganizationRecord suspend(const std::string& organizationId, const std::string& reason,
                                      const auth::Principal& staff, const std::string& requestId);
    store::OrganizationRecord reactivate(const std::string& organizationId,
                                         const auth::Principal& staff,
                                         const std::string& requestId);
    store::OrganizationRecord cancelAtPeriodEnd(const tenancy::TenantScope& scope,
                                                const std::string& requestId);
    store::OrganizationRecord resume(const tenancy::TenantScope& scope,
                                     const std::string& requestId);

private:
    store::OrganizationRecord changeStatus(const std::string& organizationId,
                                           OrganizationStatus target, const std::string& reason,
                                           const auth::Principal& staff,
                                           const std::string& requestId);
    store::OrganizationRecord changeRenewal(const tenancy::TenantScope& scope, bool cancel,
                                            const std::string& requestId);

    store::Database& m_database;
    const Clock& m_clock;
    const mail::EmailComposer& m_composer;
};

} // namespace ebm::services
