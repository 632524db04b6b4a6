// Paying by bank transfer through the real server: the RF reference and bank details, the
// receipt upload (type by content, size limit), staff crediting partial and full amounts
// (provisioning once), rejection with the reason emailed and a new attempt, payment methods
// switched off by staff, and Idempotency-Key on POST.
#include "DatabaseProbe.h"
#include "ServerProcess.h"
#include "TempDir.h"
#include "TenantFixture.h"

#include <gtest/gtest.h>
#include <memory>

namespace ebm::test
{
namespace
{

const std::string kPdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

class BankTransferTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        seedPlansAndStaff(m_dir.path());
        ServerProcess::Environment environment = fastPasswords();
        environment["EBM_CLOCK_START"] = "2026-03-02T09:00:00Z";
        environment["BANK_NAME"] = "Afriland First Bank";
        environment["BANK_ACCOUNT_NUMBER"] = "CM21 10005 00001 01234567891 23";
        m_server =
            std::make_unique<ServerProcess>(m_dir.path(), std::vector<std::string>{}, environment);
        m_staff = login(client(), kStaffEmail, kStaffPassword);
        placeOrder();
    }

    HttpClient client() const
    {
        return m_server->client();
    }

    std::string database() const
    {
        return m_dir.file("ebm.sqlite3");
    }

    void placeOrder()
    {
        const auto placed = client().post(
            "/api/tenants/orders/",
            R"({"plan":)" + std::to_string(planId(client(), "silver")) +
                R"(,"billing_cycle":"monthly","customer":{"name":"Awa Ndiaye",)"
                R"("company":"Bafoussam Data","email":"awa@bafoussam.example.com"},"locale":"fr"})");
        ASSERT_EQ(placed.status, 201) << placed.body;
        m_orderId = std::to_string(placed.json()->getValue<std::int64_t>("id"));
        m_orderToken = placed.json()->getValue<std::string>("order_token");
    }

    HttpResult orderPost(const std::string& action, const std::string& body,
                         const std::string& contentType = "application/json") const
    {
        return client().post("/api/tenants/orders/" + m_orderId + "/" + action + "/", body,
                             contentType, {{"X-Order-Token", m_orderToken}});
    }

    HttpResult payByTransfer() const
    {
        return orderPost("initiate_payment", R"({"payment_method":"bank_transfer"})");
    }

    HttpResult decide(std::int64_t paymentId, const std::string& body) const
    {
        return client().post("/api/tenants/payments/" + std::to_string(paymentId) +
                                 "/verify_bank_transfer/",
                             body, "application/json", auth(m_staff));
    }

    std::string orderStatus() const
    {
        return queryScalar(database(), "SELECT status FROM orders WHERE id = " + m_orderId);
    }

    TempDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::string m_staff;
    std::string m_orderId;
    std::string m_orderToken;
};

TEST_F(BankTransferTest, InitiationGivesTheBankDetailsAndAnRfReferenceOnce)
{
    const auto started = payByTransfer();
    ASSERT_EQ(started.status, 201) << started.body;
    const auto payment = started.json();
    EXPECT_EQ(payment->getValue<std::string>("status"), "pending");
    EXPECT_EQ(payment->getValue<std::string>("amount"), "79.00");
    EXPECT_EQ(payment->getValue<std::string>("outstanding"), "79.00");
    const auto bank = payment->getObject("bank_transfer");
    EXPECT_EQ(bank->getValue<std::string>("bank_name"), "Afriland First Bank");
    EXPECT_EQ(bank->getValue<std::string>("account_number"), "CM21 10005 00001 01234567891 23");
    const std::string reference = bank->getValue<std::string>("reference");
    EXPECT_EQ(reference.rfind("RF", 0), 0u) << reference;
    EXPECT_NE(reference.find("P" + std::to_string(payment->getValue<std::int64_t>("id"))),
              std::string::npos)
        << "the reference carries the attempt";

    const auto again = payByTransfer();
    ASSERT_EQ(again.status, 200) << "the open transfer is answered again";
    EXPECT_EQ(again.json()->getValue<std::int64_t>("id"), payment->getValue<std::int64_t>("id"));
    EXPECT_EQ(client()
                  .post("/api/tenants/orders/" + m_orderId + "/initiate_payment/",
                        R"({"payment_method":"bank_transfer"})")
                  .status,
              404)
        << "without the order token";
    const auto unknown = orderPost("initiate_payment", R"({"payment_method":"cash"})");
    EXPECT_EQ(unknown.status, 400);
    EXPECT_TRUE(unknown.json()->has("payment_method")) << unknown.body;
}

