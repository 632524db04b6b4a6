#include "catalog/PlanCatalog.h"

#include "app/EmbeddedFiles.h"
#include "domain/DomainError.h"

#include <Poco/FileStream.h>
#include <Poco/JSON/Parser.h>
#include <Poco/StreamCopier.h>
#include <set>
#include <stdexcept>

namespace ebm::catalog
{

namespace
{

using Poco::JSON::Object;

std::runtime_error catalogError(const std::string& where, const std::string& reason)
{
    return std::runtime_error("plan catalog: " + where + ": " + reason);
}

Object::Ptr requireObject(const Object::Ptr& parent, const std::string& key,
                          const std::string& where)
{
    Object::Ptr child = parent->getObject(key);
    if (child.isNull())
        throw catalogError(where + "." + key, "missing or not an object");
    return child;
}

template<typename T>
T require(const Object::Ptr& object, const std::string& key, const std::string& where)
{
    if (!object->has(key))
        throw catalogError(where + "." + key, "missing");
    try {
        return object->getValue<T>(key);
    } catch (const Poco::Exception&) {
        throw catalogError(where + "." + key, "wrong type");
    }
}

Quota quotaOf(const Object::Ptr& quotas, const std::string& key, const std::string& where)
{
    if (!quotas->has(key))
        throw catalogError(where + ".quotas." + key, "missing (use null for unlimited)");
    if (quotas->isNull(key))
        return Quota::unlimited();
    return Quota::limitedTo(require<Poco::Int64>(quotas, key, where + ".quotas"));
}

Plan planOf(const Object::Ptr& entry, const std::string& where)
{
    Plan plan;
    plan.slug = require<std::string>(entry, "slug", where);
    plan.name = require<std::string>(entry, "name", where);
    plan.tier = parsePlanTier(require<std::string>(entry, "tier", where));
    plan.description = entry->optValue<std::string>("description", "");
    const Currency currency = Currency::fromCode(require<std::string>(entry, "currency", where));
    plan.monthlyPrice = Money::parse(require<std::string>(entry, "monthly_price", where), currency);
    plan.yearlyPrice = Money::parse(require<std::string>(entry, "yearly_price", where), currency);
    const Object::Ptr quotas = requireObject(entry, "quotas", where);
    plan.quotas = {quotaOf(quotas, "servers", where), quotaOf(quotas, "vms", where),
                   quotaOf(quotas, "backups", where), quotaOf(quotas, "storage_gb", where),
                   quotaOf(quotas, "users", where)};
    const Object::Ptr features = requireObject(entry, "features", where);
    const std::string fw = where + ".features";
    plan.features = {
        require<bool>(features, "replication", fw), require<bool>(features, "sure_backup", fw),
        require<bool>(features, "monitoring", fw), require<bool>(features, "api_access", fw),
        parseSupportLevel(require<std::string>(features, "support_level", fw))};
    const Object::Ptr retention = requireObject(entry, "retention", where);
    const std::string rw = where + ".retention";
    plan.retention = {require<int>(retention, "retention_days", rw),
                      require<int>(retention, "max_restore_points", rw),
                      require<bool>(retention, "custom_retention", rw)};
    plan.isPopular = entry->optValue<bool>("popular", false);
    plan.sortOrder = entry->optValue<int>("sort_order", 0);
    validatePlan(plan);
    return plan;
}

Poco::JSON::Array::Ptr plansArray(std::string_view json)
{
    Poco::Dynamic::Var root;
    try {
        root = Poco::JSON::Parser().parse(std::string(json));
    } catch (const Poco::Exception& error) {
        throw catalogError("file", "not valid JSON: " + error.displayText());
    }
    if (root.type() != typeid(Object::Ptr))
        throw catalogError("file", "the top level must be an object with a \"plans\" array");
    Poco::JSON::Array::Ptr plans = root.extract<Object::Ptr>()->getArray("plans");
    if (plans.isNull() || plans->size() == 0)
        throw catalogError("plans", "missing or empty");
    return plans;
}

} // namespace

std::vector<Plan> PlanCatalog::parse(std::string_view json)
{
    const Poco::JSON::Array::Ptr entries = plansArray(json);
    std::vector<Plan> plans;
    std::set<std::string> slugs;
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const std::string where = "plans[" + std::to_string(i) + "]";
        Object::Ptr entry = entries->getObject(static_cast<unsigned>(i));
        if (entry.isNull())
            throw catalogError(where, "not an object");
        try {
            plans.push_back(planOf(entry, where));
        } catch (const DomainError& error) {
            throw catalogError(where + "." + error.field(), error.what());
        }
        if (!slugs.insert(plans.back().slug).second)
            throw catalogError(where + ".slug", "duplicate slug \"" + plans.back().slug + "\"");
    }
    return plans;
}

std::vector<Plan> PlanCatalog::load(const std::string& path)
{
    if (path.empty())
        return parse(embedded::file_plans());
    std::string content;
    try {
        Poco::FileInputStream in(path);
        Poco::StreamCopier::copyToString(in, content);
    } catch (const Poco::Exception& error) {
        throw std::runtime_error("plan catalog: cannot read " + path + ": " + error.displayText());
    }
    return parse(content);
}

} // namespace ebm::catalog
