#pragma once

#include <Poco/JSON/Object.h>
#include <map>
#include <string>
#include <vector>

namespace ebm::test
{

// One HTTP exchange with the server under test: status, headers and body, with JSON helpers.
struct HttpResult
{
    int status = 0;
    std::map<std::string, std::string> headers;
    std::vector<std::string> setCookies; // every Set-Cookie header, in order
    std::string body;

    Poco::JSON::Object::Ptr json() const;
    std::string header(const std::string& name) const;
};

// A minimal HTTP/1.1 client bound to 127.0.0.1:<port>.
class HttpClient final
{
public:
    explicit HttpClient(unsigned short port);

    HttpResult get(const std::string& path,
                   const std::map<std::string, std::string>& headers = {}) const;
    HttpResult post(const std::string& path, const std::string& body,
                    const std::string& contentType = "application/json",
                    const std::map<std::string, std::string>& headers = {}) const;
    HttpResult send(const std::string& method, const std::string& path, const std::string& body,
                    const std::map<std::string, std::string>& headers) const;

private:
    unsigned short m_port;
};

} // namespace ebm::test
