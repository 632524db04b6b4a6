#pragma once

#include "HttpClient.h"

#include <map>
#include <string>
#include <vector>

namespace ebm::test
{

// A browser-like client for the server's web pages: keeps the cookies the server sets (session,
// CSRF nonce, language), sends them back, and submits forms with the CSRF token of the last
// page it loaded. Redirects are not followed: a test sees each 303 and its Location.
class PageClient final
{
public:
    explicit PageClient(const HttpClient& client);

    HttpResult get(const std::string& path, std::map<std::string, std::string> headers = {});
    // POSTs the fields urlencoded, adding csrf_token from the last page loaded unless the
    // fields already name one.
    HttpResult submit(const std::string& path, std::map<std::string, std::string> fields);
    // The same as a multipart/form-data body with one file.
    HttpResult submitFile(const std::string& path, std::map<std::string, std::string> fields,
                          const std::string& fileField, const std::string& fileName,
                          const std::string& contentType, const std::string& bytes);

    // A cookie the browser holds now ("" when none).
    std::string cookie(const std::string& name) const;
    void setCookie(const std::string& name, const std::string& value);
    void forgetCookie(const std::string& name);
    // The csrf_token field of the last page loaded.
    const std::string& csrfToken() const
    {
        return m_csrfToken;
    }

private:
    HttpResult exchange(const std::string& method, const std::string& path, const std::string& body,
                        std::map<std::string, std::string> headers);
    void remember(const HttpResult& result);
    std::string fillToken(std::map<std::string, std::string>& fields) const;

    HttpClient m_client; // a copy: callers often pass a temporary (server.client())
    std::map<std::string, std::string> m_cookies;
    std::string m_csrfToken;
};

// The text of the first match of `attribute="…"` on the element whose name="<name>" (tests read
// hidden inputs this way), "" when absent.
std::string inputValue(const std::string& html, const std::string& name);
// application/x-www-form-urlencoded encoding of the fields.
std::string formEncode(const std::map<std::string, std::string>& fields);

} // namespace ebm::test
