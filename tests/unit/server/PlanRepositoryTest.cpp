#include "TempDir.h"
#include "catalog/PlanCatalog.h"
#include "store/PlanRepository.h"
#include "store/sqlite/Migrator.h"

#include <gtest/gtest.h>

namespace ebm::store
{
namespace
{

const std::chrono::sys_seconds kNow{std::chrono::seconds(1'780'000'000)};

class PlanRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        sqlite::Migrator(m_database).migrate(kNow);
    }

    test::TempDir m_dir;
    Database m_database{m_dir.file("ebm.sqlite3"), 4};
    Poco::Data::Session m_session{m_database.session()};
    PlanRepository m_plans{m_session};
};

TEST_F(PlanRepositoryTest, InsertMissingIsIdempotent)
{
    const auto catalog = catalog::PlanCatalog::load("");
    EXPECT_EQ(m_plans.insertMissing(catalog, kNow), 3);
    EXPECT_EQ(m_plans.insertMissing(catalog, kNow), 0);
    EXPECT_EQ(m_plans.countActive(), 3);
}

TEST_F(PlanRepositoryTest, StoredPlansReadBackIdentical)
{
    const auto catalog = catalog::PlanCatalog::load("");
    m_plans.insertMissing(catalog, kNow);
    const auto stored = m_plans.listActive(0, 10);
    ASSERT_EQ(stored.size(), catalog.size());
    for (std::size_t i = 0; i < catalog.size(); ++i) {
        EXPECT_GT(stored[i].id, 0);
        EXPECT_EQ(stored[i].slug, catalog[i].slug);
        EXPECT_EQ(stored[i].monthlyPrice, catalog[i].monthlyPrice);
        EXPECT_EQ(stored[i].yearlyPrice, catalog[i].yearlyPrice);
        EXPECT_EQ(stored[i].quotas, catalog[i].quotas);
        EXPECT_EQ(stored[i].features, catalog[i].features);
        EXPECT_EQ(stored[i].retention, catalog[i].retention);
        EXPECT_EQ(stored[i].isPopular, catalog[i].isPopular);
    }
}

TEST_F(PlanRepositoryTest, ListPagesAndFindsOnlyActivePlans)
{
    m_plans.insertMissing(catalog::PlanCatalog::load(""), kNow);
    const auto secondPage = m_plans.listActive(2, 2);
    ASSERT_EQ(secondPage.size(), 1u);
    EXPECT_EQ(secondPage[0].slug, "gold");

    const auto gold = secondPage[0];
    m_session << "UPDATE plans SET is_active = 0 WHERE slug = 'gold'", Poco::Data::Keywords::now;
    EXPECT_FALSE(m_plans.findActive(gold.id).has_value());
    EXPECT_EQ(m_plans.countActive(), 2);
    EXPECT_TRUE(m_plans.findActive(secondPage[0].id - 1).has_value());
}

TEST_F(PlanRepositoryTest, AnExistingSlugIsNeverOverwritten)
{
    auto catalog = catalog::PlanCatalog::load("");
    m_plans.insertMissing(catalog, kNow);
    catalog[0].monthlyPrice = Money::parse("1.00", catalog[0].currency());
    EXPECT_EQ(m_plans.insertMissing(catalog, kNow), 0);
    EXPECT_EQ(m_plans.listActive(0, 1)[0].monthlyPrice.toDecimalString(), "29.00");
}

} // namespace
} // namespace ebm::store
