#include "web/PortalUsageChart.h"

#include "billing/LocaleFormat.h"
#include "domain/Timestamp.h"
#include "web/PortalLabels.h"

#include <algorithm>

namespace ebm::web
{

namespace
{

// The drawing, in SVG user units (see portal_chart.html for the axes and labels).
constexpr std::int64_t kLeft = 56;
constexpr std::int64_t kTop = 12;
constexpr std::int64_t kPlotHeight = 170;
constexpr std::int64_t kSlotWidth = 18;
constexpr std::int64_t kBarInset = 2;
constexpr std::int64_t kBaseline = kTop + kPlotHeight;
constexpr std::int64_t kLimitLabelGap = 4;
constexpr std::int64_t kHeadroomDivisor = 10;

constexpr const char* kChartTitle = QT_TRANSLATE_NOOP("Web", "%1 over the last 30 days");
constexpr const char* kBarLabel = QT_TRANSLATE_NOOP("Web", "%1: %2");
constexpr const char* kQuotaLabel = QT_TRANSLATE_NOOP("Web", "Quota: %1");

std::int64_t valueOf(const store::Usage& usage, const std::string& metric)
{
    if (metric == "vms")
        return usage.virtualMachines;
    if (metric == "backups")
        return usage.backupJobs;
    if (metric == "storage")
        return usage.storageBytes;
    if (metric == "users")
        return usage.userSeats;
    return usage.servers;
}

std::string unitOf(const std::string& metric)
{
    return metric == "storage" ? "bytes" : "count";
}

std::int64_t heightOf(std::int64_t value, std::int64_t top)
{
    return std::clamp<std::int64_t>(value, 0, top) * kPlotHeight / top;
}

} // namespace

PortalUsageChart::PortalUsageChart(const PageRenderer& renderer)
    : m_renderer(renderer)
{
}

const std::vector<std::string>& PortalUsageChart::metrics()
{
    static const std::vector<std::string> names{"servers", "vms", "backups", "storage", "users"};
    return names;
}

std::string PortalUsageChart::chosenMetric(const http::ApiRequest& request)
{
    const auto asked = request.query("metric");
    if (asked && std::find(metrics().begin(), metrics().end(), *asked) != metrics().end())
        return *asked;
    return metrics().front();
}

Html PortalUsageChart::render(const PageRequest& page,
                              const std::vector<store::UsageMetricsRecord>& days,
                              const std::string& metric, std::optional<std::int64_t> limit,
                              std::chrono::sys_days today) const
{
    const PortalLabels labels(page.translator());
    const std::string unit = unitOf(metric);
    const std::chrono::sys_days first = today - std::chrono::days(kDays - 1);
    std::int64_t top = std::max<std::int64_t>(1, limit.value_or(0));
    for (const auto& day : days)
        top = std::max(top, valueOf(day.usage, metric));
    top += std::max<std::int64_t>(1, top / kHeadroomDivisor); // the quota line below the top
    std::vector<TemplateContext> bars;
    for (const auto& day : days) {
        const std::chrono::sys_days date{parseDate(day.periodDate)};
        const auto slot = (date - first).count();
        if (slot < 0 || slot >= kDays)
            continue;
        const std::int64_t value = valueOf(day.usage, metric);
        const std::int64_t height = heightOf(value, top);
        bars.push_back(
            TemplateContext()
                .set("x", std::to_string(kLeft + slot * kSlotWidth + kBarInset))
                .set("y", std::to_string(kBaseline - height))
                .set("height", std::to_string(height))
                .set("label", i18n::substitute(
                                  page.tr(kBarLabel),
                                  {billing::formatDay(day.periodDate + "T00:00:00Z", page.locale()),
                                   labels.quantity(unit, value)})));
    }
    const std::int64_t limitY = kBaseline - (limit ? heightOf(*limit, top) : 0);
    const auto dayText = [&page](std::chrono::sys_days day) {
        return billing::formatDay(formatIso8601(std::chrono::sys_seconds(day)), page.locale());
    };
    TemplateContext context;
    context.set("title", i18n::substitute(page.tr(kChartTitle), {labels.metric(metric)}))
        .set("bars", std::move(bars))
        .set("has_limit", limit.has_value())
        .set("limit_y", std::to_string(limitY))
        .set("limit_label_y", std::to_string(limitY - kLimitLabelGap))
        .set("limit_label",
             limit ? i18n::substitute(page.tr(kQuotaLabel), {labels.quantity(unit, *limit)})
                   : std::string())
        .set("top_label", labels.quantity(unit, top))
        .set("first_day", dayText(first))
        .set("last_day", dayText(today));
    return m_renderer.fragment(page.locale(), "portal_chart", context);
}

} // namespace ebm::web
