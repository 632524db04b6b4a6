#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/PlanService.h"
#include "web/CsrfTokens.h"
#include "web/PageRenderer.h"

#include <map>
#include <mutex>
#include <string>

namespace ebm::web
{

// The public marketing pages: the landing page and the pricing page. Both come from the plan
// catalog (no price is written in a template); the rendered plan section is kept per language
// until the catalog changes.
class PublicPagesController final
{
public:
    struct Options
    {
        bool secureCookies = false;
        std::string contactEmail;
        std::string taxRatePercent; // "19.25"; empty or "0" when prices carry no tax
    };

    PublicPagesController(services::PlanService& plans, const PageRenderer& renderer,
                          const CsrfTokens& csrf, Options options);

    // GET /
    http::ApiResponse landing(const http::ApiRequest& request);
    // GET /pricing
    http::ApiResponse pricing(const http::ApiRequest& request);

private:
    struct CachedSection
    {
        std::string catalogVersion;
        Html markup;
    };

    // The page's plan section, rendered again only when the catalog version changed.
    Html cachedSection(const std::string& page, const PageRequest& request);
    Html renderSection(const std::string& page, const PageRequest& request,
                       const services::PlanService::Catalog& catalog) const;

    services::PlanService& m_plans;
    const PageRenderer& m_renderer;
    const CsrfTokens& m_csrf;
    Options m_options;
    std::mutex m_cacheMutex;
    std::map<std::pair<std::string, std::string>, CachedSection> m_cache; // (page, locale)
};

} // namespace ebm::web
