#pragma once

#include "store/OrderRepository.h"

#include <chrono>

namespace ebm::services
{

// Inserts a new order under a fresh random order number of the day (ORD-YYYYMMDD-…), drawing
// again on the rare collision; throws when several draws in a row are taken.
void insertWithOrderNumber(store::OrderRepository& orders, store::OrderRecord& order,
                           std::chrono::sys_seconds at);

} // namespace ebm::services
