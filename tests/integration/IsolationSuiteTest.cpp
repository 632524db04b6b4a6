// Tenant isolation, generated from the server's own route table (`ebm-server routes`), so a
// route added tomorrow is checked the day it is added. Two Silver organizations hold one of every
// tenant-owned resource; for every tenant route and method:
//   no credentials → 401; a spoofed X-Organization-ID → 403; the other organization's ids → 404;
//   a viewer's writes → 403; lists never show the other organization's data.
// Staff routes refuse customers. Finally no password, token, API key or ESXi secret appears in
// the server log, nor in any answer other than the one that hands it out.
// Web pages ("page": true) are called the way a browser does: the same token as the ebm_session
// cookie (never the Authorization header), forms urlencoded with a valid CSRF token; a signed-out
// visitor is sent to /login (303) instead of 401.
#include "PageClient.h"
#include "ServerProcess.h"
#include "TempDir.h"
#include "TenantFixture.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>
#include <memory>
#include <set>

namespace ebm::test
{
namespace
{

using Poco::JSON::Object;

const std::string kEsxiPassword = "esxi-root-secret-Zq81";

// The ids of one organization's resources, by the names routes declare.
struct Holdings
{
    Tenant tenant;
    std::map<std::string, std::string> resources; // resource kind → id
    std::string memberId;
    std::string apiKey;
    std::string webhookSecret;
};

struct Route
{
    std::string method;
    std::string pattern;
    std::string access;
    std::string permission;
    std::string resource;
    std::string organizationParam;
    bool page = false;
};

class IsolationSuiteTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<TempDir>();
        seedPlansAndStaff(s_dir->path());
        s_server = std::make_unique<ServerProcess>(s_dir->path(), std::vector<std::string>{},
                                                   fastPasswords());
        s_staffToken = login(s_server->client(), kStaffEmail, kStaffPassword);
        s_a = holdingsFor("Alpha Org");
        s_b = holdingsFor("Bravo Org");
        s_viewerToken =
            addMember(*s_server, s_dir->path(), s_a.tenant, "viewer@alpha.example.com", "viewer");
        s_routes = loadRoutes();
        loadCsrfPair();
    }

    // A CSRF nonce cookie and its form token, as a browser gets them from any page with a form.
    static void loadCsrfPair()
    {
        const HttpClient http = s_server->client();
        PageClient browser(http);
        browser.setCookie("ebm_session", s_a.tenant.ownerToken);
        const auto page = browser.get("/account/" + s_a.tenant.organizationId + "/settings");
        s_csrfNonce = browser.cookie("ebm_csrf");
        s_csrfToken = browser.csrfToken();
        if (page.status != 200 || s_csrfNonce.empty() || s_csrfToken.empty())
            throw std::runtime_error("no CSRF token on the settings page: " +
                                     std::to_string(page.status));
    }

    // Calls a route as its kind of client does: API routes with `token` as a Bearer token and a
    // JSON body, page routes with it as the session cookie and `body` as urlencoded form fields
    // plus a valid CSRF token. An empty token sends no credentials.
    static HttpResult callAs(const Route& route, const std::string& path, const std::string& body,
                             const std::string& token,
                             std::map<std::string, std::string> headers = {})
    {
        if (!route.page) {
            if (!token.empty())
                headers.merge(auth(token));
            return call(route.method, path, body, headers);
        }
        headers["Accept"] = "text/html";
        headers["Cookie"] =
            "ebm_csrf=" + s_csrfNonce + (token.empty() ? std::string() : "; ebm_session=" + token);
        if (route.method == "GET")
            return call("GET", path, "", headers, true);
        headers["Content-Type"] = "application/x-www-form-urlencoded";
        const std::string form = "csrf_token=" + s_csrfToken + (body.empty() ? "" : "&" + body);
        HttpResult result = s_server->client().send(route.method, path, form, headers);
        s_answers += result.body + "\n";
        return result;
    }

    static void TearDownTestSuite()
    {
        s_server.reset();
        s_dir.reset();
    }

    static HttpResult call(const std::string& method, const std::string& path,
                           const std::string& body, std::map<std::string, std::string> headers,
                           bool record = true)
    {
        if (method != "GET" && method != "DELETE")
            headers["Content-Type"] = "application/json";
        HttpResult result =
            s_server->client().send(method, path, method == "GET" ? "" : body, headers);
        if (record)
            s_answers += result.body + "\n";
        return result;
    }

