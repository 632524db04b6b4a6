#pragma once

#include <cstdint>
#include <vector>

namespace ebm::services
{

// One page of a tenant list: the total count and the items of the requested page.
template<typename Item>
struct Page
{
    std::int64_t count = 0;
    std::vector<Item> items;
};

} // namespace ebm::services
