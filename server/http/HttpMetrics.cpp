#include "http/HttpMetrics.h"

#include <sstream>

namespace ebm::http
{

namespace
{

std::string escapeLabel(const std::string& value)
{
    std::string escaped;
    for (const char c : value) {
        if (c == '\\' || c == '"')
            escaped += '\\';
        if (c == '\n') {
            escaped += "\\n";
            continue;
        }
        escaped += c;
    }
    return escaped;
}

std::string labels(const std::string& route, const std::string& method)
{
    return "route=\"" + escapeLabel(route) + "\",method=\"" + escapeLabel(method) + "\"";
}

} // namespace

void HttpMetrics::record(const std::string& route, const std::string& method, int status,
                         double seconds)
{
    const std::lock_guard lock(m_mutex);
    ++m_requests[{route, method, status}];
    Histogram& histogram = m_latency[{route, method}];
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++histogram.buckets[i];
    }
    ++histogram.count;
    histogram.sum += seconds;
}

std::string HttpMetrics::renderPrometheus() const
{
    const std::lock_guard lock(m_mutex);
    std::ostringstream out;
    out << "# HELP ebm_http_requests_total HTTP requests answered, by route pattern, method and "
           "status.\n"
        << "# TYPE ebm_http_requests_total counter\n";
    for (const auto& [key, count] : m_requests) {
        const auto& [route, method, status] = key;
        out << "ebm_http_requests_total{" << labels(route, method) << ",status=\"" << status
            << "\"} " << count << '\n';
    }
    out << "# HELP ebm_http_request_duration_seconds Time from request read to response sent.\n"
        << "# TYPE ebm_http_request_duration_seconds histogram\n";
    for (const auto& [key, histogram] : m_latency) {
        const std::string common = labels(key.first, key.second);
        for (std::size_t i = 0; i < kBuckets.size(); ++i) {
            out << "ebm_http_request_duration_seconds_bucket{" << common << ",le=\"" << kBuckets[i]
                << "\"} " << histogram.buckets[i] << '\n';
        }
        out << "ebm_http_request_duration_seconds_bucket{" << common << ",le=\"+Inf\"} "
            << histogram.count << '\n'
            << "ebm_http_request_duration_seconds_sum{" << common << "} " << histogram.sum << '\n'
            << "ebm_http_request_duration_seconds_count{" << common << "} " << histogram.count
            << '\n';
    }
    return out.str();
}

} // namespace ebm::http
