#include "store/OrderRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"

#include <Poco/Data/DataException.h>
#include <Poco/Data/RecordSet.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

const std::string kSelect =
    "SELECT o.id, o.order_number, o.organization_id, o.user_id, o.plan_id, o.kind, "
    "o.billing_cycle, o.status, "
    "o.customer_name, o.customer_company, o.customer_email, o.customer_phone, o.locale, "
    "o.currency, "
    "o.subtotal_minor, o.discount_minor, o.tax_rate_bp, o.tax_minor, o.total_minor, o.coupon_id, "
    "COALESCE(c.code, '') AS coupon_code, o.order_token_hash, o.expires_at, o.created_at, "
    "o.updated_at "
    "FROM orders o LEFT JOIN coupons c ON c.id = o.coupon_id ";

const std::string kBuyer = "WHERE (o.user_id = ? OR o.customer_email = ?) ";

const std::string kMatching =
    "WHERE (? IS NULL OR o.status = ?) AND (? IS NULL OR o.kind = ?) "
    "AND (? IS NULL OR o.organization_id = ?) "
    "AND (? IS NULL OR o.order_number LIKE ? ESCAPE '\\' OR o.customer_email LIKE ? ESCAPE '\\' "
    "OR o.customer_name LIKE ? ESCAPE '\\') "
    "AND (? IS NULL OR o.updated_at >= ?) ";

// The bound values of the staff filter, in the order kMatching names them.
struct FilterValues
{
    explicit FilterValues(const OrderFilter& filter)
        : status(nullable(filter.status))
        , kind(nullable(filter.kind))
        , organization(nullable(filter.organizationId))
        , search(nullable(filter.search))
        , pattern(nullable(filter.search ? std::optional<std::string>(likePattern(*filter.search))
                                         : std::nullopt))
        , updatedSince(nullable(filter.updatedSince))
    {
    }

    // "%text%" with LIKE's wildcards (and the escape character) taken literally.
    static std::string likePattern(const std::string& text)
    {
        std::string pattern = "%";
        for (const char c : text) {
            if (c == '%' || c == '_' || c == '\\')
                pattern += '\\';
            pattern += c;
        }
        return pattern + "%";
    }

    void bind(Poco::Data::Statement& statement)
    {
        statement, use(status), use(status), use(kind), use(kind), use(organization),
            use(organization), use(search), use(pattern), use(pattern), use(pattern),
            use(updatedSince), use(updatedSince);
    }

    Poco::Nullable<std::string> status, kind, organization, search, pattern, updatedSince;
};

OrderRecord orderFromRow(Poco::Data::RecordSet& rows)
{
    OrderRecord order;
    order.id = rows["id"].convert<std::int64_t>();
    order.orderNumber = text(rows, "order_number");
    order.organizationId = text(rows, "organization_id");
    order.userId = optionalInteger(rows, "user_id");
    order.planId = rows["plan_id"].convert<std::int64_t>();
    order.kind = text(rows, "kind");
    order.billingCycle = parseBillingCycle(text(rows, "billing_cycle"));
    order.status = parseOrderStatus(text(rows, "status"));
    order.customerName = text(rows, "customer_name");
    order.customerCompany = text(rows, "customer_company");
    order.customerEmail = text(rows, "customer_email");
    order.customerPhone = text(rows, "customer_phone");
    order.locale = text(rows, "locale");
    const Currency currency = Currency::fromCode(text(rows, "currency"));
    const auto money = [&rows, &currency](const char* column) {
        return Money(rows[column].convert<std::int64_t>(), currency);
    };
    const Money subtotal = money("subtotal_minor"), discount = money("discount_minor");
    order.quote = {subtotal,
                   discount,
                   subtotal - discount,
                   money("tax_minor"),
                   money("total_minor"),
                   BasisPoints{rows["tax_rate_bp"].convert<std::int64_t>()}};
    order.couponId = optionalInteger(rows, "coupon_id");
    order.couponCode = text(rows, "coupon_code");
    order.orderTokenHash = text(rows, "order_token_hash");
    order.expiresAt = text(rows, "expires_at");
    order.createdAt = text(rows, "created_at");
    order.updatedAt = text(rows, "updated_at");
    return order;
}

} // namespace

