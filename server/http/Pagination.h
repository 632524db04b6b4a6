#pragma once

#include "http/ApiRequest.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <cstdint>
#include <string>

namespace ebm::http
{

// DRF page-number pagination: `?page=` and `?page_size=` in, `{"count","next","previous",
// "results"}` out, with absolute next/previous links under the public base URL.
class Pagination final
{
public:
    static constexpr std::int64_t kDefaultPageSize = 20;
    static constexpr std::int64_t kMaxPageSize = 100;

    // 404 for a page that is not a positive integer, 400 naming page_size when it is invalid.
    static Pagination fromRequest(const ApiRequest& request);
    // The same with a larger page_size allowed (staff lists a client syncs in bulk).
    static Pagination fromRequest(const ApiRequest& request, std::int64_t maxPageSize);

    std::int64_t page() const
    {
        return m_page;
    }
    std::int64_t pageSize() const
    {
        return m_pageSize;
    }
    std::int64_t offset() const
    {
        return (m_page - 1) * m_pageSize;
    }

    // 404 when the page lies past the last one (page 1 of an empty list is valid).
    Poco::JSON::Object::Ptr envelope(std::int64_t count, const Poco::JSON::Array::Ptr& results,
                                     const std::string& baseUrl, const ApiRequest& request) const;

private:
    Pagination(std::int64_t page, std::int64_t pageSize);
    std::string pageLink(std::int64_t page, const std::string& baseUrl,
                         const ApiRequest& request) const;

    std::int64_t m_page;
    std::int64_t m_pageSize;
};

} // namespace ebm::http
