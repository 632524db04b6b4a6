#pragma once

#include "http/ErrorMapper.h"
#include "http/HttpMetrics.h"
#include "http/IdempotencyKeys.h"
#include "http/PageGate.h"
#include "http/Router.h"
#include "tenancy/AccessGuard.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <atomic>
#include <cstddef>

namespace ebm::http
{

// Everything the dispatcher shares across requests; owned by the server wiring.
struct DispatchContext
{
    const Router& router;
    HttpMetrics& metrics;
    const tenancy::AccessGuard& guard;
    const IdempotencyKeys& idempotency;
    std::size_t maxBodyBytes;
    const PageGate* pages = nullptr; // null: no web pages (every error answers JSON)
};

// Runs one request through the pipeline: request id, body limit, route lookup, handler, error
// mapping, response, metrics and the access log line.
class RequestDispatcher final : public Poco::Net::HTTPRequestHandler
{
public:
    explicit RequestDispatcher(const DispatchContext& context);
    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override;

private:
    // `isPage` tells, as soon as it is known, whether a failure should answer as a web page.
    ApiResponse dispatch(Poco::Net::HTTPServerRequest& request, const std::string& requestId,
                         std::string& routeName, bool& isPage);
    std::string readBody(Poco::Net::HTTPServerRequest& request, std::size_t limit) const;

    const DispatchContext& m_context;
    ErrorMapper m_errors;
};

// Hands every request to a RequestDispatcher.
class DispatcherFactory final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit DispatcherFactory(const DispatchContext& context);
    Poco::Net::HTTPRequestHandler*
    createRequestHandler(const Poco::Net::HTTPServerRequest&) override;

private:
    const DispatchContext& m_context;
};

} // namespace ebm::http
