#include "web/PublicPagesController.h"

#include "web/PlanPresenter.h"

namespace ebm::web
{

PublicPagesController::PublicPagesController(services::PlanService& plans,
                                             const PageRenderer& renderer, const CsrfTokens& csrf,
                                             Options options)
    : m_plans(plans)
    , m_renderer(renderer)
    , m_csrf(csrf)
    , m_options(std::move(options))
{
}

http::ApiResponse PublicPagesController::landing(const http::ApiRequest& request)
{
    const PageRequest page(request, m_csrf, m_options.secureCookies);
    return m_renderer.pageWith(page, cachedSection("landing", page),
                               page.translate("Web", "Managed ESXi backups"));
}

http::ApiResponse PublicPagesController::pricing(const http::ApiRequest& request)
{
    const PageRequest page(request, m_csrf, m_options.secureCookies);
    return m_renderer.pageWith(page, cachedSection("pricing", page),
                               page.translate("Web", "Pricing"));
}

Html PublicPagesController::cachedSection(const std::string& name, const PageRequest& request)
{
    const services::PlanService::Catalog catalog = m_plans.catalog();
    const std::pair key{name, request.locale()};
    {
        const std::lock_guard lock(m_cacheMutex);
        const auto found = m_cache.find(key);
        if (found != m_cache.end() && found->second.catalogVersion == catalog.version)
            return found->second.markup;
    }
    Html markup = renderSection(name, request, catalog);
    const std::lock_guard lock(m_cacheMutex);
    m_cache[key] = {catalog.version, markup};
    return markup;
}

Html PublicPagesController::renderSection(const std::string& name, const PageRequest& request,
                                          const services::PlanService::Catalog& catalog) const
{
    const PlanPresenter presenter(request.translator());
    std::vector<TemplateContext> cards;
    for (const Plan& plan : *catalog.plans)
        cards.push_back(presenter.card(plan));
    const bool taxed = !m_options.taxRatePercent.empty() && m_options.taxRatePercent != "0";
    TemplateContext context;
    context.set("plans", std::move(cards))
        .set("best_saving", presenter.bestSaving(*catalog.plans))
        .set("contact_email", m_options.contactEmail)
        .set("faq", m_renderer.fragment(request.locale(), "faq", {}))
        .set("tax_note",
             taxed ? i18n::substitute(
                         request.translate("Web", "Prices before tax; VAT of %1 % is added."),
                         {m_options.taxRatePercent})
                   : request.translate("Web", "Prices include every fee; no tax is added."));
    return m_renderer.fragment(request.locale(), name, context);
}

} // namespace ebm::web
