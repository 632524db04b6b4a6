// The staff admin API for organizations through the real server: the list (each filter, search,
// ordering, paging, resuming with updated_since), an organization's page, the actions one by one
// (activate, extend, change_plan, suspend) with their audit rows, bulk actions mixing good and
// refused ids, the audit log's filters, staff-only access, and a 100,000-organization list.
#include "DatabaseProbe.h"
#include "ServerProcess.h"
#include "TempDir.h"
#include "TenantFixture.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <chrono>
#include <gtest/gtest.h>
#include <iostream>
#include <memory>

namespace ebm::test
{
namespace
{

using Poco::JSON::Array;
using Poco::JSON::Object;

class AdminOrganizationsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        seedPlansAndStaff(m_dir.path());
        m_server = std::make_unique<ServerProcess>(m_dir.path(), std::vector<std::string>{},
                                                   fastPasswords());
        m_staff = login(client(), kStaffEmail, kStaffPassword);
        m_staffId = client()
                        .get("/api/auth/me/", auth(m_staff))
                        .json()
                        ->getObject("user")
                        ->getValue<std::int64_t>("id");
    }

    HttpClient client() const
    {
        return m_server->client();
    }

    std::string database() const
    {
        return m_dir.file("ebm.sqlite3");
    }

    std::string scalar(const std::string& sql) const
    {
        return queryScalar(database(), sql);
    }

    HttpResult staffGet(const std::string& path) const
    {
        return client().get(path, auth(m_staff));
    }

    HttpResult staffPost(const std::string& path, const std::string& body,
                         std::map<std::string, std::string> headers = {}) const
    {
        headers.emplace("Authorization", "Bearer " + m_staff);
        return client().post(path, body, "application/json", headers);
    }

    HttpResult action(const Tenant& tenant, const std::string& name, const std::string& body) const
    {
        return staffPost("/api/admin/organizations/" + tenant.organizationId + "/" + name + "/",
                         body);
    }

    // The results of a list answer, after checking it is a 200.
    static Array::Ptr results(const HttpResult& answer)
    {
        EXPECT_EQ(answer.status, 200) << answer.body;
        if (answer.status != 200)
            return new Array;
        return answer.json()->getArray("results");
    }

    static std::vector<std::string> names(const HttpResult& answer)
    {
        std::vector<std::string> found;
        const auto rows = results(answer);
        for (std::size_t i = 0; i < rows->size(); ++i)
            found.push_back(
                rows->getObject(static_cast<unsigned>(i))->getValue<std::string>("name"));
        return found;
    }

    std::string now() const
    {
        return staffGet("/api/admin/clock/").json()->getValue<std::string>("now");
    }

    void advance(const std::string& body) const
    {
        ASSERT_EQ(staffPost("/api/admin/clock/advance/", body).status, 200);
    }

    std::string count(const std::string& where) const
    {
        return scalar("SELECT COUNT(*) FROM audit_log WHERE " + where);
    }

    TempDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::string m_staff;
    std::int64_t m_staffId = 0;
};

