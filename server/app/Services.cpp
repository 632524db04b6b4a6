#include "app/Services.h"

#include "api/Routes.h"

namespace ebm::app
{

namespace
{

services::AuthService::Options authOptions(const Settings& settings)
{
    services::AuthService::Options options;
    options.passwordIterations = settings.passwordIterations;
    return options;
}

} // namespace

Services::Services(const Settings& settings)
    : m_settings(settings)
    , m_clock(std::make_unique<SystemClock>())
    , m_database(settings.databasePath, settings.databasePoolSize)
    , m_throttle(*m_clock, auth::LoginThrottle::Policy{})
    , m_composer(settings.publicBaseUrl)
    , m_planService(m_database, settings.taxRate)
    , m_authService(m_database, *m_clock, m_throttle, m_composer, authOptions(settings))
    , m_organizationService(m_database, *m_clock, m_composer)
    , m_guard(m_database, *m_clock)
    , m_healthController(m_database, m_metrics)
    , m_plansController(m_planService, settings.publicBaseUrl)
    , m_authController(m_authService)
    , m_organizationsController(m_organizationService, settings.publicBaseUrl)
{
    api::Controllers controllers{m_healthController, m_plansController, m_authController,
                                 m_organizationsController};
    api::registerRoutes(m_router, controllers);
}

store::sqlite::Migrator::Result Services::migrate()
{
    return store::sqlite::Migrator(m_database).migrate(m_clock->now());
}

} // namespace ebm::app
