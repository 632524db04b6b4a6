#include "payments/MomoClient.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>
#include <Poco/ThreadPool.h>
#include <algorithm>
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

using namespace std::chrono_literals;
using Outcome = ProviderState::Outcome;

// A request as the fake API received it (header names in lower case).
struct Received
{
    std::string method;
    std::string path;
    std::map<std::string, std::string> headers;
    std::string body;
};

// A scripted MTN MoMo API: tokens "token-1", "token-2" …; request-to-pay answers 202, 409
// RESOURCE_ALREADY_EXIST for reference "reused", and 401 to a bearer listed in `rejected`; the
// status of "missing" is 404, of "broken" 500, of anything else `statusBody`.
class FakeMomo
{
public:
    void answer(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
    {
        Received got{request.getMethod(), request.getURI(), {}, {}};
        for (const auto& [name, value] : request)
            got.headers[Poco::toLower(name)] = value;
        Poco::StreamCopier::copyToString(request.stream(), got.body);
        const auto [status, body] = script(got);
        response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
        response.setContentType("application/json");
        response.setContentLength64(static_cast<Poco::Int64>(body.size()));
        response.send() << body;
    }

    std::vector<Received> received(const std::string& path) const
    {
        const std::lock_guard lock(m_mutex);
        std::vector<Received> matching;
        for (const auto& request : m_received)
            if (request.path.rfind(path, 0) == 0)
                matching.push_back(request);
        return matching;
    }

    void reject(const std::string& token)
    {
        const std::lock_guard lock(m_mutex);
        m_rejected.push_back(token);
    }

    std::string statusBody = R"({"status":"PENDING"})";

private:
    std::pair<int, std::string> script(const Received& got)
    {
        const std::lock_guard lock(m_mutex);
        m_received.push_back(got);
        if (got.path == "/collection/token/")
            return {200, R"({"access_token":"token-)" + std::to_string(++m_tokens) +
                             R"(","token_type":"access_token","expires_in":3600})"};
        const std::string bearer = got.headers.count("authorization")
                                       ? got.headers.at("authorization").substr(7)
                                       : std::string();
        if (std::find(m_rejected.begin(), m_rejected.end(), bearer) != m_rejected.end())
            return {401, R"({"statusCode":401,"message":"Access denied"})"};
        if (got.method == "POST")
            return got.headers.count("x-reference-id") &&
                           got.headers.at("x-reference-id") == "reused"
                       ? std::pair<int, std::string>{409, R"({"code":"RESOURCE_ALREADY_EXIST"})"}
                       : std::pair<int, std::string>{202, ""};
        if (got.path.ends_with("/missing"))
            return {404, R"({"code":"RESOURCE_NOT_FOUND","message":"not found"})"};
        if (got.path.ends_with("/broken"))
            return {500, R"({"code":"INTERNAL_PROCESSING_ERROR"})"};
        return {200, statusBody};
    }

    mutable std::mutex m_mutex;
    std::vector<Received> m_received;
    std::vector<std::string> m_rejected;
    int m_tokens = 0;
};

class FakeHandler final : public Poco::Net::HTTPRequestHandler
{
public:
    explicit FakeHandler(std::shared_ptr<FakeMomo> fake)
        : m_fake(std::move(fake))
    {
    }

    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override
    {
        m_fake->answer(request, response);
    }

private:
    std::shared_ptr<FakeMomo> m_fake;
};

// Hands each request to the fake of the test running now.
class FakeFactory final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    void use(std::shared_ptr<FakeMomo> fake)
    {
        const std::lock_guard lock(m_mutex);
        m_fake = std::move(fake);
    }

    Poco::Net::HTTPRequestHandler*
    createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        const std::lock_guard lock(m_mutex);
        return new FakeHandler(m_fake);
    }

private:
    std::mutex m_mutex;
    std::shared_ptr<FakeMomo> m_fake = std::make_shared<FakeMomo>();
};

std::string decodeBase64(const std::string& text)
{
    std::istringstream in(text);
    Poco::Base64Decoder decoder(in);
    std::string decoded;
    Poco::StreamCopier::copyToString(decoder, decoded);
    return decoded;
}

