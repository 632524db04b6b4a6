#include "http/Pagination.h"

#include "http/ApiError.h"
#include "http/ApiResponse.h"

#include <Poco/URI.h>
#include <charconv>
#include <optional>

namespace ebm::http
{

namespace
{

std::optional<std::int64_t> parsePositive(const std::string& text)
{
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || value < 1)
        return std::nullopt;
    return value;
}

} // namespace

Pagination::Pagination(std::int64_t page, std::int64_t pageSize)
    : m_page(page)
    , m_pageSize(pageSize)
{
}

Pagination Pagination::fromRequest(const ApiRequest& request)
{
    return fromRequest(request, kMaxPageSize);
}

Pagination Pagination::fromRequest(const ApiRequest& request, std::int64_t maxPageSize)
{
    std::int64_t page = 1;
    if (const auto text = request.query("page")) {
        const auto parsed = parsePositive(*text);
        if (!parsed)
            throw ApiError::notFound("Invalid page.");
        page = *parsed;
    }
    std::int64_t pageSize = kDefaultPageSize;
    if (const auto text = request.query("page_size")) {
        const auto parsed = parsePositive(*text);
        if (!parsed || *parsed > maxPageSize)
            throw ApiError::validation("page_size", "Must be an integer between 1 and " +
                                                        std::to_string(maxPageSize) + ".");
        pageSize = *parsed;
    }
    return {page, pageSize};
}

Poco::JSON::Object::Ptr Pagination::envelope(std::int64_t count,
                                             const Poco::JSON::Array::Ptr& results,
                                             const std::string& baseUrl,
                                             const ApiRequest& request) const
{
    const std::int64_t lastPage = count == 0 ? 1 : (count + m_pageSize - 1) / m_pageSize;
    if (m_page > lastPage)
        throw ApiError::notFound("Invalid page.");
    Poco::JSON::Object::Ptr body = makeObject();
    body->set("count", count);
    body->set("next", m_page < lastPage ? Poco::Dynamic::Var(pageLink(m_page + 1, baseUrl, request))
                                        : Poco::Dynamic::Var());
    body->set("previous", m_page > 1 ? Poco::Dynamic::Var(pageLink(m_page - 1, baseUrl, request))
                                     : Poco::Dynamic::Var());
    body->set("results", results);
    return body;
}

std::string Pagination::pageLink(std::int64_t page, const std::string& baseUrl,
                                 const ApiRequest& request) const
{
    Poco::URI uri(baseUrl);
    uri.setPath(request.path());
    for (const auto& [name, value] : request.queryList()) {
        if (name != "page" && name != "page_size")
            uri.addQueryParameter(name, value); // the filters and ordering of the list
    }
    uri.addQueryParameter("page", std::to_string(page));
    uri.addQueryParameter("page_size", std::to_string(m_pageSize));
    return uri.toString();
}

} // namespace ebm::http
