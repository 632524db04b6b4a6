#include "web/PortalLayout.h"

#include <array>
#include <charconv>
#include <string_view>

namespace ebm::web
{

namespace
{

struct NavItem
{
    PortalLayout::Section section;
    const char* path;
    const char* label;
};

constexpr std::array kNavigation{
    NavItem{PortalLayout::Section::Overview, "", QT_TRANSLATE_NOOP("Web", "Overview")},
    NavItem{PortalLayout::Section::Plan, "plan", QT_TRANSLATE_NOOP("Web", "Plan and subscription")},
    NavItem{PortalLayout::Section::Invoices, "invoices", QT_TRANSLATE_NOOP("Web", "Invoices")},
    NavItem{PortalLayout::Section::Payments, "payments", QT_TRANSLATE_NOOP("Web", "Payments")},
    NavItem{PortalLayout::Section::Members, "members", QT_TRANSLATE_NOOP("Web", "Members")},
    NavItem{PortalLayout::Section::Settings, "settings", QT_TRANSLATE_NOOP("Web", "Settings")},
};

struct Notice
{
    std::string_view code;
    std::string_view kind; // the notice's CSS class: success | info | error
    const char* text;
};

// Every message a redirect can ask for. The query only ever picks one of these.
constexpr std::array kNotices{
    Notice{"settings_saved", "success", QT_TRANSLATE_NOOP("Web", "Your settings were saved.")},
    Notice{"invited", "success", QT_TRANSLATE_NOOP("Web", "The invitation was sent.")},
    Notice{"role_changed", "success", QT_TRANSLATE_NOOP("Web", "The role was changed.")},
    Notice{"member_removed", "success", QT_TRANSLATE_NOOP("Web", "The member was removed.")},
    Notice{"last_owner", "error",
           QT_TRANSLATE_NOOP("Web", "An organization always keeps at least one owner.")},
    Notice{"role_not_allowed", "error",
           QT_TRANSLATE_NOOP("Web", "Your role cannot give or take away this role.")},
    Notice{"invalid_role", "error", QT_TRANSLATE_NOOP("Web", "Choose one of the roles offered.")},
    Notice{"upgraded", "success",
           QT_TRANSLATE_NOOP("Web", "Your organization moved to its new plan.")},
    Notice{"downgrade_scheduled", "success",
           QT_TRANSLATE_NOOP("Web", "The new plan applies at the end of the paid period.")},
    Notice{"change_withdrawn", "success",
           QT_TRANSLATE_NOOP("Web", "The scheduled plan change was withdrawn.")},
    Notice{"invalid_plan", "error", QT_TRANSLATE_NOOP("Web", "Choose one of the plans offered.")},
    Notice{"cycle_at_renewal", "info",
           QT_TRANSLATE_NOOP("Web", "The billing cycle changes when you renew: choose it on the "
                                    "renewal form.")},
    Notice{"subscription_inactive", "error",
           QT_TRANSLATE_NOOP("Web", "Only an active subscription can change plan: renew it "
                                    "first.")},
    Notice{"cancelled", "success",
           QT_TRANSLATE_NOOP("Web", "Your subscription will end at the end of the paid "
                                    "period.")},
    Notice{"resumed", "success",
           QT_TRANSLATE_NOOP("Web", "Your subscription renews automatically again.")},
    Notice{"renewal_too_early", "error",
           QT_TRANSLATE_NOOP("Web", "It is too early to renew: renewal opens one billing period "
                                    "before the end of the paid period.")},
    Notice{"cancellation_scheduled", "error",
           QT_TRANSLATE_NOOP("Web", "Your subscription ends at the end of its period: resume it "
                                    "before renewing.")},
    Notice{"not_renewable", "error",
           QT_TRANSLATE_NOOP("Web", "This subscription cannot be renewed: place a new order "
                                    "instead.")},
    Notice{"not_possible", "error",
           QT_TRANSLATE_NOOP("Web", "This is not possible in the current state of your "
                                    "subscription.")},
};

constexpr const char* kPageOf = QT_TRANSLATE_NOOP("Web", "Page %1 of %2");

std::int64_t requestedPage(const http::ApiRequest& request)
{
    const std::string text = request.query("page").value_or("1");
    std::int64_t page = 1;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), page);
    if (error != std::errc() || end != text.data() + text.size() || page < 1)
        return 1;
    return page;
}

} // namespace

