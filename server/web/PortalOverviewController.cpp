#include "web/PortalOverviewController.h"

#include "web/PortalLabels.h"
#include "web/PortalSubscription.h"

#include <algorithm>

namespace ebm::web
{

namespace
{

constexpr const char* kOrganizationsTitle = QT_TRANSLATE_NOOP("Web", "My organizations");
constexpr const char* kOverviewTitle = QT_TRANSLATE_NOOP("Web", "Overview");
constexpr const char* kPercent = QT_TRANSLATE_NOOP("Web", "%1 %");

// Meters turn amber from 80 % of the quota and red from 95 %.
constexpr std::int64_t kHighPercent = 80;
constexpr std::int64_t kOverPercent = 95;

} // namespace

PortalOverviewController::PortalOverviewController(const PortalLayout& layout,
                                                   services::OrganizationService& organizations,
                                                   const Clock& clock)
    : m_layout(layout)
    , m_organizations(organizations)
    , m_clock(clock)
    , m_chart(layout.renderer())
{
}

// GET /account/  (signed in)
// One organization: 303 to /account/{id}/. Otherwise the list of the caller's organizations
// (name, status, role), or a pointer to the plans when there is none.
http::ApiResponse PortalOverviewController::organizations(const http::ApiRequest& request)
{
    const PageRequest page = m_layout.request(request);
    const auto mine = m_organizations.mine(request.principal());
    if (mine.size() == 1)
        return PageRenderer::redirect(page, "/account/" + mine.front().organization.id + "/");
    const PortalLabels labels(page.translator());
    std::vector<TemplateContext> items;
    for (const auto& [organization, membership] : mine)
        items.push_back(TemplateContext()
                            .set("name", organization.name)
                            .set("url", "/account/" + organization.id + "/")
                            .set("status", std::string(toString(organization.status)))
                            .set("status_label", labels.status(organization.status))
                            .set("role_label", labels.role(membership.role)));
    TemplateContext context;
    context.set("has_organizations", !items.empty()).set("organizations", std::move(items));
    return m_layout.renderer().page(page, "portal_organizations", context,
                                    page.tr(kOrganizationsTitle));
}

// GET /account/{id}/?metric=servers|vms|backups|storage|users  (member, any role, any status)
// The subscription summary, a meter per quota and the chart of the chosen metric.
// Errors: 404 for an organization the caller is not a member of.
http::ApiResponse PortalOverviewController::overview(const http::ApiRequest& request)
{
    const PageRequest page = m_layout.request(request);
    const auto& scope = request.tenant();
    const auto view = m_organizations.detail(scope);
    const auto lines = m_organizations.usage(scope);
    const std::string metric = PortalUsageChart::chosenMetric(request);
    const auto line = std::find_if(lines.begin(), lines.end(),
                                   [&metric](const auto& l) { return l.metric == metric; });
    const auto history = m_organizations.usageHistory(scope, 0, PortalUsageChart::kDays);
    const auto today = std::chrono::floor<std::chrono::days>(m_clock.now());
    TemplateContext context;
    context
        .set("subscription", m_layout.renderer().fragment(page.locale(), "portal_subscription",
                                                          PortalSubscription::summary(page, view)))
        .set("meters", meters(page, lines))
        .set("metric_tabs", metricTabs(page, metric))
        .set("chart", m_chart.render(page, history.days, metric,
                                     line == lines.end() ? std::nullopt : line->limit, today));
    return m_layout.page(page, PortalLayout::Section::Overview, "portal_overview", context,
                         page.tr(kOverviewTitle));
}

std::vector<TemplateContext>
PortalOverviewController::meters(const PageRequest& page,
                                 const std::vector<quota::QuotaLine>& lines) const
{
    const PortalLabels labels(page.translator());
    std::vector<TemplateContext> meters;
    for (const quota::QuotaLine& line : lines) {
        const std::int64_t limit = line.limit.value_or(0);
        const std::int64_t percent = line.percent ? (line.percent->value + 50) / 100 : 0;
        meters.push_back(
            TemplateContext()
                .set("id", "meter-" + line.metric)
                .set("label", labels.metric(line.metric))
                .set("text", labels.usage(line.unit, line.current, line.limit))
                .set("limited", line.limit.has_value())
                .set("max", std::to_string(std::max<std::int64_t>(limit, 1)))
                .set("value",
                     std::to_string(std::min(line.current, std::max<std::int64_t>(limit, 1))))
                .set("low", std::to_string(limit * kHighPercent / 100))
                .set("high", std::to_string(limit * kOverPercent / 100))
                .set("percent", i18n::substitute(page.tr(kPercent), {std::to_string(percent)})));
    }
    return meters;
}

std::vector<TemplateContext> PortalOverviewController::metricTabs(const PageRequest& page,
                                                                  const std::string& chosen) const
{
    const PortalLabels labels(page.translator());
    std::vector<TemplateContext> tabs;
    for (const std::string& metric : PortalUsageChart::metrics())
        tabs.push_back(TemplateContext()
                           .set("url", "?metric=" + metric)
                           .set("label", labels.metric(metric))
                           .set("current", metric == chosen));
    return tabs;
}

} // namespace ebm::web
