// Paying with MTN Mobile Money through the real server and its built-in MoMo simulator: a full
// purchase (and the simulator's repeated callback provisioning nothing twice), each failure
// number with its French message and email, a rejection then a retry, the pending number that
// expires with the clock, the number that stays CREATED and blocks other attempts, provider
// 500s and timeouts (pending, then completed by the reconciliation job), forged and replayed
// callbacks, concurrent verify_payment calls, phone validation and the currency a target
// environment takes.
#include "DatabaseProbe.h"
#include "ServerProcess.h"
#include "TempDir.h"
#include "TenantFixture.h"

#include <chrono>
#include <gtest/gtest.h>
#include <memory>
#include <thread>
#include <vector>

namespace ebm::test
{
namespace
{

const std::string kCustomer = "awa@bafoussam.example.com";
const std::string kSuccessNumber = "56733123453"; // succeeds; its callback is sent twice

class MobileMoneyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        seedPlansAndStaff(m_dir.path());
    }

    void start(const ServerProcess::Environment& extra = {})
    {
        ServerProcess::Environment environment = fastPasswords();
        environment["EBM_CLOCK_START"] = "2026-03-02T09:00:00Z";
        for (const auto& [name, value] : extra)
            environment[name] = value;
        m_server =
            std::make_unique<ServerProcess>(m_dir.path(), std::vector<std::string>{}, environment);
        m_staff = login(client(), kStaffEmail, kStaffPassword);
        const auto placed =
            client().post("/api/tenants/orders/",
                          R"({"plan":)" + std::to_string(planId(client(), "silver")) +
                              R"(,"billing_cycle":"monthly","customer":{"name":"Awa Ndiaye",)"
                              R"("company":"Bafoussam Data","email":")" +
                              kCustomer + R"("},"locale":"fr"})");
        ASSERT_EQ(placed.status, 201) << placed.body;
        m_orderId = std::to_string(placed.json()->getValue<std::int64_t>("id"));
        m_orderToken = placed.json()->getValue<std::string>("order_token");
    }

    HttpClient client() const
    {
        return m_server->client();
    }

    std::string count(const std::string& sql) const
    {
        return queryScalar(m_dir.file("ebm.sqlite3"), sql);
    }

    HttpResult orderPost(const std::string& action, const std::string& body) const
    {
        return client().post("/api/tenants/orders/" + m_orderId + "/" + action + "/", body,
                             "application/json", {{"X-Order-Token", m_orderToken}});
    }

    HttpResult pay(const std::string& phone) const
    {
        return orderPost("initiate_payment",
                         R"({"payment_method":"mtn_momo","phone":")" + phone + R"("})");
    }

    HttpResult verify() const
    {
        return orderPost("verify_payment", "{}");
    }

    std::string orderStatus() const
    {
        return count("SELECT status FROM orders WHERE id = " + m_orderId);
    }

    HttpResult staffPost(const std::string& path, const std::string& body) const
    {
        return client().post(path, body, "application/json", auth(m_staff));
    }

    void advanceClock(int seconds) const
    {
        const auto moved = staffPost("/api/admin/clock/advance/",
                                     R"({"seconds":)" + std::to_string(seconds) + "}");
        ASSERT_EQ(moved.status, 200) << moved.body;
    }

    Poco::JSON::Object::Ptr reconcile() const
    {
        const auto run = staffPost("/api/admin/jobs/reconcile-payments/run/", "");
        EXPECT_EQ(run.status, 200) << run.body;
        return run.json()->getObject("changes");
    }

    HttpResult control(const std::string& body) const
    {
        return client().post("/simulator/momo/_control/", body);
    }

    // Waits (at most about ten seconds) until the simulator has delivered `delivered` callbacks
    // and has none left to send.
    void awaitCallbacks(int delivered) const
    {
        for (int attempt = 0; attempt < 100; ++attempt) {
            const auto state = client().get("/simulator/momo/_control/").json();
            const auto callbacks = state->getObject("callbacks");
            if (callbacks->getValue<int>("pending") == 0 &&
                callbacks->getValue<int>("delivered") + callbacks->getValue<int>("failed") >=
                    delivered) {
                EXPECT_EQ(callbacks->getValue<int>("failed"), 0);
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        FAIL() << "the simulator did not deliver " << delivered << " callbacks in time";
    }

    int requestsToPay() const
    {
        return client().get("/simulator/momo/_control/").json()->getValue<int>("requests_to_pay");
    }

    TempDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::string m_staff;
    std::string m_orderId;
    std::string m_orderToken;
};

TEST_F(MobileMoneyTest, PurchaseCompletesAndTheRepeatedCallbackProvisionsOnce)
{
    start();
    const auto started = pay(kSuccessNumber);
    ASSERT_EQ(started.status, 201) << started.body;
    const auto payment = started.json();
    EXPECT_EQ(payment->getValue<std::string>("method"), "mtn_momo");
    EXPECT_EQ(payment->getValue<std::string>("status"), "pending");
    EXPECT_EQ(payment->getValue<std::string>("payer_phone"), kSuccessNumber);
    EXPECT_EQ(payment->getValue<std::string>("provider_reference"),
              payment->getValue<std::string>("transaction_id"))
        << "the X-Reference-Id is our transaction id";

    const auto verified = verify();
    ASSERT_EQ(verified.status, 200) << verified.body;
    EXPECT_EQ(verified.json()->getValue<std::string>("status"), "completed");
    EXPECT_EQ(orderStatus(), "completed");
    EXPECT_EQ(count("SELECT COUNT(*) FROM organizations"), "1");
    EXPECT_EQ(count("SELECT COUNT(*) FROM invoices WHERE status IN ('issued', 'paid')"), "1");

    awaitCallbacks(2);
    EXPECT_EQ(count("SELECT COUNT(*) FROM webhook_events WHERE provider = 'mtn_momo' AND "
                    "event_type = 'SUCCESSFUL' AND processed_at IS NOT NULL AND "
                    "processing_error IS NULL AND signature_valid IS NULL"),
              "1")
        << "the two identical deliveries are one event";
    EXPECT_EQ(count("SELECT COUNT(*) FROM organizations"), "1");
    EXPECT_EQ(count("SELECT COUNT(*) FROM invoices"), "1");
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'payment.completed'"), "1");
    const std::string log = m_server->log();
    for (const std::string secret :
         {"simulator-key", "simulator-subscription", "Bearer ", "Basic ", "c2ltdWxhdG9yLXVzZXI6"})
        EXPECT_EQ(log.find(secret), std::string::npos) << secret << " found in the server log";
}

TEST_F(MobileMoneyTest, EachFailureNumberFailsWithItsCodeAndAFrenchMessage)
{
    start();
    const std::vector<std::pair<std::string, std::string>> failures{
        {"46733123450", "INTERNAL_PROCESSING_ERROR"},
        {"46733123451", "APPROVAL_REJECTED"},
        {"46733123452", "EXPIRED"},
        {"46733123455", "NOT_ENOUGH_FUNDS"},
        {"46733123456", "PAYER_LIMIT_REACHED"}};
    const std::vector<std::string> french{"n'a pas pu traiter", "refusé sur votre téléphone",
                                          "a expiré", "solde de votre compte",
                                          "limite de transactions"};
    for (std::size_t i = 0; i < failures.size(); ++i) {
        const auto& [number, code] = failures[i];
        ASSERT_EQ(pay(number).status, 201) << number;
        const auto verified = verify();
        ASSERT_EQ(verified.status, 200) << verified.body;
        const auto payment = verified.json();
        EXPECT_EQ(payment->getValue<std::string>("status"), "failed") << number;
        EXPECT_EQ(payment->getValue<std::string>("failure_code"), code);
        const std::string message = payment->getValue<std::string>("failure_message");
        EXPECT_NE(message.find(french[i]), std::string::npos) << message;
        EXPECT_NE(lastEmailTo(m_dir.path(), kCustomer, "payment_failed").find(message),
                  std::string::npos)
            << code;
    }
    EXPECT_EQ(orderStatus(), "pending");
    EXPECT_EQ(count("SELECT COUNT(*) FROM email_outbox WHERE template = 'payment_failed'"), "5");
    EXPECT_EQ(count("SELECT COUNT(*) FROM organizations"), "0");
}

TEST_F(MobileMoneyTest, RejectionThenRetryWithAnotherNumberCompletes)
{
    start();
    ASSERT_EQ(pay("46733123451").status, 201);
    EXPECT_EQ(verify().json()->getValue<std::string>("failure_code"), "APPROVAL_REJECTED");

    const auto retried = pay(" +237 6 71-23-45-67 ");
    ASSERT_EQ(retried.status, 201) << retried.body;
    EXPECT_EQ(retried.json()->getValue<std::string>("payer_phone"), "237671234567");
    EXPECT_EQ(verify().json()->getValue<std::string>("status"), "completed");
    EXPECT_EQ(orderStatus(), "completed");
    EXPECT_EQ(count("SELECT COUNT(*) FROM organizations"), "1");
}

TEST_F(MobileMoneyTest, PendingRequestExpiresAfterThirtySecondsOfTheServerClock)
{
    start();
    ASSERT_EQ(pay("46733123453").status, 201);
    const auto pending = verify().json();
    EXPECT_EQ(pending->getValue<std::string>("status"), "pending");
    EXPECT_EQ(pending->getValue<std::string>("provider_status"), "PENDING");

    advanceClock(31);
    const auto expired = verify().json();
    EXPECT_EQ(expired->getValue<std::string>("status"), "failed");
    EXPECT_EQ(expired->getValue<std::string>("failure_code"), "EXPIRED");
    EXPECT_NE(expired->getValue<std::string>("failure_message").find("a expiré"),
              std::string::npos);
}

TEST_F(MobileMoneyTest, RequestStuckInCreatedStaysPendingAndBlocksOtherAttempts)
{
    start();
    const auto started = pay("46733123454");
    ASSERT_EQ(started.status, 201);
    const auto pending = verify().json();
    EXPECT_EQ(pending->getValue<std::string>("status"), "pending");
    EXPECT_EQ(pending->getValue<std::string>("provider_status"), "CREATED");

    for (const std::string& body :
         {std::string(R"({"payment_method":"bank_transfer"})"),
          std::string(R"({"payment_method":"mtn_momo","phone":")" + kSuccessNumber + "\"}")}) {
        const auto refused = orderPost("initiate_payment", body);
        EXPECT_EQ(refused.status, 409) << body;
        EXPECT_EQ(refused.json()->getValue<std::string>("code"), "payment_in_progress");
    }
    const auto again = pay("46733123454");
    EXPECT_EQ(again.status, 200) << "the open request is answered again";
    EXPECT_EQ(again.json()->getValue<std::int64_t>("id"),
              started.json()->getValue<std::int64_t>("id"));
}