TEST_F(AdminOrganizationsTest, ListFiltersSearchesOrdersAndPages)
{
    // An hour apart, so created_at and updated_at order them.
    const Tenant alpha = createTenant(*m_server, m_dir.path(), m_staff, "Alpha Backup");
    advance(R"({"hours":1})");
    const Tenant bravo = createTenant(*m_server, m_dir.path(), m_staff, "Bravo Cloud", "silver");
    advance(R"({"hours":1})");
    const Tenant charlie = createTenant(*m_server, m_dir.path(), m_staff, "charlie Data", "gold");
    addMember(*m_server, m_dir.path(), alpha, "admin@alpha.example.com", "admin");
    ASSERT_EQ(client()
                  .send("PATCH", "/api/tenants/organizations/" + alpha.organizationId + "/",
                        R"({"contact_email":"billing@alpha-corp.example.com"})",
                        withJson(auth(alpha.ownerToken)))
                  .status,
              200);
    advance(R"({"hours":1})");
    ASSERT_EQ(action(bravo, "suspend", R"({"reason":"Unpaid"})").status, 200);

    const auto all = staffGet("/api/admin/organizations/");
    EXPECT_EQ(names(all), (std::vector<std::string>{"Alpha Backup", "Bravo Cloud", "charlie Data"}))
        << "by name, case-insensitive";
    EXPECT_EQ(all.json()->getValue<int>("count"), 3);
    const auto first = results(all)->getObject(0);
    EXPECT_EQ(first->getValue<std::string>("id"), alpha.organizationId);
    EXPECT_EQ(first->getValue<std::string>("owner_email"), alpha.ownerEmail);
    EXPECT_EQ(first->getValue<int>("member_count"), 2);
    EXPECT_EQ(first->getObject("plan")->getValue<std::string>("slug"), "bronze");
    EXPECT_EQ(first->getValue<std::string>("billing_cycle"), "monthly");
    EXPECT_FALSE(first->getValue<std::string>("updated_at").empty());
    EXPECT_FALSE(first->getValue<std::string>("subscription_end").empty());

    EXPECT_EQ(names(staffGet("/api/admin/organizations/?status=suspended")),
              std::vector<std::string>{"Bravo Cloud"});
    EXPECT_EQ(names(staffGet("/api/admin/organizations/?status=active")).size(), 2u);
    EXPECT_EQ(names(staffGet("/api/admin/organizations/?status=active&status=suspended")).size(),
              3u);
    EXPECT_EQ(names(staffGet("/api/admin/organizations/?status=cancelled,suspended")),
              std::vector<std::string>{"Bravo Cloud"});
    const auto badStatus = staffGet("/api/admin/organizations/?status=active,closed");
    EXPECT_EQ(badStatus.status, 400);
    EXPECT_TRUE(badStatus.json()->has("status")) << badStatus.body;

    EXPECT_EQ(names(staffGet("/api/admin/organizations/?plan=silver")),
              std::vector<std::string>{"Bravo Cloud"});
    EXPECT_EQ(names(staffGet("/api/admin/organizations/?plan=" +
                             std::to_string(planId(client(), "gold")))),
              std::vector<std::string>{"charlie Data"});
    EXPECT_TRUE(names(staffGet("/api/admin/organizations/?plan=platinum")).empty());

    EXPECT_EQ(names(staffGet("/api/admin/organizations/?q=aLpHa")),
              std::vector<std::string>{"Alpha Backup"})
        << "the name, case-insensitive";
    EXPECT_EQ(names(staffGet("/api/admin/organizations/?q=OWNER%40CHARLIE")),
              std::vector<std::string>{"charlie Data"})
        << "the owner's (and contact) email";
    EXPECT_EQ(names(staffGet("/api/admin/organizations/?q=owner%40alpha-backup")),
              std::vector<std::string>{"Alpha Backup"})
        << "the owner's email alone";
    EXPECT_EQ(names(staffGet("/api/admin/organizations/?q=billing%40alpha")),
              std::vector<std::string>{"Alpha Backup"})
        << "the contact email alone";
    EXPECT_EQ(names(staffGet("/api/admin/organizations/?q=" + bravo.organizationId)),
              std::vector<std::string>{"Bravo Cloud"})
        << "the exact id";
    EXPECT_TRUE(names(staffGet("/api/admin/organizations/?q=zulu")).empty());
    EXPECT_TRUE(names(staffGet("/api/admin/organizations/?q=%25")).empty())
        << "% is a character, not a wildcard";

    EXPECT_EQ(names(staffGet("/api/admin/organizations/?ordering=-name")),
              (std::vector<std::string>{"charlie Data", "Bravo Cloud", "Alpha Backup"}));
    EXPECT_EQ(names(staffGet("/api/admin/organizations/?ordering=-status")).front(), "Bravo Cloud");
    EXPECT_EQ(names(staffGet("/api/admin/organizations/?ordering=-created_at")).front(),
              "charlie Data");
    EXPECT_EQ(names(staffGet("/api/admin/organizations/?ordering=-updated_at")).front(),
              "Bravo Cloud")
        << "the suspension was the last write";
    const auto badOrdering = staffGet("/api/admin/organizations/?ordering=owner");
    EXPECT_EQ(badOrdering.status, 400);
    EXPECT_TRUE(badOrdering.json()->has("ordering"));

    const auto page1 = staffGet("/api/admin/organizations/?ordering=-name&page_size=2");
    EXPECT_EQ(names(page1), (std::vector<std::string>{"charlie Data", "Bravo Cloud"}));
    EXPECT_EQ(page1.json()->getValue<int>("count"), 3);
    EXPECT_TRUE(page1.json()->isNull("previous"));
    const std::string next = page1.json()->getValue<std::string>("next");
    EXPECT_NE(next.find("ordering=-name"), std::string::npos) << next;
    EXPECT_NE(next.find("page=2"), std::string::npos) << next;
    const auto page2 = staffGet(next.substr(next.find("/api/")));
    EXPECT_EQ(names(page2), std::vector<std::string>{"Alpha Backup"});
    EXPECT_TRUE(page2.json()->isNull("next"));
    EXPECT_EQ(staffGet("/api/admin/organizations/?page_size=1000").status, 200);
    EXPECT_EQ(staffGet("/api/admin/organizations/?page_size=1001").status, 400);
    EXPECT_EQ(staffGet("/api/admin/organizations/?page=3&page_size=2").status, 404);
    (void)charlie;
}

