#include "store/CouponRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"
#include "store/StoreError.h"

#include <Poco/Data/RecordSet.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

const std::string kSelect = "SELECT id, code, discount_type, percent_bp, amount_minor, currency, "
                            "minimum_amount_minor, valid_from, valid_until, max_uses, "
                            "max_uses_per_customer, times_used, is_active FROM coupons "
                            "WHERE (? IS NULL OR code = ?) AND (? IS NULL OR id = ?) "
                            "ORDER BY id LIMIT ? OFFSET ?";

std::optional<std::chrono::sys_seconds> instant(Poco::Data::RecordSet& rows,
                                                const std::string& column)
{
    const std::string value = text(rows, column);
    if (value.empty())
        return std::nullopt;
    return parseIso8601(value);
}

Coupon couponFromRow(Poco::Data::RecordSet& rows)
{
    Coupon coupon;
    coupon.id = rows["id"].convert<std::int64_t>();
    coupon.code = text(rows, "code");
    const std::string currency = text(rows, "currency");
    if (text(rows, "discount_type") == "fixed") {
        coupon.discount.kind = Discount::Kind::Fixed;
        coupon.discount.fixedAmount =
            Money(*optionalInteger(rows, "amount_minor"), Currency::fromCode(currency));
    } else {
        coupon.discount.kind = Discount::Kind::Percent;
        coupon.discount.percent = BasisPoints{*optionalInteger(rows, "percent_bp")};
    }
    if (const auto minimum = optionalInteger(rows, "minimum_amount_minor"))
        coupon.discount.minimumAmount = Money(*minimum, Currency::fromCode(currency));
    coupon.validFrom = instant(rows, "valid_from");
    coupon.validUntil = instant(rows, "valid_until");
    coupon.maxUses = optionalInteger(rows, "max_uses");
    coupon.maxUsesPerCustomer = optionalInteger(rows, "max_uses_per_customer");
    coupon.timesUsed = rows["times_used"].convert<std::int64_t>();
    coupon.isActive = flag(rows, "is_active");
    return coupon;
}

std::optional<std::string> optionalInstant(const std::optional<std::chrono::sys_seconds>& value)
{
    if (!value)
        return std::nullopt;
    return formatIso8601(*value);
}

// A coupon's columns other than its code and timestamps, as bound parameters (NULL where the
// coupon has no value).
struct CouponColumns
{
    std::string type;
    Poco::Nullable<Poco::Int64> percent;
    Poco::Nullable<Poco::Int64> amount;
    Poco::Nullable<std::string> currency;
    Poco::Nullable<Poco::Int64> minimum;
    Poco::Nullable<std::string> from;
    Poco::Nullable<std::string> until;
    Poco::Nullable<Poco::Int64> maxUses;
    Poco::Nullable<Poco::Int64> perCustomer;
    int active = 0;
};

CouponColumns columnsOf(const Coupon& coupon)
{
    const Discount& discount = coupon.discount;
    const bool fixed = discount.kind == Discount::Kind::Fixed;
    const std::optional<Money>& priced = fixed ? discount.fixedAmount : discount.minimumAmount;
    return {fixed ? "fixed" : "percent",
            nullable(fixed ? std::nullopt : std::optional<std::int64_t>(discount.percent.value)),
            nullable(fixed ? std::optional<std::int64_t>(discount.fixedAmount->minorUnits())
                           : std::nullopt),
            nullable(priced ? std::optional<std::string>(priced->currency().code()) : std::nullopt),
            nullable(discount.minimumAmount
                         ? std::optional<std::int64_t>(discount.minimumAmount->minorUnits())
                         : std::nullopt),
            nullable(optionalInstant(coupon.validFrom)),
            nullable(optionalInstant(coupon.validUntil)),
            nullable(coupon.maxUses),
            nullable(coupon.maxUsesPerCustomer),
            coupon.isActive ? 1 : 0};
}

} // namespace

CouponRepository::CouponRepository(Poco::Data::Session& session)
    : m_session(session)
{
}

std::vector<Coupon> CouponRepository::select(const std::optional<std::string>& code,
                                             std::optional<std::int64_t> id, std::int64_t offset,
                                             std::int64_t limit)
{
    auto boundCode = nullable(code);
    auto boundId = nullable(id);
    Poco::Int64 boundLimit = limit, boundOffset = offset;
    Poco::Data::Statement statement(m_session);
    statement << kSelect, use(boundCode), use(boundCode), use(boundId), use(boundId),
        use(boundLimit), use(boundOffset);
    auto coupons = rowsOf(statement, couponFromRow);
    for (Coupon& coupon : coupons)
        coupon.planIds = planIdsOf(coupon.id);
    return coupons;
}

std::vector<std::int64_t> CouponRepository::planIdsOf(std::int64_t couponId)
{
    Poco::Int64 id = couponId;
    std::vector<Poco::Int64> plans;
    m_session << "SELECT plan_id FROM coupon_plans WHERE coupon_id = ? ORDER BY plan_id", use(id),
        into(plans), now;
    return {plans.begin(), plans.end()};
}

