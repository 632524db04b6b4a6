// The customer portal pages (/account/…) through the real server, signed in the way a browser
// is: the API's login token set as the ebm_session cookie of a cookie-keeping page client. One
// server and two Silver organizations bought by bank transfer serve the whole suite; each test
// leaves the subscription as it found it (or changes only what no other test reads).
#include "DatabaseProbe.h"
#include "PageClient.h"
#include "ServerProcess.h"
#include "TempDir.h"
#include "TenantFixture.h"

#include <gtest/gtest.h>
#include <memory>
#include <regex>

namespace ebm::test
{
namespace
{

constexpr std::size_t kMaxPageBytes = 100 * 1024;

class PortalPagesTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<TempDir>();
        seedPlansAndStaff(s_dir->path());
        s_server = std::make_unique<ServerProcess>(s_dir->path(), std::vector<std::string>{},
                                                   fastPasswords());
        s_http = std::make_unique<HttpClient>(s_server->client());
        s_staff = login(*s_http, kStaffEmail, kStaffPassword);
        s_a = purchaseTenant(*s_server, s_dir->path(), s_staff, "Douala Backup", "silver");
        s_b = purchaseTenant(*s_server, s_dir->path(), s_staff, "Yaounde Backup", "silver");
        s_viewerToken =
            addMember(*s_server, s_dir->path(), s_a, "viewer@douala.example.com", "viewer");
    }

    static void TearDownTestSuite()
    {
        s_http.reset();
        s_server.reset();
        s_dir.reset();
    }

    // A browser signed in with `token` (English pages unless a test asks otherwise).
    static std::unique_ptr<PageClient> browser(const std::string& token)
    {
        auto client = std::make_unique<PageClient>(*s_http);
        client->setCookie("ebm_session", token);
        client->setCookie("ebm_lang", "en");
        return client;
    }

    static std::string base(const Tenant& tenant = s_a)
    {
        return "/account/" + tenant.organizationId + "/";
    }

    static std::string database()
    {
        return s_dir->file("ebm.sqlite3");
    }

    static std::string organizationColumn(const std::string& column)
    {
        return queryScalar(database(), "SELECT " + column + " FROM organizations WHERE id = '" +
                                           s_a.organizationId + "'");
    }

    static std::unique_ptr<TempDir> s_dir;
    static std::unique_ptr<ServerProcess> s_server;
    static std::unique_ptr<HttpClient> s_http;
    static std::string s_staff;
    static Tenant s_a;
    static Tenant s_b;
    static std::string s_viewerToken;
};

std::unique_ptr<TempDir> PortalPagesTest::s_dir;
std::unique_ptr<ServerProcess> PortalPagesTest::s_server;
std::unique_ptr<HttpClient> PortalPagesTest::s_http;
std::string PortalPagesTest::s_staff;
Tenant PortalPagesTest::s_a;
Tenant PortalPagesTest::s_b;
std::string PortalPagesTest::s_viewerToken;

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

TEST_F(PortalPagesTest, OverviewShowsThePlanTheStatusAndAMeterPerQuota)
{
    auto owner = browser(s_a.ownerToken);
    const auto page = owner->get(base());
    ASSERT_EQ(page.status, 200) << page.body;
    EXPECT_EQ(page.header("Content-Type"), "text/html; charset=utf-8");
    EXPECT_TRUE(contains(page.body, "Douala Backup"));
    EXPECT_TRUE(contains(page.body, "Silver"));
    EXPECT_TRUE(contains(page.body, R"(<span class="status-badge active">Active</span>)"))
        << page.body;
    EXPECT_TRUE(contains(page.body, "Monthly"));
    for (const std::string metric : {"servers", "vms", "backups", "storage", "users"})
        EXPECT_TRUE(contains(page.body, R"(<meter aria-labelledby="meter-)" + metric + R"(")"))
            << metric;
    EXPECT_TRUE(contains(page.body, R"(<svg class="chart")"));
    EXPECT_TRUE(contains(page.body, R"(class="limit")")) << "the quota as a dashed line";
    EXPECT_TRUE(contains(page.body, R"(<a href="/account/)" + s_a.organizationId +
                                        R"(/" aria-current="page">Overview</a>)"))
        << page.body;
    EXPECT_FALSE(contains(page.body, "style=")) << "the CSP forbids inline styles";
    EXPECT_LT(page.body.size(), kMaxPageBytes);
}

