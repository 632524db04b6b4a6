#pragma once

#include "store/Database.h"
#include "store/JobRunRepository.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace ebm::services
{

// Staff reading of the job runs: filtered pages, newest first, and one run.
class JobRunService final
{
public:
    struct RunPage
    {
        std::int64_t count;
        std::vector<store::JobRunRecord> runs;
    };

    explicit JobRunService(store::Database& database);

    RunPage list(const store::JobRunFilter& filter, std::int64_t offset, std::int64_t limit);
    // 404 when there is no such run.
    store::JobRunRecord find(std::int64_t id);
    std::optional<store::JobRunRecord> latest(const std::string& job);

private:
    store::Database& m_database;
};

} // namespace ebm::services
