// Orders and coupons through the real server: anonymous orders with their token, amounts
// computed by the server, signed-in buyers, coupon previews with every rejection reason, and
// staff-managed coupons applied to orders.
#include "ServerProcess.h"
#include "TempDir.h"
#include "TenantFixture.h"

#include <Poco/JSON/Array.h>
#include <gtest/gtest.h>
#include <memory>
#include <set>

namespace ebm::test
{
namespace
{

class OrdersApiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        seedPlansAndStaff(m_dir.path());
        m_server = std::make_unique<ServerProcess>(
            m_dir.path(), std::vector<std::string>{},
            ServerProcess::Environment{{"EBM_PASSWORD_ITERATIONS", "1000"},
                                       {"EBM_TAX_RATE", "19.25"}});
        m_staff = login(client(), kStaffEmail, kStaffPassword);
        m_bronze = std::to_string(planId(client(), "bronze"));
        m_silver = std::to_string(planId(client(), "silver"));
    }

    HttpClient client() const
    {
        return m_server->client();
    }

    HttpResult placeOrder(const std::string& plan, const std::string& cycle,
                          const std::string& extra = "",
                          const std::map<std::string, std::string>& headers = {}) const
    {
        return client().post(
            "/api/tenants/orders/",
            R"({"plan":)" + plan + R"(,"billing_cycle":")" + cycle +
                R"(","customer":{"name":"Ana Mbarga","company":"Douala Data","email":"ana@douala.example.com"})" +
                extra + "}",
            "application/json", headers);
    }

    HttpResult createCoupon(const std::string& body) const
    {
        return client().post("/api/admin/coupons/", body, "application/json", auth(m_staff));
    }

    std::string validate(const std::string& code, const std::string& plan,
                         const std::string& cycle = "monthly",
                         const std::string& field = "reason") const
    {
        const auto result = client().post("/api/tenants/coupons/validate/",
                                          R"({"code":")" + code + R"(","plan":)" + plan +
                                              R"(,"billing_cycle":")" + cycle + R"("})");
        const auto body = result.json();
        return body->has(field) ? body->getValue<std::string>(field) : std::string();
    }

    TempDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::string m_staff;
    std::string m_bronze;
    std::string m_silver;
};

TEST_F(OrdersApiTest, AnonymousOrderIsPricedByTheServerAndGuardedByItsToken)
{
    const auto placed = placeOrder(m_silver, "yearly", R"(,"total":"0.01","subtotal":"1.00")");
    ASSERT_EQ(placed.status, 201) << placed.body;
    const auto order = placed.json();
    EXPECT_EQ(order->getValue<std::string>("status"), "pending");
    EXPECT_EQ(order->getValue<std::string>("order_number").rfind("ORD-", 0), 0u);
    EXPECT_EQ(order->getValue<std::string>("subtotal"), "790.00");
    EXPECT_EQ(order->getValue<std::string>("tax"), "152.08");
    EXPECT_EQ(order->getValue<std::string>("total"), "942.08");
    EXPECT_EQ(order->getValue<std::string>("currency"), "EUR");
    const std::string token = order->getValue<std::string>("order_token");
    ASSERT_EQ(token.size(), 43u);

    const std::string path =
        "/api/tenants/orders/" + std::to_string(order->getValue<int>("id")) + "/";
    EXPECT_EQ(client().get(path).status, 404);
    EXPECT_EQ(client().get(path, {{"X-Order-Token", "wrong"}}).status, 404);
    const auto read = client().get(path, {{"X-Order-Token", token}});
    ASSERT_EQ(read.status, 200);
    EXPECT_FALSE(read.json()->has("order_token")) << "the token is handed out once";
    EXPECT_EQ(read.json()->getObject("customer")->getValue<std::string>("company"), "Douala Data");
}

TEST_F(OrdersApiTest, OrderNumbersAreUnique)
{
    std::set<std::string> numbers;
    for (int i = 0; i < 20; ++i)
        numbers.insert(
            placeOrder(m_bronze, "monthly").json()->getValue<std::string>("order_number"));
    EXPECT_EQ(numbers.size(), 20u);
}

TEST_F(OrdersApiTest, BadOrdersNameEachField)
{
    const auto response =
        client().post("/api/tenants/orders/",
                      R"({"plan":"x","billing_cycle":"weekly","customer":{"email":"nope"}})");
    ASSERT_EQ(response.status, 400);
    const auto body = response.json();
    for (const char* field : {"plan", "billing_cycle", "customer.name", "customer.email"})
        EXPECT_TRUE(body->has(field)) << field << " in " << response.body;
    const auto noCustomer =
        client().post("/api/tenants/orders/", R"({"plan":1,"billing_cycle":"monthly"})");
    EXPECT_TRUE(noCustomer.json()->has("customer"));
    const auto unknownPlan = placeOrder("999999", "monthly");
    EXPECT_EQ(unknownPlan.status, 400);
    EXPECT_TRUE(unknownPlan.json()->has("plan"));
}

