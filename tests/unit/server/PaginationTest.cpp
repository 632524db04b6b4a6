#include "http/ApiError.h"
#include "http/Pagination.h"

#include <Poco/JSON/Array.h>
#include <gtest/gtest.h>

namespace ebm::http
{
namespace
{

ApiRequest requestWith(std::map<std::string, std::string> query)
{
    ApiRequest::Parts parts;
    parts.method = "GET";
    parts.path = "/api/tenants/plans/";
    parts.query = std::move(query);
    return ApiRequest(std::move(parts));
}

int statusOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const ApiError& error) {
        return error.status();
    }
    return 0;
}

TEST(PaginationTest, DefaultsToFirstPageOfTwenty)
{
    const auto pagination = Pagination::fromRequest(requestWith({}));
    EXPECT_EQ(pagination.page(), 1);
    EXPECT_EQ(pagination.pageSize(), 20);
    EXPECT_EQ(pagination.offset(), 0);
}

TEST(PaginationTest, OffsetFollowsPageAndSize)
{
    const auto pagination =
        Pagination::fromRequest(requestWith({{"page", "3"}, {"page_size", "7"}}));
    EXPECT_EQ(pagination.offset(), 14);
}

TEST(PaginationTest, InvalidPageIs404AndInvalidSizeIs400)
{
    EXPECT_EQ(statusOf([] { Pagination::fromRequest(requestWith({{"page", "0"}})); }), 404);
    EXPECT_EQ(statusOf([] { Pagination::fromRequest(requestWith({{"page", "2x"}})); }), 404);
    EXPECT_EQ(statusOf([] { Pagination::fromRequest(requestWith({{"page_size", "101"}})); }), 400);
    EXPECT_EQ(statusOf([] { Pagination::fromRequest(requestWith({{"page_size", "-1"}})); }), 400);
}

TEST(PaginationTest, EnvelopeLinksAndBounds)
{
    const auto request = requestWith({{"page", "2"}, {"page_size", "2"}});
    const auto pagination = Pagination::fromRequest(request);
    const auto body =
        pagination.envelope(5, new Poco::JSON::Array, "https://cloud.example.com", request);
    EXPECT_EQ(body->getValue<int>("count"), 5);
    EXPECT_EQ(body->getValue<std::string>("next"),
              "https://cloud.example.com/api/tenants/plans/?page=3&page_size=2");
    EXPECT_EQ(body->getValue<std::string>("previous"),
              "https://cloud.example.com/api/tenants/plans/?page=1&page_size=2");
    EXPECT_EQ(statusOf([&] { pagination.envelope(2, new Poco::JSON::Array, "http://x", request); }),
              404);
}

TEST(PaginationTest, FirstPageOfAnEmptyListIsValid)
{
    const auto request = requestWith({});
    const auto body =
        Pagination::fromRequest(request).envelope(0, new Poco::JSON::Array, "http://x", request);
    EXPECT_EQ(body->getValue<int>("count"), 0);
    EXPECT_TRUE(body->isNull("next"));
    EXPECT_TRUE(body->isNull("previous"));
}

} // namespace
} // namespace ebm::http
