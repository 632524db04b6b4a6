#include "services/UsageMetricsService.h"

#include "quota/QuotaGuard.h"
#include "store/OrganizationRepository.h"
#include "store/WriteTransaction.h"
#include "tenancy/SystemAccess.h"

#include <Poco/Logger.h>

namespace ebm::services
{

UsageMetricsService::UsageMetricsService(store::Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

UsageMetricsCounts UsageMetricsService::run(store::JobRunRecord& record)
{
    UsageMetricsCounts counts;
    Poco::Data::Session session = m_database.session();
    for (const std::string& id : store::OrganizationRepository(session).findMetered()) {
        try {
            counts.thresholdsCrossed += refresh(id);
            ++counts.organizations;
            ++record.itemsProcessed;
        } catch (const std::exception& error) {
            ++record.itemsFailed;
            record.message = "organization " + id + ": " + error.what();
            Poco::Logger::get("ebm.jobs").error("update-metrics: %s", record.message);
        }
    }
    return counts;
}

int UsageMetricsService::refresh(const std::string& organizationId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto scope = tenancy::SystemAccess::scopeFor(organizationId);
    const int crossed = quota::QuotaGuard(session, scope, m_clock.now()).afterChange();
    transaction.commit();
    return crossed;
}

} // namespace ebm::services
