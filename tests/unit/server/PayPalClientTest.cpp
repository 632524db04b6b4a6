#include "payments/PayPalAmounts.h"
#include "payments/PayPalClient.h"

#include <Poco/Base64Encoder.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>
#include <functional>
#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <vector>

namespace ebm::payments
{
namespace
{

// A request as the fake PayPal received it (header names in lower case).
struct Received
{
    std::string method;
    std::string path;
    std::map<std::string, std::string> headers;
    std::string body;
};

// What the fake PayPal answers.
struct Answer
{
    int status = 200;
    std::string body;
};

// What the fake PayPal received, and its script; shared with the request handlers.
class FakeState
{
public:
    using Script = std::function<Answer(const Received&, int countForPath)>;

    explicit FakeState(Script script)
        : m_script(std::move(script))
    {
    }

    Answer record(Received request)
    {
        int count = 0;
        {
            const std::lock_guard lock(m_mutex);
            count = ++m_counts[request.path];
            m_requests.push_back(request);
        }
        return m_script(request, count);
    }

    std::vector<Received> requests(const std::string& path) const
    {
        const std::lock_guard lock(m_mutex);
        std::vector<Received> matching;
        for (const Received& request : m_requests)
            if (request.path == path)
                matching.push_back(request);
        return matching;
    }

private:
    Script m_script;
    mutable std::mutex m_mutex;
    std::vector<Received> m_requests;
    std::map<std::string, int> m_counts;
};

class FakeHandler final : public Poco::Net::HTTPRequestHandler
{
public:
    explicit FakeHandler(std::shared_ptr<FakeState> state)
        : m_state(std::move(state))
    {
    }

    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override
    {
        Received received{request.getMethod(), request.getURI(), {}, {}};
        for (const auto& [name, value] : request)
            received.headers[Poco::toLower(name)] = value;
        Poco::StreamCopier::copyToString(request.stream(), received.body);
        const Answer answer = m_state->record(std::move(received));
        response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(answer.status));
        response.setContentType("application/json");
        response.setContentLength64(static_cast<Poco::Int64>(answer.body.size()));
        response.send() << answer.body;
    }

private:
    std::shared_ptr<FakeState> m_state;
};

class FakeFactory final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit FakeFactory(std::shared_ptr<FakeState> state)
        : m_state(std::move(state))
    {
    }

    Poco::Net::HTTPRequestHandler*
    createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new FakeHandler(m_state);
    }

private:
    std::shared_ptr<FakeState> m_state;
};

// A fake PayPal on a free port: every request is recorded and answered by the test's script.
class FakePayPal final
{
public:
    explicit FakePayPal(FakeState::Script script)
        : m_state(std::make_shared<FakeState>(std::move(script)))
        , m_server(new FakeFactory(m_state),
                   Poco::Net::ServerSocket(Poco::Net::SocketAddress("127.0.0.1", 0)),
                   new Poco::Net::HTTPServerParams)
    {
        m_server.start();
    }

    ~FakePayPal()
    {
        m_server.stopAll(true);
    }

    std::string baseUrl() const
    {
        return "http://127.0.0.1:" + std::to_string(m_server.port());
    }

    std::vector<Received> requests(const std::string& path) const
    {
        return m_state->requests(path);
    }

private:
    std::shared_ptr<FakeState> m_state;
    Poco::Net::HTTPServer m_server;
};

const std::string kOrderId = "5O190127TN364715T";
const std::string kOrderPath = "/v2/checkout/orders/" + kOrderId;
const Answer kToken{200,
                    R"({"access_token":"A21AAtoken","token_type":"Bearer","expires_in":32400})"};

PayPalClient clientOf(const FakePayPal& fake)
{
    ProviderHttpClient::Options options;
    options.allowPlainHttp = true;
    options.baseBackoff = std::chrono::milliseconds(1);
    return PayPalClient({fake.baseUrl(), "client-id", "client-secret"}, options);
}

Poco::JSON::Object::Ptr parse(const std::string& text)
{
    return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
}

