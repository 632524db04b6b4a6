#include "services/PlanCatalogService.h"

#include "domain/DomainError.h"
#include "http/ApiError.h"
#include "services/RequireFound.h"
#include "store/AuditLogRepository.h"
#include "store/WriteTransaction.h"

#include <Poco/JSON/Object.h>
#include <sstream>

namespace ebm::services
{

using http::ApiError;

namespace
{

Poco::Dynamic::Var quotaOrNull(const Quota& quota)
{
    return quota.limit() ? Poco::Dynamic::Var(*quota.limit()) : Poco::Dynamic::Var();
}

// validatePlan's refusal as a 400 naming its field.
void requireValid(const Plan& plan)
{
    try {
        validatePlan(plan);
    } catch (const DomainError& error) {
        throw ApiError::validation(error.field(), error.what());
    }
}

} // namespace

PlanCatalogService::PlanCatalogService(store::Database& database, const Clock& clock,
                                       PlanService& catalog)
    : m_database(database)
    , m_clock(clock)
    , m_catalog(catalog)
{
}

PlanCatalogService::PlanPage PlanCatalogService::list(std::int64_t offset, std::int64_t limit)
{
    Poco::Data::Session session = m_database.session();
    store::PlanRepository plans(session);
    return {plans.countAll(), plans.listAll(offset, limit)};
}

store::StoredPlan PlanCatalogService::get(std::int64_t id)
{
    Poco::Data::Session session = m_database.session();
    return requireFound(store::PlanRepository(session).findStored(id));
}

store::StoredPlan PlanCatalogService::create(const Plan& plan, const auth::Principal& staff,
                                             const std::string& requestId)
{
    requireValid(plan);
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    store::PlanRepository plans(session);
    const std::int64_t id = plans.insert(plan, at);
    auto created = requireFound(plans.findStored(id));
    audit(session, "plan.created", id, {}, stateJson(created.plan), staff, requestId, at);
    transaction.commit();
    m_catalog.catalogChanged();
    return created;
}

store::StoredPlan PlanCatalogService::update(std::int64_t id, const PlanEdit& edit,
                                             const auth::Principal& staff,
                                             const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    store::PlanRepository plans(session);
    const Plan before = requireFound(plans.findStored(id)).plan;
    Plan after = before;
    edit(after);
    after.id = before.id;
    after.slug = before.slug;
    after.tier = before.tier;
    requireValid(after);
    plans.update(after, at);
    auto updated = requireFound(plans.findStored(id));
    audit(session, "plan.updated", id, stateJson(before), stateJson(updated.plan), staff, requestId,
          at);
    transaction.commit();
    m_catalog.catalogChanged();
    return updated;
}

void PlanCatalogService::audit(Poco::Data::Session& session, const std::string& action,
                               std::int64_t planId, const std::string& before,
                               const std::string& after, const auth::Principal& staff,
                               const std::string& requestId, std::chrono::sys_seconds at)
{
    store::AuditEntry entry;
    entry.actorKind = "staff";
    entry.actorUserId = staff.userId;
    entry.action = action;
    entry.targetType = "plan";
    entry.targetId = std::to_string(planId);
    entry.beforeJson = before;
    entry.afterJson = after;
    entry.requestId = requestId;
    store::AuditLogRepository(session).append(entry, at);
}

std::string PlanCatalogService::stateJson(const Plan& plan)
{
    Poco::JSON::Object json(Poco::JSON_PRESERVE_KEY_ORDER);
    json.set("slug", plan.slug);
    json.set("name", plan.name);
    json.set("tier", std::string(toString(plan.tier)));
    json.set("description", plan.description);
    json.set("currency", plan.currency().code());
    json.set("monthly_price_minor", plan.monthlyPrice.minorUnits());
    json.set("yearly_price_minor", plan.yearlyPrice.minorUnits());
    json.set("max_servers", quotaOrNull(plan.quotas.servers));
    json.set("max_vms", quotaOrNull(plan.quotas.virtualMachines));
    json.set("max_backups", quotaOrNull(plan.quotas.backups));
    json.set("max_storage_gb", quotaOrNull(plan.quotas.storageGb));
    json.set("max_users", quotaOrNull(plan.quotas.users));
    json.set("has_replication", plan.features.replication);
    json.set("has_sure_backup", plan.features.sureBackup);
    json.set("has_monitoring", plan.features.monitoring);
    json.set("has_api_access", plan.features.apiAccess);
    json.set("support_level", std::string(toString(plan.features.supportLevel)));
    json.set("retention_days", plan.retention.retentionDays);
    json.set("max_restore_points", plan.retention.maxRestorePoints);
    json.set("custom_retention", plan.retention.customRetention);
    json.set("is_active", plan.isActive);
    json.set("is_popular", plan.isPopular);
    json.set("sort_order", plan.sortOrder);
    std::ostringstream out;
    json.stringify(out);
    return out.str();
}

} // namespace ebm::services
