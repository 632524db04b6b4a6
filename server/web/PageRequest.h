#pragma once

#include "http/ApiRequest.h"
#include "i18n/Translator.h"
#include "web/Cookies.h"
#include "web/CsrfTokens.h"

#include <string>
#include <vector>

namespace ebm::web
{

// One request to a page as its controller sees it: the language chosen (?lang=, then the
// remembered cookie, then Accept-Language, else French), the form CSRF token, the signed-in
// user if any, and the cookies the answer must set.
class PageRequest final
{
public:
    static constexpr std::string_view kLanguageCookie = "ebm_lang";

    PageRequest(const http::ApiRequest& request, const CsrfTokens& csrf, bool secureCookies);

    const http::ApiRequest& http() const
    {
        return m_request;
    }
    const std::string& locale() const
    {
        return m_translator.locale();
    }
    const i18n::Translator& translator() const
    {
        return m_translator;
    }
    // A string in the page's language. Write literal arguments, translate("Web", "Text"), so
    // lupdate extracts them.
    std::string translate(const char* context, const char* sourceText) const;
    // A "Web" string marked elsewhere with QT_TRANSLATE_NOOP("Web", …), in the page's language.
    std::string tr(const char* sourceText) const;
    const std::string& csrfToken() const
    {
        return m_csrfToken;
    }
    bool isSignedIn() const
    {
        return m_request.isAuthenticated();
    }
    bool secureCookies() const
    {
        return m_secureCookies;
    }

    void setCookie(const std::string& name, const std::string& value, CookieOptions options);
    const std::vector<std::string>& cookiesToSet() const
    {
        return m_setCookies;
    }

    // The locale a browser asked for, in order of preference; "fr" unless English is chosen.
    static std::string chooseLocale(const http::ApiRequest& request);

private:
    const http::ApiRequest& m_request;
    i18n::Translator m_translator;
    bool m_secureCookies;
    std::string m_csrfToken;
    std::vector<std::string> m_setCookies;
};

} // namespace ebm::web
