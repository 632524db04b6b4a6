#pragma once

#include "domain/Currency.h"
#include "domain/Money.h"
#include "domain/Quota.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace ebm
{

// The catalog level of a plan.
enum class PlanTier
{
    Bronze,
    Silver,
    Gold
};

// The support channel a plan includes.
enum class SupportLevel
{
    Email,
    Priority,
    Dedicated
};

// How often a subscription is billed and renewed.
enum class BillingCycle
{
    Monthly,
    Yearly
};

// "bronze", "silver", "gold"; parse throws DomainError("tier", "invalid_choice").
std::string_view toString(PlanTier tier);
PlanTier parsePlanTier(std::string_view text);
// "email", "priority", "dedicated"; parse throws DomainError("support_level", "invalid_choice").
std::string_view toString(SupportLevel level);
SupportLevel parseSupportLevel(std::string_view text);
// "monthly", "yearly"; parse throws DomainError("billing_cycle", "invalid_choice").
std::string_view toString(BillingCycle cycle);
BillingCycle parseBillingCycle(std::string_view text);

// The resource limits a plan grants.
struct PlanQuotas
{
    Quota servers;
    Quota virtualMachines;
    Quota backups;
    Quota storageGb;
    Quota users;

    bool operator==(const PlanQuotas&) const = default;
};

// The optional capabilities a plan switches on.
struct PlanFeatures
{
    bool replication = false;
    bool sureBackup = false;
    bool monitoring = false;
    bool apiAccess = false;
    SupportLevel supportLevel = SupportLevel::Email;

    bool operator==(const PlanFeatures&) const = default;
};

// How long and how many restore points a plan keeps.
struct RetentionPolicy
{
    int retentionDays = 0;
    int maxRestorePoints = 0;
    bool customRetention = false;

    bool operator==(const RetentionPolicy&) const = default;
};

// A subscription plan of the catalog; default-constructed with zero EUR prices.
struct Plan
{
    std::int64_t id = 0;
    std::string slug;
    std::string name;
    std::string description;
    PlanTier tier = PlanTier::Bronze;
    Money monthlyPrice = Money::zero(Currency::fromCode("EUR"));
    Money yearlyPrice = Money::zero(Currency::fromCode("EUR"));
    PlanQuotas quotas;
    PlanFeatures features;
    RetentionPolicy retention;
    bool isActive = true;
    bool isPopular = false;
    int sortOrder = 0;

    Money priceFor(BillingCycle cycle) const;
    const Currency& currency() const
    {
        return monthlyPrice.currency();
    }
};

// Throws DomainError naming the field: "slug" (non-empty, [a-z0-9-]), "name" (non-empty),
// "monthly_price"/"yearly_price" (non-negative), "yearly_price"/"currency_mismatch",
// "retention_days" (>= 1), "max_restore_points" (>= 0).
void validatePlan(const Plan& plan);

} // namespace ebm