TEST_F(PortalPagesTest, UsageChartFollowsTheChosenMetricAndIgnoresUnknownOnes)
{
    auto owner = browser(s_a.ownerToken);
    const auto storage = owner->get(base() + "?metric=storage");
    ASSERT_EQ(storage.status, 200);
    EXPECT_TRUE(contains(storage.body, "Backup storage over the last 30 days"));
    const auto unknown = owner->get(base() + "?metric=%3Cscript%3E");
    ASSERT_EQ(unknown.status, 200);
    EXPECT_TRUE(contains(unknown.body, "ESXi hosts over the last 30 days"));
    EXPECT_FALSE(contains(unknown.body, "<script>"));
}

TEST_F(PortalPagesTest, AccountSendsTheMemberOfOneOrganizationToIt)
{
    auto owner = browser(s_a.ownerToken);
    const auto answer = owner->get("/account/");
    EXPECT_EQ(answer.status, 303);
    EXPECT_EQ(answer.header("Location"), base());
}

TEST_F(PortalPagesTest, MembersOfSeveralOrganizationsGetAListAndASwitcher)
{
    addMember(*s_server, s_dir->path(), s_a, "both@example.com", "viewer");
    auto both = browser(addMember(*s_server, s_dir->path(), s_b, "both@example.com", "member"));
    const auto list = both->get("/account/");
    ASSERT_EQ(list.status, 200) << list.body;
    EXPECT_TRUE(contains(list.body, R"(<a href=")" + base() + R"(">Douala Backup</a>)"));
    EXPECT_TRUE(contains(list.body, R"(<a href=")" + base(s_b) + R"(">Yaounde Backup</a>)"));
    const auto page = both->get(base(s_b));
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, R"(<a href=")" + base(s_b) +
                                        R"(" aria-current="true">Yaounde Backup</a>)"))
        << page.body;
    EXPECT_TRUE(contains(page.body, R"(<a href=")" + base() + R"(">Douala Backup</a>)"));
}

TEST_F(PortalPagesTest, SignedOutVisitorsAreSentToSignIn)
{
    PageClient anonymous(*s_http);
    const auto answer = anonymous.get(base() + "members");
    EXPECT_EQ(answer.status, 303);
    const std::string location = answer.header("Location");
    EXPECT_EQ(location.rfind("/login?next=", 0), 0u) << location;
    EXPECT_TRUE(contains(location, "members")) << location;
}

TEST_F(PortalPagesTest, AnotherOrganizationsPagesAre404)
{
    auto intruder = browser(s_b.ownerToken);
    const std::string invoiceId = queryScalar(
        database(), "SELECT id FROM invoices WHERE organization_id = '" + s_a.organizationId + "'");
    const std::vector<std::string> paths{"",
                                         "settings",
                                         "members",
                                         "invoices",
                                         "payments",
                                         "plan",
                                         "invoices/" + invoiceId + "/pdf"};
    for (const std::string& path : paths) {
        const auto answer = intruder->get(base() + path);
        EXPECT_EQ(answer.status, 404) << path;
        EXPECT_EQ(answer.header("Content-Type"), "text/html; charset=utf-8") << path;
        EXPECT_FALSE(contains(answer.body, "Douala")) << path;
    }
    const auto foreignInvoice = intruder->get(base(s_b) + "invoices/" + invoiceId + "/pdf");
    EXPECT_EQ(foreignInvoice.status, 404) << "another organization's invoice in one's own path";
}

TEST_F(PortalPagesTest, OrganizationNamesAreEscaped)
{
    auto owner = browser(s_a.ownerToken);
    ASSERT_EQ(owner->get(base() + "settings").status, 200);
    const auto saved = owner->submit(base() + "settings", {{"name", "<script>alert(1)</script>"},
                                                           {"contact_email", s_a.ownerEmail},
                                                           {"contact_phone", "+237 6 99 00 11 22"},
                                                           {"locale", "fr"}});
    ASSERT_EQ(saved.status, 303) << saved.body;
    EXPECT_EQ(saved.header("Location"), base() + "settings?notice=settings_saved");
    const auto page = owner->get(base());
    EXPECT_TRUE(contains(page.body, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    EXPECT_FALSE(contains(page.body, "<script>alert(1)"));
    EXPECT_EQ(queryScalar(database(), "SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'organization.settings_updated'"),
              "1");
    ASSERT_EQ(owner->get(base() + "settings").status, 200);
    ASSERT_EQ(owner
                  ->submit(base() + "settings", {{"name", "Douala Backup"},
                                                 {"contact_email", s_a.ownerEmail},
                                                 {"contact_phone", ""},
                                                 {"locale", "fr"}})
                  .status,
              303);
}

TEST_F(PortalPagesTest, SettingsFormShowsATranslatedMessageUnderAnInvalidField)
{
    auto owner = browser(s_a.ownerToken);
    ASSERT_EQ(owner->get(base() + "settings").status, 200);
    const auto refused = owner->submit(base() + "settings", {{"name", ""},
                                                             {"contact_email", "not an email"},
                                                             {"contact_phone", "call me"},
                                                             {"locale", "de"}});
    ASSERT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "This field is required."));
    EXPECT_TRUE(contains(refused.body, "Enter a valid email address."));
    EXPECT_TRUE(contains(refused.body, "Enter a valid phone number"));
    EXPECT_TRUE(contains(refused.body, "Choose one of the languages offered."));
    EXPECT_TRUE(contains(refused.body, R"(value="not an email")")) << "what was typed stays";
    EXPECT_EQ(organizationColumn("name"), "Douala Backup");
}