std::string basic(const std::string& credentials)
{
    std::ostringstream out;
    Poco::Base64Encoder encoder(out);
    encoder << credentials;
    encoder.close();
    return "Basic " + out.str();
}

PayPalOrderRequest orderRequest()
{
    return {"tx-1",
            "ORD-1",
            "tx-1",
            "ORD-1-7",
            "Silver plan, billed monthly",
            "EUR",
            "79.00",
            "https://app.example.com/payments/paypal/return/?payment=tx-1",
            "https://app.example.com/payments/paypal/cancel/?payment=tx-1",
            "fr-FR"};
}

TEST(PayPalClientTest, CreatesTheOrderWithOurIdsAndReusesTheToken)
{
    FakePayPal fake([](const Received& request, int) {
        if (request.path == "/v1/oauth2/token")
            return kToken;
        return Answer{201, R"({"id":")" + kOrderId +
                               R"(","status":"PAYER_ACTION_REQUIRED","links":[{"href":"x","rel":)"
                               R"("self"},{"href":"https://pay.example/checkoutnow?token=)" +
                               kOrderId + R"(","rel":"payer-action"}]})"};
    });
    PayPalClient client = clientOf(fake);
    const PayPalOrder order = client.createOrder(orderRequest());
    client.createOrder(orderRequest());

    EXPECT_EQ(order.id, kOrderId);
    EXPECT_EQ(order.status, "PAYER_ACTION_REQUIRED");
    EXPECT_EQ(order.approveUrl, "https://pay.example/checkoutnow?token=" + kOrderId);
    const auto tokens = fake.requests("/v1/oauth2/token");
    ASSERT_EQ(tokens.size(), 1u) << "the token is cached";
    EXPECT_EQ(tokens[0].headers.at("authorization"), basic("client-id:client-secret"));
    EXPECT_EQ(tokens[0].body, "grant_type=client_credentials");
    const auto creates = fake.requests("/v2/checkout/orders");
    ASSERT_EQ(creates.size(), 2u);
    EXPECT_EQ(creates[0].headers.at("authorization"), "Bearer A21AAtoken");
    EXPECT_EQ(creates[0].headers.at("paypal-request-id"), "tx-1");
    const auto body = parse(creates[0].body);
    EXPECT_EQ(body->getValue<std::string>("intent"), "CAPTURE");
    const auto unit = body->getArray("purchase_units")->getObject(0);
    EXPECT_EQ(unit->getValue<std::string>("custom_id"), "tx-1");
    EXPECT_EQ(unit->getValue<std::string>("invoice_id"), "ORD-1-7");
    EXPECT_EQ(unit->getObject("amount")->getValue<std::string>("value"), "79.00");
    EXPECT_EQ(unit->getObject("amount")->getValue<std::string>("currency_code"), "EUR");
    const auto context =
        body->getObject("payment_source")->getObject("paypal")->getObject("experience_context");
    EXPECT_EQ(context->getValue<std::string>("locale"), "fr-FR");
    EXPECT_EQ(context->getValue<std::string>("shipping_preference"), "NO_SHIPPING");
    EXPECT_EQ(context->getValue<std::string>("user_action"), "PAY_NOW");
    EXPECT_EQ(context->getValue<std::string>("brand_name"), "ESXi Backup Manager Cloud");
    EXPECT_EQ(context->getValue<std::string>("return_url"), orderRequest().returnUrl);
}

TEST(PayPalClientTest, RenewsTheTokenOnceWhenPayPalAnswers401)
{
    FakePayPal fake([](const Received& request, int count) {
        if (request.path == "/v1/oauth2/token")
            return kToken;
        if (count == 1)
            return Answer{401, R"({"name":"AUTHENTICATION_FAILURE","message":"expired"})"};
        return Answer{200, R"({"id":")" + kOrderId + R"(","status":"APPROVED"})"};
    });
    PayPalClient client = clientOf(fake);
    EXPECT_EQ(client.getOrder(kOrderId).status, "APPROVED");
    EXPECT_EQ(fake.requests("/v1/oauth2/token").size(), 2u);
    EXPECT_EQ(fake.requests(kOrderPath).size(), 2u);
}

