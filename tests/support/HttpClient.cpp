#include "HttpClient.h"

#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>
#include <stdexcept>

namespace ebm::test
{

Poco::JSON::Object::Ptr HttpResult::json() const
{
    Poco::Dynamic::Var parsed = Poco::JSON::Parser().parse(body);
    return parsed.extract<Poco::JSON::Object::Ptr>();
}

std::string HttpResult::header(const std::string& name) const
{
    for (const auto& [key, value] : headers) {
        if (Poco::icompare(key, name) == 0)
            return value;
    }
    return {};
}

HttpClient::HttpClient(unsigned short port)
    : m_port(port)
{
}

HttpResult HttpClient::get(const std::string& path,
                           const std::map<std::string, std::string>& headers) const
{
    return send("GET", path, "", headers);
}

HttpResult HttpClient::post(const std::string& path, const std::string& body,
                            const std::string& contentType,
                            const std::map<std::string, std::string>& headers) const
{
    auto withType = headers;
    withType.emplace("Content-Type", contentType);
    return send("POST", path, body, withType);
}

HttpResult HttpClient::send(const std::string& method, const std::string& path,
                            const std::string& body,
                            const std::map<std::string, std::string>& headers) const
{
    Poco::Net::HTTPClientSession session("127.0.0.1", m_port);
    session.setTimeout(Poco::Timespan(30, 0));
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    for (const auto& [name, value] : headers)
        request.set(name, value);
    if (!body.empty() || method == "POST" || method == "PUT" || method == "PATCH")
        request.setContentLength(static_cast<std::streamsize>(body.size()));
    session.sendRequest(request) << body;
    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    HttpResult result;
    result.status = static_cast<int>(response.getStatus());
    for (const auto& [name, value] : response) {
        result.headers[name] = value;
        if (Poco::icompare(name, "Set-Cookie") == 0)
            result.setCookies.push_back(value);
    }
    Poco::StreamCopier::copyToString(in, result.body);
    return result;
}

} // namespace ebm::test
