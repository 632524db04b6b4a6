// Paying with PayPal through the real server and its built-in PayPal simulator (PAYPAL_MODE=
// simulator): the buyer approves on the simulator's page and comes back, the capture completes
// the payment and provisions the order once even when the signed webhooks arrive too; declined
// cards, cancellations, pending captures settled by webhook, refunds, provider 500s and
// timeouts, XAF refused up front, concurrent verify_payment calls, late events. Then the twenty
// real PayPal-signed deliveries of the fixtures, verified offline.
#include "DatabaseProbe.h"
#include "ServerProcess.h"
#include "TempDir.h"
#include "TenantFixture.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <gtest/gtest.h>
#include <memory>
#include <sstream>
#include <thread>
#include <vector>

namespace ebm::test
{
namespace
{

constexpr auto kPatience = std::chrono::seconds(5);
const std::string kCustomer = "awa@bafoussam.example.com";

// Polls until `done` holds, for at most kPatience (the simulator delivers its webhooks from a
// background thread); answers whether it held.
bool eventually(const std::function<bool()>& done)
{
    const auto deadline = std::chrono::steady_clock::now() + kPatience;
    while (!done()) {
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
}

class PayPalTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        seedPlansAndStaff(m_dir.path());
        ServerProcess::Environment environment = fastPasswords();
        environment["EBM_CLOCK_START"] = "2026-03-02T09:00:00Z";
        environment["PAYPAL_MODE"] = "simulator";
        environment["EBM_PROVIDER_READ_TIMEOUT_MS"] = "500";
        m_server =
            std::make_unique<ServerProcess>(m_dir.path(), std::vector<std::string>{}, environment);
        placeOrder("silver");
    }

    HttpClient client() const
    {
        return m_server->client();
    }

    std::string database() const
    {
        return m_dir.file("ebm.sqlite3");
    }

    std::string base() const
    {
        return "http://127.0.0.1:" + std::to_string(m_server->port());
    }

    // The path of one of this server's absolute URLs.
    std::string pathOf(const std::string& url) const
    {
        EXPECT_EQ(url.rfind(base(), 0), 0u) << url;
        return url.substr(std::min(url.size(), base().size()));
    }

