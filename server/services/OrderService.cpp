#include "services/OrderService.h"

#include "domain/Timestamp.h"
#include "http/ApiError.h"
#include "security/TokenGenerator.h"
#include "services/OrderNumbering.h"
#include "services/RequireFound.h"
#include "store/OutboxRepository.h"
#include "store/PlanRepository.h"
#include "store/UserRepository.h"
#include "store/WriteTransaction.h"

#include <openssl/crypto.h>

namespace ebm::services
{

using http::ApiError;
using security::TokenGenerator;

namespace
{

bool sameSecret(const std::string& a, const std::string& b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

bool isBuyer(const store::OrderRecord& order, const std::optional<auth::Principal>& caller)
{
    return caller && caller->kind == auth::Principal::Kind::User &&
           ((order.userId && *order.userId == caller->userId) ||
            order.customerEmail == caller->email);
}

} // namespace

OrderService::OrderService(store::Database& database, const Clock& clock,
                           const CouponService& coupons, const mail::EmailComposer& composer,
                           std::chrono::hours pendingLifetime)
    : m_database(database)
    , m_clock(clock)
    , m_coupons(coupons)
    , m_composer(composer)
    , m_pendingLifetime(pendingLifetime)
{
}

OrderView OrderService::viewOf(Poco::Data::Session& session, store::OrderRecord order) const
{
    const auto plan = store::PlanRepository(session).findById(order.planId);
    return {std::move(order), plan.value_or(Plan{}), {}};
}

OrderView OrderService::place(const NewOrder& request, const std::optional<auth::Principal>& buyer)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    const auto plan = store::PlanRepository(session).findActive(request.planId);
    if (!plan)
        throw ApiError::validation("plan", "Unknown or inactive plan.");

    store::OrderRecord order;
    order.planId = plan->id;
    order.billingCycle = request.billingCycle;
    order.customerName = request.customerName;
    order.customerCompany = request.customerCompany;
    order.customerEmail = store::UserRepository::normalizeEmail(request.customerEmail);
    order.customerPhone = request.customerPhone;
    order.locale = request.locale;
    order.quote = m_coupons.priceWithout(*plan, request.billingCycle);
    if (!request.couponCode.empty()) {
        const CouponCheck coupon = m_coupons.check(session, request.couponCode, *plan,
                                                   request.billingCycle, order.customerEmail);
        if (coupon.rejection)
            throw ApiError::validation("coupon_code", CouponService::explain(*coupon.rejection));
        order.couponId = coupon.coupon->id;
        order.couponCode = coupon.coupon->code;
        order.quote = coupon.quote;
    }
    if (buyer && buyer->kind == auth::Principal::Kind::User)
        order.userId = buyer->userId;
    std::string token;
    if (!order.userId) {
        token = TokenGenerator::newToken();
        order.orderTokenHash = TokenGenerator::hash(token);
    }
    order.expiresAt = formatIso8601(at + m_pendingLifetime);
    store::OrderRepository orders(session);
    insertWithOrderNumber(orders, order, at);
    OrderView view = viewOf(session, order);
    view.orderToken = token;
    queueConfirmation(session, view);
    transaction.commit();
    return view;
}

void OrderService::queueConfirmation(Poco::Data::Session& session, const OrderView& placed) const
{
    const store::OrderRecord& order = placed.order;
    auto email = m_composer.orderConfirmation(
        order.locale, order.customerEmail,
        {order.id, order.orderNumber, placed.plan.name, order.billingCycle == BillingCycle::Monthly,
         order.quote.total, order.expiresAt, placed.orderToken});
    email.dedupeKey = "order:" + order.orderNumber;
    store::OutboxRepository(session).enqueue(email, m_clock.now());
}

OrderService::OrderPage OrderService::listForBuyer(const auth::Principal& buyer,
                                                   std::int64_t offset, std::int64_t limit)
{
    Poco::Data::Session session = m_database.session();
    store::OrderRepository orders(session);
    orders.expireStale(m_clock.now());
    OrderPage page{orders.countForBuyer(buyer.userId, buyer.email), {}};
    for (auto& order : orders.listForBuyer(buyer.userId, buyer.email, offset, limit))
        page.orders.push_back(viewOf(session, std::move(order)));
    return page;
}

OrderView OrderService::get(std::int64_t id, const std::optional<auth::Principal>& caller,
                            const std::optional<std::string>& orderToken)
{
    Poco::Data::Session session = m_database.session();
    store::OrderRepository orders(session);
    orders.expireStale(m_clock.now());
    auto order = requireFound(orders.findById(id));
    const bool holdsToken = orderToken && !order.orderTokenHash.empty() &&
                            sameSecret(TokenGenerator::hash(*orderToken), order.orderTokenHash);
    if (!holdsToken && !isBuyer(order, caller))
        throw ApiError::notFound();
    return viewOf(session, std::move(order));
}

} // namespace ebm::services
