#include "http/RequestDispatcher.h"

#include "http/ApiError.h"

#include <Poco/Logger.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>
#include <Poco/URI.h>
#include <Poco/UUIDGenerator.h>
#include <cctype>
#include <chrono>
#include <istream>
#include <limits>

namespace ebm::http
{

namespace
{

// The largest oversized body still read (and thrown away) before answering 413.
constexpr std::size_t kDrainLimitBytes = 16 * 1024 * 1024;

constexpr std::size_t kMaxRequestIdLength = 64;

bool isSafeRequestId(const std::string& id)
{
    if (id.empty() || id.size() > kMaxRequestIdLength)
        return false;
    for (const char c : id) {
        const bool allowed =
            std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
        if (!allowed)
            return false;
    }
    return true;
}

std::string requestIdFor(const Poco::Net::HTTPServerRequest& request)
{
    const std::string offered = request.get("X-Request-ID", "");
    if (isSafeRequestId(offered))
        return offered;
    return Poco::UUIDGenerator::defaultGenerator().createRandom().toString();
}

std::map<std::string, std::string> queryOf(const Poco::URI& uri)
{
    std::map<std::string, std::string> query;
    for (const auto& [name, value] : uri.getQueryParameters())
        query.emplace(name, value);
    return query;
}

void send(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response,
          const ApiResponse& answer, const std::string& requestId)
{
    response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(answer.status));
    response.set("X-Request-ID", requestId);
    response.set("X-Content-Type-Options", "nosniff");
    response.set("Cache-Control", "no-store");
    for (const auto& [name, value] : answer.headers) {
        if (Poco::icompare(name, "Set-Cookie") == 0)
            response.add(name, value); // one header per cookie
        else
            response.set(name, value);
    }
    if (!answer.contentType.empty())
        response.setContentType(answer.contentType);
    response.setContentLength(static_cast<std::streamsize>(answer.body.size()));
    std::ostream& out = response.send();
    if (request.getMethod() != "HEAD")
        out << answer.body;
}

bool isSafeMethod(const std::string& method)
{
    return method == "GET" || method == "HEAD" || method == "OPTIONS";
}

// A browser asking for a page that does not exist gets an HTML 404, an API client JSON.
bool wantsPage(const Poco::Net::HTTPServerRequest& request, const std::string& path)
{
    return isSafeMethod(request.getMethod()) && !path.starts_with("/api/") &&
           request.get("Accept", "").find("text/html") != std::string::npos;
}

} // namespace

RequestDispatcher::RequestDispatcher(const DispatchContext& context)
    : m_context(context)
{
}

void RequestDispatcher::handleRequest(Poco::Net::HTTPServerRequest& request,
                                      Poco::Net::HTTPServerResponse& response)
{
    const auto started = std::chrono::steady_clock::now();
    const std::string requestId = requestIdFor(request);
    std::string routeName = "unmatched";
    bool isPage = false;
    ApiResponse answer;
    try {
        answer = dispatch(request, requestId, routeName, isPage);
    } catch (...) {
        const ApiError error = m_errors.toError(std::current_exception(), requestId);
        answer = isPage && m_context.pages != nullptr
                     ? m_context.pages->errorPage(error, Poco::URI(request.getURI()).getPath(),
                                                  request, requestId)
                     : ErrorMapper::render(error);
    }
    if (answer.status == 413)
        response.setKeepAlive(false);
    send(request, response, answer, requestId);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    m_context.metrics.record(routeName, request.getMethod(), answer.status, seconds);
    Poco::Logger::get("ebm.access")
        .information("%s %s %s %d %z %.3fms %s", requestId, request.getMethod(),
                     Poco::URI(request.getURI()).getPath(), answer.status, answer.body.size(),
                     seconds * 1000.0, request.clientAddress().host().toString());
}

ApiResponse RequestDispatcher::dispatch(Poco::Net::HTTPServerRequest& request,
                                        const std::string& requestId, std::string& routeName,
                                        bool& isPage)
{
    const Poco::URI uri(request.getURI());
    const Router::Match match = m_context.router.match(request.getMethod(), uri.getPath());
    isPage = match.route ? match.route->policy.page : wantsPage(request, uri.getPath());
    const std::size_t routeLimit = match.route ? match.route->policy.maxBodyBytes : 0;
    const std::string body = readBody(request, routeLimit ? routeLimit : m_context.maxBodyBytes);
    if (match.route == nullptr && match.allowedMethods.empty())
        throw ApiError::notFound();
    if (match.route == nullptr) {
        if (request.getMethod() == "OPTIONS")
            return {204,
                    "",
                    "",
                    {{"Allow", Poco::cat(std::string(", "), match.allowedMethods.begin(),
                                         match.allowedMethods.end())}}};
        throw ApiError::methodNotAllowed(request.getMethod(), match.allowedMethods);
    }
    routeName = match.route->pattern;
    ApiRequest::Parts parts{request.getMethod(),
                            uri.getPath(),
                            queryOf(uri),
                            match.params,
                            request,
                            body,
                            requestId,
                            request.clientAddress().host().toString(),
                            std::nullopt,
                            std::nullopt,
                            uri.getQueryParameters()};
    m_context.guard.authorize(match.route->policy, parts);
    const ApiRequest apiRequest(std::move(parts));
    if (isPage && m_context.pages != nullptr && !isSafeMethod(apiRequest.method()))
        m_context.pages->checkForm(apiRequest);
    return m_context.idempotency.run(apiRequest, [&] { return match.route->handler(apiRequest); });
}

std::string RequestDispatcher::readBody(Poco::Net::HTTPServerRequest& request,
                                        std::size_t limit) const
{
    if (request.hasContentLength() &&
        request.getContentLength64() > static_cast<Poco::Int64>(limit)) {
        // Read a moderately large body to its end, so the client gets the 413 answer instead of
        // a connection reset in the middle of its upload.
        if (request.getContentLength64() <= static_cast<Poco::Int64>(kDrainLimitBytes))
            request.stream().ignore(std::numeric_limits<std::streamsize>::max());
        throw ApiError::payloadTooLarge(limit);
    }
    std::string body;
    std::istream& in = request.stream();
    char buffer[8192];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        body.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (body.size() > limit)
            throw ApiError::payloadTooLarge(limit);
    }
    return body;
}

DispatcherFactory::DispatcherFactory(const DispatchContext& context)
    : m_context(context)
{
}

Poco::Net::HTTPRequestHandler*
DispatcherFactory::createRequestHandler(const Poco::Net::HTTPServerRequest&)
{
    return new RequestDispatcher(m_context);
}

} // namespace ebm::http
