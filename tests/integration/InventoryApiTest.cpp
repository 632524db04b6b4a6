// The tenant-owned ESXi inventory through the real server: servers, VMs, backup jobs, backups and
// API keys; sealed passwords never answered; quotas (also under concurrent creation), plan
// features and retention; isolation between organizations; usage.
#include "DatabaseProbe.h"
#include "ServerProcess.h"
#include "TempDir.h"
#include "TenantFixture.h"

#include <Poco/JSON/Array.h>
#include <gtest/gtest.h>
#include <memory>
#include <sqlite3.h>
#include <thread>
#include <vector>

namespace ebm::test
{
namespace
{

const std::string kHostPassword = "Esxi-S3cret-Pa55word!";

std::string serverBody(const std::string& name, const std::string& host)
{
    return R"({"name":")" + name + R"(","host":")" + host + R"(","username":"root","password":")" +
           kHostPassword + R"("})";
}

std::string path(const std::string& collection, std::int64_t id)
{
    return collection + std::to_string(id) + "/";
}

std::string sealedPasswordOf(const std::string& dataDir, std::int64_t serverId)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2((dataDir + "/ebm.sqlite3").c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* statement = nullptr;
    std::string sealed;
    sqlite3_prepare_v2(db, "SELECT password_sealed FROM esxi_servers WHERE id = ?", -1, &statement,
                       nullptr);
    sqlite3_bind_int64(statement, 1, serverId);
    if (sqlite3_step(statement) == SQLITE_ROW)
        sealed = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return sealed;
}

class InventoryApiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        seedPlansAndStaff(m_dir.path());
        m_server = std::make_unique<ServerProcess>(m_dir.path(), std::vector<std::string>{},
                                                   fastPasswords());
        m_staffToken = login(client(), kStaffEmail, kStaffPassword);
    }

    HttpClient client() const
    {
        return m_server->client();
    }

    Tenant tenant(const std::string& name, const std::string& plan = "bronze")
    {
        return createTenant(*m_server, m_dir.path(), m_staffToken, name, plan);
    }

    HttpResult get(const std::string& url, const std::string& token)
    {
        return remember(client().get(url, auth(token)));
    }
    HttpResult post(const std::string& url, const std::string& body, const std::string& token)
    {
        return remember(client().post(url, body, "application/json", auth(token)));
    }
    HttpResult patch(const std::string& url, const std::string& body, const std::string& token)
    {
        return remember(client().send("PATCH", url, body, withJson(auth(token))));
    }
    HttpResult remove(const std::string& url, const std::string& token)
    {
        return remember(client().send("DELETE", url, "", auth(token)));
    }

    // Creates an ESXi server and returns its id.
    std::int64_t createServer(const std::string& token, const std::string& host)
    {
        const auto created = post("/api/esxi/servers/", serverBody("ESXi " + host, host), token);
        EXPECT_EQ(created.status, 201) << created.body;
        return created.json()->getValue<std::int64_t>("id");
    }
    std::int64_t createVm(const std::string& token, std::int64_t serverId, const std::string& name)
    {
        const auto created = post("/api/esxi/vms/",
                                  R"({"server_id":)" + std::to_string(serverId) + R"(,"name":")" +
                                      name + R"(","power_state":"powered_on"})",
                                  token);
        EXPECT_EQ(created.status, 201) << created.body;
        return created.json()->getValue<std::int64_t>("id");
    }
    std::int64_t createJob(const std::string& token, const std::string& vmIds)
    {
        const auto created =
            post("/api/esxi/jobs/",
                 R"({"name":"Nightly","schedule":"0 2 * * *","retention_days":14,"vm_ids":)" +
                     vmIds + "}",
                 token);
        EXPECT_EQ(created.status, 201) << created.body;
        return created.json()->getValue<std::int64_t>("id");
    }
    std::int64_t usageOf(const Tenant& owner, const std::string& metric)
    {
        const auto usage =
            get("/api/tenants/organizations/" + owner.organizationId + "/usage/", owner.ownerToken);
        const auto metrics = usage.json()->getArray("metrics");
        for (std::size_t i = 0; i < metrics->size(); ++i) {
            const auto line = metrics->getObject(static_cast<unsigned>(i));
            if (line->getValue<std::string>("metric") == metric)
                return line->getValue<std::int64_t>("current");
        }
        ADD_FAILURE() << "no usage metric " << metric << ": " << usage.body;
        return -1;
    }

    HttpResult remember(HttpResult result)
    {
        m_bodies.push_back(result.body);
        return result;
    }

    TempDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::string m_staffToken;
    std::vector<std::string> m_bodies; // every answer, for the password check
};

