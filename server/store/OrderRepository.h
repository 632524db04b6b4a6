#pragma once

#include "domain/Money.h"
#include "domain/Plan.h"
#include "domain/Pricing.h"
#include "domain/Statuses.h"

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::store
{

// One order row: who buys which plan for which cycle, and the amounts the server computed.
struct OrderRecord
{
    std::int64_t id = 0;
    std::string orderNumber;
    std::string organizationId;
    std::optional<std::int64_t> userId;
    std::int64_t planId = 0;
    std::string kind = "new";
    BillingCycle billingCycle = BillingCycle::Monthly;
    OrderStatus status = OrderStatus::Pending;
    std::string customerName;
    std::string customerCompany;
    std::string customerEmail;
    std::string customerPhone;
    std::string locale = "fr";
    PriceQuote quote{Money::zero(Currency::fromCode("EUR")), Money::zero(Currency::fromCode("EUR")),
                     Money::zero(Currency::fromCode("EUR")), Money::zero(Currency::fromCode("EUR")),
                     Money::zero(Currency::fromCode("EUR")), BasisPoints{0}};
    std::optional<std::int64_t> couponId;
    std::string couponCode;
    std::string orderTokenHash;
    std::string expiresAt;
    std::string createdAt;
    std::string updatedAt;
};

// What a staff list of orders is narrowed to; an absent criterion matches every order.
struct OrderFilter
{
    std::optional<std::string> status;
    std::optional<std::string> kind;
    std::optional<std::string> organizationId;
    // Part of the order number, the customer's email or name (case-insensitive).
    std::optional<std::string> search;
    // Orders changed at or after this instant.
    std::optional<std::string> updatedSince;
};

// Orders. Reads are by id (the service checks who may see it: the buyer's account or the
// anonymous order's token) or by buyer; pending orders past their expiry are cancelled.
class OrderRepository final
{
public:
    explicit OrderRepository(Poco::Data::Session& session);

    // Inserts with the given order number; false when that number is already taken.
    bool insert(OrderRecord& order, std::chrono::sys_seconds at);
    std::optional<OrderRecord> findById(std::int64_t id);
    std::int64_t countForBuyer(std::int64_t userId, const std::string& email);
    std::vector<OrderRecord> listForBuyer(std::int64_t userId, const std::string& email,
                                          std::int64_t offset, std::int64_t limit);
    // Every organization's orders matching the filter, newest first: the staff queues.
    std::int64_t countMatching(const OrderFilter& filter);
    std::vector<OrderRecord> listMatching(const OrderFilter& filter, std::int64_t offset,
                                          std::int64_t limit);
    // pending → completed with its organization; false when the order was no longer pending.
    bool markCompleted(std::int64_t orderId, const std::string& organizationId,
                       std::chrono::sys_seconds at);
    // The organization's pending renewal or upgrade order, if any (there is at most one of each).
    std::optional<OrderRecord> findPendingChange(const std::string& organizationId,
                                                 const std::string& kind);
    // Cancels the organization's pending orders of `kind`; returns how many. The issued (unpaid)
    // invoices of cancelled orders become void, here and in expireStale.
    int cancelPendingChanges(const std::string& organizationId, const std::string& kind,
                             std::chrono::sys_seconds at);
    // Cancels the pending orders whose expiry has passed, except those with a payment still open
    // at a provider (money may yet arrive); returns how many.
    int expireStale(std::chrono::sys_seconds at);
    // Moves a pending order's expiry later (never earlier); false when nothing changed.
    bool extendExpiry(std::int64_t orderId, const std::string& expiresAt,
                      std::chrono::sys_seconds at);

private:
    void voidInvoicesOfCancelledOrders(std::chrono::sys_seconds at);

    Poco::Data::Session& m_session;
};

} // namespace ebm::store