    void placeOrder(const std::string& plan)
    {
        const auto placed =
            client().post("/api/tenants/orders/",
                          R"({"plan":)" + std::to_string(planId(client(), plan)) +
                              R"(,"billing_cycle":"monthly","customer":{"name":"Awa Ndiaye",)"
                              R"("company":"Bafoussam Data","email":")" +
                              kCustomer + R"("},"locale":"fr"})");
        ASSERT_EQ(placed.status, 201) << placed.body;
        m_orderId = std::to_string(placed.json()->getValue<std::int64_t>("id"));
        m_orderToken = placed.json()->getValue<std::string>("order_token");
    }

    HttpResult orderPost(const std::string& action, const std::string& body) const
    {
        return client().post("/api/tenants/orders/" + m_orderId + "/" + action + "/", body,
                             "application/json", {{"X-Order-Token", m_orderToken}});
    }

    HttpResult payWithPayPal() const
    {
        return orderPost("initiate_payment", R"({"payment_method":"paypal"})");
    }

    HttpResult verify() const
    {
        return orderPost("verify_payment", "");
    }

    // The buyer opens the simulator's approval page and picks `choice` there; answers where the
    // simulator sends the browser (303).
    HttpResult buyerPicks(const std::string& redirectUrl, const std::string& choice) const
    {
        const auto page = client().get(pathOf(redirectUrl));
        EXPECT_EQ(page.status, 200) << page.body;
        EXPECT_EQ(page.body.find("<script"), std::string::npos);
        const std::string orderId = redirectUrl.substr(redirectUrl.find("token=") + 6);
        EXPECT_NE(page.body.find("checkoutnow/" + orderId + "/" + choice), std::string::npos);
        return client().post("/simulator/paypal/checkoutnow/" + orderId + "/" + choice, "",
                             "application/x-www-form-urlencoded");
    }

    // The buyer picks `choice` and the browser follows the simulator back to us; answers our
    // own redirect (303 to the completion page).
    HttpResult buyerComesBack(const std::string& redirectUrl, const std::string& choice) const
    {
        const auto chosen = buyerPicks(redirectUrl, choice);
        EXPECT_EQ(chosen.status, 303) << chosen.body;
        return client().get(pathOf(chosen.header("Location")));
    }

    std::string completionPage(const std::string& transactionId) const
    {
        return base() + "/register/complete?order=" + m_orderId + "&payment=" + transactionId;
    }

    // One column of a payment row.
    std::string column(std::int64_t id, const std::string& name) const
    {
        return queryScalar(database(),
                           "SELECT " + name + " FROM payments WHERE id = " + std::to_string(id));
    }

    std::string count(const std::string& sql) const
    {
        return queryScalar(database(), "SELECT COUNT(*) FROM " + sql);
    }

    bool processed(const std::string& eventType, int events = 1) const
    {
        return eventually([&] {
            return std::stoi(count("webhook_events WHERE event_type = '" + eventType +
                                   "' AND processed_at IS NOT NULL")) >= events;
        });
    }

    HttpResult control(const std::string& body) const
    {
        return client().post("/simulator/paypal/_control/", body);
    }

    int simulatedOrders() const
    {
        return client().get("/simulator/paypal/_control/").json()->getValue<int>("orders");
    }

    // A purchase paid through the approval page; answers the payment.
    Poco::JSON::Object::Ptr purchase()
    {
        const auto started = payWithPayPal();
        EXPECT_EQ(started.status, 201) << started.body;
        const auto back =
            buyerComesBack(started.json()->getValue<std::string>("redirect_url"), "approve");
        EXPECT_EQ(back.status, 303) << back.body;
        return verify().json();
    }

    TempDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::string m_orderId;
    std::string m_orderToken;
};

TEST_F(PayPalTest, APurchaseIsCapturedOnReturnAndProvisionedOnceDespiteTheWebhooks)
{
    const auto started = payWithPayPal();
    ASSERT_EQ(started.status, 201) << started.body;
    const auto payment = started.json();
    const auto id = payment->getValue<std::int64_t>("id");
    const std::string transactionId = payment->getValue<std::string>("transaction_id");
    const std::string paypalOrder = payment->getValue<std::string>("provider_reference");
    EXPECT_EQ(payment->getValue<std::string>("status"), "pending");
    EXPECT_EQ(payment->getValue<std::string>("provider_status"), "PAYER_ACTION_REQUIRED");
    const std::string redirect = payment->getValue<std::string>("redirect_url");
    EXPECT_EQ(redirect, base() + "/simulator/paypal/checkoutnow?token=" + paypalOrder);

    const auto back = buyerComesBack(redirect, "approve");
    ASSERT_EQ(back.status, 303) << back.body;
    EXPECT_EQ(back.header("Location"), completionPage(transactionId));
    EXPECT_EQ(column(id, "status"), "completed");
    EXPECT_FALSE(column(id, "capture_id").empty());
    EXPECT_EQ(queryScalar(database(), "SELECT status FROM orders WHERE id = " + m_orderId),
              "completed");

    ASSERT_TRUE(processed("CHECKOUT.ORDER.APPROVED"));
    ASSERT_TRUE(processed("PAYMENT.CAPTURE.COMPLETED"));
    EXPECT_EQ(count("webhook_events WHERE signature_valid = 1 AND processing_error IS NULL"), "2");
    EXPECT_EQ(count("organizations"), "1");
    EXPECT_EQ(count("invoices"), "1");
    EXPECT_EQ(count("audit_log WHERE action = 'payment.completed'"), "1");
    EXPECT_FALSE(lastEmailTo(m_dir.path(), kCustomer, "welcome").empty());
    const auto verified = verify();
    ASSERT_EQ(verified.status, 200) << verified.body;
    EXPECT_EQ(verified.json()->getValue<std::string>("status"), "completed");
    EXPECT_EQ(verified.json()->getValue<std::string>("provider_reference"), paypalOrder);
}

