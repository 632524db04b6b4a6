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

// What owners and admins change about their organization (PATCH: an absent field stays as it is).
struct OrganizationSettings
{
    std::optional<std::string> name;
    std::optional<std::string> contactEmail;
    std::optional<std::string> contactPhone;
    std::optional<std::string> locale; // "fr" | "en"
};

// One invalid settings field: its wire name, a stable code (the pages translate it) and the
// English message the JSON API answers.
struct SettingsProblem
{
    std::string field; // name | contact_email | contact_phone | locale
    std::string code;  // required | too_long | invalid_email | invalid_phone | invalid_choice
    std::string message;
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
    // Renames the organization and changes its contact and language (owner/admin): one
    // transaction, audited "organization.settings_updated" with the fields before and after.
    // 400 naming each invalid field (see validateSettings); 403 for other roles.
    OrganizationView updateSettings(const tenancy::TenantScope& scope,
                                    const auth::Principal& caller,
                                    const OrganizationSettings& settings,
                                    const std::string& requestId);
    // The problems of a change once trimmed: name 1..200 characters, contact email valid (254
    // at most), phone at most 32 of "0-9 +-.()" and spaces, language fr or en. Empty when valid.
    static std::vector<SettingsProblem> validateSettings(const OrganizationSettings& settings);

    OrganizationView createByStaff(const auth::Principal& staff, const NewOrganization& request,
                                   const std::string& requestId);

private:
    store::Database& m_database;
    const Clock& m_clock;
    const mail::EmailComposer& m_composer;
};

} // namespace ebm::services
