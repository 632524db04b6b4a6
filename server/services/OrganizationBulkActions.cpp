#include "services/OrganizationBulkActions.h"

#include "http/ApiError.h"

#include <array>

namespace ebm::services
{

namespace
{

constexpr std::array<const char*, 5> kActions{"activate", "suspend", "reactivate", "cancel",
                                              "extend"};

} // namespace

OrganizationBulkActions::OrganizationBulkActions(LifecycleService& lifecycle,
                                                 StaffSubscriptionService& subscriptions)
    : m_lifecycle(lifecycle)
    , m_subscriptions(subscriptions)
{
}

bool OrganizationBulkActions::isAction(const std::string& action)
{
    for (const char* known : kActions) {
        if (action == known)
            return true;
    }
    return false;
}

std::vector<BulkOutcome> OrganizationBulkActions::run(const BulkAction& bulk,
                                                      const auth::Principal& staff,
                                                      const std::string& requestId)
{
    std::vector<BulkOutcome> outcomes;
    for (const std::string& id : bulk.ids) {
        BulkOutcome outcome;
        outcome.id = id;
        try {
            outcome.organization = apply(bulk, id, staff, requestId);
        } catch (const http::ApiError& error) {
            outcome.status = error.status();
            outcome.code = error.code();
            outcome.detail = error.detail();
        }
        outcomes.push_back(std::move(outcome));
    }
    return outcomes;
}

store::OrganizationRecord OrganizationBulkActions::apply(const BulkAction& bulk,
                                                         const std::string& id,
                                                         const auth::Principal& staff,
                                                         const std::string& requestId)
{
    if (bulk.action == "activate")
        return m_subscriptions.activate(id, bulk.reason, staff, requestId);
    if (bulk.action == "suspend")
        return m_lifecycle.suspend(id, bulk.reason, staff, requestId);
    if (bulk.action == "reactivate")
        return m_lifecycle.reactivate(id, staff, requestId, bulk.reason);
    if (bulk.action == "cancel")
        return m_lifecycle.cancelNow(id, bulk.reason, staff, requestId);
    return m_subscriptions.extend(id, bulk.days, bulk.reason, staff, requestId);
}

} // namespace ebm::services