TEST_F(PayPalTest, ALatePendingEventAfterCompletionChangesNothing)
{
    const auto paid = purchase();
    const auto id = paid->getValue<std::int64_t>("id");
    ASSERT_EQ(paid->getValue<std::string>("status"), "completed");
    ASSERT_TRUE(processed("PAYMENT.CAPTURE.COMPLETED"));

    const auto resent =
        control(R"({"resend":")" + paid->getValue<std::string>("provider_reference") +
                R"(","event_type":"PAYMENT.CAPTURE.PENDING"})");
    ASSERT_EQ(resent.status, 200) << resent.body;
    ASSERT_TRUE(processed("PAYMENT.CAPTURE.PENDING"));
    EXPECT_EQ(column(id, "status"), "completed");
    EXPECT_EQ(column(id, "provider_status"), "COMPLETED");
    EXPECT_EQ(count("organizations"), "1");
}

TEST_F(PayPalTest, ADeclinedCardFailsTheAttemptEmailsTheBuyerAndAnotherAttemptSucceeds)
{
    const auto first = payWithPayPal().json();
    const auto back = buyerComesBack(first->getValue<std::string>("redirect_url"), "decline");
    ASSERT_EQ(back.status, 303) << back.body;
    const auto firstId = first->getValue<std::int64_t>("id");
    EXPECT_EQ(column(firstId, "status"), "failed");
    EXPECT_EQ(column(firstId, "failure_code"), "DECLINED");
    EXPECT_FALSE(lastEmailTo(m_dir.path(), kCustomer, "payment_failed").empty());
    const auto failed = verify().json();
    EXPECT_EQ(failed->getValue<std::string>("failure_code"), "DECLINED");
    EXPECT_FALSE(failed->isNull("failure_message"));
    ASSERT_TRUE(processed("PAYMENT.CAPTURE.DECLINED"));
    EXPECT_EQ(count("email_outbox WHERE template = 'payment_failed'"), "1");

    const auto second = payWithPayPal();
    ASSERT_EQ(second.status, 201) << second.body;
    EXPECT_NE(second.json()->getValue<std::int64_t>("id"), firstId);
    EXPECT_NE(second.json()->getValue<std::string>("provider_reference"),
              first->getValue<std::string>("provider_reference"));
    ASSERT_EQ(
        buyerComesBack(second.json()->getValue<std::string>("redirect_url"), "approve").status,
        303);
    EXPECT_EQ(column(second.json()->getValue<std::int64_t>("id"), "status"), "completed");
    EXPECT_EQ(queryScalar(database(), "SELECT status FROM orders WHERE id = " + m_orderId),
              "completed");
}

TEST_F(PayPalTest, TheBuyerCancellingOnPayPalFailsThePayment)
{
    const auto started = payWithPayPal().json();
    const auto back = buyerComesBack(started->getValue<std::string>("redirect_url"), "cancel");
    ASSERT_EQ(back.status, 303) << back.body;
    EXPECT_EQ(back.header("Location"),
              completionPage(started->getValue<std::string>("transaction_id")));
    const auto id = started->getValue<std::int64_t>("id");
    EXPECT_EQ(column(id, "status"), "failed");
    EXPECT_EQ(column(id, "failure_code"), "CANCELLED_BY_BUYER");
    EXPECT_EQ(queryScalar(database(), "SELECT status FROM orders WHERE id = " + m_orderId),
              "pending");
    EXPECT_EQ(client().get("/payments/paypal/cancel/?payment=unknown").status, 404);
    const auto unknown = client().get("/payments/paypal/return/?payment=unknown");
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.header("Content-Type"), "application/json");
}

