#include "payments/ProviderHttpClient.h"

#include <Poco/AutoPtr.h>
#include <Poco/Channel.h>
#include <Poco/Event.h>
#include <Poco/Logger.h>
#include <Poco/Message.h>
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
#include <chrono>
#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace ebm::payments
{
namespace
{

using std::chrono::milliseconds;

// A request as the scripted server received it (header names in lower case).
struct ReceivedRequest
{
    std::string method;
    std::string path;
    std::map<std::string, std::string> headers;
    std::string body;
};

// What the scripted server saw, shared with its handlers (which may outlive a test's checks).
class ServerLog
{
public:
    // Records the request and answers how many requests its path has now had.
    int record(ReceivedRequest request)
    {
        const std::lock_guard lock(m_mutex);
        const int count = ++m_perPath[request.path];
        m_requests.push_back(std::move(request));
        return count;
    }

    std::vector<ReceivedRequest> requests() const
    {
        const std::lock_guard lock(m_mutex);
        return m_requests;
    }

    int count(const std::string& path) const
    {
        const std::lock_guard lock(m_mutex);
        const auto found = m_perPath.find(path);
        return found == m_perPath.end() ? 0 : found->second;
    }

    Poco::Event& release()
    {
        return m_release;
    }

private:
    mutable std::mutex m_mutex;
    std::vector<ReceivedRequest> m_requests;
    std::map<std::string, int> m_perPath;
    Poco::Event m_release{Poco::Event::EVENT_MANUALRESET};
};

void answer(Poco::Net::HTTPServerResponse& response, Poco::Net::HTTPResponse::HTTPStatus status,
            const std::string& body, const std::string& contentType = "text/plain")
{
    response.setStatus(status);
    response.setContentType(contentType);
    response.setContentLength64(static_cast<Poco::Int64>(body.size()));
    response.send() << body;
}

ReceivedRequest received(Poco::Net::HTTPServerRequest& request)
{
    ReceivedRequest out{request.getMethod(), request.getURI(), {}, {}};
    for (const auto& [name, value] : request) {
        out.headers[Poco::toLower(name)] = value;
    }
    Poco::StreamCopier::copyToString(request.stream(), out.body);
    return out;
}

// Scripted answers by path: /flaky (503 twice, then 200), /down (always 500), /busy (429),
// /slow (answers after 900 ms unless released first), /missing (404 JSON), /echo (200).
class ScriptedHandler final : public Poco::Net::HTTPRequestHandler
{
public:
    explicit ScriptedHandler(std::shared_ptr<ServerLog> log)
        : m_log(std::move(log))
    {
    }

    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override
    {
        using Status = Poco::Net::HTTPResponse::HTTPStatus;
        const std::string path = request.getURI();
        const int count = m_log->record(received(request));
        if (path == "/flaky" && count <= 2) {
            answer(response, Status::HTTP_SERVICE_UNAVAILABLE, "try later");
        } else if (path == "/down") {
            answer(response, Status::HTTP_INTERNAL_SERVER_ERROR,
                   R"({"code":"INTERNAL_PROCESSING_ERROR"})", "application/json");
        } else if (path == "/busy") {
            answer(response, Status::HTTP_TOO_MANY_REQUESTS, "slow down");
        } else if (path == "/slow") {
            if (!m_log->release().tryWait(900)) {
                answer(response, Status::HTTP_OK, "late");
            }
        } else if (path == "/missing") {
            response.set("X-Debug-Id", "f3a1");
            answer(response, Status::HTTP_NOT_FOUND, R"({"name":"RESOURCE_NOT_FOUND"})",
                   "application/json");
        } else {
            answer(response, Status::HTTP_OK, "ok");
        }
    }

private:
    std::shared_ptr<ServerLog> m_log;
};

// Hands each request to a handler writing to the log of the test running now.
class ScriptedFactory final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    void use(std::shared_ptr<ServerLog> log)
    {
        const std::lock_guard lock(m_mutex);
        m_log = std::move(log);
    }

    Poco::Net::HTTPRequestHandler*
    createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        const std::lock_guard lock(m_mutex);
        return new ScriptedHandler(m_log);
    }

private:
    std::mutex m_mutex;
    std::shared_ptr<ServerLog> m_log = std::make_shared<ServerLog>();
};

