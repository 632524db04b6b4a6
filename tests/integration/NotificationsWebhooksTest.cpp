// In-portal notifications and outgoing webhooks (issue 8) against a real server and a real HTTP
// receiver in this process: events of a purchase land in the organization's notifications (list,
// unread filter and count, mark read, read all, the portal's bell and page); endpoints are for
// plans with API access; deliveries are signed with HMAC-SHA256 over "<timestamp>.<body>",
// retried with exponential backoff under the moved clock, given up three days after the first
// attempt, and listed with their attempts; another organization's ids are 404.
#include "PageClient.h"
#include "ServerProcess.h"
#include "TempDir.h"
#include "TenantFixture.h"
#include "WebhookReceiver.h"

#include <Poco/JSON/Array.h>
#include <gtest/gtest.h>
#include <memory>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <set>

namespace ebm::test
{
namespace
{

std::string hmacSha256Hex(const std::string& key, const std::string& message)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char*>(message.data()), message.size(), mac, &length);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (unsigned int i = 0; i < length; ++i) {
        hex += kHex[mac[i] >> 4];
        hex += kHex[mac[i] & 0x0f];
    }
    return hex;
}

class NotificationsWebhooksTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<TempDir>();
        seedPlansAndStaff(s_dir->path());
        s_server = std::make_unique<ServerProcess>(s_dir->path(), std::vector<std::string>{},
                                                   fastPasswords());
        s_staff = login(s_server->client(), kStaffEmail, kStaffPassword);
        s_silver = purchaseTenant(*s_server, s_dir->path(), s_staff, "Notified Org", "silver");
        s_other = purchaseTenant(*s_server, s_dir->path(), s_staff, "Other Org", "silver");
        s_bronze = createTenant(*s_server, s_dir->path(), s_staff, "Small Org");
    }

    static void TearDownTestSuite()
    {
        s_server.reset();
        s_dir.reset();
    }

    static HttpClient client()
    {
        return s_server->client();
    }

    static HttpResult postJson(const std::string& path, const std::string& body,
                               const std::string& token)
    {
        return client().post(path, body, "application/json", auth(token));
    }

    static void advance(const std::string& body)
    {
        const auto moved = postJson("/api/admin/clock/advance/", body, s_staff);
        ASSERT_EQ(moved.status, 200) << moved.body;
        s_staff = login(client(), kStaffEmail, kStaffPassword);
    }

    static Poco::JSON::Object::Ptr deliverWebhooks()
    {
        const auto run = postJson("/api/admin/jobs/deliver-webhooks/run/", "{}", s_staff);
        EXPECT_EQ(run.status, 200) << run.body;
        return run.status == 200 ? run.json()->getObject("changes") : nullptr;
    }

    // Registers an endpoint of the Silver organization; answers its JSON (with the secret).
    static Poco::JSON::Object::Ptr registerEndpoint(const std::string& url,
                                                    const std::string& eventTypes = R"(["*"])")
    {
        const auto created = postJson(
            "/api/tenants/webhooks/",
            R"({"url":")" + url + R"(","event_types":)" + eventTypes + "}", s_silver.ownerToken);
        EXPECT_EQ(created.status, 201) << created.body;
        return created.json();
    }

    static Poco::JSON::Array::Ptr deliveries(std::int64_t endpointId)
    {
        const auto listed =
            client().get("/api/tenants/webhooks/" + std::to_string(endpointId) + "/deliveries/",
                         auth(s_silver.ownerToken));
        EXPECT_EQ(listed.status, 200) << listed.body;
        return listed.json()->getArray("results");
    }

    static std::unique_ptr<TempDir> s_dir;
    static std::unique_ptr<ServerProcess> s_server;
    static std::string s_staff;
    static Tenant s_silver;
    static Tenant s_other;
    static Tenant s_bronze;
};

std::unique_ptr<TempDir> NotificationsWebhooksTest::s_dir;
std::unique_ptr<ServerProcess> NotificationsWebhooksTest::s_server;
std::string NotificationsWebhooksTest::s_staff;
Tenant NotificationsWebhooksTest::s_silver;
Tenant NotificationsWebhooksTest::s_other;
Tenant NotificationsWebhooksTest::s_bronze;