TEST_F(AdminOrganizationsTest, UpdatedSinceResumesAfterEachKindOfChange)
{
    const Tenant alpha = createTenant(*m_server, m_dir.path(), m_staff, "Alpha Backup");
    const Tenant bravo = createTenant(*m_server, m_dir.path(), m_staff, "Bravo Cloud");

    const auto synced = staffGet("/api/admin/organizations/?updated_since=2000-01-01T00:00:00Z");
    ASSERT_EQ(names(synced).size(), 2u);
    const auto rows = results(synced);
    const std::string last = rows->getObject(1)->getValue<std::string>("updated_at");
    EXPECT_LE(rows->getObject(0)->getValue<std::string>("updated_at"), last)
        << "updated_at ascending by default";
    EXPECT_TRUE(names(staffGet("/api/admin/organizations/?updated_since=" + last)).empty())
        << "strictly after";
    const auto bad = staffGet("/api/admin/organizations/?updated_since=yesterday");
    EXPECT_EQ(bad.status, 400);
    EXPECT_TRUE(bad.json()->has("updated_since"));

    // Each write moves updated_at: settings (owner), renewal flags (owner), status and period
    // (staff).
    const auto changedSince = [&](const std::string& since) {
        return names(staffGet("/api/admin/organizations/?updated_since=" + since));
    };
    advance(R"({"hours":1})");
    ASSERT_EQ(client()
                  .send("PATCH", "/api/tenants/organizations/" + alpha.organizationId + "/",
                        R"({"name":"Alpha Renamed"})", withJson(auth(alpha.ownerToken)))
                  .status,
              200);
    EXPECT_EQ(changedSince(last), std::vector<std::string>{"Alpha Renamed"});

    std::string since = now();
    advance(R"({"hours":1})");
    ASSERT_EQ(client()
                  .post("/api/tenants/organizations/" + bravo.organizationId + "/cancel/", "{}",
                        "application/json", auth(bravo.ownerToken))
                  .status,
              200);
    EXPECT_EQ(changedSince(since), std::vector<std::string>{"Bravo Cloud"});

    since = now();
    advance(R"({"hours":1})");
    ASSERT_EQ(action(alpha, "extend", R"({"days":3,"reason":"Goodwill"})").status, 200);
    advance(R"({"seconds":1})");
    ASSERT_EQ(action(bravo, "suspend", R"({"reason":"Abuse"})").status, 200);
    EXPECT_EQ(changedSince(since), (std::vector<std::string>{"Alpha Renamed", "Bravo Cloud"}))
        << "in the order they changed";
    EXPECT_EQ(names(staffGet("/api/admin/organizations/?updated_since=" + since +
                             "&ordering=-updated_at")),
              (std::vector<std::string>{"Bravo Cloud", "Alpha Renamed"}));

    // Members count in the row, so inviting, changing a role and removing move it too.
    since = now();
    advance(R"({"hours":1})");
    const auto invited =
        client().post("/api/tenants/organizations/" + alpha.organizationId + "/invite_member/",
                      R"({"email":"ops@alpha.example.com","role":"member"})", "application/json",
                      auth(alpha.ownerToken));
    ASSERT_EQ(invited.status, 201) << invited.body;
    EXPECT_EQ(changedSince(since), std::vector<std::string>{"Alpha Renamed"});
    const std::string memberPath = "/api/tenants/organizations/" + alpha.organizationId +
                                   "/members/" +
                                   std::to_string(invited.json()->getValue<long>("id")) + "/";
    since = now();
    advance(R"({"hours":1})");
    ASSERT_EQ(
        client()
            .send("PATCH", memberPath, R"({"role":"viewer"})", withJson(auth(alpha.ownerToken)))
            .status,
        200);
    EXPECT_EQ(changedSince(since), std::vector<std::string>{"Alpha Renamed"});
    since = now();
    advance(R"({"hours":1})");
    ASSERT_EQ(client().send("DELETE", memberPath, "", auth(alpha.ownerToken)).status, 204);
    EXPECT_EQ(changedSince(since), std::vector<std::string>{"Alpha Renamed"});
}

