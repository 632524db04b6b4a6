#pragma once

#include "domain/Coupon.h"

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::store
{

// The coupon catalog (global, managed by staff) and the per-customer use count the rules need.
class CouponRepository final
{
public:
    explicit CouponRepository(Poco::Data::Session& session);

    std::optional<Coupon> findByCode(const std::string& code);
    std::optional<Coupon> findById(std::int64_t id);
    std::int64_t count();
    std::vector<Coupon> list(std::int64_t offset, std::int64_t limit);
    // Uses already counted for this customer (by email, case-insensitively).
    std::int64_t usesBy(std::int64_t couponId, const std::string& customerEmail);
    // Counts one use for an order, atomically: false (nothing written) when the last use is gone.
    bool countUse(std::int64_t couponId, std::int64_t orderId, const std::string& customerEmail,
                  const std::string& organizationId, std::chrono::sys_seconds at);
    // Inserts the coupon and its plan restrictions; 409 conflict when the code exists.
    std::int64_t create(const Coupon& coupon, std::chrono::sys_seconds at);
    // Writes every field and the plan restrictions of coupon.id (times_used stays); 409
    // conflict when the code belongs to another coupon.
    void update(const Coupon& coupon, std::chrono::sys_seconds at);
    // Whether an order was placed with the coupon (pending, paid or not), or a use counted.
    bool isInUse(std::int64_t couponId);
    // Deletes the coupon and its plan restrictions; call only for one not in use.
    void remove(std::int64_t couponId);

private:
    // Coupons by id order, narrowed to one code or one id when given.
    std::vector<Coupon> select(const std::optional<std::string>& code,
                               std::optional<std::int64_t> id, std::int64_t offset,
                               std::int64_t limit);
    std::vector<std::int64_t> planIdsOf(std::int64_t couponId);
    void replacePlans(std::int64_t couponId, const std::vector<std::int64_t>& planIds);

    Poco::Data::Session& m_session;
};

} // namespace ebm::store
