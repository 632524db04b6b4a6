#include "services/OrderNumbering.h"

#include "domain/DocumentNumbers.h"

#include <openssl/rand.h>
#include <stdexcept>

namespace ebm::services
{

namespace
{

constexpr int kOrderNumberAttempts = 8;

std::uint64_t randomNumber()
{
    std::uint64_t value = 0;
    if (RAND_bytes(reinterpret_cast<unsigned char*>(&value), sizeof value) != 1)
        throw std::runtime_error("no randomness available for an order number");
    return value;
}

} // namespace

void insertWithOrderNumber(store::OrderRepository& orders, store::OrderRecord& order,
                           std::chrono::sys_seconds at)
{
    const auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(at));
    for (int attempt = 0; attempt < kOrderNumberAttempts; ++attempt) {
        order.orderNumber = formatOrderNumber(today, randomNumber());
        if (orders.insert(order, at))
            return;
    }
    throw std::runtime_error("no free order number after several attempts");
}

} // namespace ebm::services
