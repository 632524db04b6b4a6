#pragma once

#include "api/HealthController.h"
#include "api/PlansController.h"
#include "app/Settings.h"
#include "domain/Clock.h"
#include "http/HttpMetrics.h"
#include "http/Router.h"
#include "services/PlanService.h"
#include "store/Database.h"
#include "store/PlanRepository.h"
#include "store/UserRepository.h"
#include "store/sqlite/Migrator.h"

#include <memory>

namespace ebm::app
{

// The object graph of one server process, built once from Settings: clock, database,
// repositories, services, controllers and the route table. Members are declared in
// dependency order so they are destroyed in reverse.
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
    store::PlanRepository& planRepository()
    {
        return m_planRepository;
    }
    store::UserRepository& userRepository()
    {
        return m_userRepository;
    }
    const http::Router& router() const
    {
        return m_router;
    }
    http::HttpMetrics& metrics()
    {
        return m_metrics;
    }

private:
    Settings m_settings;
    std::unique_ptr<Clock> m_clock;
    store::Database m_database;
    store::PlanRepository m_planRepository;
    store::UserRepository m_userRepository;
    services::PlanService m_planService;
    http::HttpMetrics m_metrics;
    api::HealthController m_healthController;
    api::PlansController m_plansController;
    http::Router m_router;
};

} // namespace ebm::app
