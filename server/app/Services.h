#pragma once

#include "api/ApiKeysController.h"
#include "api/AuthController.h"
#include "api/BackupJobsController.h"
#include "api/BackupsController.h"
#include "api/EsxiServersController.h"
#include "api/HealthController.h"
#include "api/OrganizationsController.h"
#include "api/PlansController.h"
#include "api/VirtualMachinesController.h"
#include "app/Settings.h"
#include "auth/LoginThrottle.h"
#include "domain/Clock.h"
#include "http/HttpMetrics.h"
#include "http/Router.h"
#include "mail/EmailComposer.h"
#include "security/SecretBox.h"
#include "services/ApiKeyService.h"
#include "services/AuthService.h"
#include "services/BackupJobService.h"
#include "services/BackupService.h"
#include "services/EsxiServerService.h"
#include "services/OrganizationService.h"
#include "services/PlanService.h"
#include "services/VirtualMachineService.h"
#include "store/Database.h"
#include "store/sqlite/Migrator.h"
#include "tenancy/AccessGuard.h"

#include <memory>

namespace ebm::app
{

// The object graph of one server process, built once from Settings: clock, database, the secret
// box sealing host passwords under the master key, services,
// the access guard, controllers and the route table. Members are declared in dependency order
// so they are destroyed in reverse.
class Services final
{
public:
    explicit Services(const Settings& settings);

    // Brings the database schema up to date (a no-op when it already is).
    store::sqlite::Migrator::Result migrate();

    const Settings& settings() const
    {
        return m_settings;
    }
    const Clock& clock() const
    {
        return *m_clock;
    }
    store::Database& database()
    {
        return m_database;
    }
    const http::Router& router() const
    {
        return m_router;
    }
    http::HttpMetrics& metrics()
    {
        return m_metrics;
    }
    const tenancy::AccessGuard& guard() const
    {
        return m_guard;
    }

private:
    Settings m_settings;
    std::unique_ptr<Clock> m_clock;
    store::Database m_database;
    security::SecretBox m_secrets;
    auth::LoginThrottle m_throttle;
    mail::EmailComposer m_composer;
    services::PlanService m_planService;
    services::AuthService m_authService;
    services::OrganizationService m_organizationService;
    services::EsxiServerService m_esxiServerService;
    services::VirtualMachineService m_virtualMachineService;
    services::BackupJobService m_backupJobService;
    services::BackupService m_backupService;
    services::ApiKeyService m_apiKeyService;
    http::HttpMetrics m_metrics;
    tenancy::AccessGuard m_guard;
    api::HealthController m_healthController;
    api::PlansController m_plansController;
    api::AuthController m_authController;
    api::OrganizationsController m_organizationsController;
    api::EsxiServersController m_esxiServersController;
    api::VirtualMachinesController m_virtualMachinesController;
    api::BackupJobsController m_backupJobsController;
    api::BackupsController m_backupsController;
    api::ApiKeysController m_apiKeysController;
    http::Router m_router;
};

} // namespace ebm::app