PortalLayout::PortalLayout(services::OrganizationService& organizations,
                           services::NotificationService& notifications,
                           const PageRenderer& renderer, const CsrfTokens& csrf, bool secureCookies)
    : m_organizations(organizations)
    , m_notifications(notifications)
    , m_renderer(renderer)
    , m_csrf(csrf)
    , m_secureCookies(secureCookies)
{
}

PageRequest PortalLayout::request(const http::ApiRequest& request) const
{
    return PageRequest(request, m_csrf, m_secureCookies);
}

std::string PortalLayout::baseUrl(const http::ApiRequest& request)
{
    return "/account/" + request.tenant().organizationId() + "/";
}

http::ApiResponse PortalLayout::page(const PageRequest& page, Section section,
                                     const std::string& templateName, TemplateContext context,
                                     const std::string& title, int status) const
{
    const std::string& current = page.http().tenant().organizationId();
    context.set("base_url", baseUrl(page.http())).set("csrf_token", page.csrfToken());
    std::vector<TemplateContext> organizations;
    std::string organizationName;
    for (const auto& mine : m_organizations.mine(page.http().principal())) {
        if (mine.organization.id == current)
            organizationName = mine.organization.name;
        organizations.push_back(TemplateContext()
                                    .set("name", mine.organization.name)
                                    .set("url", "/account/" + mine.organization.id + "/")
                                    .set("current", mine.organization.id == current));
    }
    const std::int64_t unread = m_notifications.unreadCount(page.http().tenant());
    TemplateContext frame;
    frame.set("nav", navigation(page, section))
        .set("notifications_url", baseUrl(page.http()) + "notifications")
        .set("unread_count", std::to_string(unread))
        .set("has_unread", unread > 0)
        .set("switcher", organizations.size() > 1)
        .set("organizations", std::move(organizations))
        .set("organization_name", organizationName)
        .set("title", title)
        .set("notices", notices(page))
        .set("content", m_renderer.fragment(page.locale(), templateName, context));
    return m_renderer.pageWith(page, m_renderer.fragment(page.locale(), "portal_layout", frame),
                               title + " · " + organizationName, status);
}

http::ApiResponse PortalLayout::back(const PageRequest& page, const std::string& path,
                                     const std::string& notice)
{
    return PageRenderer::redirect(page, baseUrl(page.http()) + path +
                                            (notice.empty() ? "" : "?notice=" + notice));
}

PortalLayout::Paging PortalLayout::paging(const http::ApiRequest& request, std::int64_t pageSize)
{
    const std::int64_t page = requestedPage(request);
    return {page, (page - 1) * pageSize, pageSize};
}

Html PortalLayout::pager(const PageRequest& page, const Paging& paging, std::int64_t count) const
{
    const std::int64_t pages = std::max<std::int64_t>(1, (count + paging.limit - 1) / paging.limit);
    if (pages <= 1)
        return {};
    const std::string path = page.http().path();
    TemplateContext context;
    context.set("has_previous", paging.page > 1)
        .set("previous_url", path + "?page=" + std::to_string(std::min(paging.page, pages) - 1))
        .set("has_next", paging.page < pages)
        .set("next_url", path + "?page=" + std::to_string(paging.page + 1))
        .set("position", i18n::substitute(page.tr(kPageOf),
                                          {std::to_string(paging.page), std::to_string(pages)}));
    return m_renderer.fragment(page.locale(), "portal_pager", context);
}

std::vector<TemplateContext> PortalLayout::navigation(const PageRequest& page,
                                                      Section section) const
{
    std::vector<TemplateContext> items;
    const std::string base = baseUrl(page.http());
    for (const NavItem& item : kNavigation)
        items.push_back(TemplateContext()
                            .set("url", base + item.path)
                            .set("label", page.tr(item.label))
                            .set("current", item.section == section));
    return items;
}

std::vector<TemplateContext> PortalLayout::notices(const PageRequest& page) const
{
    const auto asked = page.http().query("notice");
    if (!asked)
        return {};
    for (const Notice& notice : kNotices)
        if (notice.code == *asked)
            return {TemplateContext()
                        .set("kind", std::string(notice.kind))
                        .set("text", page.tr(notice.text))};
    return {};
}

} // namespace ebm::web