OrderRepository::OrderRepository(Poco::Data::Session& session)
    : m_session(session)
{
}

bool OrderRepository::insert(OrderRecord& order, std::chrono::sys_seconds at)
{
    std::string timestamp = formatIso8601(at), cycle(toString(order.billingCycle)),
                status(toString(order.status));
    std::string currency = order.quote.total.currency().code();
    Poco::Int64 plan = order.planId, subtotal = order.quote.subtotal.minorUnits(),
                discount = order.quote.discount.minorUnits(), rate = order.quote.taxRate.value,
                tax = order.quote.tax.minorUnits(), total = order.quote.total.minorUnits();
    auto user = nullable(order.userId), coupon = nullable(order.couponId);
    auto organization = nullable(order.organizationId), phone = nullable(order.customerPhone),
         token = nullable(order.orderTokenHash);
    Poco::Data::Statement insert(m_session);
    insert << "INSERT INTO orders (order_number, organization_id, user_id, plan_id, kind, "
              "billing_cycle, status, "
              "customer_name, customer_company, customer_email, customer_phone, locale, currency, "
              "subtotal_minor, "
              "discount_minor, tax_rate_bp, tax_minor, total_minor, coupon_id, order_token_hash, "
              "expires_at, "
              "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
              "?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (order_number) DO NOTHING",
        use(order.orderNumber), use(organization), use(user), use(plan), use(order.kind),
        use(cycle), use(status), use(order.customerName), use(order.customerCompany),
        use(order.customerEmail), use(phone), use(order.locale), use(currency), use(subtotal),
        use(discount), use(rate), use(tax), use(total), use(coupon), use(token),
        use(order.expiresAt), use(timestamp), use(timestamp);
    if (insert.execute() == 0)
        return false;
    Poco::Int64 id = 0;
    m_session << "SELECT last_insert_rowid()", into(id), now;
    order.id = id;
    order.createdAt = order.updatedAt = timestamp;
    return true;
}