// One fake server for the suite, a fresh fake per test.
class MomoClientTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_factory = new FakeFactory;
        s_threads = std::make_unique<Poco::ThreadPool>(2, 8);
        s_server = std::make_unique<Poco::Net::HTTPServer>(
            s_factory, *s_threads,
            Poco::Net::ServerSocket(Poco::Net::SocketAddress("127.0.0.1", 0)),
            new Poco::Net::HTTPServerParams);
        s_server->start();
    }

    static void TearDownTestSuite()
    {
        s_server->stopAll(true);
        s_threads->joinAll();
        s_server.reset();
        s_factory = nullptr;
        s_threads.reset();
    }

    MomoClientTest()
    {
        s_factory->use(m_fake);
    }

    MomoConfig config(bool production = false) const
    {
        MomoConfig config;
        config.baseUrl = "http://127.0.0.1:" + std::to_string(s_server->port()) + "/";
        config.environment = "simulator";
        config.subscriptionKey = "subscription-secret";
        config.userId = "api-user";
        config.apiKey = "api-key-secret";
        config.production = production;
        config.http.allowPlainHttp = true;
        config.http.maxAttempts = 1;
        config.http.readTimeout = 2s;
        return config;
    }

    static MomoPaymentRequest payment(const std::string& reference, const Money& amount)
    {
        return {reference,
                amount,
                "ext-1",
                "46733123450",
                "Pay order 'A&B'",
                "Order A&B",
                "http://127.0.0.1/webhooks/mtn/"};
    }

    static inline FakeFactory* s_factory = nullptr;
    static inline std::unique_ptr<Poco::ThreadPool> s_threads;
    static inline std::unique_ptr<Poco::Net::HTTPServer> s_server;
    std::shared_ptr<FakeMomo> m_fake = std::make_shared<FakeMomo>();
    ManualClock m_clock{std::chrono::sys_days{std::chrono::year{2026} / 3 / 2}};
};

TEST_F(MomoClientTest, TheTokenIsFetchedWithBasicCredentialsAndReusedUntilAMinuteBeforeItExpires)
{
    MomoClient client(config(), m_clock);
    client.status("a");
    client.status("b");
    auto tokens = m_fake->received("/collection/token/");
    ASSERT_EQ(tokens.size(), 1u);
    EXPECT_EQ(tokens[0].method, "POST");
    EXPECT_EQ(tokens[0].headers["content-length"], "0");
    EXPECT_EQ(tokens[0].headers["ocp-apim-subscription-key"], "subscription-secret");
    const std::string basic = tokens[0].headers["authorization"];
    ASSERT_EQ(basic.rfind("Basic ", 0), 0u);
    EXPECT_EQ(decodeBase64(basic.substr(6)), "api-user:api-key-secret");
    const auto statuses = m_fake->received("/collection/v1_0/requesttopay/");
    ASSERT_EQ(statuses.size(), 2u);
    EXPECT_EQ(statuses[1].headers.at("authorization"), "Bearer token-1");
    EXPECT_EQ(statuses[1].headers.at("x-target-environment"), "sandbox");

    m_clock.advance(3600s - 60s);
    client.status("c");
    EXPECT_EQ(m_fake->received("/collection/token/").size(), 2u);
    EXPECT_EQ(m_fake->received("/collection/v1_0/requesttopay/c")[0].headers.at("authorization"),
              "Bearer token-2");
}

TEST_F(MomoClientTest, ARefusedTokenIsRenewedOnce)
{
    MomoClient client(config(), m_clock);
    client.status("warm-up");
    m_fake->reject("token-1");
    client.requestToPay(payment("ref-1", Money::parse("79.00", Currency::fromCode("EUR"))));
    const auto calls = m_fake->received("/collection/v1_0/requesttopay");
    ASSERT_EQ(calls.size(), 3u);
    EXPECT_EQ(calls[1].headers.at("authorization"), "Bearer token-1");
    EXPECT_EQ(calls[2].headers.at("authorization"), "Bearer token-2");

    m_fake->reject("token-2");
    m_fake->reject("token-3");
    EXPECT_THROW(client.status("x"), ProviderUnavailable) << "renewed once, not forever";
}

