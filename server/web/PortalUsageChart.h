#pragma once

#include "http/ApiRequest.h"
#include "store/UsageRepository.h"
#include "web/PageRenderer.h"
#include "web/PageRequest.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::web
{

// The usage chart of the overview page: one metric over the last 30 days as an inline SVG drawn
// on the server (attributes only, no style, so the Content-Security-Policy holds), one bar per
// day recorded and the plan's quota as a dashed line.
class PortalUsageChart final
{
public:
    static constexpr int kDays = 30;

    explicit PortalUsageChart(const PageRenderer& renderer);

    // The metrics a chart can show, in the order of their tabs.
    static const std::vector<std::string>& metrics();
    // The metric ?metric= names when it is one of metrics(), else "servers".
    static std::string chosenMetric(const http::ApiRequest& request);

    // `days` as UsageRepository lists them (newest first); `limit` in the metric's unit (bytes
    // for storage), empty when unlimited.
    Html render(const PageRequest& page, const std::vector<store::UsageMetricsRecord>& days,
                const std::string& metric, std::optional<std::int64_t> limit,
                std::chrono::sys_days today) const;

private:
    const PageRenderer& m_renderer;
};

} // namespace ebm::web