TEST_F(MobileMoneyTest, ProviderErrorsLeaveThePaymentPendingUntilReconciliationStartsItAgain)
{
    start();
    ASSERT_EQ(control(R"({"fail_next":3,"mode":"error_500","callbacks":false})").status, 200);
    const auto started = pay(kSuccessNumber);
    ASSERT_EQ(started.status, 201) << started.body;
    EXPECT_EQ(started.json()->getValue<std::string>("status"), "pending");
    EXPECT_EQ(requestsToPay(), 0) << "every attempt failed";

    advanceClock(120);
    EXPECT_EQ(reconcile()->getValue<int>("checked"), 1);
    EXPECT_EQ(requestsToPay(), 1) << "started again, with the same reference id";
    EXPECT_EQ(count("SELECT status FROM payments"), "pending");

    advanceClock(5 * 60);
    EXPECT_EQ(reconcile()->getValue<int>("completed"), 1);
    EXPECT_EQ(count("SELECT status FROM payments"), "completed");
    EXPECT_EQ(count("SELECT provider_reference = transaction_id FROM payments"), "1");
    EXPECT_EQ(orderStatus(), "completed");
    EXPECT_EQ(count("SELECT COUNT(*) FROM organizations"), "1");
}

TEST_F(MobileMoneyTest, ProviderTimeoutsLeaveThePaymentPendingUntilReconciliationFindsIt)
{
    start({{"EBM_PROVIDER_READ_TIMEOUT_MS", "500"}});
    ASSERT_EQ(control(R"({"fail_next":3,"mode":"timeout","callbacks":false})").status, 200);
    const auto started = pay(kSuccessNumber);
    ASSERT_EQ(started.status, 201) << started.body;
    EXPECT_EQ(started.json()->getValue<std::string>("status"), "pending")
        << "never failed by our own timeout";
    EXPECT_EQ(requestsToPay(), 1) << "the first attempt arrived; only its answer was lost";

    advanceClock(120);
    EXPECT_EQ(reconcile()->getValue<int>("completed"), 1);
    EXPECT_EQ(orderStatus(), "completed");
    EXPECT_EQ(count("SELECT COUNT(*) FROM organizations"), "1");
}

