#pragma once

#include "auth/Principal.h"
#include "domain/Clock.h"
#include "domain/Plan.h"
#include "domain/Roles.h"
#include "mail/EmailComposer.h"
#include "quota/QuotaGuard.h"
#include "services/AccountView.h"
#include "store/Database.h"
#include "store/MemberRepository.h"
#include "store/OrganizationRepository.h"
#include "store/UsageRepository.h"
#include "tenancy/TenantScope.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace ebm::services
{

// An organization with its plan, as its members see it.
struct OrganizationView
{
    store::OrganizationRecord organization;
    std::optional<Plan> plan;
    std::optional<Role> role;
    std::optional<Plan> scheduledPlan; // the plan a scheduled downgrade moves to
};

// What staff send to create an organization by hand (customers paying offline).
struct NewOrganization
{
    std::string name;
    std::string contactEmail;
    std::string contactPhone;
    std::string locale = "fr";
    std::int64_t planId = 0;
    BillingCycle billingCycle = BillingCycle::Monthly;
    std::string ownerEmail;
    std::string ownerName;
};

// Organizations and their members: the caller's organizations, details, members, invitations,
// roles (always at least one owner), usage against quotas, and creation by staff.
class OrganizationService final
{
public:
    struct MemberPage
    {
        std::int64_t count;
        std::vector<store::MemberRecord> members;
    };
    struct UsagePage
    {
        std::int64_t count;
        std::vector<store::UsageMetricsRecord> days;
    };

    static constexpr std::chrono::hours kInvitationLifetime{24 * 7};

    OrganizationService(store::Database& database, const Clock& clock,
                        const mail::EmailComposer& composer);

    std::vector<AccountView::OrganizationMembership> mine(const auth::Principal& principal);
    OrganizationView detail(const tenancy::TenantScope& scope);
    MemberPage members(const tenancy::TenantScope& scope, std::int64_t offset, std::int64_t limit);
    store::MemberRecord invite(const tenancy::TenantScope& scope, const auth::Principal& inviter,
                               const std::string& email, Role role, const std::string& requestId);
    store::MemberRecord changeRole(const tenancy::TenantScope& scope, std::int64_t memberId,
                                   Role role, const std::string& requestId);
    void removeMember(const tenancy::TenantScope& scope, std::int64_t memberId,
                      const std::string& requestId);
    std::vector<quota::QuotaLine> usage(const tenancy::TenantScope& scope);
    UsagePage usageHistory(const tenancy::TenantScope& scope, std::int64_t offset,
                           std::int64_t limit);
    std::optional<store::UsageMetricsRecord> usageDay(const tenancy::TenantScope& scope,
                                                      std::int64_t id);
    OrganizationView createByStaff(const auth::Principal& staff, const NewOrganization& request,
                                   const std::string& requestId);

private:
    store::Database& m_database;
    const Clock& m_clock;
    const mail::EmailComposer& m_composer;
};

} // namespace ebm::services