// Keeps what a logger writes, to check that no secret reaches the logs.
class CapturingChannel final : public Poco::Channel
{
public:
    void log(const Poco::Message& message) override
    {
        const std::lock_guard lock(m_mutex);
        m_lines.push_back(message.getText());
    }

    std::vector<std::string> lines() const
    {
        const std::lock_guard lock(m_mutex);
        return m_lines;
    }

private:
    mutable std::mutex m_mutex;
    std::vector<std::string> m_lines;
};

// A port on which nothing listens.
Poco::UInt16 closedPort()
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    const Poco::UInt16 port = socket.address().port();
    socket.close();
    return port;
}

// One scripted server for the whole suite (stopping a Poco server takes up to 250 ms), with a
// fresh log per test.
class ProviderHttpClientTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_factory = new ScriptedFactory;
        s_threads = std::make_unique<Poco::ThreadPool>(2, 8);
        s_server = std::make_unique<Poco::Net::HTTPServer>(
            s_factory, *s_threads,
            Poco::Net::ServerSocket(Poco::Net::SocketAddress("127.0.0.1", 0)), serverParams());
        s_server->start();
    }

    // A ClientHello sent to the plain server may stall its request parser, waiting for a line
    // end: a short server timeout closes such a connection so the handshake fails at once.
    static Poco::Net::HTTPServerParams::Ptr serverParams()
    {
        Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
        params->setTimeout(Poco::Timespan(0, 250000));
        return params;
    }

    static void TearDownTestSuite()
    {
        s_server->stopAll(true);
        s_threads->joinAll();
        s_server.reset(); // deletes the factory
        s_factory = nullptr;
        s_threads.reset();
    }

    ProviderHttpClientTest()
    {
        s_factory->use(m_log);
    }

    ~ProviderHttpClientTest() override
    {
        m_log->release().set();
    }

    static Poco::UInt16 port()
    {
        return s_server->port();
    }

    std::string url(const std::string& path, const std::string& scheme = "http") const
    {
        return scheme + "://127.0.0.1:" + std::to_string(port()) + path;
    }

    // A client for the local server whose backoff waits are recorded instead of slept; the
    // jitter picks the ceiling itself so the waits show it.
    ProviderHttpClient client(ProviderHttpClient::Options options = plainOptions())
    {
        return ProviderHttpClient(
            options, [this](milliseconds wait) { m_sleeps.push_back(wait); },
            [](milliseconds ceiling) { return ceiling; });
    }

    static ProviderHttpClient::Options plainOptions()
    {
        ProviderHttpClient::Options options;
        options.allowPlainHttp = true;
        options.connectTimeout = milliseconds(2000);
        options.readTimeout = milliseconds(2000);
        return options;
    }

    ProviderRequest get(const std::string& path, bool idempotent = true) const
    {
        return ProviderRequest{"GET", url(path), {}, "", "", idempotent};
    }

    ProviderRequest post(const std::string& path, std::string body = "") const
    {
        return ProviderRequest{"POST", url(path), {}, std::move(body), "", false};
    }

    static inline ScriptedFactory* s_factory = nullptr; // owned by the server
    static inline std::unique_ptr<Poco::ThreadPool> s_threads;
    static inline std::unique_ptr<Poco::Net::HTTPServer> s_server;
    std::shared_ptr<ServerLog> m_log = std::make_shared<ServerLog>();
    std::vector<milliseconds> m_sleeps;
};

