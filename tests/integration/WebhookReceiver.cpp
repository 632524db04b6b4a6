#include "WebhookReceiver.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>

namespace ebm::test
{

namespace
{

// Records the request and answers the next queued status.
class RecordingHandler final : public Poco::Net::HTTPRequestHandler
{
public:
    explicit RecordingHandler(std::shared_ptr<WebhookReceiver::State> state)
        : m_state(std::move(state))
    {
    }

    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override
    {
        WebhookReceiver::Request recorded;
        recorded.method = request.getMethod();
        recorded.path = request.getURI();
        for (const auto& [name, value] : request)
            recorded.headers[name] = value;
        Poco::StreamCopier::copyToString(request.stream(), recorded.body);
        int status = 200;
        {
            std::lock_guard lock(m_state->mutex);
            m_state->requests.push_back(std::move(recorded));
            status = m_state->fallback;
            if (!m_state->statuses.empty()) {
                status = m_state->statuses.front();
                m_state->statuses.pop_front();
            }
        }
        response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
        response.setContentType("text/plain");
        response.send() << "ok";
    }

private:
    std::shared_ptr<WebhookReceiver::State> m_state;
};

class RecordingFactory final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit RecordingFactory(std::shared_ptr<WebhookReceiver::State> state)
        : m_state(std::move(state))
    {
    }

    Poco::Net::HTTPRequestHandler*
    createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new RecordingHandler(m_state);
    }

private:
    std::shared_ptr<WebhookReceiver::State> m_state;
};

} // namespace

WebhookReceiver::WebhookReceiver()
    : m_state(std::make_shared<State>())
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    auto* params = new Poco::Net::HTTPServerParams;
    params->setKeepAlive(false);
    m_server =
        std::make_unique<Poco::Net::HTTPServer>(new RecordingFactory(m_state), socket, params);
    m_server->start();
}

WebhookReceiver::~WebhookReceiver()
{
    m_server->stopAll(true);
}

std::string WebhookReceiver::url(const std::string& path) const
{
    return "http://127.0.0.1:" + std::to_string(m_server->port()) + path;
}

void WebhookReceiver::answerNext(std::vector<int> statuses)
{
    std::lock_guard lock(m_state->mutex);
    m_state->statuses.insert(m_state->statuses.end(), statuses.begin(), statuses.end());
}

void WebhookReceiver::answerAlways(int status)
{
    std::lock_guard lock(m_state->mutex);
    m_state->fallback = status;
}

std::vector<WebhookReceiver::Request> WebhookReceiver::requests() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->requests;
}

} // namespace ebm::test
