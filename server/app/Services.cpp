#include "app/Services.h"

#include "api/Routes.h"

namespace ebm::app
{

Services::Services(const Settings& settings)
    : m_settings(settings)
    , m_clock(std::make_unique<SystemClock>())
    , m_database(settings.databasePath, settings.databasePoolSize)
    , m_planRepository(m_database)
    , m_userRepository(m_database)
    , m_planService(m_planRepository, settings.taxRate)
    , m_healthController(m_database, m_metrics)
    , m_plansController(m_planService, settings.publicBaseUrl)
{
    api::Controllers controllers{m_healthController, m_plansController};
    api::registerRoutes(m_router, controllers);
}

store::sqlite::Migrator::Result Services::migrate()
{
    return store::sqlite::Migrator(m_database).migrate(m_clock->now());
}

} // namespace ebm::app