    static std::string createdId(const std::string& path, const std::string& body,
                                 const std::string& token, bool record = true)
    {
        const auto result = call("POST", path, body, auth(token), record);
        if (result.status != 201)
            throw std::runtime_error("POST " + path + " → " + std::to_string(result.status) + " " +
                                     result.body);
        return std::to_string(result.json()->getValue<std::int64_t>("id"));
    }

    static Holdings holdingsFor(const std::string& name)
    {
        Holdings h;
        h.tenant = purchaseTenant(*s_server, s_dir->path(), s_staffToken, name, "silver");
        const std::string token = h.tenant.ownerToken;
        h.resources["organization"] = h.tenant.organizationId;
        const auto invoices =
            call("GET", "/api/tenants/invoices/", "", auth(token)).json()->getArray("results");
        h.resources["invoice"] =
            std::to_string(invoices->getObject(0)->getValue<std::int64_t>("id"));
        h.resources["payment"] = firstId("/api/tenants/payments/", token);
        h.resources["esxi_server"] = createdId(
            "/api/esxi/servers/",
            R"({"name":")" + name + R"( host","host":"esx.)" +
                h.tenant.organizationId.substr(0, 8) +
                R"(.example.com","username":"root","password":")" + kEsxiPassword + R"("})",
            token);
        h.resources["vm"] = createdId("/api/esxi/vms/",
                                      R"({"server_id":)" + h.resources["esxi_server"] +
                                          R"(,"name":")" + name + R"( vm"})",
                                      token);
        h.resources["backup_job"] = createdId("/api/esxi/jobs/",
                                              R"({"name":")" + name +
                                                  R"( nightly","schedule":"0 2 * * *",)"
                                                  R"("retention_days":7,"vm_ids":[)" +
                                                  h.resources["vm"] + "]}",
                                              token);
        h.resources["backup"] =
            createdId("/api/esxi/backups/",
                      R"({"job_id":)" + h.resources["backup_job"] +
                          R"(,"started_at":"2026-01-01T00:00:00Z","status":"succeeded",)"
                          R"("size_bytes":1000})",
                      token);
        const auto key =
            call("POST", "/api/tenants/api-keys/", R"({"name":"engine"})", auth(token), false);
        h.resources["api_key"] = std::to_string(key.json()->getValue<std::int64_t>("id"));
        h.apiKey = key.json()->getValue<std::string>("key");
        const auto hook =
            call("POST", "/api/tenants/webhooks/",
                 R"({"url":"https://hooks.example.com/)" + name.substr(0, 5) + R"("})", auth(token),
                 false);
        h.resources["webhook"] = std::to_string(hook.json()->getValue<std::int64_t>("id"));
        h.webhookSecret = hook.json()->getValue<std::string>("secret");
        h.resources["notification"] = firstId("/api/tenants/notifications/", token);
        const auto days =
            call("GET", "/api/tenants/usage-metrics/", "", auth(token)).json()->getArray("results");
        h.resources["usage_metric"] =
            std::to_string(days->getObject(0)->getValue<std::int64_t>("id"));
        const auto members =
            call("GET", "/api/tenants/organizations/" + h.tenant.organizationId + "/members/", "",
                 auth(token))
                .json()
                ->getArray("results");
        h.memberId = std::to_string(members->getObject(0)->getValue<std::int64_t>("id"));
        return h;
    }

    // The id of the first item of a list the owner reads.
    static std::string firstId(const std::string& path, const std::string& token)
    {
        const auto result = call("GET", path, "", auth(token));
        const auto items = result.status == 200 ? result.json()->getArray("results") : nullptr;
        if (!items || items->size() == 0)
            throw std::runtime_error("GET " + path + " → " + std::to_string(result.status) + " " +
                                     result.body);
        return std::to_string(items->getObject(0)->getValue<std::int64_t>("id"));
    }

    static std::vector<Route> loadRoutes()
    {
        const auto listed =
            ServerProcess::run({"routes", "--data-dir=" + s_dir->path()}, fastPasswords());
        if (listed.exitCode != 0)
            throw std::runtime_error("routes failed: " + listed.output);
        const auto array = Poco::JSON::Parser()
                               .parse(listed.output.substr(listed.output.find('[')))
                               .extract<Poco::JSON::Array::Ptr>();
        std::vector<Route> routes;
        for (std::size_t i = 0; i < array->size(); ++i) {
            const auto entry = array->getObject(static_cast<unsigned>(i));
            routes.push_back(
                {entry->getValue<std::string>("method"), entry->getValue<std::string>("pattern"),
                 entry->getValue<std::string>("access"), entry->getValue<std::string>("permission"),
                 entry->getValue<std::string>("resource"),
                 entry->getValue<std::string>("organization_param"),
                 entry->getValue<bool>("page")});
        }
        return routes;
    }

    static std::vector<Route> routesWithAccess(const std::string& access)
    {
        std::vector<Route> selected;
        for (const Route& route : s_routes) {
            if (route.access == access)
                selected.push_back(route);
        }
        return selected;
    }

    static bool hasPathParameters(const Route& route)
    {
        return route.pattern.find('{') != std::string::npos;
    }

    // The route's path with `holdings`' ids in every parameter: the organization's from
    // `holdings`, those of the resources under it from `inner` (default: the same).
    static std::string pathFor(const Route& route, const Holdings& holdings,
                               const Holdings* inner = nullptr)
    {
        const Holdings& owned = inner ? *inner : holdings;
        std::string path = route.pattern;
        const auto replace = [&path](const std::string& parameter, const std::string& value) {
            const auto at = path.find("{" + parameter + "}");
            if (at != std::string::npos)
                path.replace(at, parameter.size() + 2, value);
        };
        if (!route.organizationParam.empty())
            replace(route.organizationParam, holdings.tenant.organizationId);
        replace("member_id", owned.memberId);
        replace("invoice_id", owned.resources.at("invoice"));
        replace("notification_id", owned.resources.at("notification"));
        if (!route.resource.empty() && holdings.resources.count(route.resource))
            replace("id", holdings.resources.at(route.resource));
        return path;
    }

    // A body valid for the route, so only the access rule under test can make it fail.
    static std::string bodyFor(const Route& route, const Holdings& holdings)
    {
        const std::string key = route.method + " " + route.pattern;
        const std::map<std::string, std::string> bodies{
            {"POST /api/esxi/servers/",
             R"({"name":"extra","host":"extra.example.com","username":"root","password":"x"})"},
            {"PATCH /api/esxi/servers/{id}/", R"({"name":"renamed"})"},
            {"POST /api/esxi/vms/",
             R"({"server_id":)" + holdings.resources.at("esxi_server") + R"(,"name":"x"})"},
            {"PATCH /api/esxi/vms/{id}/", R"({"name":"renamed"})"},
            {"POST /api/esxi/jobs/",
             R"({"name":"x","schedule":"@daily","retention_days":7,"vm_ids":[]})"},
            {"PATCH /api/esxi/jobs/{id}/", R"({"name":"renamed"})"},
            {"POST /api/esxi/backups/",
             R"({"job_id":)" + holdings.resources.at("backup_job") +
                 R"(,"started_at":"2026-01-02T00:00:00Z","status":"failed",)"
                 R"("size_bytes":0})"},
            {"POST /api/tenants/api-keys/", R"({"name":"another"})"},
            {"POST /api/tenants/webhooks/", R"({"url":"https://hooks.example.com/more"})"},
            {"PATCH /api/tenants/webhooks/{id}/", R"({"description":"renamed"})"},
            {"POST /api/tenants/organizations/{id}/invite_member/",
             R"({"email":"x@example.com","role":"viewer"})"},
            {"PATCH /api/tenants/organizations/{id}/members/{member_id}/", R"({"role":"owner"})"},
            {"PATCH /api/tenants/organizations/{id}/", R"({"name":"renamed"})"},
            {"POST /account/{id}/settings",
             "name=renamed&contact_email=x%40example.com&contact_phone=&locale=fr"},
            {"POST /account/{id}/members/invite", "email=x%40example.com&role=viewer"},
            {"POST /account/{id}/members/{member_id}/role", "role=owner"},
            {"POST /account/{id}/renew", "billing_cycle=monthly"}};
        const auto found = bodies.find(key);
        return found != bodies.end() ? found->second : route.page ? "" : "{}";
    }

    static std::string describe(const Route& route)
    {
        return route.method + " " + route.pattern;
    }

    static std::unique_ptr<TempDir> s_dir;
    static std::unique_ptr<ServerProcess> s_server;
    static std::string s_staffToken;
    static Holdings s_a;
    static Holdings s_b;
    static std::string s_viewerToken;
    static std::vector<Route> s_routes;
    static std::string s_answers; // every answer except those that hand out a token or key
    static std::string s_csrfNonce;
    static std::string s_csrfToken;
};

