#pragma once

#include "tenancy/TenantScope.h"

#include <Poco/Data/Session.h>
#include <cstdint>
#include <string>
#include <vector>

namespace ebm::store
{

// A counter of the daily usage_metrics rows.
enum class UsageColumn
{
    Servers,
    VirtualMachines,
    BackupJobs,
    StorageBytes,
    Users
};

// One organization's daily usage rows (the tenant scope's) summed up into the spans of a series.
class UsageSeriesRepository final
{
public:
    UsageSeriesRepository(Poco::Data::Session& session, const tenancy::TenantScope& scope);

    // Per span [start, end) of `spansJson` ([["start","end"], …]): the largest value of the
    // rows dated in it (a row counts at its day's midnight UTC); without one, the value of the
    // latest row before the span; before the first row, 0.
    std::vector<std::int64_t> series(UsageColumn column, const std::string& spansJson);

private:
    Poco::Data::Session& m_session;
    const tenancy::TenantScope& m_scope;
};

} // namespace ebm::store