TEST_F(ProviderHttpClientTest, RetriesAnIdempotentRequestUntilItSucceeds)
{
    const ProviderResponse response = client().send(get("/flaky"));
    EXPECT_EQ(response.status, 200);
    EXPECT_EQ(response.body, "ok");
    EXPECT_EQ(m_log->count("/flaky"), 3);
    EXPECT_EQ(m_sleeps, (std::vector<milliseconds>{milliseconds(200), milliseconds(400)}));
}

TEST_F(ProviderHttpClientTest, NeverRepeatsANonIdempotentRequest)
{
    try {
        client().send(post("/flaky", R"({"amount":"100"})"));
        FAIL() << "expected ProviderUnavailable";
    } catch (const ProviderUnavailable& error) {
        ASSERT_TRUE(error.lastResponse().has_value());
        EXPECT_EQ(error.lastResponse()->status, 503);
        EXPECT_NE(std::string(error.what()).find("after 1 attempt"), std::string::npos)
            << error.what();
    }
    EXPECT_EQ(m_log->count("/flaky"), 1);
    EXPECT_TRUE(m_sleeps.empty());
}

TEST_F(ProviderHttpClientTest, GivesUpAfterMaxAttemptsNamingMethodUrlAndCause)
{
    try {
        client().send(get("/down"));
        FAIL() << "expected ProviderUnavailable";
    } catch (const ProviderUnavailable& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("GET " + url("/down")), std::string::npos) << message;
        EXPECT_NE(message.find("after 3 attempts"), std::string::npos) << message;
        EXPECT_NE(message.find("HTTP 500"), std::string::npos) << message;
        ASSERT_TRUE(error.lastResponse().has_value());
        EXPECT_EQ(error.lastResponse()->body, R"({"code":"INTERNAL_PROCESSING_ERROR"})");
    }
    EXPECT_EQ(m_log->count("/down"), 3);
    EXPECT_EQ(m_sleeps.size(), 2U);
}

TEST_F(ProviderHttpClientTest, TreatsTooManyRequestsAsUnavailable)
{
    auto options = plainOptions();
    options.maxAttempts = 2;
    EXPECT_THROW(client(options).send(get("/busy")), ProviderUnavailable);
    EXPECT_EQ(m_log->count("/busy"), 2);
}

TEST_F(ProviderHttpClientTest, BackoffGrowsExponentiallyUpToTheCap)
{
    auto options = plainOptions();
    options.maxAttempts = 6;
    options.baseBackoff = milliseconds(100);
    options.maxBackoff = milliseconds(500);
    EXPECT_THROW(client(options).send(get("/down")), ProviderUnavailable);
    EXPECT_EQ(m_log->count("/down"), 6);
    EXPECT_EQ(m_sleeps,
              (std::vector<milliseconds>{milliseconds(100), milliseconds(200), milliseconds(400),
                                         milliseconds(500), milliseconds(500)}));
}

TEST_F(ProviderHttpClientTest, RandomJitterStaysWithinEachCeiling)
{
    auto options = plainOptions();
    options.maxAttempts = 5;
    options.baseBackoff = milliseconds(100);
    options.maxBackoff = milliseconds(300);
    std::vector<milliseconds> sleeps;
    const ProviderHttpClient random(options, [&](milliseconds wait) { sleeps.push_back(wait); });
    EXPECT_THROW(random.send(get("/down")), ProviderUnavailable);
    const std::vector<milliseconds> ceilings{milliseconds(100), milliseconds(200),
                                             milliseconds(300), milliseconds(300)};
    ASSERT_EQ(sleeps.size(), ceilings.size());
    for (std::size_t i = 0; i < sleeps.size(); ++i) {
        EXPECT_GE(sleeps[i], milliseconds(0));
        EXPECT_LE(sleeps[i], ceilings[i]);
    }
}

