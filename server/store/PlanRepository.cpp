#include "store/PlanRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"
#include "store/StoreError.h"

#include <Poco/Data/RecordSet.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

const std::string kColumns =
    "id, slug, name, tier, description, currency, monthly_price_minor, yearly_price_minor, "
    "max_servers, max_vms, max_backups, max_storage_gb, max_users, has_replication, "
    "has_sure_backup, "
    "has_monitoring, has_api_access, support_level, retention_days, max_restore_points, "
    "custom_retention, "
    "is_active, is_popular, sort_order";

const std::string kOrder = " ORDER BY sort_order, id";

Quota quotaColumn(Poco::Data::RecordSet& rows, const std::string& column)
{
    if (rows.isNull(column))
        return Quota::unlimited();
    return Quota::limitedTo(rows[column].convert<std::int64_t>());
}

Plan planFromRow(Poco::Data::RecordSet& rows)
{
    Plan plan;
    const Currency currency = Currency::fromCode(rows["currency"].convert<std::string>());
    plan.id = rows["id"].convert<std::int64_t>();
    plan.slug = rows["slug"].convert<std::string>();
    plan.name = rows["name"].convert<std::string>();
    plan.tier = parsePlanTier(rows["tier"].convert<std::string>());
    plan.description = rows["description"].convert<std::string>();
    plan.monthlyPrice = Money(rows["monthly_price_minor"].convert<std::int64_t>(), currency);
    plan.yearlyPrice = Money(rows["yearly_price_minor"].convert<std::int64_t>(), currency);
    plan.quotas = {quotaColumn(rows, "max_servers"), quotaColumn(rows, "max_vms"),
                   quotaColumn(rows, "max_backups"), quotaColumn(rows, "max_storage_gb"),
                   quotaColumn(rows, "max_users")};
    plan.features = {flag(rows, "has_replication"), flag(rows, "has_sure_backup"),
                     flag(rows, "has_monitoring"), flag(rows, "has_api_access"),
                     parseSupportLevel(rows["support_level"].convert<std::string>())};
    plan.retention = {rows["retention_days"].convert<int>(),
                      rows["max_restore_points"].convert<int>(), flag(rows, "custom_retention")};
    plan.isActive = flag(rows, "is_active");
    plan.isPopular = flag(rows, "is_popular");
    plan.sortOrder = rows["sort_order"].convert<int>();
    return plan;
}

StoredPlan storedPlanFromRow(Poco::Data::RecordSet& rows)
{
    return {planFromRow(rows), text(rows, "created_at"), text(rows, "updated_at")};
}

bool insertIfMissing(Poco::Data::Session& session, const Plan& plan, const std::string& timestamp)
{
    std::string tier(toString(plan.tier));
    std::string supportLevel(toString(plan.features.supportLevel));
    std::string currency = plan.currency().code();
    Poco::Int64 monthly = plan.monthlyPrice.minorUnits();
    Poco::Int64 yearly = plan.yearlyPrice.minorUnits();
    auto servers = nullable(plan.quotas.servers.limit());
    auto vms = nullable(plan.quotas.virtualMachines.limit());
    auto backups = nullable(plan.quotas.backups.limit());
    auto storage = nullable(plan.quotas.storageGb.limit());
    auto users = nullable(plan.quotas.users.limit());
    int replication = plan.features.replication, sureBackup = plan.features.sureBackup;
    int monitoring = plan.features.monitoring, apiAccess = plan.features.apiAccess;
    int customRetention = plan.retention.customRetention, active = plan.isActive,
        popular = plan.isPopular;
    int retentionDays = plan.retention.retentionDays,
        restorePoints = plan.retention.maxRestorePoints;
    int sortOrder = plan.sortOrder;
    std::string slug = plan.slug, name = plan.name, description = plan.description,
                created = timestamp;
    Poco::Data::Statement insert(session);
    insert << "INSERT INTO plans (slug, name, tier, description, currency, monthly_price_minor, "
              "yearly_price_minor, "
              "max_servers, max_vms, max_backups, max_storage_gb, max_users, has_replication, "
              "has_sure_backup, "
              "has_monitoring, has_api_access, support_level, retention_days, max_restore_points, "
              "custom_retention, "
              "is_active, is_popular, sort_order, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (slug) DO NOTHING",
        use(slug), use(name), use(tier), use(description), use(currency), use(monthly), use(yearly),
        use(servers), use(vms), use(backups), use(storage), use(users), use(replication),
        use(sureBackup), use(monitoring), use(apiAccess), use(supportLevel), use(retentionDays),
        use(restorePoints), use(customRetention), use(active), use(popular), use(sortOrder),
        use(created), use(created);
    return insert.execute() > 0;
}

} // namespace

PlanRepository::PlanRepository(Poco::Data::Session& session)
    : m_session(session)
{
}

std::int64_t PlanRepository::countActive()
{
    Poco::Int64 count = 0;
    m_session << "SELECT COUNT(*) FROM plans WHERE is_active = 1", into(count), now;
    return count;
}