TEST_F(OrdersApiTest, SignedInBuyersSeeTheirOwnOrdersOnly)
{
    const Tenant buyer = createTenant(*m_server, m_dir.path(), m_staff, "Buyer Co");
    const Tenant other = createTenant(*m_server, m_dir.path(), m_staff, "Other Co");
    const auto placed = placeOrder(m_silver, "monthly", "", auth(buyer.ownerToken));
    ASSERT_EQ(placed.status, 201);
    EXPECT_FALSE(placed.json()->has("order_token")) << "an account proves ownership";
    const std::string path =
        "/api/tenants/orders/" + std::to_string(placed.json()->getValue<int>("id")) + "/";
    EXPECT_EQ(client().get(path, auth(buyer.ownerToken)).status, 200);
    EXPECT_EQ(client().get(path, auth(other.ownerToken)).status, 404);
    EXPECT_EQ(
        client().get("/api/tenants/orders/", auth(buyer.ownerToken)).json()->getValue<int>("count"),
        1);
    EXPECT_EQ(
        client().get("/api/tenants/orders/", auth(other.ownerToken)).json()->getValue<int>("count"),
        0);
    EXPECT_EQ(client().get("/api/tenants/orders/").status, 401);
}

TEST_F(OrdersApiTest, CouponsDiscountOrdersAndExplainRejections)
{
    ASSERT_EQ(
        createCoupon(R"({"code":"lancement15","discount_type":"percent","percent":"15","plans":[)" +
                     m_silver + "]}")
            .status,
        201);
    const auto preview = client().post("/api/tenants/coupons/validate/",
                                       R"({"code":" Lancement15 ","plan":)" + m_silver +
                                           R"(,"billing_cycle":"yearly"})");
    ASSERT_EQ(preview.status, 200) << preview.body;
    EXPECT_TRUE(preview.json()->getValue<bool>("valid"));
    EXPECT_EQ(preview.json()->getValue<std::string>("discount"), "118.50");
    EXPECT_EQ(preview.json()->getValue<std::string>("tax"),
              "129.26"); // 671.50 × 19.25 % = 129.26375
    EXPECT_EQ(preview.json()->getValue<std::string>("total"), "800.76");

    EXPECT_EQ(validate("LANCEMENT15", m_bronze), "coupon_not_for_plan");
    EXPECT_EQ(validate("NOSUCHCODE", m_silver), "coupon_unknown");

    const auto order = placeOrder(m_silver, "yearly", R"(,"coupon_code":"lancement15")");
    ASSERT_EQ(order.status, 201) << order.body;
    EXPECT_EQ(order.json()->getValue<std::string>("coupon_code"), "LANCEMENT15");
    EXPECT_EQ(order.json()->getValue<std::string>("discount"), "118.50");

    const auto refused = placeOrder(m_bronze, "monthly", R"(,"coupon_code":"lancement15")");
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(refused.json()->has("coupon_code"));
}

TEST_F(OrdersApiTest, EveryRejectionReasonIsReported)
{
    ASSERT_EQ(
        createCoupon(
            R"({"code":"OLD","discount_type":"percent","percent":"10","valid_until":"2020-01-01T00:00:00Z"})")
            .status,
        201);
    ASSERT_EQ(
        createCoupon(
            R"({"code":"SOON","discount_type":"percent","percent":"10","valid_from":"2999-01-01T00:00:00Z"})")
            .status,
        201);
    ASSERT_EQ(
        createCoupon(R"({"code":"OFF","discount_type":"percent","percent":"10","is_active":false})")
            .status,
        201);
    ASSERT_EQ(
        createCoupon(
            R"({"code":"BIG","discount_type":"fixed","amount":"20.00","currency":"EUR","minimum_amount":"100.00"})")
            .status,
        201);
    ASSERT_EQ(
        createCoupon(R"({"code":"CFA","discount_type":"fixed","amount":"5000","currency":"XAF"})")
            .status,
        201);
    EXPECT_EQ(validate("OLD", m_bronze), "coupon_expired");
    EXPECT_EQ(validate("SOON", m_bronze), "coupon_not_yet_valid");
    EXPECT_EQ(validate("OFF", m_bronze), "coupon_inactive");
    EXPECT_EQ(validate("BIG", m_bronze), "coupon_below_minimum_amount");
    EXPECT_EQ(validate("BIG", m_bronze, "yearly"), "") << "290.00 is above the 100.00 minimum";
    EXPECT_EQ(validate("CFA", m_bronze), "coupon_other_currency");
}

TEST_F(OrdersApiTest, CouponCatalogIsStaffOnlyAndValidated)
{
    const Tenant customer = createTenant(*m_server, m_dir.path(), m_staff, "Customer");
    EXPECT_EQ(client()
                  .post("/api/admin/coupons/",
                        R"({"code":"X","discount_type":"percent","percent":"5"})",
                        "application/json", auth(customer.ownerToken))
                  .status,
              403);
    const auto bad = createCoupon(R"({"code":"","discount_type":"gift","max_uses":0})");
    ASSERT_EQ(bad.status, 400);
    for (const char* field : {"code", "discount_type", "max_uses"})
        EXPECT_TRUE(bad.json()->has(field)) << field << " in " << bad.body;
    const auto badPercent =
        createCoupon(R"({"code":"P","discount_type":"percent","percent":"150"})");
    EXPECT_EQ(badPercent.status, 400);
    EXPECT_TRUE(badPercent.json()->has("percent")) << badPercent.body;
    ASSERT_EQ(createCoupon(R"({"code":"DUP","discount_type":"percent","percent":"5"})").status,
              201);
    EXPECT_EQ(createCoupon(R"({"code":"dup","discount_type":"percent","percent":"5"})").status,
              409);
    const auto list = client().get("/api/admin/coupons/", auth(m_staff)).json();
    EXPECT_EQ(list->getValue<int>("count"), 1);
}

} // namespace
} // namespace ebm::test
