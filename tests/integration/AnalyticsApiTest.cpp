// The staff analytics through the real server, against a small world built once and computed by
// hand: organizations in EUR and XAF, monthly and yearly, active, suspended, cancelled and
// expired in the window, a pending one; orders completed and abandoned; payments completed,
// refunded and bank transfers still open; daily usage rows on known days.
//
// The server clock starts at 2026-01-01T08:00:00Z and runs on (a few seconds during the setup);
// every expected number below only depends on the day things happen.
//
// Day 1 (2026-01-01, ~08:00):
//   Alpha    bought Bronze monthly (29.00 EUR) — order + payment completed; refunded on day 13
//   Charlie  bought Afrique monthly (15000 XAF) — order + payment completed
//   Bravo    created by staff, Silver yearly (790.00 EUR → 65.83 a month)
//   Delta    created by staff, Afrique yearly (150006 XAF → 12500.5 → 12501 a month)
//   Echo     created by staff, Bronze monthly (29.00)  — suspended on day 11
//   Foxtrot  created by staff, Gold monthly (199.00)   — cancelled on day 11
//   Hotel    created by staff, Bronze monthly (29.00)  — expired on 2026-01-10T12:00:00Z
//   Golf     pending since 09:00 (no plan)
// Day 11 (~08:00): India bought Silver monthly (79.00) — order + payment completed;
//   order 3 Bronze monthly: bank transfer, 10.00 of 29.00 credited (19.00 outstanding);
//   order 4 Afrique monthly: bank transfer, nothing received (15000 outstanding);
//   order 5 Gold monthly: abandoned.
// Day 13 (~08:00): Alpha's payment is refunded.
#include "DatabaseProbe.h"
#include "ServerProcess.h"
#include "TempDir.h"
#include "TenantFixture.h"

#include <Poco/JSON/Array.h>
#include <gtest/gtest.h>
#include <memory>
#include <tuple>

namespace ebm::test
{
namespace
{

const std::string kGolfId = "00000000-0000-4000-8000-00000000601f";

class AnalyticsApiTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<TempDir>();
        seedPlansAndStaff(s_dir->path());
        executeSql(database(),
                   "INSERT INTO plans (slug, name, tier, currency, monthly_price_minor, "
                   "yearly_price_minor, max_servers, max_vms, max_backups, max_storage_gb, "
                   "max_users, support_level, retention_days, max_restore_points, sort_order, "
                   "created_at, updated_at) VALUES ('afrique', 'Afrique', 'bronze', 'XAF', 15000, "
                   "150006, 2, 20, 10, 500, 3, 'email', 30, 14, 9, '2026-01-01T00:00:00Z', "
                   "'2026-01-01T00:00:00Z')");
        ServerProcess::Environment environment = fastPasswords();
        environment["EBM_CLOCK_START"] = "2026-01-01T08:00:00Z";
        s_server =
            std::make_unique<ServerProcess>(s_dir->path(), std::vector<std::string>{}, environment);
        s_staff = login(client(), kStaffEmail, kStaffPassword);
        buildDayOne();
        advanceDays(10);
        buildDayEleven();
        advanceDays(2);
        refundAlpha();
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

    static std::string database()
    {
        return s_dir->file("ebm.sqlite3");
    }

    static HttpResult staffGet(const std::string& path)
    {
        return client().get(path, auth(s_staff));
    }

    static HttpResult staffPost(const std::string& path, const std::string& body)
    {
        return client().post(path, body, "application/json", auth(s_staff));
    }

    static void expect(const HttpResult& result, int status, const std::string& what)
    {
        if (result.status != status)
            throw std::runtime_error(what + ": " + std::to_string(result.status) + " " +
                                     result.body);
    }

    static void advanceDays(int days)
    {
        expect(staffPost("/api/admin/clock/advance/", R"({"days":)" + std::to_string(days) + "}"),
               200, "advance the clock");
    }