TEST_F(InventoryApiTest, ServerCrud)
{
    const Tenant acme = tenant("Acme");
    const auto created =
        post("/api/esxi/servers/", serverBody("Lab", "ESX1.Example.com"), acme.ownerToken);
    ASSERT_EQ(created.status, 201) << created.body;
    const auto server = created.json();
    const auto id = server->getValue<std::int64_t>("id");
    EXPECT_EQ(server->getValue<std::string>("host"), "esx1.example.com");
    EXPECT_EQ(server->getValue<int>("port"), 443);
    EXPECT_EQ(server->getValue<std::string>("username"), "root");
    EXPECT_TRUE(server->getValue<bool>("has_password"));
    EXPECT_FALSE(server->has("password"));
    EXPECT_EQ(server->getValue<std::string>("created_at").back(), 'Z');

    const auto list = get("/api/esxi/servers/", acme.ownerToken);
    ASSERT_EQ(list.status, 200);
    EXPECT_EQ(list.json()->getValue<int>("count"), 1);
    EXPECT_EQ(get(path("/api/esxi/servers/", id), acme.ownerToken).status, 200);

    const auto renamed =
        patch(path("/api/esxi/servers/", id), R"({"name":"Prod","port":8443})", acme.ownerToken);
    ASSERT_EQ(renamed.status, 200) << renamed.body;
    EXPECT_EQ(renamed.json()->getValue<std::string>("name"), "Prod");
    EXPECT_EQ(renamed.json()->getValue<int>("port"), 8443);
    const std::string sealedBefore = sealedPasswordOf(m_dir.path(), id);
    const auto moved =
        patch(path("/api/esxi/servers/", id), R"({"host":"esx2.example.com"})", acme.ownerToken);
    ASSERT_EQ(moved.status, 200) << moved.body;
    EXPECT_NE(sealedPasswordOf(m_dir.path(), id), sealedBefore) << "re-sealed for the new host";
    EXPECT_EQ(
        patch(path("/api/esxi/servers/", id), R"({"password":"another one"})", acme.ownerToken)
            .status,
        200);

    const auto duplicate = post(
        "/api/esxi/servers/",
        R"({"name":"Twin","host":"esx2.example.com","port":8443,"username":"u","password":"p"})",
        acme.ownerToken);
    EXPECT_EQ(duplicate.status, 400);
    EXPECT_TRUE(duplicate.json()->has("host")) << duplicate.body;

    const auto invalid = post("/api/esxi/servers/", R"({"port":70000})", acme.ownerToken);
    ASSERT_EQ(invalid.status, 400);
    for (const char* field : {"name", "host", "port", "username", "password"})
        EXPECT_TRUE(invalid.json()->has(field)) << field << ": " << invalid.body;

    EXPECT_EQ(remove(path("/api/esxi/servers/", id), acme.ownerToken).status, 204);
    EXPECT_EQ(get(path("/api/esxi/servers/", id), acme.ownerToken).status, 404);
    EXPECT_EQ(remove(path("/api/esxi/servers/", id), acme.ownerToken).status, 404);
}

TEST_F(InventoryApiTest, PasswordIsNeverAnsweredAndStoredSealed)
{
    const Tenant acme = tenant("Acme");
    const auto id = createServer(acme.ownerToken, "esx1.example.com");
    get("/api/esxi/servers/", acme.ownerToken);
    get(path("/api/esxi/servers/", id), acme.ownerToken);
    patch(path("/api/esxi/servers/", id), R"({"name":"Renamed"})", acme.ownerToken);
    patch(path("/api/esxi/servers/", id), R"({"password":")" + kHostPassword + R"("})",
          acme.ownerToken);
    post("/api/esxi/servers/", serverBody("Again", "esx1.example.com"), acme.ownerToken);
    ASSERT_GE(m_bodies.size(), 6u);
    for (const std::string& body : m_bodies)
        EXPECT_EQ(body.find(kHostPassword), std::string::npos) << body;

    const std::string sealed = sealedPasswordOf(m_dir.path(), id);
    EXPECT_EQ(sealed.rfind("v1:", 0), 0u) << sealed;
    EXPECT_EQ(sealed.find(kHostPassword), std::string::npos);
    EXPECT_EQ(m_server->log().find(kHostPassword), std::string::npos);
}