std::optional<OrderRecord> OrderRepository::findById(std::int64_t id)
{
    Poco::Int64 boundId = id;
    Poco::Data::Statement select(m_session);
    select << kSelect + "WHERE o.id = ?", use(boundId);
    auto found = rowsOf(select, orderFromRow);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::int64_t OrderRepository::countForBuyer(std::int64_t userId, const std::string& email)
{
    Poco::Int64 user = userId, total = 0;
    std::string boundEmail = email;
    m_session << "SELECT COUNT(*) FROM orders o " + kBuyer, use(user), use(boundEmail), into(total),
        now;
    return total;
}

std::vector<OrderRecord> OrderRepository::listForBuyer(std::int64_t userId,
                                                       const std::string& email,
                                                       std::int64_t offset, std::int64_t limit)
{
    Poco::Int64 user = userId, boundOffset = offset, boundLimit = limit;
    std::string boundEmail = email;
    Poco::Data::Statement select(m_session);
    select << kSelect + kBuyer + "ORDER BY o.id DESC LIMIT ? OFFSET ?", use(user), use(boundEmail),
        use(boundLimit), use(boundOffset);
    return rowsOf(select, orderFromRow);
}

std::int64_t OrderRepository::countMatching(const OrderFilter& filter)
{
    FilterValues values(filter);
    Poco::Int64 total = 0;
    Poco::Data::Statement select(m_session);
    select << "SELECT COUNT(*) FROM orders o " + kMatching;
    values.bind(select);
    select, into(total);
    select.execute();
    return total;
}

std::vector<OrderRecord> OrderRepository::listMatching(const OrderFilter& filter,
                                                       std::int64_t offset, std::int64_t limit)
{
    FilterValues values(filter);
    Poco::Int64 boundOffset = offset, boundLimit = limit;
    Poco::Data::Statement select(m_session);
    select << kSelect + kMatching + "ORDER BY o.id DESC LIMIT ? OFFSET ?";
    values.bind(select);
    select, use(boundLimit), use(boundOffset);
    return rowsOf(select, orderFromRow);
}

bool OrderRepository::markCompleted(std::int64_t orderId, const std::string& organizationId,
                                    std::chrono::sys_seconds at)
{
    Poco::Int64 id = orderId;
    std::string organization = organizationId, timestamp = formatIso8601(at);
    Poco::Data::Statement update(m_session);
    update << "UPDATE orders SET status = 'completed', organization_id = ?, provisioned_at = ?, "
              "updated_at = ? "
              "WHERE id = ? AND status = 'pending'",
        use(organization), use(timestamp), use(timestamp), use(id);
    return update.execute() > 0;
}

std::optional<OrderRecord> OrderRepository::findPendingChange(const std::string& organizationId,
                                                              const std::string& kind)
{
    std::string organization = organizationId, boundKind = kind;
    Poco::Data::Statement select(m_session);
    select << kSelect + "WHERE o.organization_id = ? AND o.kind = ? AND o.status = 'pending'",
        use(organization), use(boundKind);
    auto found = rowsOf(select, orderFromRow);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

int OrderRepository::cancelPendingChanges(const std::string& organizationId,
                                          const std::string& kind, std::chrono::sys_seconds at)
{
    std::string organization = organizationId, boundKind = kind, timestamp = formatIso8601(at);
    Poco::Data::Statement update(m_session);
    update << "UPDATE orders SET status = 'cancelled', updated_at = ? "
              "WHERE organization_id = ? AND kind = ? AND status = 'pending'",
        use(timestamp), use(organization), use(boundKind);
    const int cancelled = static_cast<int>(update.execute());
    if (cancelled > 0)
        voidInvoicesOfCancelledOrders(at);
    return cancelled;
}

int OrderRepository::expireStale(std::chrono::sys_seconds at)
{
    std::string timestamp = formatIso8601(at);
    Poco::Data::Statement update(m_session);
    update << "UPDATE orders SET status = 'cancelled', updated_at = ? "
              "WHERE status = 'pending' AND expires_at IS NOT NULL AND expires_at <= ? "
              "AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.order_id = orders.id "
              "AND p.status IN ('pending', 'processing'))",
        use(timestamp), use(timestamp);
    const int cancelled = static_cast<int>(update.execute());
    if (cancelled > 0)
        voidInvoicesOfCancelledOrders(at);
    return cancelled;
}

bool OrderRepository::extendExpiry(std::int64_t orderId, const std::string& expiresAt,
                                   std::chrono::sys_seconds at)
{
    Poco::Int64 id = orderId;
    std::string until = expiresAt, timestamp = formatIso8601(at);
    Poco::Data::Statement update(m_session);
    update << "UPDATE orders SET expires_at = ?, updated_at = ? WHERE id = ? AND "
              "status = 'pending' AND (expires_at IS NULL OR expires_at < ?)",
        use(until), use(timestamp), use(id), use(until);
    return update.execute() > 0;
}

void OrderRepository::voidInvoicesOfCancelledOrders(std::chrono::sys_seconds at)
{
    std::string timestamp = formatIso8601(at), reason = "order cancelled";
    m_session << "UPDATE invoices SET status = 'void', voided_at = ?, void_reason = ?, "
                 "updated_at = ? WHERE status = 'issued' AND order_id IN "
                 "(SELECT id FROM orders WHERE status = 'cancelled')",
        use(timestamp), use(reason), use(timestamp), now;
}

} // namespace ebm::store