TEST_F(MomoClientTest, RequestToPaySendsTheReferenceTheBodyAndTheCallbackUrl)
{
    MomoClient client(config(), m_clock);
    client.requestToPay(payment("ref-1", Money::parse("79.00", Currency::fromCode("EUR"))));
    client.requestToPay(payment("ref-2", Money::parse("15000", Currency::fromCode("XAF"))));
    const auto calls = m_fake->received("/collection/v1_0/requesttopay");
    ASSERT_EQ(calls.size(), 2u);
    EXPECT_EQ(calls[0].headers.at("x-reference-id"), "ref-1");
    EXPECT_EQ(calls[0].headers.at("x-target-environment"), "sandbox");
    EXPECT_EQ(calls[0].headers.at("x-callback-url"), "http://127.0.0.1/webhooks/mtn/");
    EXPECT_EQ(calls[0].headers.at("content-type"), "application/json");
    EXPECT_EQ(calls[0].body,
              R"({"amount":"79.00","currency":"EUR","externalId":"ext-1","payer":{"partyIdType":)"
              R"("MSISDN","partyId":"46733123450"},"payerMessage":"Pay order AB",)"
              R"("payeeNote":"Order AB"})");
    EXPECT_NE(calls[1].body.find(R"("amount":"15000","currency":"XAF")"), std::string::npos);
}

TEST_F(MomoClientTest, ProductionSendsOnlyHttpsCallbackUrls)
{
    MomoClient client(config(true), m_clock);
    client.requestToPay(payment("ref-1", Money::parse("79.00", Currency::fromCode("EUR"))));
    EXPECT_EQ(m_fake->received("/collection/v1_0/requesttopay")[0].headers.count("x-callback-url"),
              0u);
}

TEST_F(MomoClientTest, AReusedReferenceCountsAsStarted)
{
    MomoClient client(config(), m_clock);
    EXPECT_NO_THROW(
        client.requestToPay(payment("reused", Money::parse("79.00", Currency::fromCode("EUR")))));
}

TEST_F(MomoClientTest, StatusAnswersBecomeOurStates)
{
    MomoClient client(config(), m_clock);
    EXPECT_EQ(client.status("missing").outcome, Outcome::NotStarted);
    EXPECT_THROW(client.status("broken"), ProviderUnavailable);
    m_fake->statusBody = R"({"status":"CREATED"})";
    EXPECT_EQ(client.status("r").outcome, Outcome::Pending);

    const auto paid = MomoClient::parseStatus(
        R"({"amount":"79","currency":"EUR","financialTransactionId":"1234","status":"SUCCESSFUL"})");
    EXPECT_EQ(paid.outcome, Outcome::Completed);
    EXPECT_EQ(paid.amount, Money::parse("79.00", Currency::fromCode("EUR")));
    EXPECT_EQ(paid.captureId, "1234");
    const auto plain =
        MomoClient::parseStatus(R"({"status":"FAILED","reason":"APPROVAL_REJECTED"})");
    EXPECT_EQ(plain.outcome, Outcome::Failed);
    EXPECT_EQ(plain.failureCode, "APPROVAL_REJECTED");
    const auto documented = MomoClient::parseStatus(
        R"({"status":"FAILED","reason":{"code":"NOT_ENOUGH_FUNDS","message":"Too poor"}})");
    EXPECT_EQ(documented.failureCode, "NOT_ENOUGH_FUNDS");
    EXPECT_EQ(documented.failureReason, "Too poor");
    EXPECT_EQ(MomoClient::parseStatus(R"({"status":"SUCCESSFUL","amount":"x"})").outcome,
              Outcome::Processing)
        << "an unreadable amount is held, never completed";
}

TEST_F(MomoClientTest, NotesLoseQuotesAndAmpersandsAndStopAt160Characters)
{
    EXPECT_EQ(MomoClient::noteText("Rock 'n' roll & co"), "Rock n roll  co");
    EXPECT_EQ(MomoClient::noteText(std::string(200, 'e')).size(), 160u);
    const std::string accents(200, 'x');
    EXPECT_EQ(MomoClient::noteText("é" + accents).size(), 161u) << "counted in characters";
}

} // namespace
} // namespace ebm::payments
