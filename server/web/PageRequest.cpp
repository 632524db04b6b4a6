#include "web/PageRequest.h"

#include "security/TokenGenerator.h"

#include <Poco/String.h>
#include <Poco/StringTokenizer.h>
#include <algorithm>

namespace ebm::web
{

namespace
{

constexpr int kLanguageCookieSeconds = 365 * 24 * 3600;

bool isSupported(const std::string& locale)
{
    return locale == "fr" || locale == "en";
}

// The first supported language of an Accept-Language header, by quality then order.
std::string fromAcceptLanguage(const std::string& header)
{
    std::string best;
    double bestQuality = 0.0;
    const Poco::StringTokenizer ranges(
        header, ",", Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    for (const std::string& range : ranges) {
        const std::size_t semicolon = range.find(';');
        const std::string tag = Poco::toLower(Poco::trim(range.substr(0, semicolon)));
        const std::string language = tag.substr(0, tag.find('-'));
        double quality = 1.0;
        const std::size_t q = range.find("q=", semicolon == std::string::npos ? 0 : semicolon);
        if (semicolon != std::string::npos && q != std::string::npos)
            quality = std::atof(range.c_str() + q + 2);
        if (isSupported(language) && quality > bestQuality) {
            best = language;
            bestQuality = quality;
        }
    }
    return best;
}

} // namespace

PageRequest::PageRequest(const http::ApiRequest& request, const CsrfTokens& csrf,
                         bool secureCookies)
    : m_request(request)
    , m_translator(chooseLocale(request))
    , m_secureCookies(secureCookies)
{
    const auto asked = request.query("lang");
    if (asked && isSupported(*asked) &&
        requestCookie(request, std::string(kLanguageCookie)) != asked)
        setCookie(std::string(kLanguageCookie), *asked,
                  {kLanguageCookieSeconds, secureCookies, true, "/"});
    std::string nonce = requestCookie(request, std::string(CsrfTokens::kCookie)).value_or("");
    if (nonce.empty()) {
        nonce = security::TokenGenerator::newToken();
        setCookie(std::string(CsrfTokens::kCookie), nonce, {-1, secureCookies, true, "/"});
    }
    m_csrfToken = csrf.tokenFor(nonce);
}

std::string PageRequest::translate(const char* context, const char* sourceText) const
{
    return m_translator.translate(context, sourceText);
}

std::string PageRequest::tr(const char* sourceText) const
{
    return m_translator.translate("Web", sourceText);
}

void PageRequest::setCookie(const std::string& name, const std::string& value,
                            CookieOptions options)
{
    options.secure = options.secure || m_secureCookies;
    m_setCookies.push_back(setCookieHeader(name, value, options));
}

std::string PageRequest::chooseLocale(const http::ApiRequest& request)
{
    if (const auto asked = request.query("lang"); asked && isSupported(*asked))
        return *asked;
    if (const auto remembered = requestCookie(request, std::string(kLanguageCookie));
        remembered && isSupported(*remembered))
        return *remembered;
    const std::string accepted = fromAcceptLanguage(request.header("Accept-Language").value_or(""));
    return accepted.empty() ? "fr" : accepted;
}

} // namespace ebm::web
