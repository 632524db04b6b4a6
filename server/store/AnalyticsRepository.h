#pragma once

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ebm::store
{

// Active subscriptions sharing a currency, billing cycle and price for that cycle.
struct SubscriptionPriceGroup
{
    std::string currency;
    bool yearly = false;
    std::int64_t priceMinor = 0;
    std::int64_t organizations = 0;
};

// Orders created in a window, and how many of them were completed by its end.
struct OrderCounts
{
    std::int64_t created = 0;
    std::int64_t completed = 0;
};

// Open bank-transfer payments of one currency and what is still due on them.
struct PendingTransfers
{
    std::string currency;
    std::int64_t payments = 0;
    std::int64_t outstandingMinor = 0;
};

// One point of a revenue series, in minor units of the series' currency.
struct RevenueTotals
{
    std::int64_t revenueMinor = 0;
    std::int64_t refundsMinor = 0;
    std::int64_t payments = 0;
};

// Business-wide aggregates for staff analytics, computed in SQL over every organization. It
// returns counts and sums only, never a tenant's rows. The state of organizations at a past
// instant comes from organization_history (migration 0005). Instants are ISO 8601 UTC text.
class AnalyticsRepository final
{
public:
    explicit AnalyticsRepository(Poco::Data::Session& session);

    // Organizations per status at `at` (those created later are not counted).
    std::map<std::string, std::int64_t> statusCounts(const std::string& at);
    // Organizations active at `at` whose paid span covers it, grouped by the current catalog
    // price of their plan for their cycle.
    std::vector<SubscriptionPriceGroup> activeSubscriptions(const std::string& at);
    // Organizations whose status is active at `at`.
    std::int64_t activeOrganizations(const std::string& at);
    // Organizations that moved from another status into cancelled or expired in (after, until].
    std::int64_t churned(const std::string& after, const std::string& until);
    // Orders created in (after, until] and those of them provisioned by `until`.
    OrderCounts orders(const std::string& after, const std::string& until);
    // Bank transfers pending or processing now, per currency.
    std::vector<PendingTransfers> pendingBankTransfers();
    // Per span [start, end): payments in `currency` completed in it (amount received) and
    // refunded in it. `spansJson` is [["start","end"], …].
    std::vector<RevenueTotals> revenue(const std::string& currency, const std::string& spansJson);

private:
    Poco::Data::Session& m_session;
};

} // namespace ebm::store