std::unique_ptr<TempDir> IsolationSuiteTest::s_dir;
std::unique_ptr<ServerProcess> IsolationSuiteTest::s_server;
std::string IsolationSuiteTest::s_staffToken;
Holdings IsolationSuiteTest::s_a;
Holdings IsolationSuiteTest::s_b;
std::string IsolationSuiteTest::s_viewerToken;
std::vector<Route> IsolationSuiteTest::s_routes;
std::string IsolationSuiteTest::s_answers;
std::string IsolationSuiteTest::s_csrfNonce;
std::string IsolationSuiteTest::s_csrfToken;

TEST_F(IsolationSuiteTest, TheRouteTableHasTenantRoutesAndEachParameterIsKnown)
{
    const auto tenantRoutes = routesWithAccess("tenant");
    EXPECT_GE(tenantRoutes.size(), 20u);
    for (const Route& route : tenantRoutes) {
        if (!hasPathParameters(route))
            continue;
        const std::string path = pathFor(route, s_a);
        EXPECT_EQ(path.find('{'), std::string::npos)
            << describe(route) << ": declare its resource (and give this suite a fixture for it)";
    }
}

TEST_F(IsolationSuiteTest, EveryTenantRouteNeedsCredentials)
{
    for (const Route& route : routesWithAccess("tenant")) {
        const auto result = callAs(route, pathFor(route, s_a), bodyFor(route, s_a), "");
        if (route.page) {
            EXPECT_EQ(result.status, 303) << describe(route) << " " << result.body;
            EXPECT_EQ(result.header("Location").rfind("/login?next=", 0), 0u) << describe(route);
            continue;
        }
        EXPECT_EQ(result.status, 401) << describe(route) << " " << result.body;
    }
}

