#include "services/JobRunService.h"

#include "services/RequireFound.h"

namespace ebm::services
{

JobRunService::JobRunService(store::Database& database)
    : m_database(database)
{
}

JobRunService::RunPage JobRunService::list(const store::JobRunFilter& filter, std::int64_t offset,
                                           std::int64_t limit)
{
    Poco::Data::Session session = m_database.session();
    store::JobRunRepository runs(session);
    return {runs.count(filter), runs.list(filter, offset, limit)};
}

store::JobRunRecord JobRunService::find(std::int64_t id)
{
    Poco::Data::Session session = m_database.session();
    return requireFound(store::JobRunRepository(session).findById(id));
}

std::optional<store::JobRunRecord> JobRunService::latest(const std::string& job)
{
    Poco::Data::Session session = m_database.session();
    return store::JobRunRepository(session).latest(job);
}

} // namespace ebm::services