    static std::string createByStaff(const std::string& name, const std::string& plan,
                                     const std::string& cycle)
    {
        const auto created =
            staffPost("/api/admin/organizations/",
                      R"({"name":")" + name + R"(","contact_email":"billing@)" + name +
                          R"(.example.com","plan":)" + std::to_string(planId(client(), plan)) +
                          R"(,"billing_cycle":")" + cycle + R"(","owner_email":"owner@)" + name +
                          R"(.example.com"})");
        expect(created, 201, "create " + name);
        return created.json()->getValue<std::string>("id");
    }

    // An anonymous order (monthly); returns its id and order token.
    static std::pair<std::string, std::string> placeOrder(const std::string& plan,
                                                          const std::string& email)
    {
        const auto placed =
            client().post("/api/tenants/orders/",
                          R"({"plan":)" + std::to_string(planId(client(), plan)) +
                              R"(,"billing_cycle":"monthly","customer":{"name":"Buyer","email":")" +
                              email + R"("}})");
        expect(placed, 201, "order " + plan);
        return {std::to_string(placed.json()->getValue<std::int64_t>("id")),
                placed.json()->getValue<std::string>("order_token")};
    }

    static std::int64_t payByBankTransfer(const std::pair<std::string, std::string>& order)
    {
        const auto payment =
            client().post("/api/tenants/orders/" + order.first + "/initiate_payment/",
                          R"({"payment_method":"bank_transfer"})", "application/json",
                          {{"X-Order-Token", order.second}});
        expect(payment, 201, "bank transfer for order " + order.first);
        return payment.json()->getValue<std::int64_t>("id");
    }

    static void buildDayOne()
    {
        s_alpha = purchaseTenant(*s_server, s_dir->path(), s_staff, "Alpha", "bronze");
        s_charlie = purchaseTenant(*s_server, s_dir->path(), s_staff, "Charlie", "afrique");
        s_bravo = createByStaff("bravo", "silver", "yearly");
        s_delta = createByStaff("delta", "afrique", "yearly");
        s_echo = createByStaff("echo", "bronze", "monthly");
        s_foxtrot = createByStaff("foxtrot", "gold", "monthly");
        s_hotel = createByStaff("hotel", "bronze", "monthly");
        executeSql(database(), "INSERT INTO organizations (id, name, slug, status, contact_email, "
                               "created_at, updated_at) VALUES ('" +
                                   kGolfId +
                                   "', 'Golf', 'golf', 'pending', 'golf@example.com', "
                                   "'2026-01-01T09:00:00Z', '2026-01-01T09:00:00Z')");
    }

    static void buildDayEleven()
    {
        expect(staffPost("/api/admin/organizations/" + s_echo + "/suspend/",
                         R"({"reason":"Unpaid invoice"})"),
               200, "suspend Echo");
        expect(staffPost("/api/admin/organizations/" + s_foxtrot + "/cancel/",
                         R"({"reason":"Customer left"})"),
               200, "cancel Foxtrot");
        // What check-expirations does after the grace days, at a known instant.
        executeSql(database(), "UPDATE organizations SET status = 'expired', "
                               "updated_at = '2026-01-10T12:00:00Z' WHERE id = '" +
                                   s_hotel + "'");
        s_india = purchaseTenant(*s_server, s_dir->path(), s_staff, "India", "silver");
        const auto partial = payByBankTransfer(placeOrder("bronze", "three@example.com"));
        expect(
            staffPost("/api/tenants/payments/" + std::to_string(partial) + "/verify_bank_transfer/",
                      R"({"approve":true,"amount_received":"10.00"})"),
            200, "credit 10.00");
        payByBankTransfer(placeOrder("afrique", "four@example.com"));
        placeOrder("gold", "five@example.com");
    }

    // A refund as the PayPal webhook records it: the payment moves to refunded now.
    static void refundAlpha()
    {
        const std::string now = staffGet("/api/admin/clock/").json()->getValue<std::string>("now");
        executeSql(database(), "UPDATE payments SET status = 'refunded', updated_at = '" + now +
                                   "' WHERE order_id IN (SELECT id FROM orders WHERE "
                                   "organization_id = '" +
                                   s_alpha.organizationId + "')");
    }

    static Poco::JSON::Object::Ptr okJson(const HttpResult& result)
    {
        EXPECT_EQ(result.status, 200) << result.body;
        return result.status == 200 ? result.json()
                                    : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    }

    static std::string figure(const Poco::JSON::Object::Ptr& summary, const std::string& currency,
                              const std::string& key)
    {
        const auto list = summary->getArray("by_currency");
        for (std::size_t i = 0; list && i < list->size(); ++i) {
            const auto item = list->getObject(static_cast<unsigned>(i));
            if (item->getValue<std::string>("currency") == currency)
                return item->get(key).toString();
        }
        return "<no " + currency + ">";
    }

    static std::string organizations(const Poco::JSON::Object::Ptr& summary)
    {
        const auto counts = summary->getObject("organizations");
        std::string out;
        for (const char* status :
             {"pending", "active", "suspended", "expired", "cancelled", "total"})
            out += std::string(status) + "=" + counts->get(status).toString() + " ";
        return out;
    }

    // "period_start revenue refunds net payments" per point.
    static std::vector<std::string> revenuePoints(const Poco::JSON::Object::Ptr& series)
    {
        std::vector<std::string> points;
        const auto list = series->getArray("points");
        for (std::size_t i = 0; list && i < list->size(); ++i) {
            const auto point = list->getObject(static_cast<unsigned>(i));
            points.push_back(point->getValue<std::string>("period_start") + " " +
                             point->getValue<std::string>("revenue") + " " +
                             point->getValue<std::string>("refunds") + " " +
                             point->getValue<std::string>("net") + " " +
                             point->get("payments").toString());
        }
        return points;
    }

    // "at value" per point.
    static std::vector<std::string> usagePoints(const Poco::JSON::Object::Ptr& series)
    {
        std::vector<std::string> points;
        const auto list = series->getArray("points");
        for (std::size_t i = 0; list && i < list->size(); ++i) {
            const auto point = list->getObject(static_cast<unsigned>(i));
            points.push_back(point->getValue<std::string>("at") + " " +
                             point->get("value").toString());
        }
        return points;
    }

    static std::string usagePath(const std::string& organization, const std::string& query)
    {
        return "/api/admin/organizations/" + organization + "/usage-series/?" + query;
    }

    // Alpha's daily rows, replaced by a known set (servers; storage in bytes):
    //   01-03: 2 servers, 1.5 GB   01-04: 1, 1.2 GB   01-06: 3, 2 GB   01-09: 2, 0.25 GB
    static void writeAlphaUsage()
    {
        const std::string org = s_alpha.organizationId;
        std::string sql = "DELETE FROM usage_metrics WHERE organization_id = '" + org + "';";
        for (const auto& [day, servers, bytes] :
             std::vector<std::tuple<std::string, int, std::string>>{
                 {"2026-01-03", 2, "1500000000"},
                 {"2026-01-04", 1, "1200000000"},
                 {"2026-01-06", 3, "2000000000"},
                 {"2026-01-09", 2, "250000000"}}) {
            sql += "INSERT INTO usage_metrics (organization_id, period_date, servers_count, "
                   "storage_bytes, created_at, updated_at) VALUES ('" +
                   org + "', '" + day + "', " + std::to_string(servers) + ", " + bytes + ", '" +
                   day + "T23:00:00Z', '" + day + "T23:00:00Z');";
        }
        executeSql(database(), sql);
    }

    static std::unique_ptr<TempDir> s_dir;
    static std::unique_ptr<ServerProcess> s_server;
    static std::string s_staff;
    static Tenant s_alpha, s_charlie, s_india;
    static std::string s_bravo, s_delta, s_echo, s_foxtrot, s_hotel;
};