TEST_F(BankTransferTest, ReceiptsAreCheckedByContentAndSize)
{
    ASSERT_EQ(payByTransfer().status, 201);
    const auto text = orderPost("receipt", "just text", "application/pdf");
    EXPECT_EQ(text.status, 400);
    EXPECT_TRUE(text.json()->has("receipt")) << text.body;
    const auto tooBig =
        orderPost("receipt", std::string(5 * 1024 * 1024 + 1, 'x'), "application/octet-stream");
    EXPECT_EQ(tooBig.status, 413);

    const auto uploaded = orderPost("receipt", kPdf, "application/octet-stream");
    ASSERT_EQ(uploaded.status, 200) << uploaded.body;
    EXPECT_EQ(uploaded.json()->getObject("receipt")->getValue<std::string>("content_type"),
              "application/pdf");
    const auto id = uploaded.json()->getValue<std::int64_t>("id");
    const auto file =
        client().get("/api/admin/payments/" + std::to_string(id) + "/receipt/", auth(m_staff));
    ASSERT_EQ(file.status, 200);
    EXPECT_EQ(file.body, kPdf);
    EXPECT_EQ(file.header("Content-Type"), "application/pdf");
    EXPECT_NE(file.header("Content-Disposition").find("attachment"), std::string::npos);
    EXPECT_EQ(file.header("X-Content-Type-Options"), "nosniff");
}

TEST_F(BankTransferTest, StaffCreditPartialThenFullAmountAndTheOrderIsProvisionedOnce)
{
    const auto started = payByTransfer();
    const auto id = started.json()->getValue<std::int64_t>("id");
    ASSERT_EQ(orderPost("receipt", kPdf, "application/pdf").status, 200);

    const auto partial = decide(id, R"({"approve":true,"amount_received":"50.00"})");
    ASSERT_EQ(partial.status, 200) << partial.body;
    EXPECT_EQ(partial.json()->getValue<std::string>("status"), "pending");
    EXPECT_EQ(partial.json()->getValue<std::string>("received"), "50.00");
    EXPECT_EQ(partial.json()->getValue<std::string>("outstanding"), "29.00");
    EXPECT_EQ(orderStatus(), "pending");

    const auto rest = decide(id, R"({"approve":true})");
    ASSERT_EQ(rest.status, 200) << rest.body;
    EXPECT_EQ(rest.json()->getValue<std::string>("status"), "completed");
    EXPECT_EQ(rest.json()->getValue<std::string>("outstanding"), "0.00");
    EXPECT_EQ(orderStatus(), "completed");
    EXPECT_EQ(queryScalar(database(), "SELECT COUNT(*) FROM organizations"), "1");
    EXPECT_EQ(queryScalar(database(), "SELECT COUNT(*) FROM invoices"), "1");
    EXPECT_EQ(decide(id, R"({"approve":true})").status, 409) << "a closed payment stays closed";
    EXPECT_EQ(queryScalar(database(), "SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'payment.bank_transfer_credited'"),
              "2");

    const std::string owner = "awa@bafoussam.example.com";
    const std::string password = "owner password 1";
    const auto set = client().post("/api/auth/password-reset/confirm/",
                                   R"({"token":")" +
                                       tokenFromEmail(lastEmailTo(m_dir.path(), owner, "welcome")) +
                                       R"(","password":")" + password + R"("})");
    ASSERT_EQ(set.status, 200) << set.body;
    const std::string token = login(client(), owner, password);
    const auto mine = client().get("/api/tenants/payments/", auth(token));
    ASSERT_EQ(mine.status, 200) << mine.body;
    EXPECT_EQ(mine.json()->getValue<int>("count"), 1);
    const auto receipt =
        client().get("/api/tenants/payments/" + std::to_string(id) + "/receipt/", auth(token));
    ASSERT_EQ(receipt.status, 200);
    EXPECT_EQ(receipt.body, kPdf);
}

