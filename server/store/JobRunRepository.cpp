#include "store/JobRunRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"

#include <Poco/UUIDGenerator.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

JobRunRepository::JobRunRepository(Poco::Data::Session& session)
    : m_session(session)
{
}

JobRunRecord JobRunRepository::start(const std::string& job, std::chrono::sys_seconds at)
{
    JobRunRecord run;
    run.job = job;
    run.startedAt = formatIso8601(at);
    std::string runKey =
        job + ":" + Poco::UUIDGenerator::defaultGenerator().createRandom().toString();
    m_session << "INSERT INTO job_runs (job, run_key, started_at) VALUES (?, ?, ?)", use(run.job),
        use(runKey), use(run.startedAt), now;
    Poco::Int64 id = 0;
    m_session << "SELECT last_insert_rowid()", into(id), now;
    run.id = id;
    return run;
}

void JobRunRepository::finish(JobRunRecord& run, std::chrono::sys_seconds at)
{
    run.finishedAt = formatIso8601(at);
    Poco::Int64 id = run.id, processed = run.itemsProcessed, failed = run.itemsFailed;
    auto message = nullable(run.message);
    m_session << "UPDATE job_runs SET outcome = ?, finished_at = ?, items_processed = ?, "
                 "items_failed = ?, message = ? WHERE id = ?",
        use(run.outcome), use(run.finishedAt), use(processed), use(failed), use(message), use(id),
        now;
}

} // namespace ebm::store
