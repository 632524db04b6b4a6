#include "PageClient.h"

#include <Poco/URI.h>

namespace ebm::test
{

namespace
{

const std::string kBoundary = "----ebm-test-boundary-7MA4YWxkTrZu0gW";

} // namespace

PageClient::PageClient(const HttpClient& client)
    : m_client(client)
{
}

HttpResult PageClient::get(const std::string& path, std::map<std::string, std::string> headers)
{
    headers.emplace("Accept", "text/html");
    HttpResult result = exchange("GET", path, "", std::move(headers));
    const std::string token = inputValue(result.body, "csrf_token");
    if (!token.empty())
        m_csrfToken = token;
    return result;
}

HttpResult PageClient::submit(const std::string& path, std::map<std::string, std::string> fields)
{
    fillToken(fields);
    return exchange(
        "POST", path, formEncode(fields),
        {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "text/html"}});
}

HttpResult PageClient::submitFile(const std::string& path,
                                  std::map<std::string, std::string> fields,
                                  const std::string& fileField, const std::string& fileName,
                                  const std::string& contentType, const std::string& bytes)
{
    fillToken(fields);
    std::string body;
    for (const auto& [name, value] : fields)
        body += "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + name +
                "\"\r\n\r\n" + value + "\r\n";
    body += "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + fileField +
            "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n" +
            bytes + "\r\n--" + kBoundary + "--\r\n";
    return exchange(
        "POST", path, body,
        {{"Content-Type", "multipart/form-data; boundary=" + kBoundary}, {"Accept", "text/html"}});
}

std::string PageClient::cookie(const std::string& name) const
{
    const auto found = m_cookies.find(name);
    return found == m_cookies.end() ? std::string() : found->second;
}

void PageClient::setCookie(const std::string& name, const std::string& value)
{
    m_cookies[name] = value;
}

void PageClient::forgetCookie(const std::string& name)
{
    m_cookies.erase(name);
}

HttpResult PageClient::exchange(const std::string& method, const std::string& path,
                                const std::string& body, std::map<std::string, std::string> headers)
{
    std::string cookieHeader;
    for (const auto& [name, value] : m_cookies)
        cookieHeader += (cookieHeader.empty() ? "" : "; ") + name + "=" + value;
    if (!cookieHeader.empty())
        headers["Cookie"] = cookieHeader;
    HttpResult result = m_client.send(method, path, body, headers);
    remember(result);
    return result;
}

void PageClient::remember(const HttpResult& result)
{
    for (const std::string& header : result.setCookies) {
        const std::size_t equals = header.find('=');
        const std::size_t end = header.find(';');
        if (equals == std::string::npos)
            continue;
        const std::string name = header.substr(0, equals);
        const std::string value = header.substr(equals + 1, end - equals - 1);
        if (header.find("Max-Age=0") != std::string::npos)
            m_cookies.erase(name);
        else
            m_cookies[name] = value;
    }
}

std::string PageClient::fillToken(std::map<std::string, std::string>& fields) const
{
    fields.emplace("csrf_token", m_csrfToken);
    return fields["csrf_token"];
}

std::string inputValue(const std::string& html, const std::string& name)
{
    const std::size_t input = html.find("name=\"" + name + "\"");
    if (input == std::string::npos)
        return {};
    const std::size_t tagStart = html.rfind('<', input);
    const std::size_t tagEnd = html.find('>', input);
    const std::string tag = html.substr(tagStart, tagEnd - tagStart);
    const std::size_t value = tag.find("value=\"");
    if (value == std::string::npos)
        return {};
    const std::size_t close = tag.find('"', value + 7);
    return tag.substr(value + 7, close - value - 7);
}

std::string formEncode(const std::map<std::string, std::string>& fields)
{
    std::string body;
    for (const auto& [name, value] : fields) {
        std::string encodedName;
        std::string encodedValue;
        Poco::URI::encode(name, "&=+;/?:@", encodedName);
        Poco::URI::encode(value, "&=+;/?:@", encodedValue);
        body += (body.empty() ? "" : "&") + encodedName + "=" + encodedValue;
    }
    return body;
}

} // namespace ebm::test