std::unique_ptr<TempDir> AnalyticsApiTest::s_dir;
std::unique_ptr<ServerProcess> AnalyticsApiTest::s_server;
std::string AnalyticsApiTest::s_staff;
Tenant AnalyticsApiTest::s_alpha, AnalyticsApiTest::s_charlie, AnalyticsApiTest::s_india;
std::string AnalyticsApiTest::s_bravo, AnalyticsApiTest::s_delta, AnalyticsApiTest::s_echo,
    AnalyticsApiTest::s_foxtrot, AnalyticsApiTest::s_hotel;

TEST_F(AnalyticsApiTest, SummaryAtTheEndOfTheWindow)
{
    const auto summary =
        okJson(staffGet("/api/admin/analytics/summary/?at=2026-01-20T00:00:00Z&window_days=15"));
    EXPECT_EQ(summary->getValue<std::string>("at"), "2026-01-20T00:00:00Z");
    EXPECT_EQ(summary->getValue<int>("window_days"), 15);
    // Golf pending; Alpha, Bravo, Charlie, Delta, India active; Echo suspended; Hotel expired;
    // Foxtrot cancelled.
    EXPECT_EQ(organizations(summary),
              "pending=1 active=5 suspended=1 expired=1 cancelled=1 total=9 ");
    // EUR: Alpha 29.00 + Bravo 790.00 ÷ 12 = 65.8333 → 65.83 + India 79.00 = 173.83 over 3
    // (ARPA 57.9433 → 57.94); ARR 12 × 173.83 = 2085.96. Alpha's refund does not end its
    // subscription.
    EXPECT_EQ(figure(summary, "EUR", "mrr"), "173.83");
    EXPECT_EQ(figure(summary, "EUR", "arr"), "2085.96");
    EXPECT_EQ(figure(summary, "EUR", "arpa"), "57.94");
    EXPECT_EQ(figure(summary, "EUR", "active_paying"), "3");
    // XAF, never added to EUR: Charlie 15000 + Delta 150006 ÷ 12 = 12500.5 → 12501 = 27501
    // over 2 (ARPA 13750.5 → 13751); ARR 330012.
    EXPECT_EQ(figure(summary, "XAF", "mrr"), "27501");
    EXPECT_EQ(figure(summary, "XAF", "arr"), "330012");
    EXPECT_EQ(figure(summary, "XAF", "arpa"), "13751");
    EXPECT_EQ(figure(summary, "XAF", "active_paying"), "2");
    EXPECT_EQ(summary->getArray("by_currency")->size(), 2u);
    // Active at 2026-01-05T00:00:00Z: Alpha, Bravo, Charlie, Delta, Echo, Foxtrot, Hotel (7).
    // Became cancelled or expired in the window: Foxtrot, Hotel (2); Echo's suspension is not
    // churn. 2 ÷ 7 = 28.571 %.
    EXPECT_EQ(summary->getValue<std::string>("churn_rate"), "28.57");
    // Orders created in the window: India's, 3, 4, 5; completed: India's. 1 ÷ 4.
    EXPECT_EQ(summary->getObject("orders")->getValue<int>("created"), 4);
    EXPECT_EQ(summary->getObject("orders")->getValue<int>("completed"), 1);
    EXPECT_EQ(summary->getValue<std::string>("conversion_rate"), "25.00");
    // Open bank transfers: order 3 (29.00 − 10.00 received) and order 4 (15000 XAF).
    const auto transfers = summary->getObject("pending_bank_transfers");
    EXPECT_EQ(transfers->getValue<int>("count"), 2);
    const auto owed = transfers->getArray("by_currency");
    ASSERT_EQ(owed->size(), 2u);
    EXPECT_EQ(owed->getObject(0)->getValue<std::string>("currency"), "EUR");
    EXPECT_EQ(owed->getObject(0)->getValue<std::string>("amount"), "19.00");
    EXPECT_EQ(owed->getObject(1)->getValue<std::string>("currency"), "XAF");
    EXPECT_EQ(owed->getObject(1)->getValue<std::string>("amount"), "15000");
}

