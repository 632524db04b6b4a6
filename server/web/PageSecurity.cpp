#include "web/PageSecurity.h"

#include "web/FormData.h"

#include <Poco/URI.h>

namespace ebm::web
{

namespace
{

struct ErrorText
{
    const char* title;
    const char* message;
};

ErrorText textFor(const http::ApiError& error)
{
    if (error.code() == "csrf_failed")
        return {QT_TRANSLATE_NOOP("Web", "This form has expired"),
                QT_TRANSLATE_NOOP("Web", "For your security, this form can no longer be sent. "
                                         "Go back, reload the page and try again.")};
    switch (error.status()) {
    case 403:
        return {QT_TRANSLATE_NOOP("Web", "Access denied"),
                QT_TRANSLATE_NOOP("Web", "Your account cannot open this page.")};
    case 404:
        return {QT_TRANSLATE_NOOP("Web", "Page not found"),
                QT_TRANSLATE_NOOP("Web", "This page does not exist or is no longer available.")};
    case 413:
        return {QT_TRANSLATE_NOOP("Web", "File too large"),
                QT_TRANSLATE_NOOP("Web", "What you sent is larger than allowed.")};
    case 429:
        return {QT_TRANSLATE_NOOP("Web", "Too many attempts"),
                QT_TRANSLATE_NOOP("Web", "Please wait a few minutes before trying again.")};
    default:
        break;
    }
    if (error.status() >= 500)
        return {QT_TRANSLATE_NOOP("Web", "Something went wrong"),
                QT_TRANSLATE_NOOP("Web", "We could not complete your request. Please try again "
                                         "in a moment.")};
    return {QT_TRANSLATE_NOOP("Web", "Request refused"),
            QT_TRANSLATE_NOOP("Web", "This request could not be processed.")};
}

std::string submittedToken(const http::ApiRequest& request)
{
    if (const auto header = request.header(std::string(CsrfTokens::kHeader)))
        return *header;
    return FormData::parse(request).field(std::string(CsrfTokens::kField));
}

} // namespace

PageSecurity::PageSecurity(const PageRenderer& renderer, const CsrfTokens& csrf, bool secureCookies)
    : m_renderer(renderer)
    , m_csrf(csrf)
    , m_secureCookies(secureCookies)
{
}

void PageSecurity::checkForm(const http::ApiRequest& request) const
{
    const std::string nonce = requestCookie(request, std::string(CsrfTokens::kCookie)).value_or("");
    if (!m_csrf.matches(nonce, submittedToken(request)))
        throw http::ApiError(403, "csrf_failed", "The form's CSRF token is missing or invalid.");
}

http::ApiResponse PageSecurity::errorPage(const http::ApiError& error, const std::string& path,
                                          const Poco::Net::NameValueCollection& headers,
                                          const std::string& requestId) const
{
    http::ApiRequest::Parts parts;
    parts.method = "GET";
    parts.path = path;
    parts.headers = headers;
    parts.requestId = requestId;
    const http::ApiRequest request(std::move(parts));
    const PageRequest page(request, m_csrf, m_secureCookies);
    if (error.status() == 401) {
        Poco::URI login("/login");
        login.addQueryParameter("next", path);
        return PageRenderer::redirect(page, login.toString());
    }
    const ErrorText text = textFor(error);
    TemplateContext context;
    context.set("heading", page.tr(text.title))
        .set("message", page.tr(text.message))
        .set("request_id", requestId);
    http::ApiResponse response =
        m_renderer.page(page, "error", context, page.tr(text.title), error.status());
    if (error.retryAfterSeconds() > 0)
        response.headers.emplace_back("Retry-After", std::to_string(error.retryAfterSeconds()));
    return response;
}

} // namespace ebm::web
