// From order to working subscription through the real server: staff record the payment, the
// organization, owner, invoice, coupon use and emails appear in one step, exactly once — also
// when the payment is recorded twice or concurrently, and when orders race for a coupon's last use.
#include "DatabaseProbe.h"
#include "ServerProcess.h"
#include "TempDir.h"
#include "TenantFixture.h"

#include <Poco/JSON/Array.h>
#include <atomic>
#include <gtest/gtest.h>
#include <memory>
#include <thread>

namespace ebm::test
{
namespace
{

class ProvisioningTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        seedPlansAndStaff(m_dir.path());
        m_server = std::make_unique<ServerProcess>(
            m_dir.path(), std::vector<std::string>{},
            ServerProcess::Environment{{"EBM_PASSWORD_ITERATIONS", "1000"},
                                       {"EBM_CLOCK_START", "2024-01-31T10:00:00Z"},
                                       {"EBM_TAX_RATE", "20"}});
        m_staff = login(client(), kStaffEmail, kStaffPassword);
    }

    HttpClient client() const
    {
        return m_server->client();
    }

    Poco::JSON::Object::Ptr order(const std::string& email, const std::string& plan = "silver",
                                  const std::string& cycle = "monthly",
                                  const std::string& coupon = "") const
    {
        const std::string body =
            R"({"plan":)" + std::to_string(planId(client(), plan)) + R"(,"billing_cycle":")" +
            cycle + R"(","customer":{"name":"Jeanne Ekambi","company":"Société Éclair","email":")" +
            email + R"("},"locale":"fr")" +
            (coupon.empty() ? "" : R"(,"coupon_code":")" + coupon + "\"") + "}";
        const auto placed = client().post("/api/tenants/orders/", body);
        EXPECT_EQ(placed.status, 201) << placed.body;
        return placed.json();
    }

    HttpResult pay(const Poco::JSON::Object::Ptr& placed, const std::string& amount = "") const
    {
        return client().post(
            "/api/admin/orders/" + std::to_string(placed->getValue<std::int64_t>("id")) +
                "/record_payment/",
            R"({"amount":")" + (amount.empty() ? placed->getValue<std::string>("total") : amount) +
                R"(","currency":"EUR","reference":"transfer )" +
                placed->getValue<std::string>("order_number") + R"("})",
            "application/json", auth(m_staff));
    }

    TempDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::string m_staff;
};

