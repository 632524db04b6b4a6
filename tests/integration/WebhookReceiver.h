#pragma once

#include <Poco/Net/HTTPServer.h>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace ebm::test
{

// A real HTTP receiver for outgoing webhooks, inside the test process: a Poco HTTPServer on a
// free port of 127.0.0.1 that records every request and answers the statuses queued with
// answerNext() in order, then 200. Stopped on destruction.
class WebhookReceiver final
{
public:
    struct Request
    {
        std::string method;
        std::string path;
        std::map<std::string, std::string> headers;
        std::string body;
    };

    WebhookReceiver();
    ~WebhookReceiver();
    WebhookReceiver(const WebhookReceiver&) = delete;
    WebhookReceiver& operator=(const WebhookReceiver&) = delete;

    // "http://127.0.0.1:<port><path>".
    std::string url(const std::string& path = "/hook") const;
    void answerNext(std::vector<int> statuses);
    // Answer every later request with `status` (after the queued ones).
    void answerAlways(int status);
    std::vector<Request> requests() const;

    // What the request handlers share.
    struct State
    {
        mutable std::mutex mutex;
        std::vector<Request> requests;
        std::deque<int> statuses;
        int fallback = 200;
    };

private:
    std::shared_ptr<State> m_state;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
};

} // namespace ebm::test