TEST_F(InventoryApiTest, VirtualMachineCrudAndServerFilter)
{
    const Tenant acme = tenant("Acme");
    const auto first = createServer(acme.ownerToken, "esx1.example.com");
    const auto second = createServer(acme.ownerToken, "esx2.example.com");
    const auto vm = createVm(acme.ownerToken, first, "db01");
    createVm(acme.ownerToken, second, "web01");

    const auto detail = get(path("/api/esxi/vms/", vm), acme.ownerToken).json();
    EXPECT_EQ(detail->getValue<std::int64_t>("server_id"), first);
    EXPECT_EQ(detail->getValue<std::string>("power_state"), "powered_on");
    EXPECT_EQ(detail->getValue<std::string>("guest_os"), "");
    EXPECT_EQ(get("/api/esxi/vms/", acme.ownerToken).json()->getValue<int>("count"), 2);
    const auto filtered =
        get("/api/esxi/vms/?server_id=" + std::to_string(first), acme.ownerToken).json();
    EXPECT_EQ(filtered->getValue<int>("count"), 1);
    EXPECT_EQ(get("/api/esxi/vms/?server_id=abc", acme.ownerToken).status, 400);

    const auto duplicate =
        post("/api/esxi/vms/", R"({"server_id":)" + std::to_string(first) + R"(,"name":"db01"})",
             acme.ownerToken);
    EXPECT_EQ(duplicate.status, 400);
    EXPECT_TRUE(duplicate.json()->has("name")) << duplicate.body;
    const auto badState = post("/api/esxi/vms/",
                               R"({"server_id":)" + std::to_string(first) +
                                   R"(,"name":"x","power_state":"exploded"})",
                               acme.ownerToken);
    EXPECT_EQ(badState.status, 400);
    EXPECT_TRUE(badState.json()->has("power_state")) << badState.body;

    const auto updated = patch(path("/api/esxi/vms/", vm),
                               R"({"server_id":)" + std::to_string(second) +
                                   R"(,"guest_os":"Debian 12","power_state":"suspended"})",
                               acme.ownerToken);
    ASSERT_EQ(updated.status, 200) << updated.body;
    EXPECT_EQ(updated.json()->getValue<std::int64_t>("server_id"), second);
    EXPECT_EQ(updated.json()->getValue<std::string>("guest_os"), "Debian 12");

    EXPECT_EQ(remove(path("/api/esxi/servers/", second), acme.ownerToken).status, 204);
    EXPECT_EQ(get(path("/api/esxi/vms/", vm), acme.ownerToken).status, 404)
        << "deleting a server deletes its VMs";
    EXPECT_EQ(usageOf(acme, "vms"), 0);
}

TEST_F(InventoryApiTest, BackupJobCrudWithVmSelection)
{
    const Tenant acme = tenant("Acme");
    const auto server = createServer(acme.ownerToken, "esx1.example.com");
    const auto a = createVm(acme.ownerToken, server, "a");
    const auto b = createVm(acme.ownerToken, server, "b");
    const auto job = createJob(acme.ownerToken, "[" + std::to_string(a) + "]");

    auto detail = get(path("/api/esxi/jobs/", job), acme.ownerToken).json();
    EXPECT_EQ(detail->getValue<std::string>("schedule"), "0 2 * * *");
    EXPECT_EQ(detail->getValue<int>("retention_days"), 14);
    EXPECT_FALSE(detail->getValue<bool>("replication_enabled"));
    EXPECT_TRUE(detail->getValue<bool>("is_enabled"));
    ASSERT_EQ(detail->getArray("vm_ids")->size(), 1u);

    const auto updated = patch(path("/api/esxi/jobs/", job),
                               R"({"vm_ids":[)" + std::to_string(a) + "," + std::to_string(b) +
                                   R"(],"is_enabled":false,"retention_days":30})",
                               acme.ownerToken);
    ASSERT_EQ(updated.status, 200) << updated.body;
    EXPECT_EQ(updated.json()->getArray("vm_ids")->size(), 2u);
    EXPECT_FALSE(updated.json()->getValue<bool>("is_enabled"));

    const auto unknownVm =
        patch(path("/api/esxi/jobs/", job), R"({"vm_ids":[999999]})", acme.ownerToken);
    EXPECT_EQ(unknownVm.status, 400);
    EXPECT_TRUE(unknownVm.json()->has("vm_ids")) << unknownVm.body;
    const auto missing = post("/api/esxi/jobs/", R"({"name":"x"})", acme.ownerToken);
    EXPECT_EQ(missing.status, 400);
    for (const char* field : {"schedule", "retention_days", "vm_ids"})
        EXPECT_TRUE(missing.json()->has(field)) << field << ": " << missing.body;

    EXPECT_EQ(remove(path("/api/esxi/vms/", a), acme.ownerToken).status, 204);
    detail = get(path("/api/esxi/jobs/", job), acme.ownerToken).json();
    EXPECT_EQ(detail->getArray("vm_ids")->size(), 1u) << "a deleted VM leaves the selection";
    EXPECT_EQ(get("/api/esxi/jobs/", acme.ownerToken).json()->getValue<int>("count"), 1);
    EXPECT_EQ(remove(path("/api/esxi/jobs/", job), acme.ownerToken).status, 204);
    EXPECT_EQ(get(path("/api/esxi/jobs/", job), acme.ownerToken).status, 404);
}

