#include "web/PageRenderer.h"

#include "app/EmbeddedFiles.h"
#include "security/TokenGenerator.h"

#include <Poco/URI.h>
#include <stdexcept>

namespace ebm::web
{

namespace
{

constexpr std::string_view kTemplatesFolder = "templates/";
constexpr std::string_view kStaticFolder = "static/";
constexpr std::string_view kTemplateSuffix = ".html";
constexpr std::size_t kAssetVersionLength = 12;

const char* const kLocales[] = {"fr", "en"};

std::string otherLocale(const std::string& locale)
{
    return locale == "fr" ? "en" : "fr";
}

// The current address with ?lang= switched to the other language (the rest of the query kept).
std::string switchLanguageUrl(const http::ApiRequest& request, const std::string& locale)
{
    Poco::URI uri(request.path());
    for (const auto& [name, value] : request.queryParameters())
        if (name != "lang")
            uri.addQueryParameter(name, value);
    uri.addQueryParameter("lang", otherLocale(locale));
    return uri.toString();
}

} // namespace

PageRenderer::PageRenderer()
{
    for (const embedded::EmbeddedFile& file : embedded::webFiles()) {
        if (file.path.starts_with(kStaticFolder)) {
            const std::string name(file.path.substr(kStaticFolder.size()));
            m_assetVersions[name] =
                security::TokenGenerator::hash(file.content).substr(0, kAssetVersionLength);
            continue;
        }
        if (!file.path.starts_with(kTemplatesFolder) || !file.path.ends_with(kTemplateSuffix))
            continue;
        const std::string name(
            file.path.substr(kTemplatesFolder.size(),
                             file.path.size() - kTemplatesFolder.size() - kTemplateSuffix.size()));
        for (const char* locale : kLocales) {
            const i18n::Translator translator(locale);
            m_templates.emplace(std::make_pair(std::string(locale), name),
                                Template(name, file.content, [&translator](const std::string& s) {
                                    return translator.translate("Web", s.c_str());
                                }));
        }
    }
}

Html PageRenderer::fragment(const std::string& locale, const std::string& templateName,
                            const TemplateContext& context) const
{
    const auto found = m_templates.find({locale, templateName});
    if (found == m_templates.end())
        throw std::logic_error("no page template " + templateName);
    return found->second.render(context);
}

http::ApiResponse PageRenderer::page(const PageRequest& request, const std::string& templateName,
                                     const TemplateContext& context, const std::string& title,
                                     int status) const
{
    return pageWith(request, fragment(request.locale(), templateName, context), title, status);
}

http::ApiResponse PageRenderer::pageWith(const PageRequest& request, const Html& content,
                                         const std::string& title, int status) const
{
    const auto* principal = request.isSignedIn() ? &request.http().principal() : nullptr;
    TemplateContext layout;
    layout.set("lang", request.locale())
        .set("title", title)
        .set("content", content)
        .set("css_url", assetUrl("app.css"))
        .set("icon_url", assetUrl("favicon.svg"))
        .set("js_url", assetUrl("app.js"))
        .set("csrf_token", request.csrfToken())
        .set("signed_in", principal != nullptr)
        .set("user_name", principal ? (principal->name.empty() ? principal->email : principal->name)
                                    : std::string())
        .set("switch_language_url", switchLanguageUrl(request.http(), request.locale()))
        .set("switch_language_label",
             std::string(otherLocale(request.locale()) == "fr" ? "Français" : "English"))
        .set("switch_language_code", otherLocale(request.locale()));
    http::ApiResponse response = http::ApiResponse::text(
        fragment(request.locale(), "layout", layout).markup, "text/html; charset=utf-8", status);
    response.headers.emplace_back("Content-Security-Policy", contentSecurityPolicy());
    response.headers.emplace_back("X-Frame-Options", "DENY");
    response.headers.emplace_back("Referrer-Policy", "same-origin");
    response.headers.emplace_back("Content-Language", request.locale());
    response.headers.emplace_back("Vary", "Cookie, Accept-Language");
    for (const std::string& cookie : request.cookiesToSet())
        response.headers.emplace_back("Set-Cookie", cookie);
    return response;
}

http::ApiResponse PageRenderer::redirect(const PageRequest& request, const std::string& location)
{
    http::ApiResponse response{303, "", "", {{"Location", location}}};
    for (const std::string& cookie : request.cookiesToSet())
        response.headers.emplace_back("Set-Cookie", cookie);
    return response;
}

std::string PageRenderer::assetUrl(const std::string& name) const
{
    const auto found = m_assetVersions.find(name);
    if (found == m_assetVersions.end())
        throw std::logic_error("no static asset " + name);
    return "/static/" + name + "?v=" + found->second;
}

const std::string& PageRenderer::contentSecurityPolicy()
{
    static const std::string policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
        "form-action 'self' https://www.paypal.com https://www.sandbox.paypal.com";
    return policy;
}

} // namespace ebm::web