TEST_F(ProviderHttpClientTest, ClampsAJitterOutsideItsCeiling)
{
    auto options = plainOptions();
    options.maxAttempts = 3;
    std::vector<milliseconds> sleeps;
    int call = 0;
    const ProviderHttpClient wild(
        options, [&](milliseconds wait) { sleeps.push_back(wait); },
        [&](milliseconds) { return ++call == 1 ? milliseconds(99999) : milliseconds(-5); });
    EXPECT_THROW(wild.send(get("/down")), ProviderUnavailable);
    EXPECT_EQ(sleeps, (std::vector<milliseconds>{milliseconds(200), milliseconds(0)}));
}

TEST_F(ProviderHttpClientTest, AReadTimeoutIsUnavailableAndRetried)
{
    // /slow would answer 200 after 900 ms: only the read timeout can make this fail.
    auto options = plainOptions();
    options.readTimeout = milliseconds(200);
    options.maxAttempts = 2;
    try {
        client(options).send(get("/slow"));
        FAIL() << "expected ProviderUnavailable";
    } catch (const ProviderUnavailable& error) {
        EXPECT_FALSE(error.lastResponse().has_value());
        EXPECT_NE(std::string(error.what()).find("Timeout"), std::string::npos) << error.what();
    }
    EXPECT_EQ(m_log->count("/slow"), 2);
    EXPECT_EQ(m_sleeps.size(), 1U);
}

TEST_F(ProviderHttpClientTest, ReturnsClientErrorsWithoutRetrying)
{
    const ProviderResponse response = client().send(get("/missing"));
    EXPECT_EQ(response.status, 404);
    EXPECT_EQ(response.body, R"({"name":"RESOURCE_NOT_FOUND"})");
    EXPECT_EQ(response.headers.at("content-type"), "application/json");
    EXPECT_EQ(response.headers.at("x-debug-id"), "f3a1");
    EXPECT_EQ(m_log->count("/missing"), 1);
    EXPECT_TRUE(m_sleeps.empty());
}

TEST_F(ProviderHttpClientTest, SendsContentLengthZeroForABodilessPost)
{
    client().send(post("/echo"));
    client().send(get("/echo"));
    const auto requests = m_log->requests();
    ASSERT_EQ(requests.size(), 2U);
    EXPECT_EQ(requests[0].method, "POST");
    EXPECT_EQ(requests[0].headers.count("content-length"), 1U);
    EXPECT_EQ(requests[0].headers.at("content-length"), "0");
    EXPECT_EQ(requests[1].method, "GET");
    EXPECT_EQ(requests[1].headers.count("content-length"), 0U);
}

TEST_F(ProviderHttpClientTest, SendsHeadersContentTypeAndBody)
{
    ProviderRequest request = post("/echo", R"({"amount":"100","currency":"EUR"})");
    request.contentType = "application/json";
    request.headers = {{"X-Reference-Id", "0b9e5e39-4f05-4c5a-9a1c-6b9c7b9f2d11"},
                       {"X-Target-Environment", "sandbox"}};
    const ProviderResponse response = client().send(request);
    EXPECT_EQ(response.status, 200);
    const auto requests = m_log->requests();
    ASSERT_EQ(requests.size(), 1U);
    EXPECT_EQ(requests[0].body, R"({"amount":"100","currency":"EUR"})");
    EXPECT_EQ(requests[0].headers.at("content-type"), "application/json");
    EXPECT_EQ(requests[0].headers.at("content-length"), "33");
    EXPECT_EQ(requests[0].headers.at("x-reference-id"), "0b9e5e39-4f05-4c5a-9a1c-6b9c7b9f2d11");
    EXPECT_EQ(requests[0].headers.at("x-target-environment"), "sandbox");
}

TEST_F(ProviderHttpClientTest, RefusesPlainHttpWithoutConnecting)
{
    auto options = plainOptions();
    options.allowPlainHttp = false;
    try {
        client(options).send(get("/echo"));
        FAIL() << "expected ProviderError";
    } catch (const ProviderUnavailable& error) {
        FAIL() << "plain HTTP must be refused, not tried: " << error.what();
    } catch (const ProviderError& error) {
        EXPECT_NE(std::string(error.what()).find(url("/echo")), std::string::npos) << error.what();
    }
    EXPECT_TRUE(m_log->requests().empty());
}