TEST_F(AnalyticsApiTest, SummaryAtAPastInstantUsesTheHistory)
{
    const auto summary =
        okJson(staffGet("/api/admin/analytics/summary/?at=2026-01-05T00:00:00Z&window_days=30"));
    // Before the suspension, the cancellation, the expiry and India: 7 active, Golf pending.
    EXPECT_EQ(organizations(summary),
              "pending=1 active=7 suspended=0 expired=0 cancelled=0 total=8 ");
    // EUR: Alpha 29.00 + Bravo 65.83 + Echo 29.00 + Foxtrot 199.00 + Hotel 29.00 = 351.83 over 5
    // (ARPA 70.366 → 70.37); ARR 4221.96.
    EXPECT_EQ(figure(summary, "EUR", "mrr"), "351.83");
    EXPECT_EQ(figure(summary, "EUR", "arr"), "4221.96");
    EXPECT_EQ(figure(summary, "EUR", "arpa"), "70.37");
    EXPECT_EQ(figure(summary, "EUR", "active_paying"), "5");
    EXPECT_EQ(figure(summary, "XAF", "mrr"), "27501");
    // Nobody was active at 2025-12-06: no churn rate to compute.
    EXPECT_EQ(summary->getValue<std::string>("churn_rate"), "0.00");
    // Alpha's and Charlie's orders, both completed on day 1.
    EXPECT_EQ(summary->getObject("orders")->getValue<int>("created"), 2);
    EXPECT_EQ(summary->getObject("orders")->getValue<int>("completed"), 2);
    EXPECT_EQ(summary->getValue<std::string>("conversion_rate"), "100.00");
}