TEST_F(InventoryApiTest, PlanFeaturesAndRetentionGateJobs)
{
    const Tenant bronze = tenant("Acme");
    const std::string base = R"({"name":"J","schedule":"@daily","vm_ids":[],)";
    const auto replication =
        post("/api/esxi/jobs/", base + R"("retention_days":7,"replication_enabled":true})",
             bronze.ownerToken);
    ASSERT_EQ(replication.status, 403) << replication.body;
    EXPECT_EQ(replication.json()->getValue<std::string>("code"), "feature_not_available");
    EXPECT_EQ(replication.json()->getValue<std::string>("feature"), "replication");
    const auto sureBackup =
        post("/api/esxi/jobs/", base + R"("retention_days":7,"sure_backup_enabled":true})",
             bronze.ownerToken);
    ASSERT_EQ(sureBackup.status, 403) << sureBackup.body;
    EXPECT_EQ(sureBackup.json()->getValue<std::string>("feature"), "sure_backup");

    const auto retention =
        post("/api/esxi/jobs/", base + R"("retention_days":31})", bronze.ownerToken);
    ASSERT_EQ(retention.status, 400) << retention.body;
    EXPECT_EQ(retention.json()->getArray("retention_days")->getElement<std::string>(0),
              "At most 30 days on your plan.");
    EXPECT_EQ(post("/api/esxi/jobs/", base + R"("retention_days":30})", bronze.ownerToken).status,
              201);

    const Tenant silver = tenant("Globex", "silver");
    EXPECT_EQ(post("/api/esxi/jobs/", base + R"("retention_days":90,"replication_enabled":true})",
                   silver.ownerToken)
                  .status,
              201);
}

TEST_F(InventoryApiTest, ServerQuotaStopsTheThirdOnBronze)
{
    const Tenant acme = tenant("Acme");
    createServer(acme.ownerToken, "esx1.example.com");
    createServer(acme.ownerToken, "esx2.example.com");
    const auto third =
        post("/api/esxi/servers/", serverBody("Third", "esx3.example.com"), acme.ownerToken);
    ASSERT_EQ(third.status, 403) << third.body;
    const auto error = third.json();
    EXPECT_EQ(error->getValue<std::string>("code"), "quota_exceeded");
    EXPECT_EQ(error->getValue<std::string>("metric"), "servers");
    EXPECT_EQ(error->getValue<int>("limit"), 2);
    EXPECT_EQ(error->getValue<int>("current"), 2);
    EXPECT_EQ(usageOf(acme, "servers"), 2);
}