TEST_F(AdminOrganizationsTest, DetailShowsMembersSubscriptionPaymentsInvoicesAndUsage)
{
    const Tenant tenant =
        purchaseTenant(*m_server, m_dir.path(), m_staff, "Douala Vault", "silver");
    addMember(*m_server, m_dir.path(), tenant, "viewer@douala.example.com", "viewer");

    const auto answer =
        staffGet("/api/admin/organizations/" + tenant.organizationId + "/?reason=Ticket%2042");
    ASSERT_EQ(answer.status, 200) << answer.body;
    const auto detail = answer.json();
    EXPECT_EQ(detail->getValue<std::string>("name"), "Douala Vault");
    EXPECT_EQ(detail->getValue<std::string>("owner_email"), tenant.ownerEmail);
    EXPECT_EQ(detail->getValue<int>("member_count"), 2);
    const auto members = detail->getArray("members");
    ASSERT_EQ(members->size(), 2u);
    EXPECT_EQ(members->getObject(0)->getValue<std::string>("email"), tenant.ownerEmail);
    EXPECT_EQ(members->getObject(0)->getValue<std::string>("role"), "owner");
    EXPECT_EQ(members->getObject(1)->getValue<std::string>("role"), "viewer");
    EXPECT_EQ(members->getObject(1)->getValue<std::string>("status"), "active");

    const auto subscription = detail->getObject("subscription");
    EXPECT_EQ(subscription->getObject("plan")->getValue<std::string>("slug"), "silver");
    EXPECT_EQ(subscription->getObject("plan")->getValue<std::string>("monthly_price"), "79.00");
    EXPECT_EQ(subscription->getObject("plan")->getValue<std::string>("currency"), "EUR");
    EXPECT_EQ(subscription->getValue<std::string>("billing_cycle"), "monthly");
    EXPECT_EQ(subscription->getValue<std::string>("subscription_end"),
              detail->getValue<std::string>("subscription_end"));
    EXPECT_TRUE(subscription->isNull("scheduled_plan"));

    const auto payments = detail->getArray("payments");
    ASSERT_EQ(payments->size(), 1u) << answer.body;
    EXPECT_EQ(payments->getObject(0)->getValue<std::string>("status"), "completed");
    const auto invoices = detail->getArray("invoices");
    ASSERT_EQ(invoices->size(), 1u) << answer.body;
    EXPECT_EQ(invoices->getObject(0)->getValue<std::string>("total"),
              payments->getObject(0)->getValue<std::string>("amount"));

    const auto usage = detail->getArray("usage");
    ASSERT_EQ(usage->size(), 5u);
    for (std::size_t i = 0; i < usage->size(); ++i) {
        const auto line = usage->getObject(static_cast<unsigned>(i));
        if (line->getValue<std::string>("metric") == "users") {
            EXPECT_EQ(line->getValue<int>("current"), 2);
            EXPECT_EQ(line->getValue<int>("limit"), 10);
            EXPECT_EQ(line->getValue<std::string>("percent"), "20");
        }
    }
    EXPECT_EQ(count("action = 'staff.tenant_access' AND reason = 'Ticket 42' AND "
                    "actor_user_id = " +
                    std::to_string(m_staffId) + " AND organization_id = '" + tenant.organizationId +
                    "'"),
              "1")
        << "reading an organization's data is audited";

    const auto unknown = staffGet("/api/admin/organizations/00000000-0000-4000-8000-000000000000/");
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(count("organization_id = '00000000-0000-4000-8000-000000000000'"), "0");
}

TEST_F(AdminOrganizationsTest, ActivateStartsAPaidPeriodForAPendingOrganization)
{
    const Tenant tenant = createTenant(*m_server, m_dir.path(), m_staff, "Garoua Sites", "silver");
    executeSql(database(),
               "UPDATE organizations SET status = 'pending', subscription_start = NULL, "
               "subscription_end = NULL WHERE id = '" +
                   tenant.organizationId + "'");
    advance(R"({"days":3})");
    const std::string at = now();

    const auto noReason = action(tenant, "activate", "{}");
    EXPECT_EQ(noReason.status, 400);
    EXPECT_TRUE(noReason.json()->has("reason"));
    const auto activated = action(tenant, "activate", R"({"reason":"Paid by cheque 1187"})");
    const std::string atLatest = now();
    ASSERT_EQ(activated.status, 200) << activated.body;
    const auto row = activated.json();
    EXPECT_EQ(row->getValue<std::string>("status"), "active");
    const std::string start = row->getValue<std::string>("subscription_start");
    EXPECT_GE(start, at) << "the period starts now";
    EXPECT_LE(start, atLatest);
    EXPECT_GT(row->getValue<std::string>("subscription_end"), atLatest);
    EXPECT_EQ(row->getValue<std::string>("updated_at"), start);
    EXPECT_EQ(row->getValue<std::string>("owner_email"), tenant.ownerEmail) << "the row shape";
    EXPECT_EQ(client().get("/api/esxi/servers/", auth(tenant.ownerToken)).status, 200);

    const std::string where = "action = 'organization.activated_by_staff'";
    EXPECT_EQ(count(where + " AND actor_kind = 'staff' AND actor_user_id = " +
                    std::to_string(m_staffId) + " AND reason = 'Paid by cheque 1187'"),
              "1");
    EXPECT_NE(scalar("SELECT before_json FROM audit_log WHERE " + where).find("\"pending\""),
              std::string::npos);
    EXPECT_NE(scalar("SELECT after_json FROM audit_log WHERE " + where).find("\"active\""),
              std::string::npos);
    const std::string end = row->getValue<std::string>("subscription_end");
    const std::string endInFrench =
        end.substr(8, 2) + "/" + end.substr(5, 2) + "/" + end.substr(0, 4);
    EXPECT_NE(lastEmailTo(m_dir.path(), tenant.ownerEmail, "renewed").find(endInFrench),
              std::string::npos);

    // A forbidden transition answers 409 and writes nothing.
    advance(R"({"hours":1})");
    const std::string auditRows = count("1 = 1");
    const std::string emails = scalar("SELECT COUNT(*) FROM email_outbox");
    const auto again = action(tenant, "activate", R"({"reason":"twice"})");
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(again.json()->getValue<std::string>("code"), "illegal_transition");
    EXPECT_EQ(count("1 = 1"), auditRows);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM email_outbox"), emails);
    EXPECT_EQ(
        scalar("SELECT updated_at FROM organizations WHERE id = '" + tenant.organizationId + "'"),
        start);
}

