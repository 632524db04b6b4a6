#pragma once

#include "quota/QuotaGuard.h"
#include "store/Database.h"
#include "store/WriteTransaction.h"
#include "tenancy/TenantScope.h"

#include <Poco/Data/Session.h>
#include <chrono>
#include <string>

namespace ebm::services
{

// One write inside an organization: a session holding the write lock from the start (BEGIN
// IMMEDIATE, so concurrent creations are serialised and none can overshoot a quota), the quota
// guard read under that lock, and commit() refreshing usage and appending the audit entry in the
// same transaction. Destroyed without commit(), it rolls back.
class InventoryWrite final
{
public:
    // What commit() records: the audited action and whether usage counts changed.
    struct Outcome
    {
        std::string action; // e.g. "esxi_server.created"
        std::string targetType;
        std::string targetId;
        bool usageChanged = true;
    };

    InventoryWrite(store::Database& database, const tenancy::TenantScope& scope,
                   std::chrono::sys_seconds at, std::string requestId);

    Poco::Data::Session& session()
    {
        return m_session;
    }
    quota::QuotaGuard& quotas()
    {
        return m_quotas;
    }
    std::chrono::sys_seconds at() const
    {
        return m_at;
    }

    void commit(const Outcome& outcome);

private:
    Poco::Data::Session m_session;
    store::WriteTransaction m_transaction;
    const tenancy::TenantScope& m_scope;
    std::chrono::sys_seconds m_at;
    std::string m_requestId;
    quota::QuotaGuard m_quotas;
};

} // namespace ebm::services