TEST(PayPalClientTest, ReadsPayPalsErrorEnvelopeAndCaptures)
{
    FakePayPal fake([](const Received& request, int count) {
        if (request.path == "/v1/oauth2/token")
            return kToken;
        if (count == 1)
            return Answer{422, R"({"name":"UNPROCESSABLE_ENTITY","details":[{"issue":)"
                               R"("ORDER_NOT_APPROVED","description":"…"}],"message":"m",)"
                               R"("debug_id":"dbg1"})"};
        return Answer{201, R"({"id":")" + kOrderId +
                               R"(","status":"COMPLETED","purchase_units":[{"payments":)"
                               R"({"captures":[{"id":"CAP1","status":"COMPLETED","amount":)"
                               R"({"currency_code":"EUR","value":"79.00"}}]}}]})"};
    });
    PayPalClient client = clientOf(fake);
    try {
        client.capture(kOrderId, "capture-tx-1");
        FAIL() << "a 422 is PayPal's refusal";
    } catch (const PayPalApiError& error) {
        EXPECT_EQ(error.status(), 422);
        EXPECT_EQ(error.name(), "UNPROCESSABLE_ENTITY");
        EXPECT_EQ(error.issue(), "ORDER_NOT_APPROVED");
        EXPECT_EQ(error.debugId(), "dbg1");
    }
    const PayPalOrder captured = client.capture(kOrderId, "capture-tx-1");
    ASSERT_EQ(captured.captures.size(), 1u);
    EXPECT_EQ(captured.captures[0].id, "CAP1");
    EXPECT_EQ(captured.captures[0].status, "COMPLETED");
    EXPECT_EQ(captured.captures[0].value, "79.00");
    const auto captures = fake.requests(kOrderPath + "/capture");
    EXPECT_EQ(captures.at(1).headers.at("paypal-request-id"), "capture-tx-1");
}

TEST(PayPalClientTest, RefusedCredentialsAndMalformedIdsNeverReachAnOrder)
{
    FakePayPal fake([](const Received&, int) {
        return Answer{401, R"({"error":"invalid_client","error_description":"Client "
                           "Authentication failed"})"};
    });
    PayPalClient client = clientOf(fake);
    EXPECT_THROW(client.getOrder(kOrderId), ProviderUnavailable);
    EXPECT_TRUE(fake.requests(kOrderPath).empty());
    EXPECT_THROW(client.getOrder("../../v1/oauth2/token"), PayPalApiError);
}

TEST(PayPalAmountsTest, PayPalsCurrenciesAndDecimals)
{
    EXPECT_TRUE(payPalAcceptsCurrency("EUR"));
    EXPECT_FALSE(payPalAcceptsCurrency("XAF"));
    EXPECT_FALSE(payPalAcceptsCurrency("XOF"));
    EXPECT_EQ(payPalAmountValue(Money::parse("79", Currency::fromCode("EUR"))), "79.00");
    EXPECT_EQ(payPalAmountValue(Money::parse("1500", Currency::fromCode("JPY"))), "1500");
    EXPECT_EQ(payPalAmountValue(Money::parse("1500.00", Currency::fromCode("HUF"))), "1500");
    EXPECT_THROW(payPalAmountValue(Money::parse("1500.50", Currency::fromCode("HUF"))),
                 std::invalid_argument);
    EXPECT_THROW(payPalAmountValue(Money::parse("15000", Currency::fromCode("XAF"))),
                 std::invalid_argument);
    EXPECT_EQ(moneyFromPayPal("EUR", "79.00"), Money::parse("79.00", Currency::fromCode("EUR")));
    EXPECT_FALSE(moneyFromPayPal("EUR", "79.001").has_value());
    EXPECT_FALSE(moneyFromPayPal("ZZZ", "1").has_value());
}

} // namespace
} // namespace ebm::payments