TEST_F(AdminOrganizationsTest, ExtendMovesTheEndAndRevivesAnOrganizationSuspendedForNonPayment)
{
    const Tenant tenant = createTenant(*m_server, m_dir.path(), m_staff, "Bafoussam Data");
    const auto before = staffGet("/api/admin/organizations/?q=Bafoussam");
    const std::string end =
        results(before)->getObject(0)->getValue<std::string>("subscription_end");

    EXPECT_EQ(action(tenant, "extend", R"({"days":0,"reason":"x"})").status, 400);
    EXPECT_EQ(action(tenant, "extend", R"({"days":367,"reason":"x"})").status, 400);
    EXPECT_EQ(action(tenant, "extend", R"({"days":5})").status, 400);
    const auto extended = action(tenant, "extend", R"({"days":10,"reason":"Outage credit"})");
    ASSERT_EQ(extended.status, 200) << extended.body;
    const std::string newEnd = extended.json()->getValue<std::string>("subscription_end");
    EXPECT_EQ(newEnd.substr(11), end.substr(11)) << "same time of day";
    EXPECT_GT(newEnd, end);
    EXPECT_EQ(count("action = 'subscription.extended_by_staff' AND reason = 'Outage credit'"), "1");
    EXPECT_NE(scalar("SELECT before_json FROM audit_log WHERE action = "
                     "'subscription.extended_by_staff'")
                  .find(end),
              std::string::npos);
    EXPECT_NE(scalar("SELECT after_json FROM audit_log WHERE action = "
                     "'subscription.extended_by_staff'")
                  .find(newEnd),
              std::string::npos);

    // Unpaid: 50 days on (past the grace period) the period-end job suspends it.
    advance(R"({"days":50})");
    m_staff = login(client(), kStaffEmail, kStaffPassword); // sessions last 14 days
    ASSERT_EQ(staffPost("/api/admin/jobs/check-expirations/run/", "{}").status, 200);
    const auto lapsed = staffGet("/api/admin/organizations/?q=Bafoussam");
    ASSERT_EQ(results(lapsed)->getObject(0)->getValue<std::string>("status"), "suspended");
    ASSERT_EQ(results(lapsed)->getObject(0)->getValue<std::string>("status_reason"),
              "payment_overdue");

    const auto stillPast = action(tenant, "extend", R"({"days":2,"reason":"Partial"})");
    ASSERT_EQ(stillPast.status, 200) << stillPast.body;
    EXPECT_EQ(stillPast.json()->getValue<std::string>("status"), "suspended")
        << "the new end is still in the past";
    const auto revived = action(tenant, "extend", R"({"days":30,"reason":"Paid in cash"})");
    ASSERT_EQ(revived.status, 200) << revived.body;
    EXPECT_EQ(revived.json()->getValue<std::string>("status"), "active");
    EXPECT_TRUE(revived.json()->isNull("status_reason"));
    EXPECT_GT(revived.json()->getValue<std::string>("subscription_end"), now());

    // A suspension by staff stays; a cancelled organization cannot be extended.
    ASSERT_EQ(action(tenant, "suspend", R"({"reason":"Fraud check"})").status, 200);
    const auto staffSuspended = action(tenant, "extend", R"({"days":5,"reason":"x"})");
    EXPECT_EQ(staffSuspended.json()->getValue<std::string>("status"), "suspended");
    ASSERT_EQ(action(tenant, "cancel", R"({"reason":"Closed"})").status, 200);
    const std::string auditRows = count("1 = 1");
    const auto cancelled = action(tenant, "extend", R"({"days":5,"reason":"x"})");
    EXPECT_EQ(cancelled.status, 409);
    EXPECT_EQ(cancelled.json()->getValue<std::string>("code"), "not_extendable");
    EXPECT_EQ(count("1 = 1"), auditRows);
}