TEST_F(AnalyticsApiTest, SummaryCountsOnlyPaidPeriods)
{
    // 2026-02-05: Alpha's and Charlie's months ended on 2026-02-01 (still "active" until the
    // expiry job runs, but unpaid): EUR is Bravo 65.83 + India 79.00 (paid to 02-11) = 144.83;
    // XAF is Delta's 12501 alone.
    const auto summary = okJson(staffGet("/api/admin/analytics/summary/?at=2026-02-05T00:00:00Z"));
    EXPECT_EQ(summary->getValue<int>("window_days"), 30);
    EXPECT_EQ(summary->getObject("organizations")->getValue<int>("active"), 5);
    EXPECT_EQ(figure(summary, "EUR", "mrr"), "144.83");
    EXPECT_EQ(figure(summary, "EUR", "active_paying"), "2");
    EXPECT_EQ(figure(summary, "EUR", "arpa"), "72.42"); // 72.415
    EXPECT_EQ(figure(summary, "XAF", "mrr"), "12501");
    EXPECT_EQ(figure(summary, "XAF", "active_paying"), "1");
}

TEST_F(AnalyticsApiTest, SummaryDefaultsToNowOnTheServerClock)
{
    const auto summary = okJson(staffGet("/api/admin/analytics/summary/"));
    EXPECT_EQ(summary->getValue<std::string>("at").substr(0, 11), "2026-01-13T");
    EXPECT_EQ(summary->getValue<int>("window_days"), 30);
    EXPECT_EQ(summary->getObject("organizations")->getValue<int>("total"), 9);
    EXPECT_EQ(figure(summary, "EUR", "mrr"), "173.83");
}

TEST_F(AnalyticsApiTest, SummaryRejectsBadParameters)
{
    const auto bad = staffGet("/api/admin/analytics/summary/?at=yesterday&window_days=367");
    ASSERT_EQ(bad.status, 400) << bad.body;
    EXPECT_TRUE(bad.json()->has("at"));
    EXPECT_TRUE(bad.json()->has("window_days"));
    EXPECT_EQ(staffGet("/api/admin/analytics/summary/?window_days=0").status, 400);
    EXPECT_EQ(staffGet("/api/admin/analytics/summary/?window_days=1").status, 200);
}

TEST_F(AnalyticsApiTest, DailyRevenueHasEveryDay)
{
    const auto series = okJson(staffGet(
        "/api/admin/analytics/revenue/?from=2026-01-10&to=2026-01-14&step=day&currency=EUR"));
    EXPECT_EQ(series->getValue<std::string>("currency"), "EUR");
    EXPECT_EQ(series->getValue<std::string>("step"), "day");
    // India's 79.00 on day 11 (the 10.00 credited on order 3 completes nothing); Alpha's 29.00
    // refunded on day 13; the XAF payments never show in EUR.
    EXPECT_EQ(revenuePoints(series),
              (std::vector<std::string>{"2026-01-10T00:00:00Z 0.00 0.00 0.00 0",
                                        "2026-01-11T00:00:00Z 79.00 0.00 79.00 1",
                                        "2026-01-12T00:00:00Z 0.00 0.00 0.00 0",
                                        "2026-01-13T00:00:00Z 0.00 29.00 -29.00 0"}));
}

