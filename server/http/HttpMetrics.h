#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace ebm::http
{

// Request counters and latency histograms by route pattern, rendered as Prometheus text.
class HttpMetrics final
{
public:
    void record(const std::string& route, const std::string& method, int status, double seconds);
    std::string renderPrometheus() const;

private:
    static constexpr std::array<double, 11> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                     0.1,   0.25,   0.5,   1.0,  2.5};

    struct Histogram
    {
        std::array<std::uint64_t, kBuckets.size()> buckets{};
        std::uint64_t count = 0;
        double sum = 0;
    };

    mutable std::mutex m_mutex;
    std::map<std::tuple<std::string, std::string, int>, std::uint64_t> m_requests;
    std::map<std::pair<std::string, std::string>, Histogram> m_latency;
};

} // namespace ebm::http
