#pragma once

#include "http/ApiError.h"
#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/OrganizationService.h"
#include "web/PortalLayout.h"

#include <string>

namespace ebm::web
{

// The members page: who belongs to the organization and with which role, pending invitations,
// and for owners and admins the forms to invite, change a role and remove a member.
class PortalMembersController final
{
public:
    static constexpr std::int64_t kPageSize = 50;

    PortalMembersController(const PortalLayout& layout,
                            services::OrganizationService& organizations);

    http::ApiResponse list(const http::ApiRequest& request);
    http::ApiResponse invite(const http::ApiRequest& request);
    http::ApiResponse changeRole(const http::ApiRequest& request);
    http::ApiResponse remove(const http::ApiRequest& request);

private:
    // What the invitation form shows again after a refusal.
    struct InviteForm
    {
        std::string email;
        std::string role;
        std::string error; // translated
    };

    http::ApiResponse render(const PageRequest& page, const InviteForm& form, int status) const;
    std::vector<TemplateContext> rows(const PageRequest& page,
                                      const std::vector<store::MemberRecord>& members,
                                      bool active) const;
    // The notice code of a refused role change or removal.
    static std::string refusal(const http::ApiError& error);

    const PortalLayout& m_layout;
    services::OrganizationService& m_organizations;
};

} // namespace ebm::web
