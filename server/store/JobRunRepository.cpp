#include "store/JobRunRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"

#include <Poco/Data/Statement.h>
#include <Poco/UUIDGenerator.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

const char* const kColumns =
    "SELECT r.id, r.job, r.outcome, r.triggered_by, r.staff_user_id, u.email AS staff_email, "
    "r.holder, r.started_at, r.finished_at, r.items_processed, r.items_failed, r.message, "
    "r.changes_json FROM job_runs r LEFT JOIN users u ON u.id = r.staff_user_id";

JobRunRecord recordFromRow(Poco::Data::RecordSet& rows)
{
    JobRunRecord run;
    run.id = optionalInteger(rows, "id").value_or(0);
    run.job = text(rows, "job");
    run.outcome = text(rows, "outcome");
    run.trigger = text(rows, "triggered_by");
    run.staffUserId = optionalInteger(rows, "staff_user_id");
    run.staffEmail = text(rows, "staff_email");
    run.holder = text(rows, "holder");
    run.startedAt = text(rows, "started_at");
    run.finishedAt = text(rows, "finished_at");
    run.itemsProcessed = optionalInteger(rows, "items_processed").value_or(0);
    run.itemsFailed = optionalInteger(rows, "items_failed").value_or(0);
    run.message = text(rows, "message");
    run.changesJson = text(rows, "changes_json");
    return run;
}

// " WHERE …" for a filter; its values are bound in the same order by bindFilter.
std::string whereOf(const JobRunFilter& filter)
{
    std::string sql;
    if (!filter.job.empty())
        sql += " WHERE r.job = ?";
    if (!filter.outcome.empty())
        sql += (sql.empty() ? " WHERE " : " AND ") + std::string("r.outcome = ?");
    return sql;
}

void bindFilter(Poco::Data::Statement& statement, JobRunFilter& filter)
{
    if (!filter.job.empty())
        statement, use(filter.job);
    if (!filter.outcome.empty())
        statement, use(filter.outcome);
}

std::optional<JobRunRecord> first(std::vector<JobRunRecord> runs)
{
    if (runs.empty())
        return std::nullopt;
    return std::move(runs.front());
}

} // namespace

JobRunRepository::JobRunRepository(Poco::Data::Session& session)
    : m_session(session)
{
}

void JobRunRepository::start(JobRunRecord& run, std::chrono::sys_seconds at)
{
    run.startedAt = formatIso8601(at);
    run.outcome = "running";
    std::string runKey =
        run.job + ":" + Poco::UUIDGenerator::defaultGenerator().createRandom().toString();
    auto staff = nullable(run.staffUserId);
    auto holder = nullable(run.holder);
    m_session << "INSERT INTO job_runs (job, run_key, started_at, triggered_by, staff_user_id, "
                 "holder) VALUES (?, ?, ?, ?, ?, ?)",
        use(run.job), use(runKey), use(run.startedAt), use(run.trigger), use(staff), use(holder),
        now;
    Poco::Int64 id = 0;
    m_session << "SELECT last_insert_rowid()", into(id), now;
    run.id = id;
}

void JobRunRepository::finish(JobRunRecord& run, std::chrono::sys_seconds at)
{
    run.finishedAt = formatIso8601(at);
    Poco::Int64 id = run.id, processed = run.itemsProcessed, failed = run.itemsFailed;
    auto message = nullable(run.message), changes = nullable(run.changesJson);
    m_session << "UPDATE job_runs SET outcome = ?, finished_at = ?, items_processed = ?, "
                 "items_failed = ?, message = ?, changes_json = ? WHERE id = ?",
        use(run.outcome), use(run.finishedAt), use(processed), use(failed), use(message),
        use(changes), use(id), now;
}

void JobRunRepository::abandon(std::int64_t id, const std::string& message,
                               std::chrono::sys_seconds at)
{
    Poco::Int64 boundId = id;
    std::string finishedAt = formatIso8601(at), text = message;
    m_session << "UPDATE job_runs SET outcome = 'failed', finished_at = ?, message = ? "
                 "WHERE id = ? AND outcome = 'running'",
        use(finishedAt), use(text), use(boundId), now;
}

void JobRunRepository::remove(std::int64_t id)
{
    Poco::Int64 boundId = id;
    m_session << "DELETE FROM job_runs WHERE id = ?", use(boundId), now;
}

std::optional<JobRunRecord> JobRunRepository::findById(std::int64_t id)
{
    Poco::Int64 boundId = id;
    Poco::Data::Statement select(m_session);
    select << std::string(kColumns) + " WHERE r.id = ?", use(boundId);
    return first(rowsOf(select, recordFromRow));
}

std::int64_t JobRunRepository::count(const JobRunFilter& filter)
{
    JobRunFilter bound = filter;
    Poco::Int64 total = 0;
    Poco::Data::Statement select(m_session);
    select << "SELECT COUNT(*) FROM job_runs r" + whereOf(bound);
    bindFilter(select, bound);
    select, into(total);
    select.execute();
    return total;
}

std::vector<JobRunRecord> JobRunRepository::list(const JobRunFilter& filter, std::int64_t offset,
                                                 std::int64_t limit)
{
    JobRunFilter bound = filter;
    Poco::Int64 boundLimit = limit, boundOffset = offset;
    Poco::Data::Statement select(m_session);
    select << std::string(kColumns) + whereOf(bound) + " ORDER BY r.id DESC LIMIT ? OFFSET ?";
    bindFilter(select, bound);
    select, use(boundLimit), use(boundOffset);
    return rowsOf(select, recordFromRow);
}

std::optional<JobRunRecord> JobRunRepository::latest(const std::string& job)
{
    std::string name = job;
    Poco::Data::Statement select(m_session);
    select << std::string(kColumns) + " WHERE r.job = ? ORDER BY r.id DESC LIMIT 1", use(name);
    return first(rowsOf(select, recordFromRow));
}

std::optional<JobRunRecord> JobRunRepository::latestSucceeded(const std::string& job)
{
    std::string name = job;
    Poco::Data::Statement select(m_session);
    select << std::string(kColumns) +
                  " WHERE r.job = ? AND r.outcome = 'succeeded' ORDER BY r.id DESC LIMIT 1",
        use(name);
    return first(rowsOf(select, recordFromRow));
}

} // namespace ebm::store