TEST_F(PayPalTest, APendingCaptureIsCompletedByItsWebhook)
{
    const auto started = payWithPayPal().json();
    const auto id = started->getValue<std::int64_t>("id");
    ASSERT_EQ(buyerComesBack(started->getValue<std::string>("redirect_url"), "pending").status,
              303);
    EXPECT_EQ(column(id, "status"), "processing");
    EXPECT_EQ(queryScalar(database(), "SELECT status FROM orders WHERE id = " + m_orderId),
              "pending");

    const auto settled =
        control(R"({"settle_capture":")" + started->getValue<std::string>("provider_reference") +
                R"(","status":"COMPLETED"})");
    ASSERT_EQ(settled.status, 200) << settled.body;
    ASSERT_TRUE(eventually([&] { return column(id, "status") == "completed"; }));
    EXPECT_EQ(queryScalar(database(), "SELECT status FROM orders WHERE id = " + m_orderId),
              "completed");
    EXPECT_EQ(count("organizations"), "1");
}

TEST_F(PayPalTest, ARefundMarksTheCompletedPaymentRefundedAndLeavesTheOrganization)
{
    const auto paid = purchase();
    const auto id = paid->getValue<std::int64_t>("id");
    ASSERT_TRUE(processed("PAYMENT.CAPTURE.COMPLETED"));
    ASSERT_EQ(control(R"({"refund":")" + paid->getValue<std::string>("provider_reference") + "\"}")
                  .status,
              200);
    ASSERT_TRUE(eventually([&] { return column(id, "status") == "refunded"; }));
    EXPECT_EQ(count("audit_log WHERE action = 'payment.refunded'"), "1");
    EXPECT_EQ(queryScalar(database(), "SELECT status FROM organizations"), "active");
}

TEST_F(PayPalTest, AProviderErrorOnCreateLeavesThePaymentPendingUntilVerified)
{
    ASSERT_EQ(control(R"({"fail_next":3,"mode":"error_500"})").status, 200);
    const auto started = payWithPayPal();
    ASSERT_EQ(started.status, 201) << started.body;
    const auto payment = started.json();
    EXPECT_EQ(payment->getValue<std::string>("status"), "pending");
    EXPECT_TRUE(payment->isNull("redirect_url")) << started.body;
    EXPECT_TRUE(payment->isNull("provider_reference"));
    EXPECT_EQ(simulatedOrders(), 0);

    ASSERT_EQ(control(R"({"fail_next":0})").status, 200);
    const auto verified = verify();
    ASSERT_EQ(verified.status, 200) << verified.body;
    EXPECT_EQ(verified.json()->getValue<std::int64_t>("id"), payment->getValue<std::int64_t>("id"));
    ASSERT_FALSE(verified.json()->isNull("redirect_url")) << verified.body;
    ASSERT_EQ(
        buyerComesBack(verified.json()->getValue<std::string>("redirect_url"), "approve").status,
        303);
    EXPECT_EQ(verify().json()->getValue<std::string>("status"), "completed");
    EXPECT_EQ(simulatedOrders(), 1);
}

TEST_F(PayPalTest, AProviderRefusalOnCreateFailsTheAttemptAndANewOneCanFollow)
{
    ASSERT_EQ(control(R"({"fail_next":1,"mode":"refuse"})").status, 200);
    const auto refused = payWithPayPal();
    EXPECT_EQ(refused.status, 502) << refused.body;
    EXPECT_EQ(refused.json()->getValue<std::string>("code"), "provider_refused");
    EXPECT_EQ(queryScalar(database(), "SELECT status || ' ' || failure_code FROM payments"),
              "failed PROVIDER_REFUSED")
        << "the refused attempt is closed, not left pending forever";
    const auto retried = payWithPayPal();
    ASSERT_EQ(retried.status, 201) << retried.body;
    EXPECT_FALSE(retried.json()->isNull("redirect_url"));
}