TEST_F(ProvisioningTest, PaymentProvisionsTheWholeSubscriptionInOneStep)
{
    const auto placed = order("jeanne@eclair.example.com", "silver", "monthly");
    const auto paid = pay(placed);
    ASSERT_EQ(paid.status, 200) << paid.body;
    const auto result = paid.json();
    EXPECT_FALSE(result->getValue<bool>("already_provisioned"));
    EXPECT_EQ(result->getValue<std::string>("invoice_number"), "INV-202401-00001");
    const std::string organizationId = result->getValue<std::string>("organization");

    const std::string welcome = lastEmailTo(m_dir.path(), "jeanne@eclair.example.com", "welcome");
    EXPECT_NE(welcome.find("Silver"), std::string::npos) << welcome;
    EXPECT_NE(welcome.find("29/02/2024"), std::string::npos)
        << "calendar month from 31 January, as French writes it: " << welcome;
    EXPECT_NE(lastEmailTo(m_dir.path(), "jeanne@eclair.example.com", "payment_receipt")
                  .find("INV-202401-00001"),
              std::string::npos);
    const auto set = client().post("/api/auth/password-reset/confirm/",
                                   R"({"token":")" + tokenFromEmail(welcome) + R"(","password":")" +
                                       kMemberPassword + R"("})");
    ASSERT_EQ(set.status, 200) << set.body;
    const std::string token = login(client(), "jeanne@eclair.example.com", kMemberPassword);

    const auto organization =
        client().get("/api/tenants/organizations/" + organizationId + "/", auth(token)).json();
    EXPECT_EQ(organization->getValue<std::string>("status"), "active");
    EXPECT_EQ(organization->getValue<std::string>("name"), "Société Éclair");
    EXPECT_EQ(organization->getObject("plan")->getValue<std::string>("slug"), "silver");
    EXPECT_EQ(organization->getValue<std::string>("subscription_start"), "2024-01-31T10:00:00Z");
    EXPECT_EQ(organization->getValue<std::string>("subscription_end"), "2024-02-29T10:00:00Z");
    EXPECT_EQ(organization->getValue<std::string>("role"), "owner");

    const auto invoices = client().get("/api/tenants/invoices/", auth(token)).json();
    ASSERT_EQ(invoices->getValue<int>("count"), 1);
    const auto invoice = invoices->getArray("results")->getObject(0);
    EXPECT_EQ(invoice->getValue<std::string>("status"), "paid");
    EXPECT_EQ(invoice->getValue<std::string>("subtotal"), "79.00");
    EXPECT_EQ(invoice->getValue<std::string>("tax"), "15.80");
    EXPECT_EQ(invoice->getValue<std::string>("total"), "94.80");
    EXPECT_EQ(invoice->getObject("buyer")->getValue<std::string>("company"), "Société Éclair");
    EXPECT_NE(invoice->getArray("lines")
                  ->getObject(0)
                  ->getValue<std::string>("description")
                  .find("Silver"),
              std::string::npos);
    EXPECT_EQ(
        client().get("/api/tenants/usage-metrics/", auth(token)).json()->getValue<int>("count"), 1);

    const auto read =
        client().get("/api/tenants/orders/" + std::to_string(placed->getValue<int>("id")) + "/",
                     {{"X-Order-Token", placed->getValue<std::string>("order_token")}});
    EXPECT_EQ(read.json()->getValue<std::string>("status"), "completed");
    EXPECT_EQ(read.json()->getValue<std::string>("organization"), organizationId);
}

TEST_F(ProvisioningTest, RecordingThePaymentTwiceProvisionsOnce)
{
    const auto placed = order("twice@example.com");
    ASSERT_EQ(pay(placed).status, 200);
    const auto again = pay(placed);
    ASSERT_EQ(again.status, 200) << again.body;
    EXPECT_TRUE(again.json()->getValue<bool>("already_provisioned"));
    EXPECT_EQ(queryScalar(m_dir.file("ebm.sqlite3"), "SELECT COUNT(*) FROM organizations"), "1");
    EXPECT_EQ(queryScalar(m_dir.file("ebm.sqlite3"), "SELECT COUNT(*) FROM invoices"), "1");
    EXPECT_EQ(queryScalar(m_dir.file("ebm.sqlite3"), "SELECT COUNT(*) FROM payments"), "1");
    EXPECT_EQ(queryScalar(m_dir.file("ebm.sqlite3"),
                          "SELECT COUNT(*) FROM email_outbox WHERE template = 'welcome'"),
              "1");
}

TEST_F(ProvisioningTest, ConcurrentCompletionsProvisionExactlyOnce)
{
    const auto placed = order("race@example.com");
    std::atomic<int> ok{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i)
        threads.emplace_back([&] { ok += pay(placed).status == 200 ? 1 : 0; });
    for (auto& thread : threads)
        thread.join();
    EXPECT_EQ(ok.load(), 8) << "every caller gets the one result";
    EXPECT_EQ(queryScalar(m_dir.file("ebm.sqlite3"), "SELECT COUNT(*) FROM organizations"), "1");
    EXPECT_EQ(queryScalar(m_dir.file("ebm.sqlite3"), "SELECT COUNT(*) FROM invoices"), "1");
    EXPECT_EQ(queryScalar(m_dir.file("ebm.sqlite3"), "SELECT COUNT(*) FROM organization_members"),
              "1");
}

