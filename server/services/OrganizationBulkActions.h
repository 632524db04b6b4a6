#pragma once

#include "auth/Principal.h"
#include "services/LifecycleService.h"
#include "services/StaffSubscriptionService.h"
#include "store/OrganizationRepository.h"

#include <optional>
#include <string>
#include <vector>

namespace ebm::services
{

// One staff action applied to many organizations.
struct BulkAction
{
    std::string action;           // activate | suspend | reactivate | cancel | extend
    std::vector<std::string> ids; // de-duplicated, in the order given
    std::string reason;
    int days = 0; // extend only
};

// What one organization of a bulk action came to: the organization after it, or the error
// its own request would have answered.
struct BulkOutcome
{
    std::string id;
    std::optional<store::OrganizationRecord> organization;
    int status = 200;
    std::string code;
    std::string detail;
};

// Applies a staff action to each organization of a list in its own transaction, through the
// same services as the single actions, so one refusal leaves the others done and audited.
class OrganizationBulkActions final
{
public:
    static constexpr std::size_t kMaxIds = 500;

    OrganizationBulkActions(LifecycleService& lifecycle, StaffSubscriptionService& subscriptions);

    static bool isAction(const std::string& action);

    std::vector<BulkOutcome> run(const BulkAction& bulk, const auth::Principal& staff,
                                 const std::string& requestId);

private:
    store::OrganizationRecord apply(const BulkAction& bulk, const std::string& id,
                                    const auth::Principal& staff, const std::string& requestId);

    LifecycleService& m_lifecycle;
    StaffSubscriptionService& m_subscriptions;
};

} // namespace ebm::services