TEST_F(AnalyticsApiTest, WeeklyAndMonthlyRevenue)
{
    // Week 1: Alpha's 29.00 received on day 1 (refunded later, in week 2).
    const auto weekly = okJson(
        staffGet("/api/admin/analytics/revenue/?from=2026-01-01T00:00:00Z&to=2026-01-15T00:00:00Z"
                 "&step=week&currency=EUR"));
    EXPECT_EQ(revenuePoints(weekly),
              (std::vector<std::string>{"2026-01-01T00:00:00Z 29.00 0.00 29.00 1",
                                        "2026-01-08T00:00:00Z 79.00 29.00 50.00 1"}));
    // XAF: Charlie's 15000 in January; nothing in February (order 4 is still unpaid).
    const auto monthly = okJson(staffGet(
        "/api/admin/analytics/revenue/?from=2026-01-01&to=2026-03-01&step=month&currency=XAF"));
    EXPECT_EQ(revenuePoints(monthly),
              (std::vector<std::string>{"2026-01-01T00:00:00Z 15000 0 15000 1",
                                        "2026-02-01T00:00:00Z 0 0 0 0"}));
}

TEST_F(AnalyticsApiTest, RevenueRejectsBadParameters)
{
    const std::string base = "/api/admin/analytics/revenue/?";
    const auto missing = staffGet(base);
    ASSERT_EQ(missing.status, 400);
    for (const char* field : {"from", "to", "step", "currency"})
        EXPECT_TRUE(missing.json()->has(field)) << field << " " << missing.body;
    const auto hourly = staffGet(base + "from=2026-01-01&to=2026-01-02&step=hour&currency=EUR");
    EXPECT_EQ(hourly.status, 400);
    EXPECT_TRUE(hourly.json()->has("step")) << hourly.body;
    const auto backwards = staffGet(base + "from=2026-01-02&to=2026-01-01&step=day&currency=EUR");
    EXPECT_EQ(backwards.status, 400);
    EXPECT_TRUE(backwards.json()->has("to")) << backwards.body;
    const auto unknown = staffGet(base + "from=2026-01-01&to=2026-01-02&step=day&currency=ZZZ");
    EXPECT_EQ(unknown.status, 400);
    EXPECT_TRUE(unknown.json()->has("currency")) << unknown.body;
    // 1000 days is the most; 1001 is refused.
    EXPECT_EQ(staffGet(base + "from=2026-01-01&to=2028-09-27&step=day&currency=EUR").status, 200);
    const auto tooMany = staffGet(base + "from=2026-01-01&to=2028-09-28&step=day&currency=EUR");
    EXPECT_EQ(tooMany.status, 400);
    EXPECT_TRUE(tooMany.json()->has("step")) << tooMany.body;
}

TEST_F(AnalyticsApiTest, UsageSeriesCarriesTheLastValueForward)
{
    writeAlphaUsage();
    const auto daily = okJson(staffGet(usagePath(
        s_alpha.organizationId, "metric=servers&from=2026-01-01&to=2026-01-11&step=day")));
    EXPECT_EQ(daily->getValue<std::string>("organization"), s_alpha.organizationId);
    EXPECT_EQ(daily->getValue<std::string>("metric"), "servers");
    EXPECT_EQ(daily->getValue<std::string>("unit"), "count");
    EXPECT_EQ(daily->getValue<int>("quota"), 2); // Bronze: 2 servers
    // 0 before the first row; 01-05, 01-07, 01-08 and 01-10 carry the day before forward.
    EXPECT_EQ(usagePoints(daily),
              (std::vector<std::string>{"2026-01-01T00:00:00Z 0", "2026-01-02T00:00:00Z 0",
                                        "2026-01-03T00:00:00Z 2", "2026-01-04T00:00:00Z 1",
                                        "2026-01-05T00:00:00Z 1", "2026-01-06T00:00:00Z 3",
                                        "2026-01-07T00:00:00Z 3", "2026-01-08T00:00:00Z 3",
                                        "2026-01-09T00:00:00Z 2", "2026-01-10T00:00:00Z 2"}));
}