TEST_F(NotificationsWebhooksTest, APurchaseLeavesNotificationsThatCanBeReadOneOrAllAtOnce)
{
    const auto token = auth(s_other.ownerToken);
    const auto listed = client().get("/api/tenants/notifications/", token);
    ASSERT_EQ(listed.status, 200) << listed.body;
    const auto results = listed.json()->getArray("results");
    std::set<std::string> types;
    for (std::size_t i = 0; i < results->size(); ++i) {
        const auto item = results->getObject(static_cast<unsigned>(i));
        types.insert(item->getValue<std::string>("type"));
        EXPECT_FALSE(item->getValue<std::string>("title").empty()) << listed.body;
        EXPECT_FALSE(item->getValue<std::string>("text").empty()) << listed.body;
        EXPECT_FALSE(item->getValue<bool>("read"));
    }
    EXPECT_TRUE(types.count("organization.provisioned")) << listed.body;
    EXPECT_TRUE(types.count("payment.completed")) << listed.body;
    EXPECT_TRUE(types.count("invoice.issued")) << listed.body;
    const auto total = listed.json()->getValue<int>("count");
    EXPECT_EQ(listed.json()->getValue<int>("unread_count"), total);
    EXPECT_EQ(listed.body.find("%1"), std::string::npos) << listed.body;

    const auto first = results->getObject(0)->getValue<std::int64_t>("id");
    const std::string readPath = "/api/tenants/notifications/" + std::to_string(first) + "/read/";
    EXPECT_EQ(postJson(readPath, "{}", s_other.ownerToken).status, 204);
    EXPECT_EQ(postJson(readPath, "{}", s_other.ownerToken).status, 204) << "reading twice is fine";
    EXPECT_EQ(postJson(readPath, "{}", s_silver.ownerToken).status, 404) << "another organization";
    const auto unread = client().get("/api/tenants/notifications/?unread=true", token);
    EXPECT_EQ(unread.json()->getValue<int>("count"), total - 1) << unread.body;
    EXPECT_EQ(unread.json()->getValue<int>("unread_count"), total - 1);
    EXPECT_EQ(client().get("/api/tenants/notifications/?unread=maybe", token).status, 400);

    const auto all = postJson("/api/tenants/notifications/read_all/", "{}", s_other.ownerToken);
    ASSERT_EQ(all.status, 200) << all.body;
    EXPECT_EQ(all.json()->getValue<int>("marked"), total - 1);
    const auto after = client().get("/api/tenants/notifications/", token);
    EXPECT_EQ(after.json()->getValue<int>("unread_count"), 0) << after.body;
    EXPECT_EQ(after.json()->getValue<int>("count"), total);
}

TEST_F(NotificationsWebhooksTest, ThePortalShowsTheBellCountAndTheNotificationsPage)
{
    PageClient browser(client());
    browser.setCookie("ebm_session", s_silver.ownerToken);
    browser.setCookie("ebm_lang", "en");
    const std::string base = "/account/" + s_silver.organizationId + "/";
    const auto unread = client()
                            .get("/api/tenants/notifications/", auth(s_silver.ownerToken))
                            .json()
                            ->getValue<int>("unread_count");
    ASSERT_GT(unread, 0);
    const auto overview = browser.get(base);
    ASSERT_EQ(overview.status, 200) << overview.body;
    EXPECT_NE(overview.body.find("notification-count unread\">" + std::to_string(unread) + "<"),
              std::string::npos)
        << overview.body;
    const auto page = browser.get(base + "notifications");
    ASSERT_EQ(page.status, 200) << page.body;
    EXPECT_NE(page.body.find("Welcome to ESXi Backup Manager Cloud"), std::string::npos)
        << page.body;
    EXPECT_NE(page.body.find("Mark all as read"), std::string::npos);

    const auto marked = browser.submit(base + "notifications/read_all", {});
    EXPECT_EQ(marked.status, 303) << marked.body;
    const auto again = browser.get(base + "notifications");
    EXPECT_NE(again.body.find("notification-count\">0<"), std::string::npos) << again.body;
    EXPECT_EQ(again.body.find("Mark all as read"), std::string::npos);

    PageClient french(client());
    french.setCookie("ebm_session", s_silver.ownerToken);
    french.setCookie("ebm_lang", "fr");
    const auto translated = french.get(base + "notifications");
    EXPECT_NE(translated.body.find("Bienvenue"), std::string::npos) << translated.body;
}