TEST_F(InventoryApiTest, EachQuotaThresholdCrossedIsEmailedOnceInTheContactsLanguage)
{
    const Tenant acme = tenant("Acme");
    const std::string database = m_dir.file("ebm.sqlite3");
    const auto warnings = [&database] {
        return queryScalar(database, "SELECT COALESCE(group_concat(recipient || ' ' || subject, "
                                     "'|'), '') FROM (SELECT recipient, subject FROM email_outbox "
                                     "WHERE template = 'quota_warning' ORDER BY id)");
    };
    const auto updateMetrics = [this] {
        const auto run = client().post("/api/admin/jobs/update-metrics/run/", "{}",
                                       "application/json", auth(m_staffToken));
        EXPECT_EQ(run.status, 200) << run.body;
        return run.json()->getObject("changes")->getValue<int>("thresholds_crossed");
    };
    const std::int64_t first = createServer(acme.ownerToken, "esx1.example.com");
    EXPECT_EQ(warnings(), "") << "half the quota";
    createServer(acme.ownerToken, "esx2.example.com"); // 2 of 2: 80 % and 100 % crossed at once
    const std::string told = acme.ownerEmail + " Acme a atteint son quota : serveurs ESXi";
    EXPECT_EQ(warnings(), told);
    EXPECT_NE(queryScalar(database, "SELECT body_text FROM email_outbox WHERE template = "
                                    "'quota_warning' ORDER BY id DESC LIMIT 1")
                  .find("Acme utilise 2 des 2 serveurs ESXi"),
              std::string::npos);
    EXPECT_EQ(updateMetrics(), 0);
    EXPECT_EQ(warnings(), told) << "a recount tells nothing more";

    ASSERT_EQ(remove(path("/api/esxi/servers/", first), acme.ownerToken).status, 204);
    updateMetrics(); // 1 of 2: below both thresholds
    const auto moved = client().post("/api/admin/clock/advance/", R"({"hours":1})",
                                     "application/json", auth(m_staffToken));
    ASSERT_EQ(moved.status, 200) << moved.body;
    createServer(login(client(), acme.ownerEmail, kMemberPassword), "esx3.example.com");
    EXPECT_EQ(warnings(), told + "|" + told) << "a new crossing is told again";
}

TEST_F(InventoryApiTest, AChangeCrossingBothThresholdsAtOnceIsToldOnceForTheHighest)
{
    const Tenant acme = tenant("Acme");
    const std::string database = m_dir.file("ebm.sqlite3");
    const auto scalar = [&database](const std::string& sql) { return queryScalar(database, sql); };
    createServer(acme.ownerToken, "esx1.example.com"); // 1 of 2: below 80 %
    createServer(acme.ownerToken, "esx2.example.com"); // 2 of 2: straight to 100 %
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM email_outbox WHERE template = 'quota_warning'"), "1");
    EXPECT_NE(scalar("SELECT subject FROM email_outbox WHERE template = 'quota_warning'")
                  .find("a atteint son quota"),
              std::string::npos)
        << "the 100 % one";
    EXPECT_EQ(scalar("SELECT COUNT(*) || ' ' || group_concat(event_type) FROM notifications "
                     "WHERE kind = 'quota_threshold'"),
              "1 quota.exceeded");
    EXPECT_EQ(scalar("SELECT group_concat(threshold) FROM (SELECT threshold FROM quota_events "
                     "WHERE metric = 'servers' ORDER BY threshold)"),
              "80,100")
        << "both crossings are recorded, so 80 % is not told later";
}

TEST_F(InventoryApiTest, StorageInAQuotaWarningReadsInTheContactsLanguage)
{
    constexpr std::int64_t kGigabyte = 1'000'000'000;
    const Tenant acme = tenant("Acme");
    const std::string database = m_dir.file("ebm.sqlite3");
    const auto job = createJob(acme.ownerToken, "[]");
    const auto report = [&](std::int64_t bytes) {
        const auto created = post("/api/esxi/backups/",
                                  R"({"job_id":)" + std::to_string(job) +
                                      R"(,"started_at":"2026-01-01T00:00:00Z","status":)"
                                      R"("succeeded","size_bytes":)" +
                                      std::to_string(bytes) + "}",
                                  acme.ownerToken);
        EXPECT_EQ(created.status, 201) << created.body;
    };
    const auto lastWarning = [&database] {
        return queryScalar(database, "SELECT body_text FROM email_outbox WHERE template = "
                                     "'quota_warning' ORDER BY id DESC LIMIT 1");
    };
    report(450 * kGigabyte); // 90 % of Bronze's 500 GB, the contact in French
    EXPECT_NE(lastWarning().find("Acme utilise 450\u00a0Go des 500\u00a0Go"), std::string::npos)
        << lastWarning();
    executeSql(database,
               "UPDATE organizations SET locale = 'en' WHERE id = '" + acme.organizationId + "'");
    report(50 * kGigabyte); // 100 %
    EXPECT_NE(lastWarning().find("Acme uses 500 GB of the 500 GB"), std::string::npos)
        << lastWarning();
    EXPECT_EQ(queryScalar(database, "SELECT COUNT(*) FROM email_outbox WHERE template = "
                                    "'quota_warning'"),
              "2");
}