TEST_F(AdminOrganizationsTest, ChangePlanAtOnceIsRefusedOverQuotaUnlessForced)
{
    const Tenant tenant = createTenant(*m_server, m_dir.path(), m_staff, "Limbe Backup", "silver");
    for (const std::string host : {"esx1.limbe.cm", "esx2.limbe.cm", "esx3.limbe.cm"}) {
        ASSERT_EQ(client()
                      .post("/api/esxi/servers/",
                            R"({"name":")" + host + R"(","host":")" + host +
                                R"(","username":"root","password":"secret"})",
                            "application/json", auth(tenant.ownerToken))
                      .status,
                  201);
    }
    const std::string bronze = std::to_string(planId(client(), "bronze"));
    const std::string auditRows = count("1 = 1");
    const auto refused =
        action(tenant, "change_plan", R"({"plan":)" + bronze + R"(,"reason":"Downsize"})");
    ASSERT_EQ(refused.status, 409) << refused.body;
    EXPECT_EQ(refused.json()->getValue<std::string>("code"), "over_quota");
    const auto excess = refused.json()->getArray("over_quota");
    ASSERT_EQ(excess->size(), 1u);
    EXPECT_EQ(excess->getObject(0)->getValue<std::string>("metric"), "servers");
    EXPECT_EQ(excess->getObject(0)->getValue<int>("excess"), 1);
    EXPECT_EQ(count("1 = 1"), auditRows) << "a refusal writes nothing, not even the access";
    EXPECT_EQ(action(tenant, "change_plan", R"({"plan":999,"reason":"x"})").status, 400);
    EXPECT_EQ(action(tenant, "change_plan", R"({"plan":)" + bronze + "}").status, 400);

    const auto forced = action(tenant, "change_plan",
                               R"({"plan":)" + bronze + R"(,"reason":"Downsize","force":true})");
    ASSERT_EQ(forced.status, 200) << forced.body;
    EXPECT_EQ(forced.json()->getObject("plan")->getValue<std::string>("slug"), "bronze");
    const std::string where = "action = 'subscription.plan_changed_by_staff'";
    EXPECT_EQ(
        count(where + " AND reason = 'Downsize' AND actor_user_id = " + std::to_string(m_staffId)),
        "1");
    EXPECT_NE(scalar("SELECT before_json FROM audit_log WHERE " + where)
                  .find("\"plan_id\":" + std::to_string(planId(client(), "silver"))),
              std::string::npos);
    EXPECT_NE(
        scalar("SELECT after_json FROM audit_log WHERE " + where).find("\"plan_id\":" + bronze),
        std::string::npos);
    EXPECT_NE(lastEmailTo(m_dir.path(), tenant.ownerEmail, "plan_changed").find("Bronze"),
              std::string::npos);
    const auto usage = client().get(
        "/api/tenants/organizations/" + tenant.organizationId + "/usage/", auth(tenant.ownerToken));
    EXPECT_NE(usage.body.find("\"plan\":\"bronze\""), std::string::npos) << usage.body;
}

TEST_F(AdminOrganizationsTest, BulkActionsReportEachIdAndReplayWithAnIdempotencyKey)
{
    const Tenant alpha = createTenant(*m_server, m_dir.path(), m_staff, "Alpha Backup");
    const Tenant bravo = createTenant(*m_server, m_dir.path(), m_staff, "Bravo Cloud");
    const Tenant charlie = createTenant(*m_server, m_dir.path(), m_staff, "Charlie Data");
    ASSERT_EQ(action(bravo, "cancel", R"({"reason":"Closed"})").status, 200);
    const std::string unknown = "00000000-0000-4000-8000-000000000000";

    const auto answer = staffPost("/api/admin/organizations/bulk/",
                                  R"({"action":"suspend","reason":"Datacenter audit","ids":[")" +
                                      alpha.organizationId + R"(",")" + bravo.organizationId +
                                      R"(",")" + alpha.organizationId + R"(",")" + unknown +
                                      R"(",")" + charlie.organizationId + R"("]})");
    ASSERT_EQ(answer.status, 200) << answer.body;
    const auto items = answer.json()->getArray("results");
    ASSERT_EQ(items->size(), 4u) << "duplicates dropped";
    EXPECT_EQ(items->getObject(0)->getValue<std::string>("id"), alpha.organizationId);
    EXPECT_TRUE(items->getObject(0)->getValue<bool>("ok"));
    EXPECT_EQ(items->getObject(0)->getObject("organization")->getValue<std::string>("status"),
              "suspended");
    EXPECT_FALSE(items->getObject(1)->getValue<bool>("ok"));
    EXPECT_EQ(items->getObject(1)->getValue<int>("status"), 409);
    EXPECT_EQ(items->getObject(1)->getValue<std::string>("code"), "illegal_transition");
    EXPECT_FALSE(items->getObject(1)->getValue<std::string>("detail").empty());
    EXPECT_EQ(items->getObject(2)->getValue<int>("status"), 404);
    EXPECT_TRUE(items->getObject(3)->getValue<bool>("ok")) << "a failure does not stop the rest";
    EXPECT_EQ(count("action = 'organization.suspended' AND reason = 'Datacenter audit'"), "2");
    EXPECT_EQ(scalar("SELECT status FROM organizations WHERE id = '" + bravo.organizationId + "'"),
              "cancelled");

    const std::string extend = R"({"action":"extend","days":7,"reason":"Goodwill","ids":[")" +
                               alpha.organizationId + R"("]})";
    const std::string endBefore = scalar("SELECT subscription_end FROM organizations WHERE id = '" +
                                         alpha.organizationId + "'");
    const auto once =
        staffPost("/api/admin/organizations/bulk/", extend, {{"Idempotency-Key", "bulk-extend-1"}});
    ASSERT_EQ(once.status, 200) << once.body;
    const auto replay =
        staffPost("/api/admin/organizations/bulk/", extend, {{"Idempotency-Key", "bulk-extend-1"}});
    EXPECT_EQ(replay.status, 200);
    EXPECT_EQ(replay.body, once.body);
    EXPECT_EQ(replay.header("Idempotent-Replayed"), "true");
    EXPECT_EQ(count("action = 'subscription.extended_by_staff'"), "1") << "extended once";
    EXPECT_GT(scalar("SELECT subscription_end FROM organizations WHERE id = '" +
                     alpha.organizationId + "'"),
              endBefore);

    const auto invalid = [&](const std::string& body, const std::string& field) {
        const auto refused = staffPost("/api/admin/organizations/bulk/", body);
        EXPECT_EQ(refused.status, 400) << body;
        EXPECT_TRUE(refused.status == 400 && refused.json()->has(field)) << refused.body;
    };
    invalid(R"({"action":"suspend","reason":"x","ids":[]})", "ids");
    invalid(R"({"action":"suspend","reason":"x"})", "ids");
    invalid(R"({"action":"suspend","reason":"x","ids":[1]})", "ids");
    invalid(R"({"action":"suspend","ids":[")" + alpha.organizationId + R"("]})", "reason");
    invalid(R"({"action":"delete","reason":"x","ids":[")" + alpha.organizationId + R"("]})",
            "action");
    invalid(R"({"action":"extend","reason":"x","ids":[")" + alpha.organizationId + R"("]})",
            "days");
    std::string many = R"({"action":"suspend","reason":"x","ids":[)";
    for (int i = 0; i < 501; ++i)
        many += (i == 0 ? "\"" : ",\"") + std::to_string(i) + "\"";
    invalid(many + "]}", "ids");
}