std::optional<Coupon> CouponRepository::findByCode(const std::string& code)
{
    auto found = select(normalizeCouponCode(code), std::nullopt, 0, 1);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::optional<Coupon> CouponRepository::findById(std::int64_t id)
{
    auto found = select(std::nullopt, id, 0, 1);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::int64_t CouponRepository::count()
{
    Poco::Int64 total = 0;
    m_session << "SELECT COUNT(*) FROM coupons", into(total), now;
    return total;
}

std::vector<Coupon> CouponRepository::list(std::int64_t offset, std::int64_t limit)
{
    return select(std::nullopt, std::nullopt, offset, limit);
}

std::int64_t CouponRepository::usesBy(std::int64_t couponId, const std::string& customerEmail)
{
    Poco::Int64 id = couponId, uses = 0;
    std::string email = customerEmail;
    m_session << "SELECT COUNT(*) FROM coupon_uses WHERE coupon_id = ? AND customer_email = ?",
        use(id), use(email), into(uses), now;
    return uses;
}

bool CouponRepository::countUse(std::int64_t couponId, std::int64_t orderId,
                                const std::string& customerEmail, const std::string& organizationId,
                                std::chrono::sys_seconds at)
{
    Poco::Int64 coupon = couponId, order = orderId;
    std::string email = customerEmail, organization = organizationId, timestamp = formatIso8601(at);
    Poco::Data::Statement take(m_session);
    take << "UPDATE coupons SET times_used = times_used + 1, updated_at = ? "
            "WHERE id = ? AND (max_uses IS NULL OR times_used < max_uses)",
        use(timestamp), use(coupon);
    if (take.execute() == 0)
        return false;
    m_session << "INSERT INTO coupon_uses (coupon_id, order_id, customer_email, organization_id, "
                 "used_at) "
                 "VALUES (?, ?, ?, ?, ?)",
        use(coupon), use(order), use(email), use(organization), use(timestamp), now;
    return true;
}

std::int64_t CouponRepository::create(const Coupon& coupon, std::chrono::sys_seconds at)
{
    std::string code = normalizeCouponCode(coupon.code), timestamp = formatIso8601(at);
    if (findByCode(code))
        throw StoreError(StoreError::Kind::Conflict,
                         "A coupon with the code " + code + " already exists.");
    CouponColumns c = columnsOf(coupon);
    m_session << "INSERT INTO coupons (code, discount_type, percent_bp, amount_minor, currency, "
                 "minimum_amount_minor, "
                 "valid_from, valid_until, max_uses, max_uses_per_customer, is_active, created_at, "
                 "updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        use(code), use(c.type), use(c.percent), use(c.amount), use(c.currency), use(c.minimum),
        use(c.from), use(c.until), use(c.maxUses), use(c.perCustomer), use(c.active),
        use(timestamp), use(timestamp), now;
    Poco::Int64 id = 0;
    m_session << "SELECT last_insert_rowid()", into(id), now;
    replacePlans(id, coupon.planIds);
    return id;
}

void CouponRepository::replacePlans(std::int64_t couponId, const std::vector<std::int64_t>& planIds)
{
    Poco::Int64 id = couponId;
    m_session << "DELETE FROM coupon_plans WHERE coupon_id = ?", use(id), now;
    for (std::int64_t planId : planIds) {
        Poco::Int64 plan = planId;
        m_session << "INSERT INTO coupon_plans (coupon_id, plan_id) VALUES (?, ?)", use(id),
            use(plan), now;
    }
}

void CouponRepository::update(const Coupon& coupon, std::chrono::sys_seconds at)
{
    std::string code = normalizeCouponCode(coupon.code), timestamp = formatIso8601(at);
    const auto holder = findByCode(code);
    if (holder && holder->id != coupon.id)
        throw StoreError(StoreError::Kind::Conflict,
                         "A coupon with the code " + code + " already exists.");
    CouponColumns c = columnsOf(coupon);
    Poco::Int64 id = coupon.id;
    m_session
        << "UPDATE coupons SET code = ?, discount_type = ?, percent_bp = ?, amount_minor = ?, "
           "currency = ?, minimum_amount_minor = ?, valid_from = ?, valid_until = ?, "
           "max_uses = ?, max_uses_per_customer = ?, is_active = ?, updated_at = ? "
           "WHERE id = ?",
        use(code), use(c.type), use(c.percent), use(c.amount), use(c.currency), use(c.minimum),
        use(c.from), use(c.until), use(c.maxUses), use(c.perCustomer), use(c.active),
        use(timestamp), use(id), now;
    replacePlans(coupon.id, coupon.planIds);
}

bool CouponRepository::isInUse(std::int64_t couponId)
{
    Poco::Int64 id = couponId, used = 0;
    m_session << "SELECT (SELECT times_used FROM coupons WHERE id = ?) > 0 "
                 "OR EXISTS (SELECT 1 FROM orders WHERE coupon_id = ?) "
                 "OR EXISTS (SELECT 1 FROM coupon_uses WHERE coupon_id = ?)",
        use(id), use(id), use(id), into(used), now;
    return used != 0;
}

void CouponRepository::remove(std::int64_t couponId)
{
    Poco::Int64 id = couponId;
    m_session << "DELETE FROM coupon_plans WHERE coupon_id = ?", use(id), now;
    m_session << "DELETE FROM coupons WHERE id = ?", use(id), now;
}

} // namespace ebm::store
