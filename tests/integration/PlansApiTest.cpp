// The plan catalog through the real server: seeding with create-plans, the list, detail,
// features and quote endpoints, pagination.
#include "ServerProcess.h"
#include "TempDir.h"

#include <Poco/JSON/Array.h>
#include <gtest/gtest.h>
#include <memory>

namespace ebm::test
{
namespace
{

class PlansApiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto seeded = ServerProcess::run({"create-plans", "--data-dir=" + m_dir.path()});
        ASSERT_EQ(seeded.exitCode, 0) << seeded.output;
        m_server =
            std::make_unique<ServerProcess>(m_dir.path(), std::vector<std::string>{},
                                            ServerProcess::Environment{{"EBM_TAX_RATE", "19.25"}});
    }

    HttpClient client() const
    {
        return m_server->client();
    }

    Poco::JSON::Object::Ptr planBySlug(const std::string& slug) const
    {
        const auto plans = client().get("/api/tenants/plans/").json()->getArray("results");
        for (std::size_t i = 0; i < plans->size(); ++i) {
            if (plans->getObject(static_cast<unsigned>(i))->getValue<std::string>("slug") == slug)
                return plans->getObject(static_cast<unsigned>(i));
        }
        return nullptr;
    }

    TempDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
};

TEST_F(PlansApiTest, CreatePlansTwiceLeavesExactlyThreeActivePlans)
{
    const auto again = ServerProcess::run({"create-plans", "--data-dir=" + m_dir.path()});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_NE(again.output.find("No plans created"), std::string::npos) << again.output;

    const auto response = client().get("/api/tenants/plans/");
    ASSERT_EQ(response.status, 200) << response.body;
    const auto body = response.json();
    EXPECT_EQ(body->getValue<int>("count"), 3);
    EXPECT_TRUE(body->isNull("next"));
    EXPECT_TRUE(body->isNull("previous"));
    const auto results = body->getArray("results");
    ASSERT_EQ(results->size(), 3u);
    EXPECT_EQ(results->getObject(0)->getValue<std::string>("name"), "Bronze");
    EXPECT_EQ(results->getObject(1)->getValue<std::string>("name"), "Silver");
    EXPECT_EQ(results->getObject(2)->getValue<std::string>("name"), "Gold");
}

TEST_F(PlansApiTest, PlansCarryPricesQuotasAndFeatures)
{
    const auto silver = planBySlug("silver");
    ASSERT_FALSE(silver.isNull());
    EXPECT_EQ(silver->getValue<std::string>("currency"), "EUR");
    EXPECT_EQ(silver->getValue<std::string>("monthly_price"), "79.00");
    EXPECT_EQ(silver->getValue<std::string>("yearly_price"), "790.00");
    EXPECT_EQ(silver->getValue<std::string>("annual_savings_percent"), "16.67");
    EXPECT_EQ(silver->getValue<int>("max_servers"), 10);
    EXPECT_TRUE(silver->getValue<bool>("has_replication"));
    EXPECT_FALSE(silver->getValue<bool>("has_sure_backup"));
    EXPECT_TRUE(silver->getValue<bool>("is_popular"));

    const auto gold = planBySlug("gold");
    ASSERT_FALSE(gold.isNull());
    EXPECT_TRUE(gold->isNull("max_servers")) << "unlimited quotas are null";
    EXPECT_EQ(gold->getValue<int>("max_storage_gb"), 10000);
    EXPECT_EQ(gold->getValue<std::string>("support_level"), "dedicated");
}

TEST_F(PlansApiTest, DetailAndFeaturesOfOnePlan)
{
    const int id = planBySlug("gold")->getValue<int>("id");
    const auto detail = client().get("/api/tenants/plans/" + std::to_string(id) + "/");
    ASSERT_EQ(detail.status, 200);
    EXPECT_EQ(detail.json()->getValue<std::string>("slug"), "gold");

    const auto features = client().get("/api/tenants/plans/" + std::to_string(id) + "/features/");
    ASSERT_EQ(features.status, 200) << features.body;
    const auto body = features.json();
    EXPECT_EQ(body->getValue<int>("plan"), id);
    const auto list = body->getArray("features");
    ASSERT_EQ(list->size(), 5u);
    for (std::size_t i = 0; i < list->size(); ++i)
        EXPECT_TRUE(list->getObject(static_cast<unsigned>(i))->getValue<bool>("included"));
    const auto servers = body->getArray("quotas")->getObject(0);
    EXPECT_EQ(servers->getValue<std::string>("key"), "servers");
    EXPECT_TRUE(servers->getValue<bool>("unlimited"));
    EXPECT_EQ(body->getObject("retention")->getValue<int>("retention_days"), 365);
}