TEST_F(AdminOrganizationsTest, AuditLogFiltersByActorOrganizationActionAndTime)
{
    const Tenant alpha = createTenant(*m_server, m_dir.path(), m_staff, "Alpha Backup");
    const Tenant bravo = createTenant(*m_server, m_dir.path(), m_staff, "Bravo Cloud");
    advance(R"({"days":1})");
    const std::string since = now();
    ASSERT_EQ(action(alpha, "suspend", R"({"reason":"Unpaid"})").status, 200);
    ASSERT_EQ(action(alpha, "reactivate", R"({"reason":"Paid"})").status, 200);
    ASSERT_EQ(action(bravo, "suspend", R"({"reason":"Abuse"})").status, 200);

    const auto all = staffGet("/api/admin/audit-log/?since=" + since);
    const auto entries = results(all);
    ASSERT_EQ(entries->size(), 3u) << all.body;
    const auto newest = entries->getObject(0);
    EXPECT_EQ(newest->getValue<std::string>("action"), "organization.suspended");
    EXPECT_EQ(newest->getValue<std::string>("organization_id"), bravo.organizationId);
    EXPECT_EQ(newest->getObject("actor")->getValue<std::int64_t>("id"), m_staffId);
    EXPECT_EQ(newest->getObject("actor")->getValue<std::string>("email"), kStaffEmail);
    EXPECT_EQ(newest->getValue<std::string>("reason"), "Abuse");
    EXPECT_EQ(newest->getValue<std::string>("target_type"), "organization");
    EXPECT_EQ(newest->getObject("before")->getValue<std::string>("status"), "active");
    EXPECT_EQ(newest->getObject("after")->getValue<std::string>("status"), "suspended");
    EXPECT_FALSE(newest->getValue<std::string>("request_id").empty());
    EXPECT_GE(newest->getValue<std::string>("occurred_at"), since);
    EXPECT_EQ(entries->getObject(1)->getValue<std::string>("reason"), "Paid");

    EXPECT_EQ(results(staffGet("/api/admin/audit-log/?since=" + since +
                               "&organization=" + alpha.organizationId))
                  ->size(),
              2u);
    EXPECT_EQ(
        results(staffGet("/api/admin/audit-log/?action=organization.suspended&since=" + since))
            ->size(),
        2u);
    EXPECT_EQ(
        results(staffGet("/api/admin/audit-log/?action=organization.*&since=" + since))->size(),
        3u);
    EXPECT_EQ(
        results(staffGet("/api/admin/audit-log/?action=organization.&since=" + since))->size(), 0u)
        << "without * the action is exact";
    EXPECT_EQ(results(staffGet("/api/admin/audit-log/?actor=" + std::to_string(m_staffId) +
                               "&since=" + since))
                  ->size(),
              3u);
    EXPECT_EQ(
        results(staffGet("/api/admin/audit-log/?actor=STAFF%40example.com&since=" + since))->size(),
        3u);
    EXPECT_EQ(results(staffGet("/api/admin/audit-log/?actor=" + alpha.ownerEmail))->size(), 0u);
    const auto created = results(staffGet("/api/admin/audit-log/?action="
                                          "organization.created_by_staff&until=" +
                                          since));
    EXPECT_EQ(created->size(), 2u);
    EXPECT_TRUE(created->getObject(0)->isNull("before"));
    EXPECT_EQ(staffGet("/api/admin/audit-log/?since=never").status, 400);

    const auto paged = staffGet("/api/admin/audit-log/?page_size=1&since=" + since);
    EXPECT_EQ(paged.json()->getValue<int>("count"), 3);
    EXPECT_NE(paged.json()->getValue<std::string>("next").find("since="), std::string::npos);
}