TEST_F(AnalyticsApiTest, UsageSeriesTakesEachPeriodsMaximum)
{
    writeAlphaUsage();
    // [01-04, 01-11): max(1, 3, 2) = 3; [01-11, 01-12): no row, 01-09's 2 carried forward.
    const auto weekly = okJson(staffGet(usagePath(
        s_alpha.organizationId, "metric=servers&from=2026-01-04&to=2026-01-12&step=week")));
    EXPECT_EQ(usagePoints(weekly),
              (std::vector<std::string>{"2026-01-04T00:00:00Z 3", "2026-01-11T00:00:00Z 2"}));
    // Storage in GB: [01-01, 01-08) max 2 GB; [01-08, 01-15) 0.25 GB; quota 500 GB.
    const auto storage = okJson(staffGet(usagePath(
        s_alpha.organizationId, "metric=storage_gb&from=2026-01-01&to=2026-01-15&step=week")));
    EXPECT_EQ(storage->getValue<std::string>("unit"), "GB");
    EXPECT_EQ(storage->getValue<int>("quota"), 500);
    EXPECT_EQ(usagePoints(storage),
              (std::vector<std::string>{"2026-01-01T00:00:00Z 2", "2026-01-08T00:00:00Z 0.25"}));
    // Every read of a tenant's data by staff is in the audit log.
    EXPECT_NE(queryScalar(database(), "SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'staff.tenant_access' AND organization_id = '" +
                                          s_alpha.organizationId +
                                          "' AND reason LIKE 'analytics.usage_series%'"),
              "0");
}

TEST_F(AnalyticsApiTest, UsageSeriesOfAnUnlimitedQuotaAndAPendingOrganization)
{
    // Foxtrot is on Gold, whose servers are unlimited.
    const auto gold = okJson(
        staffGet(usagePath(s_foxtrot, "metric=servers&from=2026-01-01&to=2026-01-03&step=day")));
    EXPECT_TRUE(gold->get("quota").isEmpty()) << gold->get("quota").toString();
    // Golf has no plan and no rows.
    const auto golf =
        okJson(staffGet(usagePath(kGolfId, "metric=users&from=2026-01-01&to=2026-01-03&step=day")));
    EXPECT_TRUE(golf->get("quota").isEmpty());
    EXPECT_EQ(usagePoints(golf),
              (std::vector<std::string>{"2026-01-01T00:00:00Z 0", "2026-01-02T00:00:00Z 0"}));
}

TEST_F(AnalyticsApiTest, UsageSeriesErrors)
{
    const auto unknown =
        staffGet(usagePath("00000000-0000-4000-8000-000000000000",
                           "metric=servers&from=2026-01-01&to=2026-01-03&step=day"));
    EXPECT_EQ(unknown.status, 404) << unknown.body;
    const auto metric = staffGet(
        usagePath(s_alpha.organizationId, "metric=cpu&from=2026-01-01&to=2026-01-03&step=day"));
    EXPECT_EQ(metric.status, 400);
    EXPECT_TRUE(metric.json()->has("metric")) << metric.body;
    const auto step = staffGet(
        usagePath(s_alpha.organizationId, "metric=vms&from=2026-01-01&to=2026-01-03&step=year"));
    EXPECT_EQ(step.status, 400);
    EXPECT_TRUE(step.json()->has("step")) << step.body;
    const auto range = staffGet(
        usagePath(s_alpha.organizationId, "metric=vms&from=2026-01-03&to=2026-01-03&step=day"));
    EXPECT_EQ(range.status, 400);
    EXPECT_TRUE(range.json()->has("to")) << range.body;
    const auto from =
        staffGet(usagePath(s_alpha.organizationId, "metric=vms&to=2026-01-03&step=day"));
    EXPECT_EQ(from.status, 400);
    EXPECT_TRUE(from.json()->has("from")) << from.body;
}

TEST_F(AnalyticsApiTest, CustomersAreRefused)
{
    for (const std::string& path :
         {std::string("/api/admin/analytics/summary/"),
          std::string("/api/admin/analytics/revenue/?from=2026-01-01&to=2026-01-02&step=day"
                      "&currency=EUR"),
          usagePath(s_alpha.organizationId,
                    "metric=servers&from=2026-01-01&to=2026-01-02&step=day")}) {
        const auto owner = client().get(path, auth(s_alpha.ownerToken));
        EXPECT_EQ(owner.status, 403) << path << " " << owner.body;
        EXPECT_EQ(owner.json()->getValue<std::string>("code"), "permission_denied") << path;
        EXPECT_EQ(client().get(path).status, 401) << path;
    }
}

} // namespace
} // namespace ebm::test