TEST_F(IsolationSuiteTest, SpoofedOrganizationHeaderIs403)
{
    for (const Route& route : routesWithAccess("tenant")) {
        const auto result =
            callAs(route, pathFor(route, s_a), bodyFor(route, s_a), s_a.tenant.ownerToken,
                   {{"X-Organization-ID", s_b.tenant.organizationId}});
        EXPECT_EQ(result.status, 403) << describe(route) << " " << result.body;
    }
}

TEST_F(IsolationSuiteTest, AnotherOrganizationsIdsAre404)
{
    int checked = 0;
    for (const Route& route : routesWithAccess("tenant")) {
        if (!hasPathParameters(route))
            continue;
        const auto result =
            callAs(route, pathFor(route, s_b), bodyFor(route, s_a), s_a.tenant.ownerToken);
        EXPECT_EQ(result.status, 404) << describe(route) << " " << result.body;
        ++checked;
    }
    EXPECT_GE(checked, 15);
}

TEST_F(IsolationSuiteTest, AnotherOrganizationsIdsUnderOnesOwnOrganizationAre404)
{
    int checked = 0;
    for (const Route& route : routesWithAccess("tenant")) {
        if (route.pattern.find("{member_id}") == std::string::npos &&
            route.pattern.find("{invoice_id}") == std::string::npos &&
            route.pattern.find("{notification_id}") == std::string::npos)
            continue;
        const auto result =
            callAs(route, pathFor(route, s_a, &s_b), bodyFor(route, s_a), s_a.tenant.ownerToken);
        EXPECT_EQ(result.status, 404) << describe(route) << " " << result.body;
        ++checked;
    }
    EXPECT_GE(checked, 2);
}