TEST_F(AdminOrganizationsTest, OnlyStaffMayUseTheseRoutes)
{
    const Tenant tenant = createTenant(*m_server, m_dir.path(), m_staff, "Kribi Hosting");
    const std::string id = tenant.organizationId;
    const std::vector<std::string> reads{"/api/admin/organizations/",
                                         "/api/admin/organizations/" + id + "/",
                                         "/api/admin/audit-log/"};
    for (const std::string& path : reads) {
        EXPECT_EQ(client().get(path, auth(tenant.ownerToken)).status, 403) << path;
        EXPECT_EQ(client().get(path).status, 401) << path;
    }
    for (const std::string& path : std::vector<std::string>{
             "/api/admin/organizations/bulk/", "/api/admin/organizations/" + id + "/activate/",
             "/api/admin/organizations/" + id + "/extend/",
             "/api/admin/organizations/" + id + "/change_plan/"}) {
        const auto refused = client().post(path, R"({"reason":"x","days":1,"plan":1})",
                                           "application/json", auth(tenant.ownerToken));
        EXPECT_EQ(refused.status, 403) << path;
        EXPECT_EQ(refused.json()->getValue<std::string>("code"), "permission_denied");
    }
    EXPECT_EQ(count("action LIKE '%by_staff' AND action <> 'organization.created_by_staff'"), "0");
}

TEST_F(AdminOrganizationsTest, AHundredThousandOrganizationsListQuickly)
{
    const std::string silver = std::to_string(planId(client(), "silver"));
    // One transaction: ids 00000001-… to 00100000-…, names "Perf 000001" …, every 7th
    // suspended, every 3rd on Silver, updated one second apart.
    executeSql(database(),
               "BEGIN IMMEDIATE;"
               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
               "INSERT INTO organizations (id, name, slug, status, plan_id, billing_cycle, "
               "subscription_start, subscription_end, billing_anchor_day, contact_email, "
               "created_at, updated_at) SELECT printf('%08d-0000-4000-8000-%012d', i, i), "
               "printf('Perf %06d', i), printf('perf-%06d', i), "
               "CASE WHEN i % 7 = 0 THEN 'suspended' ELSE 'active' END, "
               "CASE WHEN i % 3 = 0 THEN " +
                   silver +
                   " ELSE NULL END, 'monthly', '2026-01-01T00:00:00Z', "
                   "'2026-02-01T00:00:00Z', 1, printf('contact%06d@perf.example.com', i), "
                   "'2026-01-01T00:00:00Z', "
                   "strftime('%Y-%m-%dT%H:%M:%SZ', '2025-01-01', '+' || i || ' seconds') FROM n;"
                   "COMMIT;");

    const auto timed = [&](const std::string& path) {
        const auto start = std::chrono::steady_clock::now();
        auto answer = staffGet(path);
        const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - start);
        std::cout << "[ timing ] GET " << path << ": " << elapsed.count() << " ms" << std::endl;
        return answer;
    };
    // i divisible by 21 (suspended, Silver): 100000 / 21 = 4761 rows; by name descending.
    const auto filtered = timed("/api/admin/organizations/?status=suspended&plan=silver"
                                "&ordering=-name&page_size=50");
    ASSERT_EQ(filtered.status, 200) << filtered.body;
    EXPECT_EQ(filtered.json()->getValue<int>("count"), 4761);
    const auto rows = results(filtered);
    ASSERT_EQ(rows->size(), 50u);
    EXPECT_EQ(rows->getObject(0)->getValue<std::string>("name"), "Perf 099981");
    EXPECT_EQ(rows->getObject(49)->getValue<std::string>("name"), "Perf 098952");

    const auto all = timed("/api/admin/organizations/?page_size=1000&page=100");
    EXPECT_EQ(all.json()->getValue<int>("count"), 100000);
    EXPECT_EQ(results(all)->getObject(999)->getValue<std::string>("name"), "Perf 100000");

    const auto search = timed("/api/admin/organizations/?q=contact054321");
    EXPECT_EQ(names(search), std::vector<std::string>{"Perf 054321"});

    const auto resumed =
        timed("/api/admin/organizations/?updated_since=2025-01-02T00:00:00Z&page_size=100");
    EXPECT_EQ(resumed.json()->getValue<int>("count"), 100000 - 86400);
    EXPECT_EQ(results(resumed)->getObject(0)->getValue<std::string>("name"), "Perf 086401");

    const auto byEnd = timed("/api/admin/organizations/?ordering=-subscription_end&status=active");
    EXPECT_EQ(byEnd.json()->getValue<int>("count"), 100000 - 100000 / 7);
}

} // namespace
} // namespace ebm::test
