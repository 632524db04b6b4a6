#pragma once

#include "auth/Principal.h"
#include "domain/Clock.h"
#include "domain/PlanChange.h"
#include "http/ApiError.h"
#include "mail/EmailComposer.h"
#include "quota/QuotaGuard.h"
#include "services/CouponService.h"
#include "services/OrderService.h"
#include "store/Database.h"
#include "store/OrganizationRepository.h"
#include "tenancy/TenantScope.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::services
{

// What a plan change request led to.
struct PlanChangeOutcome
{
    enum class Effect
    {
        UpgradeOrdered,     // an upgrade order to pay; the plan changes when it is paid
        Upgraded,           // nothing left to pay for this period: the plan changed at once
        DowngradeScheduled, // the smaller plan applies at the end of the paid period
        ChangeWithdrawn     // the organization asked for its current plan: the schedule is gone
    };

    Effect effect = Effect::UpgradeOrdered;
    std::optional<OrderView> order;
    std::string effectiveAt;
};

// Owners and admins change their organization's plan and renew it. An upgrade is an order for
// the prorated difference up to the end of the paid time (applied when paid); a downgrade is
// scheduled for the end of the current period, refused while usage exceeds the smaller plan; a
// renewal is an order for the next period, which extends from the current end when paid early.
// There is at most one pending upgrade and one pending renewal per organization.
class PlanChangeService final
{
public:
    PlanChangeService(store::Database& database, const Clock& clock,
                      const mail::EmailComposer& composer, const CouponService& pricing,
                      std::chrono::hours pendingLifetime);

    PlanChangeOutcome changePlan(const tenancy::TenantScope& scope, const auth::Principal& caller,
                                 std::int64_t planId, const std::string& requestId);
    // The pending renewal order (created when there is none) and whether it is new.
    std::pair<OrderView, bool> renew(const tenancy::TenantScope& scope,
                                     const auth::Principal& caller,
                                     std::optional<BillingCycle> cycle);
    // The core of renew() inside the caller's write transaction, also used by generate-invoices
    // (no buyer: the organization's contact): the pending renewal for `cycle`, or a new one priced
    // on the plan the organization will be on in the renewed period; and whether it is new.
    std::pair<OrderView, bool> openRenewal(Poco::Data::Session& session,
                                           const store::OrganizationRecord& organization,
                                           const std::optional<auth::Principal>& buyer,
                                           BillingCycle cycle) const;

private:
    PlanChangeOutcome orderUpgrade(Poco::Data::Session& session, const tenancy::TenantScope& scope,
                                   const store::OrganizationRecord& organization,
                                   const Plan& current, const Plan& target,
                                   const auth::Principal& caller, const std::string& requestId);
    PlanChangeOutcome scheduleDowngrade(Poco::Data::Session& session,
                                        const tenancy::TenantScope& scope,
                                        const store::OrganizationRecord& organization,
                                        const Plan& target, const std::string& requestId);
    PlanChangeOutcome withdrawChange(Poco::Data::Session& session,
                                     const tenancy::TenantScope& scope,
                                     const store::OrganizationRecord& organization,
                                     const Plan& current, const std::string& requestId);
    OrderView placeChangeOrder(Poco::Data::Session& session, store::OrderRecord order,
                               const Plan& plan) const;
    store::OrderRecord draftFor(const store::OrganizationRecord& organization,
                                const std::optional<auth::Principal>& buyer,
                                const std::string& kind) const;

    store::Database& m_database;
    const Clock& m_clock;
    const mail::EmailComposer& m_composer;
    const CouponService& m_pricing;
    std::chrono::hours m_pendingLifetime;
};

// 409 over_quota with "over_quota": [{metric,unit,current,limit,excess}], each metric the
// organization uses beyond `target`'s limits (what refuses a downgrade).
http::ApiError overQuota(const Plan& target, const std::vector<quota::QuotaLine>& excesses);

} // namespace ebm::services