TEST_F(PayPalTest, AProviderTimeoutOnCreateIsResumedWithTheSamePayPalOrder)
{
    ASSERT_EQ(control(R"({"fail_next":3,"mode":"timeout"})").status, 200);
    const auto started = payWithPayPal();
    ASSERT_EQ(started.status, 201) << started.body;
    EXPECT_EQ(started.json()->getValue<std::string>("status"), "pending");
    EXPECT_TRUE(started.json()->isNull("redirect_url")) << started.body;
    EXPECT_EQ(simulatedOrders(), 1) << "PayPal created the order; only its answers were lost";

    const auto verified = verify();
    ASSERT_EQ(verified.status, 200) << verified.body;
    ASSERT_FALSE(verified.json()->isNull("redirect_url")) << verified.body;
    EXPECT_EQ(simulatedOrders(), 1) << "the same PayPal-Request-Id gave the same order back";
    ASSERT_EQ(
        buyerComesBack(verified.json()->getValue<std::string>("redirect_url"), "approve").status,
        303);
    EXPECT_EQ(verify().json()->getValue<std::string>("status"), "completed");
}

TEST_F(PayPalTest, AnOrderInXafIsRefusedUpFront)
{
    const auto seeded = ServerProcess::run(
        {"create-plans", "--data-dir=" + m_dir.path()},
        {{"EBM_CATALOG_FILE", std::string(EBM_TEST_FIXTURES_DIR) + "/catalog/plans-xaf.json"}});
    ASSERT_EQ(seeded.exitCode, 0) << seeded.output;
    placeOrder("bronze-xaf");
    const auto refused = payWithPayPal();
    ASSERT_EQ(refused.status, 400) << refused.body;
    const auto messages = refused.json()->getArray("payment_method");
    ASSERT_FALSE(messages.isNull()) << refused.body;
    EXPECT_EQ(messages->getElement<std::string>(0),
              "PayPal does not accept payments in XAF; choose MTN Mobile Money or a bank "
              "transfer.");
    EXPECT_EQ(count("payments"), "0");
    EXPECT_EQ(simulatedOrders(), 0);
}

TEST_F(PayPalTest, ConcurrentVerificationsProvisionOnce)
{
    const auto started = payWithPayPal().json();
    ASSERT_EQ(buyerPicks(started->getValue<std::string>("redirect_url"), "approve").status, 303);
    std::vector<std::string> statuses(6);
    std::vector<std::thread> buyers;
    for (std::size_t i = 0; i < statuses.size(); ++i)
        buyers.emplace_back([this, &statuses, i] {
            const auto answer = verify();
            statuses[i] = answer.status == 200 ? answer.json()->getValue<std::string>("status")
                                               : std::to_string(answer.status) + answer.body;
        });
    for (auto& buyer : buyers)
        buyer.join();
    for (const auto& status : statuses)
        EXPECT_EQ(status, "completed");
    ASSERT_TRUE(processed("PAYMENT.CAPTURE.COMPLETED"));
    EXPECT_EQ(count("organizations"), "1");
    EXPECT_EQ(count("invoices"), "1");
    EXPECT_EQ(count("audit_log WHERE action = 'payment.completed'"), "1");
    EXPECT_EQ(count("webhook_events WHERE event_type = 'PAYMENT.CAPTURE.COMPLETED'"), "1")
        << "one capture, whatever the number of checks";
}