TEST_F(MobileMoneyTest, ForgedOrReplayedCallbacksOnlyTriggerAStatusQuery)
{
    start();
    ASSERT_EQ(control(R"({"callbacks":false})").status, 200);
    const auto started = pay("46733123451");
    ASSERT_EQ(started.status, 201);
    const std::string transaction = started.json()->getValue<std::string>("transaction_id");
    const std::string forged = R"({"externalId":")" + transaction +
                               R"(","amount":"79.00","currency":"EUR","payer":{"partyIdType":)"
                               R"("MSISDN","partyId":"46733123451"},"payeeNote":"x",)"
                               R"("status":"SUCCESSFUL"})";
    for (int delivery = 0; delivery < 2; ++delivery) {
        const auto answer = client().post("/webhooks/mtn/", forged);
        EXPECT_EQ(answer.status, 200) << answer.body;
    }
    EXPECT_EQ(count("SELECT status || ' ' || failure_code FROM payments"),
              "failed APPROVAL_REJECTED")
        << "MTN's own answer counts, not the callback's";
    EXPECT_EQ(orderStatus(), "pending");
    EXPECT_EQ(count("SELECT COUNT(*) FROM organizations"), "0");
    EXPECT_EQ(count("SELECT COUNT(*) FROM webhook_events"), "1") << "the replay is the same event";

    EXPECT_EQ(
        client().post("/webhooks/mtn/", R"({"externalId":"nobody","status":"SUCCESSFUL"})").status,
        200);
    EXPECT_EQ(client().post("/webhooks/mtn/", "not json", "text/plain").status, 200);
    EXPECT_EQ(count("SELECT group_concat(processing_error, '|') FROM (SELECT processing_error "
                    "FROM webhook_events WHERE processing_error IS NOT NULL ORDER BY id)"),
              "no matching payment|malformed: not a JSON object with an externalId");
}

