#include "api/AnalyticsController.h"

#include "api/JsonValues.h"
#include "domain/DomainError.h"
#include "domain/Timestamp.h"
#include "http/ApiError.h"

#include <charconv>

namespace ebm::api
{

using http::ApiError;
using http::ApiRequest;
using http::ApiResponse;
using namespace std::chrono;

namespace
{

constexpr int kDefaultWindowDays = 30;
constexpr int kMaxWindowDays = 366;
constexpr std::int64_t kBytesPerMegabyte = 1'000'000;
constexpr double kMegabytesPerGigabyte = 1000.0;

// Reads query parameters, collecting every problem as {"parameter": ["message"]} (400).
class QueryParameters final
{
public:
    explicit QueryParameters(const ApiRequest& request)
        : m_request(request)
    {
    }

    // An ISO 8601 instant, or a date meaning its midnight UTC; nullopt when absent or invalid.
    std::optional<sys_seconds> instant(const std::string& name, bool required)
    {
        const auto text = m_request.query(name);
        if (!text || text->empty()) {
            if (required)
                reject(name, "This field is required.");
            return std::nullopt;
        }
        try {
            if (text->size() == 10)
                return sys_days{parseDate(*text)};
            return parseIso8601(*text);
        } catch (const DomainError&) {
            reject(name, "Use an ISO 8601 instant such as 2026-01-31T00:00:00Z, or a date.");
            return std::nullopt;
        }
    }

    int integer(const std::string& name, int minimum, int maximum, int fallback)
    {
        const auto text = m_request.query(name);
        if (!text)
            return fallback;
        int value = 0;
        const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
        if (error != std::errc() || end != text->data() + text->size() || value < minimum ||
            value > maximum) {
            reject(name, "Must be an integer from " + std::to_string(minimum) + " to " +
                             std::to_string(maximum) + ".");
            return fallback;
        }
        return value;
    }

    // A value through a domain parser; nullopt when absent (reported) or refused.
    template<typename Parser>
    auto choice(const std::string& name, Parser parse) -> std::optional<decltype(parse(""))>
    {
        const auto text = m_request.query(name);
        if (!text || text->empty()) {
            reject(name, "This field is required.");
            return std::nullopt;
        }
        try {
            return parse(*text);
        } catch (const DomainError& error) {
            reject(name, error.what());
            return std::nullopt;
        }
    }

    void reject(const std::string& name, const std::string& message)
    {
        if (m_errors.count(name) == 0)
            m_errors[name].push_back(message);
    }