TEST_F(PayPalTest, TheSimulatorAnswersLikePayPal)
{
    const std::string api = "/simulator/paypal";
    const auto refused = client().post(api + "/v1/oauth2/token", "grant_type=client_credentials",
                                       "application/x-www-form-urlencoded",
                                       {{"Authorization", "Basic d3Jvbmc6d3Jvbmc="}});
    EXPECT_EQ(refused.status, 401);
    EXPECT_EQ(refused.json()->getValue<std::string>("error"), "invalid_client");
    const auto token =
        client().post(api + "/v1/oauth2/token", "grant_type=client_credentials",
                      "application/x-www-form-urlencoded",
                      {{"Authorization", "Basic c2ltdWxhdG9yLWNsaWVudDpzaW11bGF0b3Itc2VjcmV0"}});
    ASSERT_EQ(token.status, 200) << token.body;
    const std::map<std::string, std::string> bearer{
        {"Authorization", "Bearer " + token.json()->getValue<std::string>("access_token")},
        {"PayPal-Request-Id", "request-1"}};
    const auto order = [&](const std::string& currency, const std::string& value,
                           const std::map<std::string, std::string>& headers) {
        return client().post(
            api + "/v2/checkout/orders",
            R"({"intent":"CAPTURE","purchase_units":[{"amount":{"currency_code":")" + currency +
                R"(","value":")" + value + R"("}}]})",
            "application/json", headers);
    };
    const auto anonymous = order("EUR", "10.00", {});
    EXPECT_EQ(anonymous.status, 401);
    EXPECT_EQ(anonymous.json()->getValue<std::string>("name"), "AUTHENTICATION_FAILURE");
    const auto issueOf = [](const HttpResult& result) {
        return result.json()->getArray("details")->getObject(0)->getValue<std::string>("issue");
    };
    const auto xaf = order("XAF", "15000", {{"Authorization", bearer.at("Authorization")}});
    EXPECT_EQ(xaf.status, 422);
    EXPECT_EQ(issueOf(xaf), "CURRENCY_NOT_SUPPORTED");
    const auto precision = order("EUR", "10.001", {{"Authorization", bearer.at("Authorization")}});
    EXPECT_EQ(precision.status, 422);
    EXPECT_EQ(issueOf(precision), "DECIMAL_PRECISION");
    EXPECT_EQ(issueOf(order("JPY", "10.5", {{"Authorization", bearer.at("Authorization")}})),
              "DECIMAL_PRECISION");

    const auto created = order("EUR", "10.00", bearer);
    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(created.json()->getValue<std::string>("status"), "CREATED");
    const std::string id = created.json()->getValue<std::string>("id");
    const auto replayed = order("EUR", "10.00", bearer);
    EXPECT_EQ(replayed.status, 200);
    EXPECT_EQ(replayed.json()->getValue<std::string>("id"), id);
    const auto early = client().post(api + "/v2/checkout/orders/" + id + "/capture", "{}",
                                     "application/json", bearer);
    EXPECT_EQ(early.status, 422);
    EXPECT_EQ(issueOf(early), "ORDER_NOT_APPROVED");
    const auto missing = client().get(api + "/v2/checkout/orders/NOSUCHORDER1", bearer);
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(missing.json()->getValue<std::string>("name"), "RESOURCE_NOT_FOUND");
}

// The real deliveries of PayPal's webhook simulator (tests/fixtures/paypal), posted as PayPal
// sent them to a server in sandbox mode whose clock is inside the certificate's validity, with
// the certificate already in the cache (no network).
class PayPalWebhookDeliveriesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        std::ifstream in(std::string(EBM_TEST_FIXTURES_DIR) + "/paypal/webhook-deliveries.json");
        std::stringstream content;
        content << in.rdbuf();
        m_fixture = Poco::JSON::Parser().parse(content.str()).extract<Poco::JSON::Object::Ptr>();
        const std::string url = m_fixture->getValue<std::string>("cert_url");
        std::filesystem::create_directories(m_dir.file("paypal-certs"));
        std::ofstream(m_dir.file("paypal-certs/" + url.substr(url.rfind('/') + 1) + ".pem"))
            << m_fixture->getValue<std::string>("cert_pem");
        ServerProcess::Environment environment{{"EBM_CLOCK_START", "2024-08-02T19:40:00Z"},
                                               {"PAYPAL_MODE", "sandbox"},
                                               {"PAYPAL_WEBHOOK_ID", "WEBHOOK_ID"}};
        m_server =
            std::make_unique<ServerProcess>(m_dir.path(), std::vector<std::string>{}, environment);
    }

    Poco::JSON::Array::Ptr events() const
    {
        return m_fixture->getArray("events");
    }

    // Posts delivery `index` with its PAYPAL-* headers, the body changed by `edit` if given.
    HttpResult
    deliver(std::size_t index, const std::function<void(std::string&)>& editBody = {},
            const std::function<void(std::map<std::string, std::string>&)>& editHeaders = {}) const
    {
        const auto event = events()->getObject(static_cast<unsigned>(index));
        std::map<std::string, std::string> headers;
        const auto received = event->getObject("headers");
        for (const auto& name : received->getNames())
            if (name.rfind("paypal-", 0) == 0)
                headers[name] = received->getValue<std::string>(name);
        std::string body = event->getValue<std::string>("body");
        if (editBody)
            editBody(body);
        if (editHeaders)
            editHeaders(headers);
        return m_server->client().post("/webhooks/paypal/", body, "application/json", headers);
    }

    std::string count(const std::string& where) const
    {
        return queryScalar(m_dir.file("ebm.sqlite3"),
                           "SELECT COUNT(*) FROM webhook_events WHERE " + where);
    }

    TempDir m_dir;
    Poco::JSON::Object::Ptr m_fixture;
    std::unique_ptr<ServerProcess> m_server;
};