std::string PlanRepository::catalogVersion()
{
    std::string version;
    m_session << "SELECT COUNT(*) || '@' || COALESCE(MAX(updated_at), '') FROM plans",
        into(version), now;
    return version;
}

std::vector<Plan> PlanRepository::listActive(std::int64_t offset, std::int64_t limit)
{
    Poco::Int64 boundLimit = limit, boundOffset = offset;
    Poco::Data::Statement select(m_session);
    select << "SELECT " + kColumns + " FROM plans WHERE is_active = 1" + kOrder +
                  " LIMIT ? OFFSET ?",
        use(boundLimit), use(boundOffset);
    return rowsOf(select, planFromRow);
}

std::optional<Plan> PlanRepository::findActive(std::int64_t id)
{
    auto plan = findById(id);
    if (!plan || !plan->isActive)
        return std::nullopt;
    return plan;
}

std::optional<Plan> PlanRepository::findById(std::int64_t id)
{
    Poco::Int64 boundId = id;
    Poco::Data::Statement select(m_session);
    select << "SELECT " + kColumns + " FROM plans WHERE id = ?", use(boundId);
    auto plans = rowsOf(select, planFromRow);
    if (plans.empty())
        return std::nullopt;
    return plans.front();
}

int PlanRepository::insertMissing(const std::vector<Plan>& plans, std::chrono::sys_seconds now)
{
    const std::string timestamp = formatIso8601(now);
    int created = 0;
    for (const Plan& plan : plans)
        created += insertIfMissing(m_session, plan, timestamp) ? 1 : 0;
    return created;
}

std::int64_t PlanRepository::countAll()
{
    Poco::Int64 count = 0;
    m_session << "SELECT COUNT(*) FROM plans", into(count), now;
    return count;
}

std::vector<StoredPlan> PlanRepository::listAll(std::int64_t offset, std::int64_t limit)
{
    Poco::Int64 boundLimit = limit, boundOffset = offset;
    Poco::Data::Statement select(m_session);
    select << "SELECT " + kColumns + ", created_at, updated_at FROM plans" + kOrder +
                  " LIMIT ? OFFSET ?",
        use(boundLimit), use(boundOffset);
    return rowsOf(select, storedPlanFromRow);
}

std::optional<StoredPlan> PlanRepository::findStored(std::int64_t id)
{
    Poco::Int64 boundId = id;
    Poco::Data::Statement select(m_session);
    select << "SELECT " + kColumns + ", created_at, updated_at FROM plans WHERE id = ?",
        use(boundId);
    auto plans = rowsOf(select, storedPlanFromRow);
    if (plans.empty())
        return std::nullopt;
    return plans.front();
}

std::int64_t PlanRepository::insert(const Plan& plan, std::chrono::sys_seconds at)
{
    if (!insertIfMissing(m_session, plan, formatIso8601(at)))
        throw StoreError(StoreError::Kind::Conflict,
                         "A plan with the slug " + plan.slug + " already exists.");
    Poco::Int64 id = 0;
    m_session << "SELECT last_insert_rowid()", into(id), now;
    return id;
}

void PlanRepository::update(const Plan& plan, std::chrono::sys_seconds at)
{
    Poco::Int64 id = plan.id;
    Poco::Int64 monthly = plan.monthlyPrice.minorUnits(), yearly = plan.yearlyPrice.minorUnits();
    auto servers = nullable(plan.quotas.servers.limit());
    auto vms = nullable(plan.quotas.virtualMachines.limit());
    auto backups = nullable(plan.quotas.backups.limit());
    auto storage = nullable(plan.quotas.storageGb.limit());
    auto users = nullable(plan.quotas.users.limit());
    int replication = plan.features.replication, sureBackup = plan.features.sureBackup;
    int monitoring = plan.features.monitoring, apiAccess = plan.features.apiAccess;
    int customRetention = plan.retention.customRetention, active = plan.isActive,
        popular = plan.isPopular;
    int retentionDays = plan.retention.retentionDays,
        restorePoints = plan.retention.maxRestorePoints, sortOrder = plan.sortOrder;
    std::string supportLevel(toString(plan.features.supportLevel));
    std::string name = plan.name, description = plan.description, timestamp = formatIso8601(at);
    m_session << "UPDATE plans SET name = ?, description = ?, monthly_price_minor = ?, "
                 "yearly_price_minor = ?, max_servers = ?, max_vms = ?, max_backups = ?, "
                 "max_storage_gb = ?, max_users = ?, has_replication = ?, has_sure_backup = ?, "
                 "has_monitoring = ?, has_api_access = ?, support_level = ?, retention_days = ?, "
                 "max_restore_points = ?, custom_retention = ?, is_active = ?, is_popular = ?, "
                 "sort_order = ?, updated_at = ? WHERE id = ?",
        use(name), use(description), use(monthly), use(yearly), use(servers), use(vms),
        use(backups), use(storage), use(users), use(replication), use(sureBackup), use(monitoring),
        use(apiAccess), use(supportLevel), use(retentionDays), use(restorePoints),
        use(customRetention), use(active), use(popular), use(sortOrder), use(timestamp), use(id),
        now;
}

} // namespace ebm::store