TEST_F(NotificationsWebhooksTest, WebhooksNeedAPlanWithApiAccessAndAValidUrl)
{
    const auto bronze = postJson("/api/tenants/webhooks/", R"({"url":"https://example.com/h"})",
                                 s_bronze.ownerToken);
    EXPECT_EQ(bronze.status, 403) << bronze.body;
    EXPECT_EQ(bronze.json()->getValue<std::string>("code"), "feature_not_available");
    EXPECT_EQ(client().get("/api/tenants/webhooks/", auth(s_bronze.ownerToken)).status, 403);

    for (const std::string url : {"ftp://example.com/h", "http://example.com/h", "not a url"}) {
        const auto refused =
            postJson("/api/tenants/webhooks/", R"({"url":")" + url + R"("})", s_silver.ownerToken);
        EXPECT_EQ(refused.status, 400) << url << " " << refused.body;
    }
    const auto unknownType =
        postJson("/api/tenants/webhooks/",
                 R"({"url":"https://example.com/h","event_types":["x.y"]})", s_silver.ownerToken);
    EXPECT_EQ(unknownType.status, 400) << unknownType.body;

    const auto created = registerEndpoint("https://example.com/h");
    ASSERT_TRUE(created);
    EXPECT_EQ(created->getValue<std::string>("secret").rfind("whsec_", 0), 0u);
    const std::string path =
        "/api/tenants/webhooks/" + std::to_string(created->getValue<std::int64_t>("id")) + "/";
    const auto shown = client().get(path, auth(s_silver.ownerToken));
    EXPECT_EQ(shown.status, 200);
    EXPECT_EQ(shown.body.find("secret"), std::string::npos) << "shown once only";
    const auto patched =
        client().send("PATCH", path, R"({"is_active":false})", withJson(auth(s_silver.ownerToken)));
    EXPECT_EQ(patched.status, 200) << patched.body;
    EXPECT_FALSE(patched.json()->getValue<bool>("is_active"));
    EXPECT_EQ(client().get(path, auth(s_other.ownerToken)).status, 404);
    EXPECT_EQ(client().send("DELETE", path, "", auth(s_other.ownerToken)).status, 404);
    EXPECT_EQ(client().send("DELETE", path, "", auth(s_silver.ownerToken)).status, 204);
    EXPECT_EQ(client().get(path, auth(s_silver.ownerToken)).status, 404);
}

TEST_F(NotificationsWebhooksTest, AnEventIsSignedRetriedWithBackoffAndListedWithItsAttempts)
{
    WebhookReceiver receiver;
    receiver.answerNext({500, 503});
    const auto endpoint = registerEndpoint(receiver.url(), R"(["member.invited"])");
    ASSERT_TRUE(endpoint);
    const auto endpointId = endpoint->getValue<std::int64_t>("id");
    const std::string secret = endpoint->getValue<std::string>("secret");

    const auto invited =
        postJson("/api/tenants/organizations/" + s_silver.organizationId + "/invite_member/",
                 R"({"email":"hooked@example.com","role":"viewer"})", s_silver.ownerToken);
    ASSERT_EQ(invited.status, 201) << invited.body;
    ASSERT_EQ(deliveries(endpointId)->size(), 1u) << "one delivery, for the subscribed type only";

    EXPECT_EQ(deliverWebhooks()->getValue<int>("retried"), 1);
    EXPECT_EQ(deliverWebhooks()->getValue<int>("retried"), 0) << "not due before one minute";
    advance(R"({"seconds":60})");
    EXPECT_EQ(deliverWebhooks()->getValue<int>("retried"), 1);
    advance(R"({"seconds":60})");
    EXPECT_EQ(deliverWebhooks()->getValue<int>("delivered"), 0) << "the second wait is 2 minutes";
    advance(R"({"seconds":60})");
    EXPECT_EQ(deliverWebhooks()->getValue<int>("delivered"), 1);

    const auto requests = receiver.requests();
    ASSERT_EQ(requests.size(), 3u);
    for (const auto& request : requests) {
        EXPECT_EQ(request.method, "POST");
        EXPECT_EQ(request.path, "/hook");
        EXPECT_EQ(request.headers.at("X-EBM-Event"), "member.invited");
        EXPECT_EQ(request.headers.at("Content-Type"), "application/json");
        const std::string timestamp = request.headers.at("X-EBM-Timestamp");
        EXPECT_EQ(request.headers.at("X-EBM-Signature"),
                  "sha256=" + hmacSha256Hex(secret, timestamp + "." + request.body));
        EXPECT_NE(request.headers.at("X-EBM-Signature"),
                  "sha256=" + hmacSha256Hex("whsec_wrong", timestamp + "." + request.body));
        EXPECT_EQ(request.headers.at("X-EBM-Delivery"), requests[0].headers.at("X-EBM-Delivery"));
        EXPECT_EQ(request.body, requests[0].body);
    }
    EXPECT_NE(requests[0].body.find(R"("type":"member.invited")"), std::string::npos);
    EXPECT_NE(requests[0].body.find("hooked@example.com"), std::string::npos);
    const auto waited = std::stoll(requests[2].headers.at("X-EBM-Timestamp")) -
                        std::stoll(requests[0].headers.at("X-EBM-Timestamp"));
    EXPECT_GE(waited, 180); // 1 minute, then 2 (the clock also runs on by itself)
    EXPECT_LT(waited, 240);

    const auto listed = deliveries(endpointId);
    ASSERT_EQ(listed->size(), 1u);
    const auto delivery = listed->getObject(0);
    EXPECT_EQ(std::to_string(delivery->getValue<std::int64_t>("id")),
              requests[0].headers.at("X-EBM-Delivery"));
    EXPECT_EQ(delivery->getValue<std::string>("status"), "delivered");
    EXPECT_EQ(delivery->getValue<int>("attempts"), 3);
    EXPECT_EQ(delivery->getValue<int>("last_response_code"), 200);
    const auto log = delivery->getArray("attempt_log");
    ASSERT_EQ(log->size(), 3u);
    EXPECT_EQ(log->getObject(0)->getValue<int>("response_code"), 500);
    EXPECT_EQ(log->getObject(1)->getValue<int>("response_code"), 503);
    EXPECT_EQ(log->getObject(2)->getValue<int>("response_code"), 200);
    EXPECT_EQ(deliverWebhooks()->getValue<int>("delivered"), 0) << "delivered once";
    EXPECT_EQ(client()
                  .get("/api/tenants/webhooks/" + std::to_string(endpointId) + "/deliveries/",
                       auth(s_other.ownerToken))
                  .status,
              404);
}

TEST_F(NotificationsWebhooksTest, ADeliveryIsGivenUpThreeDaysAfterItsFirstAttempt)
{
    WebhookReceiver receiver;
    receiver.answerAlways(500);
    const auto endpoint = registerEndpoint(receiver.url("/down"));
    ASSERT_TRUE(endpoint);
    const auto endpointId = endpoint->getValue<std::int64_t>("id");
    const auto ping = postJson("/api/tenants/webhooks/" + std::to_string(endpointId) + "/test/",
                               "{}", s_silver.ownerToken);
    ASSERT_EQ(ping.status, 202) << ping.body;
    EXPECT_EQ(ping.json()->getValue<std::string>("event_type"), "ping");

    int failed = 0;
    for (int pass = 0; pass < 40 && failed == 0; ++pass) {
        failed = deliverWebhooks()->getValue<int>("failed");
        if (failed == 0)
            advance(R"({"hours":6})");
    }
    EXPECT_EQ(failed, 1);
    const auto delivery = deliveries(endpointId)->getObject(0);
    EXPECT_EQ(delivery->getValue<std::string>("status"), "failed");
    const auto log = delivery->getArray("attempt_log");
    const auto requests = receiver.requests();
    EXPECT_EQ(requests.size(), log->size());
    EXPECT_GE(log->size(), 10u);
    EXPECT_LE(log->size(), 30u);
    const auto first = std::stoll(requests.front().headers.at("X-EBM-Timestamp"));
    const auto last = std::stoll(requests.back().headers.at("X-EBM-Timestamp"));
    EXPECT_GE(last - first, 3 * 24 * 3600);
    EXPECT_LT(last - first, 3 * 24 * 3600 + 6 * 3600);
    advance(R"({"hours":6})");
    deliverWebhooks();
    EXPECT_EQ(receiver.requests().size(), requests.size()) << "never tried again";
}

} // namespace
} // namespace ebm::test
