#pragma once

#include "http/ApiResponse.h"
#include "web/PageRequest.h"
#include "web/Template.h"

#include <map>
#include <string>
#include <utility>

namespace ebm::web
{

// Renders the customer pages: every template of resources/web/templates compiled once per
// language at start-up (a broken template stops the server, never a page), the shared layout
// (header, language switcher, footer) around each page, and the security headers of an HTML
// answer (a Content-Security-Policy without inline script, no framing).
class PageRenderer final
{
public:
    PageRenderer();

    // One template rendered in a language, as a fragment of a page.
    Html fragment(const std::string& locale, const std::string& templateName,
                  const TemplateContext& context) const;
    // A whole page: `templateName` inside the layout, with the request's cookies set.
    http::ApiResponse page(const PageRequest& request, const std::string& templateName,
                           const TemplateContext& context, const std::string& title,
                           int status = 200) const;
    // The same layout around already rendered content.
    http::ApiResponse pageWith(const PageRequest& request, const Html& content,
                               const std::string& title, int status = 200) const;
    // 303 See Other to a path of this site, with the request's cookies set.
    static http::ApiResponse redirect(const PageRequest& request, const std::string& location);

    // "/static/app.css?v=<content hash>": the address of an embedded asset, cacheable for ever.
    std::string assetUrl(const std::string& name) const;

    // The Content-Security-Policy of every page.
    static const std::string& contentSecurityPolicy();

private:
    std::map<std::pair<std::string, std::string>, Template> m_templates; // (locale, name)
    std::map<std::string, std::string> m_assetVersions;
};

} // namespace ebm::web