    void done() const
    {
        if (!m_errors.empty())
            throw ApiError::validation(m_errors);
    }

private:
    const ApiRequest& m_request;
    ApiError::FieldErrors m_errors;
};

Currency currencyCode(std::string_view text)
{
    if (!Currency::isKnown(text))
        throw DomainError("currency", "unknown_currency", "Unknown currency code.");
    return Currency::fromCode(text);
}

Poco::JSON::Object::Ptr currencyFiguresJson(const services::CurrencyFigures& figures)
{
    Poco::JSON::Object::Ptr json = http::makeObject();
    json->set("currency", figures.mrr.currency().code());
    json->set("mrr", figures.mrr.toDecimalString());
    json->set("arr", figures.arr.toDecimalString());
    json->set("arpa", figures.arpa.toDecimalString());
    json->set("active_paying", figures.activePaying);
    return json;
}

Poco::JSON::Object::Ptr summaryJson(const services::AnalyticsSummary& summary)
{
    Poco::JSON::Object::Ptr json = http::makeObject();
    json->set("at", formatIso8601(summary.at));
    json->set("window_days", summary.windowDays);
    Poco::JSON::Object::Ptr organizations = http::makeObject();
    for (const char* status : {"pending", "active", "suspended", "expired", "cancelled", "total"})
        organizations->set(status, summary.organizations.at(status));
    json->set("organizations", organizations);
    json->set("by_currency", arrayOf(summary.byCurrency, currencyFiguresJson));
    json->set("churn_rate", percentWithTwoDecimals(summary.churnRate));
    json->set("conversion_rate", percentWithTwoDecimals(summary.conversionRate));
    Poco::JSON::Object::Ptr orders = http::makeObject();
    orders->set("created", summary.orders.created);
    orders->set("completed", summary.orders.completed);
    json->set("orders", orders);
    Poco::JSON::Object::Ptr transfers = http::makeObject();
    transfers->set("count", summary.pendingTransfers);
    transfers->set("by_currency", arrayOf(summary.pendingOutstanding, [](const Money& amount) {
                       Poco::JSON::Object::Ptr item = http::makeObject();
                       item->set("currency", amount.currency().code());
                       item->set("amount", amount.toDecimalString());
                       return item;
                   }));
    json->set("pending_bank_transfers", transfers);
    return json;
}

Poco::JSON::Object::Ptr revenuePointJson(const services::RevenuePoint& point)
{
    Poco::JSON::Object::Ptr json = http::makeObject();
    json->set("period_start", formatIso8601(point.periodStart));
    json->set("revenue", point.revenue.toDecimalString());
    json->set("refunds", point.refunds.toDecimalString());
    json->set("net", point.net.toDecimalString());
    json->set("payments", point.payments);
    return json;
}

// A count as it is; storage in GB (10⁹ bytes) to the megabyte.
Poco::Dynamic::Var usageValue(services::UsageMetric metric, std::int64_t value)
{
    if (metric != services::UsageMetric::StorageGb)
        return value;
    return static_cast<double>(divideRounded(value, kBytesPerMegabyte)) / kMegabytesPerGigabyte;
}

} // namespace

AnalyticsController::AnalyticsController(services::AnalyticsService& analytics)
    : m_analytics(analytics)
{
}

// GET /api/admin/analytics/summary/?at=&window_days=  (staff)
// at: ISO 8601 instant or date (default: now on the server clock); window_days: 1–366 (default
// 30); the window is (at − window_days, at].
// Answer 200 {"at","window_days","organizations":{"pending","active","suspended","expired",
// "cancelled","total"},"by_currency":[{"currency","mrr","arr","arpa","active_paying"}],
// "churn_rate","conversion_rate" (percent, two decimals),"orders":{"created","completed"},
// "pending_bank_transfers":{"count","by_currency":[{"currency","amount"}]}}.
// Errors: 400 {"at"|"window_days":[…]}; 403 permission_denied.
ApiResponse AnalyticsController::summary(const ApiRequest& request)
{
    QueryParameters parameters(request);
    const auto at = parameters.instant("at", false);
    const int windowDays = parameters.integer("window_days", 1, kMaxWindowDays, kDefaultWindowDays);
    parameters.done();
    return ApiResponse::json(summaryJson(m_analytics.summary(at, windowDays)));
}

// GET /api/admin/analytics/revenue/?from=&to=&step=day|week|month&currency=  (staff)
// from, to: ISO 8601 instants or dates, to exclusive; periods start at from and every step after
// it (the last one cut at to), at most 1000; currency: an ISO 4217 code.
// Answer 200 {"currency","step","points":[{"period_start","revenue","refunds","net","payments"}]}
// with every period, zeros included.
// Errors: 400 {"from"|"to"|"step"|"currency":[…]} (missing, invalid, to not after from, more
// than 1000 points); 403 permission_denied.
ApiResponse AnalyticsController::revenue(const ApiRequest& request)
{
    QueryParameters parameters(request);
    const auto from = parameters.instant("from", true);
    const auto to = parameters.instant("to", true);
    const auto step = parameters.choice("step", parseSeriesStep);
    const auto currency = parameters.choice("currency", currencyCode);
    parameters.done();
    const auto series = m_analytics.revenue(*from, *to, *step, *currency);
    Poco::JSON::Object::Ptr json = http::makeObject();
    json->set("currency", series.currency.code());
    json->set("step", std::string(toString(series.step)));
    json->set("points", arrayOf(series.points, revenuePointJson));
    return ApiResponse::json(json);
}

// GET /api/admin/organizations/{id}/usage-series/?metric=&from=&to=&step=day|week|month  (staff)
// metric: servers, vms, backups, storage_gb, users; from, to as for the revenue series.
// Answer 200 {"organization","metric","unit" ("count" or "GB"),"quota":<limit>|null,
// "points":[{"at","value"}]}: per period the largest daily value, else the last one before it,
// else 0. The access is audited (staff.tenant_access).
// Errors: 400 {"metric"|"from"|"to"|"step":[…]}; 403 permission_denied; 404 unknown organization.
ApiResponse AnalyticsController::usageSeries(const ApiRequest& request)
{
    QueryParameters parameters(request);
    const auto metric = parameters.choice("metric", services::parseUsageMetric);
    const auto from = parameters.instant("from", true);
    const auto to = parameters.instant("to", true);
    const auto step = parameters.choice("step", parseSeriesStep);
    parameters.done();
    const auto series = m_analytics.usageSeries(request.principal(), request.pathParam("id"),
                                                *metric, *from, *to, *step, request.requestId());
    Poco::JSON::Object::Ptr json = http::makeObject();
    json->set("organization", series.organizationId);
    json->set("metric", std::string(toString(series.metric)));
    json->set("unit", series.metric == services::UsageMetric::StorageGb ? "GB" : "count");
    json->set("quota", valueOrNull(series.quota));
    json->set("points", arrayOf(series.points, [&series](const services::UsagePoint& point) {
                  Poco::JSON::Object::Ptr item = http::makeObject();
                  item->set("at", formatIso8601(point.at));
                  item->set("value", usageValue(series.metric, point.value));
                  return item;
              }));
    return ApiResponse::json(json);
}

} // namespace ebm::api