TEST_F(PayPalWebhookDeliveriesTest, EveryRealDeliveryVerifiesAndIsStoredOncePerEvent)
{
    ASSERT_EQ(events()->size(), 20u);
    int duplicates = 0;
    for (std::size_t i = 0; i < events()->size(); ++i) {
        const auto answer = deliver(i);
        ASSERT_EQ(answer.status, 200) << i << " " << answer.body;
        EXPECT_TRUE(answer.json()->getValue<bool>("received"));
        duplicates += answer.json()->getValue<bool>("duplicate");
    }
    EXPECT_EQ(duplicates, 1) << "two of the fixtures share one event id";
    EXPECT_EQ(count("provider = 'paypal'"), "19");
    EXPECT_EQ(count("signature_valid = 1"), "19");
    EXPECT_EQ(count("processed_at IS NULL"), "0");
    EXPECT_EQ(count("event_type LIKE 'PAYMENT.CAPTURE.%' AND processing_error = "
                    "'no matching payment'"),
              "5");
}

TEST_F(PayPalWebhookDeliveriesTest, AnyChangedByteIsRefusedAndStoredAsUnverified)
{
    const auto body = deliver(0, [](std::string& text) { text[text.find("2.51")] = '3'; });
    EXPECT_EQ(body.status, 400) << body.body;
    EXPECT_EQ(body.json()->getValue<std::string>("code"), "invalid_signature");
    const auto header = deliver(1, {}, [](std::map<std::string, std::string>& headers) {
        headers["paypal-transmission-id"].back() = 'x';
    });
    EXPECT_EQ(header.status, 400) << header.body;
    EXPECT_EQ(count("signature_valid = 0"), "2");
    EXPECT_EQ(count("signature_valid = 1"), "0");

    const auto genuine = deliver(0);
    ASSERT_EQ(genuine.status, 200) << genuine.body;
    EXPECT_FALSE(genuine.json()->getValue<bool>("duplicate"))
        << "a forgery never takes the id of the genuine event";
}

TEST_F(PayPalWebhookDeliveriesTest, TheSameDeliveryTwiceIsOneRow)
{
    ASSERT_FALSE(deliver(1).json()->getValue<bool>("duplicate"));
    const auto again = deliver(1);
    ASSERT_EQ(again.status, 200);
    EXPECT_TRUE(again.json()->getValue<bool>("duplicate"));
    EXPECT_EQ(count("1 = 1"), "1");
}

TEST_F(PayPalWebhookDeliveriesTest, TheSimulatorIsAbsentOutsideSimulatorMode)
{
    EXPECT_EQ(m_server->client().get("/simulator/paypal/_control/").status, 404);
    EXPECT_EQ(m_server->client().get("/simulator/paypal/checkoutnow?token=X").status, 404);
    EXPECT_EQ(m_server->client()
                  .post("/simulator/paypal/v1/oauth2/token", "grant_type=client_credentials",
                        "application/x-www-form-urlencoded")
                  .status,
              404);
}

} // namespace
} // namespace ebm::test
