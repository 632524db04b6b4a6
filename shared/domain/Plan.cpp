#include "domain/Plan.h"

#include "domain/DomainError.h"

#include <algorithm>
#include <array>
#include <utility>

namespace ebm
{

namespace
{

template<typename Enum, std::size_t N>
std::string_view nameOf(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value)
{
    const auto it = std::find_if(table.begin(), table.end(),
                                 [value](const auto& entry) { return entry.first == value; });
    return it == table.end() ? std::string_view{} : it->second;
}

template<typename Enum, std::size_t N>
Enum parseChoice(const std::array<std::pair<Enum, std::string_view>, N>& table,
                 std::string_view text, const char* field)
{
    const auto it = std::find_if(table.begin(), table.end(),
                                 [text](const auto& entry) { return entry.second == text; });
    if (it == table.end()) {
        throw DomainError(field, "invalid_choice",
                          "'" + std::string(text) + "' is not a valid choice");
    }
    return it->first;
}

constexpr std::array kTiers{std::pair{PlanTier::Bronze, std::string_view{"bronze"}},
                            std::pair{PlanTier::Silver, std::string_view{"silver"}},
                            std::pair{PlanTier::Gold, std::string_view{"gold"}}};
constexpr std::array kSupportLevels{
    std::pair{SupportLevel::Email, std::string_view{"email"}},
    std::pair{SupportLevel::Priority, std::string_view{"priority"}},
    std::pair{SupportLevel::Dedicated, std::string_view{"dedicated"}}};
constexpr std::array kCycles{std::pair{BillingCycle::Monthly, std::string_view{"monthly"}},
                             std::pair{BillingCycle::Yearly, std::string_view{"yearly"}}};

bool isSlugCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

void requireNonNegative(const Money& price, const char* field)
{
    if (price.isNegative()) {
        throw DomainError(field, "negative_amount", "a price cannot be negative");
    }
}

} // namespace

std::string_view toString(PlanTier tier)
{
    return nameOf(kTiers, tier);
}

PlanTier parsePlanTier(std::string_view text)
{
    return parseChoice(kTiers, text, "tier");
}

std::string_view toString(SupportLevel level)
{
    return nameOf(kSupportLevels, level);
}

SupportLevel parseSupportLevel(std::string_view text)
{
    return parseChoice(kSupportLevels, text, "support_level");
}

std::string_view toString(BillingCycle cycle)
{
    return nameOf(kCycles, cycle);
}

BillingCycle parseBillingCycle(std::string_view text)
{
    return parseChoice(kCycles, text, "billing_cycle");
}

Money Plan::priceFor(BillingCycle cycle) const
{
    return cycle == BillingCycle::Yearly ? yearlyPrice : monthlyPrice;
}

void validatePlan(const Plan& plan)
{
    if (plan.slug.empty() || !std::all_of(plan.slug.begin(), plan.slug.end(), isSlugCharacter)) {
        throw DomainError("slug", "invalid_slug",
                          "the slug must be non-empty lower-case letters, digits and '-'");
    }
    if (plan.name.empty()) {
        throw DomainError("name", "required", "the plan needs a name");
    }
    requireNonNegative(plan.monthlyPrice, "monthly_price");
    requireNonNegative(plan.yearlyPrice, "yearly_price");
    if (!(plan.monthlyPrice.currency() == plan.yearlyPrice.currency())) {
        throw DomainError("yearly_price", "currency_mismatch",
                          "monthly and yearly prices must share one currency");
    }
    if (plan.retention.retentionDays < 1) {
        throw DomainError("retention_days", "invalid_retention",
                          "retention must be at least one day");
    }
    if (plan.retention.maxRestorePoints < 0) {
        throw DomainError("max_restore_points", "invalid_retention",
                          "restore points cannot be negative");
    }
}

} // namespace ebm
