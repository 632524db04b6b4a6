#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/LifecycleService.h"
#include "services/OrganizationBulkActions.h"
#include "services/StaffOrganizationService.h"
#include "services/StaffSubscriptionService.h"

#include <string>

namespace ebm::api
{

// /api/admin/organizations/: the staff console's list and page of every organization, and the
// staff actions on subscriptions, one by one or in bulk; each answers the organization row.
class AdminOrganizationsController final
{
public:
    // The largest page_size of the list (a console syncing 100,000 organizations).
    static constexpr std::int64_t kMaxPageSize = 1000;

    AdminOrganizationsController(services::StaffOrganizationService& organizations,
                                 services::StaffSubscriptionService& subscriptions,
                                 services::LifecycleService& lifecycle,
                                 services::OrganizationBulkActions& bulk,
                                 std::string publicBaseUrl);

    http::ApiResponse list(const http::ApiRequest& request);
    http::ApiResponse retrieve(const http::ApiRequest& request);
    http::ApiResponse activate(const http::ApiRequest& request);
    http::ApiResponse suspend(const http::ApiRequest& request);
    http::ApiResponse reactivate(const http::ApiRequest& request);
    http::ApiResponse cancel(const http::ApiRequest& request);
    http::ApiResponse extend(const http::ApiRequest& request);
    http::ApiResponse changePlan(const http::ApiRequest& request);
    http::ApiResponse bulk(const http::ApiRequest& request);

private:
    http::ApiResponse rowAnswer(const store::OrganizationRecord& organization);

    services::StaffOrganizationService& m_organizations;
    services::StaffSubscriptionService& m_subscriptions;
    services::LifecycleService& m_lifecycle;
    services::OrganizationBulkActions& m_bulk;
    std::string m_publicBaseUrl;
};

} // namespace ebm::api
