// The HTTP contract for bad input: unknown routes, wrong methods, malformed or oversized
// bodies, each with a JSON error in the DRF shape; plus request ids, HEAD and metrics.
#include "ServerProcess.h"
#include "TempDir.h"

#include <gtest/gtest.h>
#include <memory>

namespace ebm::test
{
namespace
{

class HttpErrorsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(ServerProcess::run({"create-plans", "--data-dir=" + m_dir.path()}).exitCode, 0);
        m_server = std::make_unique<ServerProcess>(
            m_dir.path(), std::vector<std::string>{},
            ServerProcess::Environment{{"EBM_MAX_BODY_BYTES", "2048"}});
    }

    HttpClient client() const
    {
        return m_server->client();
    }

    TempDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
};

TEST_F(HttpErrorsTest, UnknownRouteIsJson404)
{
    const auto response = client().get("/api/tenants/nothing-here/");
    EXPECT_EQ(response.status, 404);
    EXPECT_EQ(response.header("Content-Type"), "application/json");
    EXPECT_EQ(response.json()->getValue<std::string>("code"), "not_found");
    EXPECT_FALSE(response.json()->getValue<std::string>("detail").empty());
}

TEST_F(HttpErrorsTest, WrongMethodIs405WithAllow)
{
    const auto response = client().send("DELETE", "/api/tenants/plans/", "", {});
    EXPECT_EQ(response.status, 405);
    EXPECT_EQ(response.header("Allow"), "GET");
    EXPECT_EQ(response.json()->getValue<std::string>("code"), "method_not_allowed");

    const auto getOnPost = client().get("/api/tenants/plans/1/quote/");
    EXPECT_EQ(getOnPost.status, 405);
    EXPECT_EQ(getOnPost.header("Allow"), "POST");
}

TEST_F(HttpErrorsTest, MalformedJsonIs400WithAMessage)
{
    const auto response = client().post("/api/tenants/plans/1/quote/", R"({"billing_cycle": )");
    EXPECT_EQ(response.status, 400);
    const auto body = response.json();
    EXPECT_EQ(body->getValue<std::string>("code"), "parse_error");
    EXPECT_NE(body->getValue<std::string>("detail").find("JSON parse error"), std::string::npos);

    const auto notAnObject = client().post("/api/tenants/plans/1/quote/", "[1,2]");
    EXPECT_EQ(notAnObject.status, 400);
    EXPECT_EQ(notAnObject.json()->getValue<std::string>("code"), "parse_error");
}

TEST_F(HttpErrorsTest, NonJsonBodyIs415)
{
    const auto response = client().post("/api/tenants/plans/1/quote/", "billing_cycle=monthly",
                                        "application/x-www-form-urlencoded");
    EXPECT_EQ(response.status, 415);
    EXPECT_EQ(response.json()->getValue<std::string>("code"), "unsupported_media_type");
}

TEST_F(HttpErrorsTest, OversizedBodyIs413)
{
    const std::string big =
        R"({"billing_cycle":"monthly","padding":")" + std::string(4096, 'x') + R"("})";
    const auto response = client().post("/api/tenants/plans/1/quote/", big);
    EXPECT_EQ(response.status, 413);
    EXPECT_EQ(response.json()->getValue<std::string>("code"), "payload_too_large");

    const auto fits =
        client().post("/api/tenants/plans/1/quote/", R"({"billing_cycle":"monthly"})");
    EXPECT_EQ(fits.status, 200) << "the server still answers after refusing a body";
}

TEST_F(HttpErrorsTest, RequestIdIsEchoedOrGenerated)
{
    const auto given = client().get("/healthz", {{"X-Request-ID", "trace-42"}});
    EXPECT_EQ(given.header("X-Request-ID"), "trace-42");
    const auto generated = client().get("/healthz", {{"X-Request-ID", "bad id with spaces"}});
    EXPECT_EQ(generated.header("X-Request-ID").size(), 36u);
    EXPECT_NE(m_server->log().find("trace-42 GET /healthz 200"), std::string::npos)
        << m_server->log();
}

TEST_F(HttpErrorsTest, HeadAnswersHeadersWithoutBody)
{
    const auto response = client().send("HEAD", "/api/tenants/plans/", "", {});
    EXPECT_EQ(response.status, 200);
    EXPECT_TRUE(response.body.empty());
    EXPECT_NE(response.header("Content-Length"), "0");
}

TEST_F(HttpErrorsTest, MetricsCountRequestsByRoutePatternAndShowThePool)
{
    client().get("/api/tenants/plans/1/");
    client().get("/api/tenants/plans/2/");
    client().get("/nowhere");
    const auto metrics = client().get("/metrics");
    ASSERT_EQ(metrics.status, 200);
    EXPECT_NE(metrics.header("Content-Type").find("text/plain"), std::string::npos);
    EXPECT_NE(
        metrics.body.find(
            R"(ebm_http_requests_total{route="/api/tenants/plans/{id}/",method="GET",status="200"} 2)"),
        std::string::npos)
        << metrics.body;
    EXPECT_NE(metrics.body.find(
                  R"(ebm_http_requests_total{route="unmatched",method="GET",status="404"} 1)"),
              std::string::npos);
    EXPECT_NE(metrics.body.find("ebm_http_request_duration_seconds_bucket{"), std::string::npos);
    EXPECT_NE(metrics.body.find(R"(ebm_db_pool_sessions{state="capacity"})"), std::string::npos);
}

} // namespace
} // namespace ebm::test