TEST_F(IsolationSuiteTest, ViewersCannotWrite)
{
    for (const Route& route : routesWithAccess("tenant")) {
        if (route.method == "GET" || route.permission == "read")
            continue;
        const auto result = callAs(route, pathFor(route, s_a), bodyFor(route, s_a), s_viewerToken);
        EXPECT_EQ(result.status, 403) << describe(route) << " " << result.body;
        if (result.status == 403 && !route.page) {
            EXPECT_EQ(result.json()->getValue<std::string>("code"), "permission_denied")
                << describe(route);
        }
    }
}

TEST_F(IsolationSuiteTest, EveryTenantWriteNeedsMoreThanRead)
{
    for (const Route& route : routesWithAccess("tenant")) {
        if (route.method != "GET") {
            EXPECT_NE(route.permission, "read") << describe(route) << ": a viewer could call it";
        }
    }
}

TEST_F(IsolationSuiteTest, ListsNeverShowAnotherOrganizationsData)
{
    for (const Route& route : routesWithAccess("tenant")) {
        if (route.method != "GET" || hasPathParameters(route))
            continue;
        const auto result = call("GET", route.pattern, "", auth(s_a.tenant.ownerToken));
        EXPECT_EQ(result.status, 200) << describe(route) << " " << result.body;
        EXPECT_EQ(result.body.find(s_b.tenant.organizationId), std::string::npos)
            << describe(route);
        EXPECT_EQ(result.body.find("Bravo"), std::string::npos)
            << describe(route) << " " << result.body;
    }
    const auto mine = call("GET", "/api/tenants/organizations/", "", auth(s_a.tenant.ownerToken));
    EXPECT_EQ(mine.body.find(s_b.tenant.organizationId), std::string::npos);
}

TEST_F(IsolationSuiteTest, ApiKeysStayInTheirOrganization)
{
    const auto own = call("GET", "/api/esxi/backups/", "", apiKeyAuth(s_a.apiKey));
    EXPECT_EQ(own.status, 200) << own.body;
    EXPECT_EQ(own.body.find("Bravo"), std::string::npos);
    auto spoofed = apiKeyAuth(s_a.apiKey);
    spoofed["X-Organization-ID"] = s_b.tenant.organizationId;
    EXPECT_EQ(call("GET", "/api/esxi/backups/", "", spoofed).status, 403);
    EXPECT_EQ(call("GET", "/api/esxi/backups/" + s_b.resources.at("backup") + "/", "",
                   apiKeyAuth(s_a.apiKey))
                  .status,
              403)
        << "backup detail is not an API-key route";
}

TEST_F(IsolationSuiteTest, StaffRoutesRefuseCustomers)
{
    for (const Route& route : routesWithAccess("staff")) {
        EXPECT_EQ(call(route.method, route.pattern, "{}", {}).status, 401) << describe(route);
        const auto customer = call(route.method, route.pattern, "{}", auth(s_a.tenant.ownerToken));
        EXPECT_EQ(customer.status, 403) << describe(route) << " " << customer.body;
    }
}

TEST_F(IsolationSuiteTest, NoSecretInTheLogOrInAnyAnswer)
{
    for (const Route& route : s_routes) {
        if (route.method == "GET" && route.access != "public")
            callAs(route, pathFor(route, s_a), "",
                   route.access == "staff" ? s_staffToken : s_a.tenant.ownerToken);
    }
    const std::string log = s_server->log();
    ASSERT_FALSE(log.empty());
    const std::vector<std::pair<std::string, std::string>> secrets{
        {"member password", kMemberPassword},
        {"staff password", kStaffPassword},
        {"ESXi password", kEsxiPassword},
        {"staff token", s_staffToken},
        {"owner token", s_a.tenant.ownerToken},
        {"viewer token", s_viewerToken},
        {"API key", s_a.apiKey},
        {"other API key", s_b.apiKey},
        {"webhook secret", s_a.webhookSecret},
        {"other webhook secret", s_b.webhookSecret}};
    for (const auto& [what, secret] : secrets) {
        EXPECT_EQ(log.find(secret), std::string::npos) << what << " found in the server log";
        EXPECT_EQ(s_answers.find(secret), std::string::npos) << what << " found in an answer";
    }
    for (const std::string stored :
         {"pbkdf2_sha256$", "\"v1:", "password_hash", "key_hash", "token_hash"})
        EXPECT_EQ(s_answers.find(stored), std::string::npos) << stored << " found in an answer";
}

} // namespace
} // namespace ebm::test
