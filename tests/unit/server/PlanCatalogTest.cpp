#include "catalog/PlanCatalog.h"

#include <gtest/gtest.h>

namespace ebm::catalog
{
namespace
{

const char* const kValidPlan = R"({
  "slug": "x", "tier": "bronze", "name": "X", "currency": "XAF",
  "monthly_price": "15000", "yearly_price": "150000",
  "quotas": {"servers": 1, "vms": 2, "backups": 3, "storage_gb": 4, "users": null},
  "features": {"replication": false, "sure_backup": false, "monitoring": true, "api_access": false,
               "support_level": "email"},
  "retention": {"retention_days": 7, "max_restore_points": 7, "custom_retention": false}
})";

std::string catalogWith(const std::string& plan)
{
    return R"({"plans": [)" + plan + "]}";
}

std::string errorOf(const std::string& json)
{
    try {
        PlanCatalog::parse(json);
    } catch (const std::runtime_error& error) {
        return error.what();
    }
    return {};
}

TEST(PlanCatalogTest, EmbeddedCatalogHasBronzeSilverGold)
{
    const auto plans = PlanCatalog::load("");
    ASSERT_EQ(plans.size(), 3u);
    EXPECT_EQ(plans[0].tier, PlanTier::Bronze);
    EXPECT_EQ(plans[1].tier, PlanTier::Silver);
    EXPECT_EQ(plans[2].tier, PlanTier::Gold);
    EXPECT_TRUE(plans[1].isPopular);
    EXPECT_TRUE(plans[2].quotas.servers.isUnlimited());
    for (const Plan& plan : plans)
        EXPECT_LT(plan.yearlyPrice, plan.monthlyPrice.times(12))
            << plan.slug << ": yearly must save money";
}

TEST(PlanCatalogTest, ParsesAZeroDecimalCurrencyPlan)
{
    const auto plans = PlanCatalog::parse(catalogWith(kValidPlan));
    ASSERT_EQ(plans.size(), 1u);
    EXPECT_EQ(plans[0].monthlyPrice.minorUnits(), 15000);
    EXPECT_EQ(plans[0].currency().code(), "XAF");
    EXPECT_TRUE(plans[0].quotas.users.isUnlimited());
    EXPECT_EQ(plans[0].quotas.backups.limit(), 3);
}

TEST(PlanCatalogTest, ErrorsNameTheEntryAndField)
{
    std::string noPrice = kValidPlan;
    noPrice.replace(noPrice.find(R"("monthly_price": "15000", )"), 26, "");
    EXPECT_NE(errorOf(catalogWith(noPrice)).find("plans[0].monthly_price"), std::string::npos)
        << errorOf(catalogWith(noPrice));

    std::string decimals = kValidPlan;
    decimals.replace(decimals.find("\"15000\""), 7, "\"150.5\"");
    EXPECT_NE(errorOf(catalogWith(decimals)).find("plans[0]"), std::string::npos);

    std::string quota = kValidPlan;
    quota.replace(quota.find("\"servers\": 1"), 12, "\"servers\": -1");
    EXPECT_NE(errorOf(catalogWith(quota)).find("plans[0]"), std::string::npos);

    EXPECT_NE(
        errorOf(catalogWith(std::string(kValidPlan) + "," + kValidPlan)).find("duplicate slug"),
        std::string::npos);
    EXPECT_NE(errorOf("{").find("not valid JSON"), std::string::npos);
    EXPECT_NE(errorOf(R"({"plans": []})").find("plans"), std::string::npos);
}

} // namespace
} // namespace ebm::catalog
