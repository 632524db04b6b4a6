#pragma once

#include "auth/Principal.h"
#include "domain/Clock.h"
#include "domain/Plan.h"
#include "mail/EmailComposer.h"
#include "services/CouponService.h"
#include "store/Database.h"
#include "store/OrderRepository.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::services
{

// What a customer asks to buy; every amount is computed by the server.
struct NewOrder
{
    std::int64_t planId = 0;
    BillingCycle billingCycle = BillingCycle::Monthly;
    std::string customerName;
    std::string customerCompany;
    std::string customerEmail;
    std::string customerPhone;
    std::string couponCode;
    std::string locale = "fr";
};

// An order with the plan it buys, and the order token handed out once for an anonymous order.
struct OrderView
{
    store::OrderRecord order;
    Plan plan;
    std::string orderToken;
};

// Orders: placed by new customers without an account (an order token then proves ownership)
// or by signed-in users; listed for their buyer; pending orders expire after a set time.
class OrderService final
{
public:
    struct OrderPage
    {
        std::int64_t count;
        std::vector<OrderView> orders;
    };

    OrderService(store::Database& database, const Clock& clock, const CouponService& coupons,
                 const mail::EmailComposer& composer, std::chrono::hours pendingLifetime);

    // Also queues the order confirmation to the buyer, with the link that opens its payment.
    OrderView place(const NewOrder& request, const std::optional<auth::Principal>& buyer);
    OrderPage listForBuyer(const auth::Principal& buyer, std::int64_t offset, std::int64_t limit);
    // The order when the caller is its buyer or holds its token; 404 otherwise.
    OrderView get(std::int64_t id, const std::optional<auth::Principal>& caller,
                  const std::optional<std::string>& orderToken);

private:
    OrderView viewOf(Poco::Data::Session& session, store::OrderRecord order) const;
    void queueConfirmation(Poco::Data::Session& session, const OrderView& placed) const;

    store::Database& m_database;
    const Clock& m_clock;
    const CouponService& m_coupons;
    const mail::EmailComposer& m_composer;
    std::chrono::hours m_pendingLifetime;
};

} // namespace ebm::services
