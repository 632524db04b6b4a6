#include "api/PlanJson.h"

#include "http/ApiResponse.h"

#include <Poco/JSON/Array.h>

namespace ebm::api
{

namespace
{

using http::makeObject;
using Poco::JSON::Object;

Poco::Dynamic::Var quotaValue(const Quota& quota)
{
    if (quota.isUnlimited())
        return {};
    return *quota.limit();
}

Object::Ptr quotaEntry(const std::string& key, const Quota& quota)
{
    Object::Ptr entry = makeObject();
    entry->set("key", key);
    entry->set("limit", quotaValue(quota));
    entry->set("unlimited", quota.isUnlimited());
    return entry;
}

Object::Ptr featureEntry(const std::string& key, bool included)
{
    Object::Ptr entry = makeObject();
    entry->set("key", key);
    entry->set("included", included);
    return entry;
}

} // namespace

Object::Ptr PlanJson::plan(const Plan& plan)
{
    Object::Ptr json = makeObject();
    json->set("id", plan.id);
    json->set("slug", plan.slug);
    json->set("name", plan.name);
    json->set("tier", std::string(toString(plan.tier)));
    json->set("description", plan.description);
    json->set("currency", plan.currency().code());
    json->set("monthly_price", plan.monthlyPrice.toDecimalString());
    json->set("yearly_price", plan.yearlyPrice.toDecimalString());
    json->set("annual_savings_percent", annualSavings(plan).toPercentString());
    json->set("max_servers", quotaValue(plan.quotas.servers));
    json->set("max_vms", quotaValue(plan.quotas.virtualMachines));
    json->set("max_backups", quotaValue(plan.quotas.backups));
    json->set("max_storage_gb", quotaValue(plan.quotas.storageGb));
    json->set("max_users", quotaValue(plan.quotas.users));
    json->set("has_replication", plan.features.replication);
    json->set("has_sure_backup", plan.features.sureBackup);
    json->set("has_monitoring", plan.features.monitoring);
    json->set("has_api_access", plan.features.apiAccess);
    json->set("support_level", std::string(toString(plan.features.supportLevel)));
    json->set("retention_days", plan.retention.retentionDays);
    json->set("max_restore_points", plan.retention.maxRestorePoints);
    json->set("custom_retention", plan.retention.customRetention);
    json->set("is_popular", plan.isPopular);
    json->set("sort_order", plan.sortOrder);
    return json;
}

Object::Ptr PlanJson::features(const Plan& plan)
{
    Poco::JSON::Array::Ptr features = new Poco::JSON::Array;
    features->add(featureEntry("replication", plan.features.replication));
    features->add(featureEntry("sure_backup", plan.features.sureBackup));
    features->add(featureEntry("monitoring", plan.features.monitoring));
    features->add(featureEntry("api_access", plan.features.apiAccess));
    features->add(featureEntry("custom_retention", plan.retention.customRetention));
    Poco::JSON::Array::Ptr quotas = new Poco::JSON::Array;
    quotas->add(quotaEntry("servers", plan.quotas.servers));
    quotas->add(quotaEntry("vms", plan.quotas.virtualMachines));
    quotas->add(quotaEntry("backups", plan.quotas.backups));
    quotas->add(quotaEntry("storage_gb", plan.quotas.storageGb));
    quotas->add(quotaEntry("users", plan.quotas.users));
    Object::Ptr retention = makeObject();
    retention->set("retention_days", plan.retention.retentionDays);
    retention->set("max_restore_points", plan.retention.maxRestorePoints);
    retention->set("custom_retention", plan.retention.customRetention);
    Object::Ptr json = makeObject();
    json->set("plan", plan.id);
    json->set("tier", std::string(toString(plan.tier)));
    json->set("features", features);
    json->set("quotas", quotas);
    json->set("retention", retention);
    json->set("support_level", std::string(toString(plan.features.supportLevel)));
    return json;
}

Object::Ptr PlanJson::quote(const Plan& plan, BillingCycle cycle, const PriceQuote& quote)
{
    Object::Ptr json = makeObject();
    json->set("plan", plan.id);
    json->set("billing_cycle", std::string(toString(cycle)));
    json->set("currency", plan.currency().code());
    json->set("subtotal", quote.subtotal.toDecimalString());
    json->set("discount", quote.discount.toDecimalString());
    json->set("tax_rate", quote.taxRate.toPercentString());
    json->set("tax", quote.tax.toDecimalString());
    json->set("total", quote.total.toDecimalString());
    json->set("annual_savings_percent", annualSavings(plan).toPercentString());
    return json;
}

} // namespace ebm::api
