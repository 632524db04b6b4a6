#include "app/Services.h"

#include "api/Routes.h"
#include "security/MasterKey.h"

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
    , m_secrets(security::MasterKey::loadOrCreate(settings.dataDir, settings.masterKey))
    , m_throttle(*m_clock, auth::LoginThrottle::Policy{})
    , m_composer(settings.publicBaseUrl)
    , m_planService(m_database, settings.taxRate)
    , m_authService(m_database, *m_clock, m_throttle, m_composer, authOptions(settings))
    , m_organizationService(m_database, *m_clock, m_composer)
    , m_esxiServerService(m_database, *m_clock, m_secrets)
    , m_virtualMachineService(m_database, *m_clock)
    , m_backupJobService(m_database, *m_clock)
    , m_backupService(m_database, *m_clock)
    , m_apiKeyService(m_database, *m_clock)
    , m_guard(m_database, *m_clock)
    , m_healthController(m_database, m_metrics)
    , m_plansController(m_planService, settings.publicBaseUrl)
    , m_authController(m_authService)
    , m_organizationsController(m_organizationService, settings.publicBaseUrl)
    , m_esxiServersController(m_esxiServerService, settings.publicBaseUrl)
    , m_virtualMachinesController(m_virtualMachineService, settings.publicBaseUrl)
    , m_backupJobsController(m_backupJobService, settings.publicBaseUrl)
    , m_backupsController(m_backupService, settings.publicBaseUrl)
    , m_apiKeysController(m_apiKeyService, settings.publicBaseUrl)
{
    api::Controllers controllers{
        m_healthController,        m_plansController,       m_authController,
        m_organizationsController, m_esxiServersController, m_virtualMachinesController,
        m_backupJobsController,    m_backupsController,     m_apiKeysController};
    api::registerRoutes(m_router, controllers);
}

store::sqlite::Migrator::Result Services::migrate()
{
    return store::sqlite::Migrator(m_database).migrate(m_clock->now());
}

} // namespace ebm::app