TEST_F(PortalPagesTest, SettingsCanBeChangedThroughTheApi)
{
    const std::string path = "/api/tenants/organizations/" + s_a.organizationId + "/";
    const auto changed = s_http->send("PATCH", path, R"({"contact_phone":"+237 699 000 111"})",
                                      withJson(auth(s_a.ownerToken)));
    ASSERT_EQ(changed.status, 200) << changed.body;
    EXPECT_EQ(changed.json()->getValue<std::string>("contact_phone"), "+237 699 000 111");
    EXPECT_EQ(changed.json()->getValue<std::string>("name"), "Douala Backup");
    const auto invalid = s_http->send("PATCH", path, R"({"contact_email":"nope","locale":"de"})",
                                      withJson(auth(s_a.ownerToken)));
    ASSERT_EQ(invalid.status, 400) << invalid.body;
    EXPECT_TRUE(invalid.json()->has("contact_email")) << invalid.body;
    EXPECT_TRUE(invalid.json()->has("locale")) << invalid.body;
    const auto viewer =
        s_http->send("PATCH", path, R"({"name":"Mine now"})", withJson(auth(s_viewerToken)));
    EXPECT_EQ(viewer.status, 403) << viewer.body;
    EXPECT_EQ(organizationColumn("name"), "Douala Backup");
}

TEST_F(PortalPagesTest, InvitingThroughTheFormEmailsAndListsTheInvitedPerson)
{
    auto owner = browser(s_a.ownerToken);
    ASSERT_EQ(owner->get(base() + "members").status, 200);
    const auto sent = owner->submit(base() + "members/invite",
                                    {{"email", "ana@douala.example.com"}, {"role", "member"}});
    ASSERT_EQ(sent.status, 303) << sent.body;
    EXPECT_EQ(sent.header("Location"), base() + "members?notice=invited");
    EXPECT_EQ(queryScalar(database(), "SELECT template FROM email_outbox WHERE recipient = "
                                      "'ana@douala.example.com'"),
              "invitation");
    const auto listed = owner->get(base() + "members?notice=invited");
    EXPECT_TRUE(contains(listed.body, "ana@douala.example.com"));
    EXPECT_TRUE(contains(listed.body, "The invitation was sent."));
    EXPECT_TRUE(contains(listed.body, "Invited"));

    const auto again = owner->submit(base() + "members/invite",
                                     {{"email", "ana@douala.example.com"}, {"role", "member"}});
    EXPECT_EQ(again.status, 400);
    EXPECT_TRUE(contains(again.body, "already a member or has a pending invitation"));
}

TEST_F(PortalPagesTest, FormPostsWithoutTheRightCsrfTokenAre403AndChangeNothing)
{
    auto owner = browser(s_a.ownerToken);
    ASSERT_EQ(owner->get(base() + "members").status, 200);
    for (const std::string token : {"", "forged-token"}) {
        const auto refused = owner->submit(
            base() + "members/invite",
            {{"email", "mallory@douala.example.com"}, {"role", "owner"}, {"csrf_token", token}});
        EXPECT_EQ(refused.status, 403) << token;
        EXPECT_EQ(refused.header("Content-Type"), "text/html; charset=utf-8");
    }
    EXPECT_EQ(queryScalar(database(), "SELECT COUNT(*) FROM email_outbox WHERE recipient = "
                                      "'mallory@douala.example.com'"),
              "0");
    EXPECT_FALSE(contains(owner->get(base() + "members").body, "mallory@"));
}

