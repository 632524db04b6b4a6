#include "store/AnalyticsRepository.h"

#include "store/RowValues.h"

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

// Each organization's latest history row at the bound instant.
const std::string kStateAt =
    "WITH state AS (SELECT organization_id, status, plan_id, billing_cycle, subscription_start, "
    "subscription_end FROM (SELECT h.*, ROW_NUMBER() OVER (PARTITION BY h.organization_id "
    "ORDER BY h.valid_from DESC, h.id DESC) AS position FROM organization_history h "
    "WHERE h.valid_from <= ?) WHERE position = 1) ";

// The spans of a series, bound as a JSON array of [start, end] pairs.
const std::string kSpans =
    "WITH spans AS (SELECT CAST(key AS INTEGER) AS position, json_extract(value, '$[0]') AS start, "
    "json_extract(value, '$[1]') AS finish FROM json_each(?)) ";

// What a payment brought in: its amount, or more when a bank transfer was overpaid.
const std::string kReceived = "MAX(p.amount_minor, COALESCE(p.received_minor, 0))";

} // namespace

AnalyticsRepository::AnalyticsRepository(Poco::Data::Session& session)
    : m_session(session)
{
}

std::map<std::string, std::int64_t> AnalyticsRepository::statusCounts(const std::string& at)
{
    std::string boundAt = at;
    Poco::Data::Statement select(m_session);
    select << kStateAt + "SELECT status, COUNT(*) AS organizations FROM state GROUP BY status",
        use(boundAt);
    select.execute();
    Poco::Data::RecordSet rows(select);
    std::map<std::string, std::int64_t> counts;
    for (bool more = rows.moveFirst(); more; more = rows.moveNext())
        counts[text(rows, "status")] = rows["organizations"].convert<std::int64_t>();
    return counts;
}

std::vector<SubscriptionPriceGroup> AnalyticsRepository::activeSubscriptions(const std::string& at)
{
    std::string stateAt = at, startedBy = at, endsAfter = at;
    Poco::Data::Statement select(m_session);
    select << kStateAt + "SELECT p.currency, s.billing_cycle, CASE WHEN s.billing_cycle = 'yearly' "
                         "THEN p.yearly_price_minor ELSE p.monthly_price_minor END AS price, "
                         "COUNT(*) AS organizations FROM state s JOIN plans p ON p.id = s.plan_id "
                         "WHERE s.status = 'active' AND s.subscription_start <= ? "
                         "AND s.subscription_end > ? "
                         "GROUP BY p.currency, s.billing_cycle, price ORDER BY p.currency",
        use(stateAt), use(startedBy), use(endsAfter);
    select.execute();
    Poco::Data::RecordSet rows(select);
    std::vector<SubscriptionPriceGroup> groups;
    for (bool more = rows.moveFirst(); more; more = rows.moveNext())
        groups.push_back({text(rows, "currency"), text(rows, "billing_cycle") == "yearly",
                          rows["price"].convert<std::int64_t>(),
                          rows["organizations"].convert<std::int64_t>()});
    return groups;
}

std::int64_t AnalyticsRepository::activeOrganizations(const std::string& at)
{
    std::string boundAt = at;
    Poco::Int64 count = 0;
    m_session << kStateAt + "SELECT COUNT(*) FROM state WHERE status = 'active'", use(boundAt),
        into(count), now;
    return count;
}

std::int64_t AnalyticsRepository::churned(const std::string& after, const std::string& until)
{
    std::string boundUntil = until, boundAfter = after;
    Poco::Int64 count = 0;
    m_session << "SELECT COUNT(DISTINCT organization_id) FROM (SELECT organization_id, status, "
                 "valid_from, LAG(status) OVER (PARTITION BY organization_id "
                 "ORDER BY valid_from, id) AS previous FROM organization_history "
                 "WHERE valid_from <= ?) "
                 "WHERE status IN ('cancelled', 'expired') AND previous IS NOT NULL "
                 "AND previous NOT IN ('cancelled', 'expired') AND valid_from > ?",
        use(boundUntil), use(boundAfter), into(count), now;
    return count;
}

OrderCounts AnalyticsRepository::orders(const std::string& after, const std::string& until)
{
    std::string provisionedBy = until, boundAfter = after, boundUntil = until;
    Poco::Int64 created = 0, completed = 0;
    m_session << "SELECT COUNT(*), COALESCE(SUM(provisioned_at IS NOT NULL AND provisioned_at <= "
                 "?), 0) FROM orders WHERE created_at > ? AND created_at <= ?",
        use(provisionedBy), use(boundAfter), use(boundUntil), into(created), into(completed), now;
    return {created, completed};
}

std::vector<PendingTransfers> AnalyticsRepository::pendingBankTransfers()
{
    Poco::Data::Statement select(m_session);
    select << "SELECT p.currency, COUNT(*) AS payments, "
              "SUM(MAX(p.amount_minor - COALESCE(p.received_minor, 0), 0)) AS outstanding "
              "FROM payments p JOIN payment_methods m ON m.id = p.payment_method_id "
              "WHERE m.code = 'bank_transfer' AND p.status IN ('pending', 'processing') "
              "GROUP BY p.currency ORDER BY p.currency";
    select.execute();
    Poco::Data::RecordSet rows(select);
    std::vector<PendingTransfers> transfers;
    for (bool more = rows.moveFirst(); more; more = rows.moveNext())
        transfers.push_back({text(rows, "currency"), rows["payments"].convert<std::int64_t>(),
                             rows["outstanding"].convert<std::int64_t>()});
    return transfers;
}

std::vector<RevenueTotals> AnalyticsRepository::revenue(const std::string& currency,
                                                        const std::string& spansJson)
{
    std::string spans = spansJson, receivedIn = currency, refundedIn = currency;
    Poco::Data::Statement select(m_session);
    select << kSpans + ", received AS (SELECT s.position, COALESCE(SUM(" + kReceived +
                  "), 0) AS revenue, COUNT(p.id) AS payments FROM spans s LEFT JOIN payments p "
                  "ON p.currency = ? AND p.status IN ('completed', 'refunded') "
                  "AND p.completed_at >= s.start AND p.completed_at < s.finish "
                  "GROUP BY s.position), "
                  "refunded AS (SELECT s.position, COALESCE(SUM(" +
                  kReceived +
                  "), 0) AS refunds FROM spans s LEFT JOIN payments p "
                  "ON p.currency = ? AND p.status = 'refunded' "
                  "AND p.refunded_at >= s.start AND p.refunded_at < s.finish "
                  "GROUP BY s.position) "
                  "SELECT r.revenue, f.refunds, r.payments FROM received r "
                  "JOIN refunded f ON f.position = r.position ORDER BY r.position",
        use(spans), use(receivedIn), use(refundedIn);
    select.execute();
    Poco::Data::RecordSet rows(select);
    std::vector<RevenueTotals> points;
    for (bool more = rows.moveFirst(); more; more = rows.moveNext())
        points.push_back({rows["revenue"].convert<std::int64_t>(),
                          rows["refunds"].convert<std::int64_t>(),
                          rows["payments"].convert<std::int64_t>()});
    return points;
}

} // namespace ebm::store