TEST_F(BankTransferTest, RejectionEmailsTheReasonAndANewAttemptGetsANewReference)
{
    const auto first = payByTransfer().json();
    const auto missingReason = decide(first->getValue<std::int64_t>("id"), R"({"approve":false})");
    EXPECT_EQ(missingReason.status, 400);
    EXPECT_TRUE(missingReason.json()->has("reason"));

    const auto rejected =
        decide(first->getValue<std::int64_t>("id"),
               R"({"approve":false,"reason":"Aucun virement reçu sur le compte"})");
    ASSERT_EQ(rejected.status, 200) << rejected.body;
    EXPECT_EQ(rejected.json()->getValue<std::string>("status"), "failed");
    EXPECT_EQ(rejected.json()->getValue<std::string>("failure_code"), "REJECTED_BY_STAFF");
    const std::string email =
        lastEmailTo(m_dir.path(), "awa@bafoussam.example.com", "payment_failed");
    EXPECT_NE(email.find("Aucun virement re"), std::string::npos) << email;
    EXPECT_EQ(orderStatus(), "pending");

    const auto second = payByTransfer();
    ASSERT_EQ(second.status, 201) << second.body;
    EXPECT_NE(second.json()->getObject("bank_transfer")->getValue<std::string>("reference"),
              first->getObject("bank_transfer")->getValue<std::string>("reference"));
}

TEST_F(BankTransferTest, AnOrderWithAnOpenTransferDoesNotExpire)
{
    const auto id = payByTransfer().json()->getValue<std::int64_t>("id");
    ASSERT_EQ(
        client()
            .post("/api/admin/clock/advance/", R"({"days":30})", "application/json", auth(m_staff))
            .status,
        200);
    m_staff = login(client(), kStaffEmail, kStaffPassword);
    const auto order =
        client().get("/api/tenants/orders/" + m_orderId + "/", {{"X-Order-Token", m_orderToken}});
    EXPECT_EQ(order.json()->getValue<std::string>("status"), "pending");
    EXPECT_EQ(decide(id, R"({"approve":true})").json()->getValue<std::string>("status"),
              "completed");
}

TEST_F(BankTransferTest, StaffSwitchPaymentMethodsOffAndOn)
{
    const auto before = client().get("/api/tenants/payment-methods/");
    ASSERT_EQ(before.status, 200);
    EXPECT_NE(before.body.find("\"bank_transfer\""), std::string::npos);

    const auto off = client().send("PATCH", "/api/admin/payment-methods/bank_transfer/",
                                   R"({"is_enabled":false})", withJson(auth(m_staff)));
    ASSERT_EQ(off.status, 200) << off.body;
    EXPECT_EQ(client().get("/api/tenants/payment-methods/").body.find("\"bank_transfer\""),
              std::string::npos);
    const auto refused = payByTransfer();
    EXPECT_EQ(refused.status, 409);
    EXPECT_EQ(refused.json()->getValue<std::string>("code"), "payment_method_disabled");
    EXPECT_EQ(client()
                  .send("PATCH", "/api/admin/payment-methods/bank_transfer/",
                        R"({"is_enabled":true})", withJson(auth(m_staff)))
                  .status,
              200);
    EXPECT_EQ(payByTransfer().status, 201);
}

TEST_F(BankTransferTest, IdempotencyKeyReplaysTheFirstAnswer)
{
    const std::map<std::string, std::string> headers{{"X-Order-Token", m_orderToken},
                                                     {"Idempotency-Key", "pay-1"}};
    const std::string body = R"({"payment_method":"bank_transfer"})";
    const std::string path = "/api/tenants/orders/" + m_orderId + "/initiate_payment/";
    const auto first = client().post(path, body, "application/json", headers);
    ASSERT_EQ(first.status, 201) << first.body;
    const auto replay = client().post(path, body, "application/json", headers);
    EXPECT_EQ(replay.status, 201) << "the stored answer, status included";
    EXPECT_EQ(replay.body, first.body);
    EXPECT_EQ(replay.header("Idempotent-Replayed"), "true");
    const auto reused =
        client().post(path, R"({"payment_method":"paypal"})", "application/json", headers);
    EXPECT_EQ(reused.status, 409);
    EXPECT_EQ(reused.json()->getValue<std::string>("code"), "idempotency_key_reused");
    EXPECT_EQ(queryScalar(database(), "SELECT COUNT(*) FROM payments"), "1");
}

} // namespace
} // namespace ebm::test