TEST_F(PortalPagesTest, ViewersSeeNoWriteForms)
{
    auto viewer = browser(s_viewerToken);
    for (const std::string path : {"", "settings", "members", "plan", "invoices"}) {
        const auto page = viewer->get(base() + path);
        ASSERT_EQ(page.status, 200) << path;
        EXPECT_FALSE(contains(page.body, R"(action="/account/)")) << path;
        EXPECT_LT(page.body.size(), kMaxPageBytes) << path;
    }
    const auto refused =
        viewer->submit(base() + "members/invite", {{"email", "x@example.com"}, {"role", "viewer"}});
    EXPECT_EQ(refused.status, 403);
}

TEST_F(PortalPagesTest, InvoicesListTheTotalAndDownloadAsPdf)
{
    auto owner = browser(s_a.ownerToken);
    const auto list = owner->get(base() + "invoices");
    ASSERT_EQ(list.status, 200);
    EXPECT_TRUE(contains(list.body, "79.00 EUR")) << list.body;
    std::smatch link;
    ASSERT_TRUE(
        std::regex_search(list.body, link, std::regex(R"re(href="(/account/[^"]+/pdf)")re")))
        << list.body;
    const auto pdf = owner->get(link[1].str());
    ASSERT_EQ(pdf.status, 200);
    EXPECT_EQ(pdf.header("Content-Type"), "application/pdf");
    EXPECT_EQ(pdf.body.rfind("%PDF", 0), 0u);
    EXPECT_TRUE(contains(pdf.header("Content-Disposition"), "attachment; filename=\"INV-"));
}

TEST_F(PortalPagesTest, PaymentsShowTheMethodStatusAndAmount)
{
    auto owner = browser(s_a.ownerToken);
    const auto page = owner->get(base() + "payments");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Bank transfer"));
    EXPECT_TRUE(contains(page.body, R"(<span class="status-badge completed">Completed</span>)"));
    EXPECT_TRUE(contains(page.body, "79.00 EUR"));
}

TEST_F(PortalPagesTest, DowngradeRefusedWhileOverQuotaShowsEachMetric)
{
    std::vector<std::string> servers;
    for (const std::string host : {"esx1.douala.cm", "esx2.douala.cm", "esx3.douala.cm"}) {
        const auto created = s_http->post("/api/esxi/servers/",
                                          R"({"name":")" + host + R"(","host":")" + host +
                                              R"(","username":"root","password":"secret"})",
                                          "application/json", auth(s_a.ownerToken));
        ASSERT_EQ(created.status, 201) << created.body;
        servers.push_back(std::to_string(created.json()->getValue<std::int64_t>("id")));
    }
    auto owner = browser(s_a.ownerToken);
    const auto plans = owner->get(base() + "plan");
    ASSERT_EQ(plans.status, 200);
    EXPECT_TRUE(contains(plans.body, "at the end of the paid period")) << "Bronze is a downgrade";
    const auto refused =
        owner->submit(base() + "plan", {{"plan", std::to_string(planId(*s_http, "bronze"))},
                                        {"billing_cycle", "monthly"}});
    EXPECT_EQ(refused.status, 409);
    EXPECT_TRUE(contains(refused.body, "The Bronze plan allows less than"));
    EXPECT_TRUE(contains(refused.body, R"(data-metric="servers">ESXi hosts: 3 in use, the plan )"
                                       R"(allows 2 (1 too many).)"))
        << refused.body;
    EXPECT_EQ(organizationColumn("scheduled_plan_id"), "");
    for (const std::string& id : servers)
        s_http->send("DELETE", "/api/esxi/servers/" + id + "/", "", auth(s_a.ownerToken));
}

TEST_F(PortalPagesTest, UpgradeGoesToThePaymentOfItsOrder)
{
    auto owner = browser(s_a.ownerToken);
    const auto plans = owner->get(base() + "plan");
    EXPECT_TRUE(contains(plans.body, "Upgrade now: ")) << "the prorated amount before choosing";
    const auto ordered =
        owner->submit(base() + "plan", {{"plan", std::to_string(planId(*s_http, "gold"))},
                                        {"billing_cycle", "monthly"}});
    ASSERT_EQ(ordered.status, 303) << ordered.body;
    const std::string location = ordered.header("Location");
    ASSERT_EQ(location.rfind("/register/payment?order=", 0), 0u) << location;
    const std::string orderId = location.substr(location.find('=') + 1);
    EXPECT_EQ(
        queryScalar(database(), "SELECT kind || ' ' || status FROM orders WHERE id = " + orderId +
                                    " AND organization_id = '" + s_a.organizationId + "'"),
        "upgrade pending");
    EXPECT_EQ(queryScalar(database(), "SELECT slug FROM plans WHERE id = (SELECT plan_id FROM "
                                      "organizations WHERE id = '" +
                                          s_a.organizationId + "')"),
              "silver")
        << "nothing changes before the payment";
}

TEST_F(PortalPagesTest, CancelThenResume)
{
    auto owner = browser(s_a.ownerToken);
    ASSERT_EQ(owner->get(base() + "plan").status, 200);
    const auto cancelled = owner->submit(base() + "cancel", {});
    ASSERT_EQ(cancelled.status, 303) << cancelled.body;
    EXPECT_EQ(cancelled.header("Location"), base() + "plan?notice=cancelled");
    EXPECT_EQ(organizationColumn("cancel_at_period_end"), "1");
    const auto page = owner->get(base() + "plan?notice=cancelled");
    EXPECT_TRUE(contains(page.body, "Cancelled: the subscription ends on"));
    EXPECT_TRUE(contains(page.body, R"(action=")" + base() + R"(resume")"));
    const auto resumed = owner->submit(base() + "resume", {});
    ASSERT_EQ(resumed.status, 303) << resumed.body;
    EXPECT_EQ(resumed.header("Location"), base() + "plan?notice=resumed");
    EXPECT_EQ(organizationColumn("cancel_at_period_end"), "0");
    EXPECT_EQ(organizationColumn("auto_renew"), "1");
}

TEST_F(PortalPagesTest, RenewGoesToThePaymentOfTheRenewalOrder)
{
    auto owner = browser(s_b.ownerToken);
    ASSERT_EQ(owner->get(base(s_b) + "plan").status, 200);
    const auto renewed = owner->submit(base(s_b) + "renew", {{"billing_cycle", "yearly"}});
    ASSERT_EQ(renewed.status, 303) << renewed.body;
    const std::string location = renewed.header("Location");
    ASSERT_EQ(location.rfind("/register/payment?order=", 0), 0u) << location;
    EXPECT_EQ(
        queryScalar(database(), "SELECT kind || ' ' || billing_cycle FROM orders WHERE id = " +
                                    location.substr(location.find('=') + 1)),
        "renewal yearly");
}

TEST_F(PortalPagesTest, ASuspendedOrganizationStillReadsItsPagesAndCanRenew)
{
    const std::string admin = "/api/admin/organizations/" + s_b.organizationId + "/";
    ASSERT_EQ(
        s_http
            ->post(admin + "suspend/", R"({"reason":"unpaid"})", "application/json", auth(s_staff))
            .status,
        200);
    auto owner = browser(s_b.ownerToken);
    const auto overview = owner->get(base(s_b));
    EXPECT_EQ(overview.status, 200);
    EXPECT_TRUE(
        contains(overview.body, R"(<span class="status-badge suspended">Suspended</span>)"));
    EXPECT_TRUE(contains(overview.body, "Your organization is suspended."));
    EXPECT_FALSE(contains(overview.body, "unpaid")) << "staff's free text is not shown";
    const auto plan = owner->get(base(s_b) + "plan");
    EXPECT_TRUE(contains(plan.body, R"(action=")" + base(s_b) + R"(renew")"));
    EXPECT_FALSE(contains(plan.body, R"(action=")" + base(s_b) + R"(cancel")"));
    EXPECT_FALSE(contains(plan.body, R"(action=")" + base(s_b) + R"(plan")"));
    const auto members = owner->get(base(s_b) + "members");
    EXPECT_EQ(members.status, 200);
    EXPECT_FALSE(contains(members.body, "members/invite"));
    EXPECT_EQ(owner->submit(base(s_b) + "cancel", {}).status, 403);
    ASSERT_EQ(s_http->post(admin + "reactivate/", "{}", "application/json", auth(s_staff)).status,
              200);
}

TEST_F(PortalPagesTest, FrenchPagesSayTheirLanguage)
{
    PageClient french(*s_http);
    french.setCookie("ebm_session", s_a.ownerToken);
    const auto page = french.get(base() + "?lang=fr");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, R"(<html lang="fr">)"));
    EXPECT_EQ(page.header("Content-Language"), "fr");
}

} // namespace
} // namespace ebm::test