TEST_F(InventoryApiTest, ParallelCreationsNeverOvershootTheQuota)
{
    const Tenant acme = tenant("Acme");
    constexpr int kThreads = 8;
    std::vector<int> statuses(kThreads, 0);
    std::vector<std::string> codes(kThreads);
    std::vector<std::thread> threads;
    const HttpClient http = client();
    for (int i = 0; i < kThreads; ++i) {
        threads.emplace_back([&, i] {
            const auto answer = http.post(
                "/api/esxi/servers/",
                serverBody("Host " + std::to_string(i), "esx" + std::to_string(i) + ".example.com"),
                "application/json", auth(acme.ownerToken));
            statuses[static_cast<std::size_t>(i)] = answer.status;
            if (answer.status == 403)
                codes[static_cast<std::size_t>(i)] = answer.json()->getValue<std::string>("code");
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 201), 2);
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 403), 6);
    EXPECT_EQ(std::count(codes.begin(), codes.end(), "quota_exceeded"), 6);
    EXPECT_EQ(get("/api/esxi/servers/", acme.ownerToken).json()->getValue<int>("count"), 2);
}

TEST_F(InventoryApiTest, AnotherOrganizationsIdsAreNotFoundOrUnknown)
{
    const Tenant a = tenant("Org A");
    const Tenant b = tenant("Org B");
    const auto server = createServer(a.ownerToken, "esx1.example.com");
    const auto vm = createVm(a.ownerToken, server, "db01");
    const auto job = createJob(a.ownerToken, "[" + std::to_string(vm) + "]");
    const std::string serverPath = path("/api/esxi/servers/", server);

    EXPECT_EQ(get(serverPath, b.ownerToken).status, 404);
    EXPECT_EQ(patch(serverPath, R"({"name":"mine"})", b.ownerToken).status, 404);
    EXPECT_EQ(remove(serverPath, b.ownerToken).status, 404);
    EXPECT_EQ(get(path("/api/esxi/vms/", vm), b.ownerToken).status, 404);
    EXPECT_EQ(get(path("/api/esxi/jobs/", job), b.ownerToken).status, 404);
    EXPECT_EQ(get("/api/esxi/servers/", b.ownerToken).json()->getValue<int>("count"), 0);

    const auto foreignServer =
        post("/api/esxi/vms/", R"({"server_id":)" + std::to_string(server) + R"(,"name":"x"})",
             b.ownerToken);
    ASSERT_EQ(foreignServer.status, 400) << foreignServer.body;
    EXPECT_EQ(foreignServer.json()->getArray("server_id")->getElement<std::string>(0),
              "Unknown server.");
    const auto foreignVm = post("/api/esxi/jobs/",
                                R"({"name":"J","schedule":"@daily","retention_days":7,"vm_ids":[)" +
                                    std::to_string(vm) + "]}",
                                b.ownerToken);
    EXPECT_EQ(foreignVm.status, 400);
    EXPECT_TRUE(foreignVm.json()->has("vm_ids")) << foreignVm.body;
    const auto foreignJob =
        post("/api/esxi/backups/",
             R"({"job_id":)" + std::to_string(job) +
                 R"(,"started_at":"2026-01-01T00:00:00Z","status":"running","size_bytes":0})",
             b.ownerToken);
    EXPECT_EQ(foreignJob.status, 400);
    EXPECT_TRUE(foreignJob.json()->has("job_id")) << foreignJob.body;

    const auto intact = get(serverPath, a.ownerToken);
    ASSERT_EQ(intact.status, 200);
    EXPECT_EQ(intact.json()->getValue<std::string>("name"), "ESXi esx1.example.com");
}

TEST_F(InventoryApiTest, ViewersReadButCannotWrite)
{
    const Tenant acme = tenant("Acme");
    createServer(acme.ownerToken, "esx1.example.com");
    const std::string viewer =
        addMember(*m_server, m_dir.path(), acme, "viewer@acme.example.com", "viewer");
    EXPECT_EQ(get("/api/esxi/servers/", viewer).json()->getValue<int>("count"), 1);
    const auto denied = post("/api/esxi/servers/", serverBody("Mine", "esx9.example.com"), viewer);
    ASSERT_EQ(denied.status, 403) << denied.body;
    EXPECT_EQ(denied.json()->getValue<std::string>("code"), "permission_denied");
    EXPECT_EQ(get("/api/tenants/api-keys/", viewer).status, 403);
}