TEST_F(ProvisioningTest, InvoiceNumbersHaveNoGapsWithinAMonth)
{
    for (int i = 1; i <= 5; ++i) {
        const auto paid = pay(order("n" + std::to_string(i) + "@example.com"));
        ASSERT_EQ(paid.status, 200) << paid.body;
        EXPECT_EQ(paid.json()->getValue<std::string>("invoice_number"),
                  "INV-202401-0000" + std::to_string(i));
    }
    EXPECT_EQ(pay(order("bad@example.com"), "1.00").status, 400) << "a wrong amount issues nothing";
    EXPECT_EQ(pay(order("six@example.com")).json()->getValue<std::string>("invoice_number"),
              "INV-202401-00006");
}

TEST_F(ProvisioningTest, TheLastCouponUseGoesToExactlyOneOrder)
{
    ASSERT_EQ(client()
                  .post("/api/admin/coupons/",
                        R"({"code":"LAST","discount_type":"percent","percent":"50","max_uses":1})",
                        "application/json", auth(m_staff))
                  .status,
              201);
    const auto first = order("first@example.com", "silver", "monthly", "LAST");
    const auto second = order("second@example.com", "silver", "monthly", "LAST");
    EXPECT_EQ(first->getValue<std::string>("discount"), "39.50");
    EXPECT_EQ(second->getValue<std::string>("discount"), "39.50");
    ASSERT_EQ(pay(first).status, 200);
    ASSERT_EQ(pay(second).status, 200) << "the price quoted and paid is honoured";
    EXPECT_EQ(queryScalar(m_dir.file("ebm.sqlite3"),
                          "SELECT times_used FROM coupons WHERE code = 'LAST'"),
              "1");
    EXPECT_EQ(queryScalar(m_dir.file("ebm.sqlite3"), "SELECT COUNT(*) FROM coupon_uses"), "1");
    EXPECT_EQ(queryScalar(m_dir.file("ebm.sqlite3"),
                          "SELECT COUNT(*) FROM audit_log WHERE action = 'coupon.use_over_limit'"),
              "1");
    const auto third =
        client().post("/api/tenants/coupons/validate/",
                      R"({"code":"LAST","plan":)" + std::to_string(planId(client(), "silver")) +
                          R"(,"billing_cycle":"monthly"})");
    EXPECT_EQ(third.json()->getValue<std::string>("reason"), "coupon_used_up");
}

TEST_F(ProvisioningTest, ATransferReferencePaysOneOrderOnly)
{
    const auto first = order("ref1@example.com");
    const auto second = order("ref2@example.com");
    const std::string body = R"(","currency":"EUR","reference":"VIR-2024-0042"})";
    const auto path = [](const Poco::JSON::Object::Ptr& placed) {
        return "/api/admin/orders/" + std::to_string(placed->getValue<std::int64_t>("id")) +
               "/record_payment/";
    };
    ASSERT_EQ(client()
                  .post(path(first),
                        R"({"amount":")" + first->getValue<std::string>("total") + body,
                        "application/json", auth(m_staff))
                  .status,
              200);
    const auto reused = client().post(
        path(second), R"({"amount":")" + second->getValue<std::string>("total") + body,
        "application/json", auth(m_staff));
    EXPECT_EQ(reused.status, 400) << reused.body;
    EXPECT_TRUE(reused.json()->has("reference"));
    EXPECT_EQ(queryScalar(m_dir.file("ebm.sqlite3"), "SELECT COUNT(*) FROM organizations"), "1");
}

TEST_F(ProvisioningTest, ExpiredOrdersCannotBePaid)
{
    const auto placed = order("late@example.com");
    const auto advanced = client().post("/api/admin/clock/advance/", R"({"days":8})",
                                        "application/json", auth(m_staff));
    ASSERT_EQ(advanced.status, 200) << advanced.body;
    const auto refused = pay(placed);
    EXPECT_EQ(refused.status, 409) << refused.body;
    EXPECT_EQ(refused.json()->getValue<std::string>("code"), "order_not_payable");
    EXPECT_EQ(queryScalar(m_dir.file("ebm.sqlite3"), "SELECT COUNT(*) FROM organizations"), "0");
}

} // namespace
} // namespace ebm::test
