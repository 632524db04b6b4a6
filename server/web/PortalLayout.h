#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/NotificationService.h"
#include "services/OrganizationService.h"
#include "web/CsrfTokens.h"
#include "web/PageRenderer.h"
#include "web/PageRequest.h"
#include "web/Template.h"

#include <cstdint>
#include <string>

namespace ebm::web
{

// The frame every page of an organization's portal shares: the navigation (aria-current on the
// page shown), the bell with the unread notifications, the switcher between the caller's
// organizations, the notice a redirect asked for
// (?notice=<code> only ever selects one of a fixed set of translated messages) and the pager of
// long lists.
class PortalLayout final
{
public:
    enum class Section
    {
        Overview,
        Plan,
        Invoices,
        Payments,
        Members,
        Settings,
        Notifications
    };

    // Which page of a long list to show (?page=, from 1), as an offset and a limit.
    struct Paging
    {
        std::int64_t page = 1;
        std::int64_t offset = 0;
        std::int64_t limit = 0;
    };

    PortalLayout(services::OrganizationService& organizations,
                 services::NotificationService& notifications, const PageRenderer& renderer,
                 const CsrfTokens& csrf, bool secureCookies);

    PageRequest request(const http::ApiRequest& request) const;
    // "/account/<organization id>/" of a tenant page.
    static std::string baseUrl(const http::ApiRequest& request);

    // `templateName` rendered with `context` (plus base_url and csrf_token) inside the frame.
    http::ApiResponse page(const PageRequest& page, Section section,
                           const std::string& templateName, TemplateContext context,
                           const std::string& title, int status = 200) const;
    // 303 to `path` under the organization's base URL, with ?notice=<notice> when given.
    static http::ApiResponse back(const PageRequest& page, const std::string& path,
                                  const std::string& notice = {});

    static Paging paging(const http::ApiRequest& request, std::int64_t pageSize);
    // Previous/next links and "Page 2 of 5"; empty when everything fits on one page.
    Html pager(const PageRequest& page, const Paging& paging, std::int64_t count) const;

    const PageRenderer& renderer() const
    {
        return m_renderer;
    }

private:
    std::vector<TemplateContext> navigation(const PageRequest& page, Section section) const;
    std::vector<TemplateContext> notices(const PageRequest& page) const;

    services::OrganizationService& m_organizations;
    services::NotificationService& m_notifications;
    const PageRenderer& m_renderer;
    const CsrfTokens& m_csrf;
    bool m_secureCookies;
};

} // namespace ebm::web