TEST_F(InventoryApiTest, ApiKeysNeedAPlanWithApiAccess)
{
    const Tenant bronze = tenant("Acme");
    const auto refused = post("/api/tenants/api-keys/", R"({"name":"engine"})", bronze.ownerToken);
    ASSERT_EQ(refused.status, 403) << refused.body;
    EXPECT_EQ(refused.json()->getValue<std::string>("code"), "feature_not_available");
    EXPECT_EQ(refused.json()->getValue<std::string>("feature"), "api_access");
    EXPECT_EQ(get("/api/tenants/api-keys/", bronze.ownerToken).json()->getValue<int>("count"), 0);
}

TEST_F(InventoryApiTest, BackupEngineReportsWithAnApiKeyUntilRevoked)
{
    const Tenant silver = tenant("Globex", "silver");
    const auto job = createJob(silver.ownerToken, "[]");
    const auto issued = post("/api/tenants/api-keys/", R"({"name":"engine"})", silver.ownerToken);
    ASSERT_EQ(issued.status, 201) << issued.body;
    const std::string key = issued.json()->getValue<std::string>("key");
    const auto keyId = issued.json()->getValue<std::int64_t>("id");
    EXPECT_EQ(key.rfind("ebm_", 0), 0u);
    EXPECT_EQ(key.rfind(issued.json()->getValue<std::string>("prefix"), 0), 0u);

    const auto listed = get("/api/tenants/api-keys/", silver.ownerToken);
    ASSERT_EQ(listed.status, 200);
    EXPECT_EQ(listed.json()->getValue<int>("count"), 1);
    EXPECT_EQ(listed.body.find(key), std::string::npos) << "the key is shown once only";

    const std::string report =
        R"({"job_id":)" + std::to_string(job) +
        R"(,"started_at":"2026-03-01T01:00:00+01:00","finished_at":"2026-03-01T00:30:00Z",)"
        R"("status":"succeeded","size_bytes":1234})";
    const auto reported =
        client().post("/api/esxi/backups/", report, "application/json", apiKeyAuth(key));
    ASSERT_EQ(reported.status, 201) << reported.body;
    EXPECT_EQ(reported.json()->getValue<std::string>("started_at"), "2026-03-01T00:00:00Z");
    EXPECT_EQ(reported.json()->getValue<std::int64_t>("size_bytes"), 1234);
    const auto backups = client().get("/api/esxi/backups/", apiKeyAuth(key));
    ASSERT_EQ(backups.status, 200) << backups.body;
    EXPECT_EQ(backups.json()->getValue<int>("count"), 1);
    EXPECT_EQ(client().get("/api/esxi/servers/", apiKeyAuth(key)).status, 403)
        << "keys only reach the routes that allow them";
    EXPECT_FALSE(get("/api/tenants/api-keys/", silver.ownerToken)
                     .json()
                     ->getArray("results")
                     ->getObject(0)
                     ->isNull("last_used_at"));

    EXPECT_EQ(remove(path("/api/tenants/api-keys/", keyId), silver.ownerToken).status, 204);
    EXPECT_EQ(
        client().post("/api/esxi/backups/", report, "application/json", apiKeyAuth(key)).status,
        401);
    EXPECT_EQ(remove(path("/api/tenants/api-keys/", keyId), silver.ownerToken).status, 404);
    EXPECT_FALSE(get("/api/tenants/api-keys/", silver.ownerToken)
                     .json()
                     ->getArray("results")
                     ->getObject(0)
                     ->isNull("revoked_at"));
}

