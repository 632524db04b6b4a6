#include "http/Router.h"

#include <gtest/gtest.h>

namespace ebm::http
{
namespace
{

Router::Handler answer(int status)
{
    return [status](const ApiRequest&) { return ApiResponse::text("", "text/plain", status); };
}

class RouterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_router.add("GET", "/api/tenants/plans/", RoutePolicy::publicRoute(), answer(200));
        m_router.add("GET", "/api/tenants/plans/{id}/", RoutePolicy::publicRoute(), answer(201));
        m_router.add("POST", "/api/tenants/plans/{id}/quote/", RoutePolicy::publicRoute(),
                     answer(202));
        m_router.add("GET", "/api/tenants/plans/{id}/features/", RoutePolicy::publicRoute(),
                     answer(203));
    }

    Router m_router;
};

TEST_F(RouterTest, MatchesLiteralAndParameterSegments)
{
    const auto list = m_router.match("GET", "/api/tenants/plans/");
    ASSERT_NE(list.route, nullptr);
    EXPECT_EQ(list.route->pattern, "/api/tenants/plans/");

    const auto detail = m_router.match("GET", "/api/tenants/plans/42/");
    ASSERT_NE(detail.route, nullptr);
    EXPECT_EQ(detail.route->pattern, "/api/tenants/plans/{id}/");
    EXPECT_EQ(detail.params.at("id"), "42");
}

TEST_F(RouterTest, TrailingSlashIsPartOfThePath)
{
    const auto match = m_router.match("GET", "/api/tenants/plans");
    EXPECT_EQ(match.route, nullptr);
    EXPECT_TRUE(match.allowedMethods.empty());
}

TEST_F(RouterTest, EmptySegmentNeverMatchesAParameter)
{
    EXPECT_EQ(m_router.match("GET", "/api/tenants/plans//").route, nullptr);
}

TEST_F(RouterTest, OtherMethodsOnAKnownPathAreListed)
{
    const auto match = m_router.match("DELETE", "/api/tenants/plans/7/quote/");
    EXPECT_EQ(match.route, nullptr);
    EXPECT_EQ(match.allowedMethods, std::vector<std::string>{"POST"});
}

TEST_F(RouterTest, HeadIsServedByGetRoutes)
{
    const auto match = m_router.match("HEAD", "/api/tenants/plans/7/features/");
    ASSERT_NE(match.route, nullptr);
    EXPECT_EQ(match.route->method, "GET");
}

TEST_F(RouterTest, RejectsPatternsWithoutLeadingSlash)
{
    EXPECT_THROW(m_router.add("GET", "api/", RoutePolicy::publicRoute(), answer(200)),
                 std::invalid_argument);
}

} // namespace
} // namespace ebm::http