TEST_F(ProviderHttpClientTest, RefusesUrlsItCannotCall)
{
    for (const char* bad :
         {"ftp://127.0.0.1/file", "/relative/path", "https:///no-host", "http://[::1"}) {
        EXPECT_THROW(client().send(ProviderRequest{"GET", bad, {}, "", "", true}), ProviderError)
            << bad;
    }
    EXPECT_TRUE(m_sleeps.empty());
}

TEST_F(ProviderHttpClientTest, ATlsHandshakeWithAPlainServerIsUnavailable)
{
    const std::string httpsUrl = url("/echo", "https");
    try {
        client().send(ProviderRequest{"POST", httpsUrl, {}, "{}", "application/json", false});
        FAIL() << "expected ProviderUnavailable";
    } catch (const ProviderUnavailable& error) {
        EXPECT_NE(std::string(error.what()).find("POST " + httpsUrl), std::string::npos)
            << error.what();
        EXPECT_FALSE(error.lastResponse().has_value());
    }
    EXPECT_TRUE(m_log->requests().empty());
}

TEST_F(ProviderHttpClientTest, AnUnreachableProviderIsUnavailable)
{
    const std::string unreachable = "http://127.0.0.1:" + std::to_string(closedPort()) + "/";
    try {
        client().send(ProviderRequest{"GET", unreachable, {}, "", "", true});
        FAIL() << "expected ProviderUnavailable";
    } catch (const ProviderUnavailable& error) {
        EXPECT_NE(std::string(error.what()).find("GET " + unreachable), std::string::npos)
            << error.what();
    }
    EXPECT_EQ(m_sleeps.size(), 2U);
}

TEST_F(ProviderHttpClientTest, KeepsSecretsOutOfMessagesAndLogs)
{
    Poco::AutoPtr<CapturingChannel> channel(new CapturingChannel);
    Poco::Logger& logger = Poco::Logger::get("ebm.payments");
    const Poco::Channel::Ptr previous = logger.getChannel();
    const int previousLevel = logger.getLevel();
    logger.setChannel(channel);
    logger.setLevel(Poco::Message::PRIO_TRACE);

    const std::string base = "127.0.0.1:" + std::to_string(port());
    ProviderRequest request{
        "POST",
        "http://api-user:url-secret@" + base + "/down",
        {{"Authorization", "Bearer header-secret"}, {"Ocp-Apim-Subscription-Key", "key-secret"}},
        R"({"api_key":"body-secret"})",
        "application/json",
        true};
    std::string message;
    try {
        client().send(request);
    } catch (const ProviderUnavailable& error) {
        message = error.what();
    }
    logger.setChannel(previous);
    logger.setLevel(previousLevel);

    EXPECT_NE(message.find("POST http://" + base + "/down"), std::string::npos) << message;
    const auto lines = channel->lines();
    EXPECT_EQ(lines.size(), 2U);
    std::vector<std::string> texts = lines;
    texts.push_back(message);
    for (const std::string& text : texts) {
        for (const char* secret : {"url-secret", "header-secret", "key-secret", "body-secret"}) {
            EXPECT_EQ(text.find(secret), std::string::npos) << text;
        }
    }
}

TEST_F(ProviderHttpClientTest, RefusesInvalidOptions)
{
    auto options = plainOptions();
    options.maxAttempts = 0;
    EXPECT_THROW(ProviderHttpClient{options}, std::invalid_argument);
    options = plainOptions();
    options.readTimeout = milliseconds(-1);
    EXPECT_THROW(ProviderHttpClient{options}, std::invalid_argument);
}

} // namespace
} // namespace ebm::payments