TEST_F(InventoryApiTest, BackupValidationDetailAndDelete)
{
    const Tenant acme = tenant("Acme");
    const auto job = createJob(acme.ownerToken, "[]");
    const auto invalid =
        post("/api/esxi/backups/", R"({"started_at":"yesterday","status":"done","size_bytes":-1})",
             acme.ownerToken);
    ASSERT_EQ(invalid.status, 400);
    for (const char* field : {"job_id", "started_at", "status", "size_bytes"})
        EXPECT_TRUE(invalid.json()->has(field)) << field << ": " << invalid.body;
    const std::string jobField = R"({"job_id":)" + std::to_string(job);
    const auto backwards = post("/api/esxi/backups/",
                                jobField + R"(,"started_at":"2026-01-02T00:00:00Z",)"
                                           R"("finished_at":"2026-01-01T00:00:00Z",)"
                                           R"("status":"failed","size_bytes":0})",
                                acme.ownerToken);
    EXPECT_EQ(backwards.status, 400);
    EXPECT_TRUE(backwards.json()->has("finished_at")) << backwards.body;

    const auto running = post(
        "/api/esxi/backups/",
        jobField + R"(,"started_at":"2026-01-02T00:00:00Z","status":"running","size_bytes":5})",
        acme.ownerToken);
    ASSERT_EQ(running.status, 201) << running.body;
    const auto id = running.json()->getValue<std::int64_t>("id");
    const auto detail = get(path("/api/esxi/backups/", id), acme.ownerToken).json();
    EXPECT_TRUE(detail->isNull("finished_at"));
    EXPECT_EQ(detail->getValue<std::string>("status"), "running");
    EXPECT_EQ(get("/api/esxi/backups/?job_id=" + std::to_string(job), acme.ownerToken)
                  .json()
                  ->getValue<int>("count"),
              1);
    EXPECT_EQ(usageOf(acme, "storage"), 5);
    EXPECT_EQ(remove(path("/api/esxi/backups/", id), acme.ownerToken).status, 204);
    EXPECT_EQ(get(path("/api/esxi/backups/", id), acme.ownerToken).status, 404);
    EXPECT_EQ(usageOf(acme, "storage"), 0);
}

TEST_F(InventoryApiTest, StorageQuotaCountsReportedBackupSizes)
{
    const Tenant silver = tenant("Globex", "silver"); // 2000 GB = 2 * 10^12 bytes
    const auto job = createJob(silver.ownerToken, "[]");
    const auto report = [&](std::int64_t size) {
        return post(
            "/api/esxi/backups/",
            R"({"job_id":)" + std::to_string(job) +
                R"(,"started_at":"2026-01-01T00:00:00Z","status":"succeeded","size_bytes":)" +
                std::to_string(size) + "}",
            silver.ownerToken);
    };
    EXPECT_EQ(report(1'500'000'000'000).status, 201);
    const auto over = report(500'000'000'001);
    ASSERT_EQ(over.status, 403) << over.body;
    EXPECT_EQ(over.json()->getValue<std::string>("code"), "quota_exceeded");
    EXPECT_EQ(over.json()->getValue<std::string>("metric"), "storage");
    EXPECT_EQ(over.json()->getValue<std::int64_t>("limit"), 2'000'000'000'000);
    EXPECT_EQ(over.json()->getValue<std::int64_t>("current"), 1'500'000'000'000);
    EXPECT_EQ(report(500'000'000'000).status, 201) << "exactly the limit fits";
}

TEST_F(InventoryApiTest, UsageReflectsTheInventory)
{
    const Tenant acme = tenant("Acme");
    const auto server = createServer(acme.ownerToken, "esx1.example.com");
    const auto vm = createVm(acme.ownerToken, server, "a");
    createVm(acme.ownerToken, server, "b");
    const auto job = createJob(acme.ownerToken, "[" + std::to_string(vm) + "]");
    ASSERT_EQ(post("/api/esxi/backups/",
                   R"({"job_id":)" + std::to_string(job) +
                       R"(,"started_at":"2026-01-01T00:00:00Z","status":"succeeded",)"
                       R"("size_bytes":5000000000})",
                   acme.ownerToken)
                  .status,
              201);
    EXPECT_EQ(usageOf(acme, "servers"), 1);
    EXPECT_EQ(usageOf(acme, "vms"), 2);
    EXPECT_EQ(usageOf(acme, "backups"), 1);
    EXPECT_EQ(usageOf(acme, "storage"), 5'000'000'000);

    EXPECT_EQ(remove(path("/api/esxi/jobs/", job), acme.ownerToken).status, 204);
    EXPECT_EQ(usageOf(acme, "backups"), 0);
    EXPECT_EQ(usageOf(acme, "storage"), 0) << "a job's backups go with it";
}

} // namespace
} // namespace ebm::test
