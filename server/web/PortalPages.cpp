#include "web/PortalPages.h"

namespace ebm::web
{

PortalPages::PortalPages(const Services& services, const Clock& clock, const PageRenderer& renderer,
                         const CsrfTokens& csrf, Options options)
    : m_layout(services.organizations, services.notifications, renderer, csrf,
               options.secureCookies)
    , m_overview(m_layout, services.organizations, clock)
    , m_settings(m_layout, services.organizations)
    , m_members(m_layout, services.organizations)
    , m_invoices(m_layout, services.invoices)
    , m_payments(m_layout, services.payments)
    , m_plan(m_layout, services.organizations, services.plans, services.planChanges,
             services.lifecycle, clock, options.taxRate)
    , m_notifications(m_layout, services.notifications)
{
}

} // namespace ebm::web