TEST_F(PlansApiTest, UnknownOrMalformedPlanIdsAre404)
{
    for (const std::string path : {"/api/tenants/plans/999/", "/api/tenants/plans/abc/",
                                   "/api/tenants/plans/0/", "/api/tenants/plans/-1/features/"}) {
        const auto response = client().get(path);
        EXPECT_EQ(response.status, 404) << path;
        EXPECT_EQ(response.json()->getValue<std::string>("code"), "not_found") << path;
    }
}

TEST_F(PlansApiTest, PaginationFollowsDjangoRestFramework)
{
    const auto first = client().get("/api/tenants/plans/?page_size=2");
    ASSERT_EQ(first.status, 200);
    const auto firstBody = first.json();
    EXPECT_EQ(firstBody->getValue<int>("count"), 3);
    EXPECT_EQ(firstBody->getArray("results")->size(), 2u);
    const std::string next = firstBody->getValue<std::string>("next");
    EXPECT_NE(next.find("/api/tenants/plans/?page=2&page_size=2"), std::string::npos) << next;
    EXPECT_EQ(next.rfind("http://", 0), 0u) << "links are absolute: " << next;

    const auto second = client().get("/api/tenants/plans/?page=2&page_size=2").json();
    EXPECT_EQ(second->getArray("results")->size(), 1u);
    EXPECT_TRUE(second->isNull("next"));
    EXPECT_NE(second->getValue<std::string>("previous").find("page=1"), std::string::npos);

    EXPECT_EQ(client().get("/api/tenants/plans/?page=3&page_size=2").status, 404);
    EXPECT_EQ(client().get("/api/tenants/plans/?page=zero").status, 404);
    const auto badSize = client().get("/api/tenants/plans/?page_size=1000");
    EXPECT_EQ(badSize.status, 400);
    EXPECT_TRUE(badSize.json()->has("page_size")) << badSize.body;
}

TEST_F(PlansApiTest, QuoteComputesTaxOnTheServer)
{
    const int id = planBySlug("silver")->getValue<int>("id");
    const auto response = client().post("/api/tenants/plans/" + std::to_string(id) + "/quote/",
                                        R"({"billing_cycle":"yearly","total":"0.01"})");
    ASSERT_EQ(response.status, 200) << response.body;
    const auto quote = response.json();
    EXPECT_EQ(quote->getValue<std::string>("subtotal"), "790.00");
    EXPECT_EQ(quote->getValue<std::string>("tax_rate"), "19.25");
    EXPECT_EQ(quote->getValue<std::string>("tax"),
              "152.08"); // 790 × 19.25 % = 152.075 → half away from zero
    EXPECT_EQ(quote->getValue<std::string>("total"), "942.08");
    EXPECT_EQ(quote->getValue<std::string>("currency"), "EUR");
}

TEST_F(PlansApiTest, QuoteNamesTheBadField)
{
    const int id = planBySlug("bronze")->getValue<int>("id");
    const std::string path = "/api/tenants/plans/" + std::to_string(id) + "/quote/";
    for (const std::string body :
         {R"({})", R"({"billing_cycle":"weekly"})", R"({"billing_cycle":12})"}) {
        const auto response = client().post(path, body);
        EXPECT_EQ(response.status, 400) << body;
        const auto errors = response.json()->getArray("billing_cycle");
        ASSERT_FALSE(errors.isNull()) << response.body;
        EXPECT_FALSE(errors->getElement<std::string>(0).empty());
    }
}

} // namespace
} // namespace ebm::test