TEST_F(MobileMoneyTest, PutCallbackWorksLikePost)
{
    start();
    ASSERT_EQ(control(R"({"callbacks":false})").status, 200);
    const auto started = pay(kSuccessNumber);
    ASSERT_EQ(started.status, 201);
    const auto answer = client().send("PUT", "/webhooks/mtn/",
                                      R"({"externalId":")" +
                                          started.json()->getValue<std::string>("transaction_id") +
                                          R"(","status":"SUCCESSFUL"})",
                                      {{"Content-Type", "application/json"}});
    EXPECT_EQ(answer.status, 200) << answer.body;
    EXPECT_EQ(count("SELECT status FROM payments"), "completed");
    EXPECT_EQ(orderStatus(), "completed");
}

TEST_F(MobileMoneyTest, ConcurrentVerificationsProvisionOnce)
{
    start();
    ASSERT_EQ(control(R"({"callbacks":false})").status, 200);
    ASSERT_EQ(pay(kSuccessNumber).status, 201);
    std::vector<std::string> statuses(6);
    std::vector<std::thread> callers;
    for (std::size_t i = 0; i < statuses.size(); ++i)
        callers.emplace_back([this, &statuses, i] {
            const auto verified = verify();
            statuses[i] = verified.status == 200
                              ? verified.json()->getValue<std::string>("status")
                              : std::to_string(verified.status) + " " + verified.body;
        });
    for (auto& caller : callers)
        caller.join();
    for (const auto& status : statuses)
        EXPECT_EQ(status, "completed");
    EXPECT_EQ(count("SELECT COUNT(*) FROM organizations"), "1");
    EXPECT_EQ(count("SELECT COUNT(*) FROM invoices"), "1");
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'payment.completed'"), "1");
    EXPECT_EQ(count("SELECT COUNT(*) FROM email_outbox WHERE template = 'welcome'"), "1");
}

TEST_F(MobileMoneyTest, PhoneNumbersAreRequiredAndValidated)
{
    start();
    for (const std::string& body :
         {std::string(R"({"payment_method":"mtn_momo"})"),
          std::string(R"({"payment_method":"mtn_momo","phone":"12"})"),
          std::string(R"({"payment_method":"mtn_momo","phone":"+237 5 71 23 45 67"})")}) {
        const auto refused = orderPost("initiate_payment", body);
        EXPECT_EQ(refused.status, 400) << body;
        EXPECT_TRUE(refused.json()->has("phone")) << refused.body;
    }
    EXPECT_EQ(count("SELECT COUNT(*) FROM payments"), "0");
}

TEST_F(MobileMoneyTest, TargetEnvironmentRefusesOtherCurrenciesUpFront)
{
    // A production market, pointed at a closed local port so nothing could leave the machine;
    // the refusal comes before any call.
    start({{"MTN_MOMO_ENVIRONMENT", "mtncameroon"},
           {"MTN_MOMO_API_BASE_URL", "http://127.0.0.1:9"},
           {"MTN_MOMO_SUBSCRIPTION_KEY", "key"},
           {"MTN_MOMO_USER_ID", "user"},
           {"MTN_MOMO_API_KEY", "secret"}});
    const auto refused = pay(kSuccessNumber);
    EXPECT_EQ(refused.status, 400);
    const auto errors = refused.json();
    ASSERT_TRUE(errors->has("payment_method")) << refused.body;
    EXPECT_NE(refused.body.find("XAF"), std::string::npos) << refused.body;
    EXPECT_EQ(count("SELECT COUNT(*) FROM payments"), "0");
    EXPECT_EQ(client().get("/simulator/momo/_control/").status, 404)
        << "the simulator is served in simulator mode only";
}

} // namespace
} // namespace ebm::test
