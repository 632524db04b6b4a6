#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/OrganizationService.h"
#include "web/PortalLayout.h"

#include <map>
#include <string>

namespace ebm::web
{

// The organization's settings page: its name, billing contact and language, changed by owners
// and admins, read by everyone else.
class PortalSettingsController final
{
public:
    PortalSettingsController(const PortalLayout& layout,
                             services::OrganizationService& organizations);

    http::ApiResponse show(const http::ApiRequest& request);
    http::ApiResponse save(const http::ApiRequest& request);

private:
    using FieldErrors = std::map<std::string, std::string>; // field → translated message

    http::ApiResponse render(const PageRequest& page, const services::OrganizationSettings& values,
                             const FieldErrors& errors, int status) const;

    const PortalLayout& m_layout;
    services::OrganizationService& m_organizations;
};

} // namespace ebm::web
