#include "TenantFixture.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <cctype>
#include <regex>
#include <sqlite3.h>
#include <sstream>
#include <stdexcept>

namespace ebm::test
{

namespace
{

std::string stringify(const Poco::JSON::Object& object)
{
    std::ostringstream out;
    object.stringify(out);
    return out.str();
}

HttpResult expectStatus(HttpResult result, int status, const std::string& step)
{
    if (result.status != status)
        throw std::runtime_error(step + ": expected " + std::to_string(status) + ", got " +
                                 std::to_string(result.status) + " " + result.body);
    return result;
}

std::string slugOf(const std::string& name)
{
    std::string slug;
    for (const unsigned char c : name)
        slug += std::isalnum(c) ? static_cast<char>(std::tolower(c)) : '-';
    return slug;
}

} // namespace

const ServerProcess::Environment& fastPasswords()
{
    static const ServerProcess::Environment environment{{"EBM_PASSWORD_ITERATIONS", "1000"}};
    return environment;
}

void seedPlansAndStaff(const std::string& dataDir)
{
    const auto plans = ServerProcess::run({"create-plans", "--data-dir=" + dataDir});
    if (plans.exitCode != 0)
        throw std::runtime_error("create-plans failed: " + plans.output);
    const auto staff = ServerProcess::run({"create-staff", "--email=" + kStaffEmail,
                                           "--password=" + kStaffPassword, "--data-dir=" + dataDir},
                                          fastPasswords());
    if (staff.exitCode != 0)
        throw std::runtime_error("create-staff failed: " + staff.output);
}

std::string login(const HttpClient& client, const std::string& email, const std::string& password)
{
    Poco::JSON::Object body;
    body.set("email", email);
    body.set("password", password);
    const auto answer =
        expectStatus(client.post("/api/auth/login/", stringify(body)), 200, "login " + email);
    return answer.json()->getValue<std::string>("token");
}

std::map<std::string, std::string> auth(const std::string& token)
{
    return {{"Authorization", "Bearer " + token}};
}

std::map<std::string, std::string> apiKeyAuth(const std::string& key)
{
    return {{"Authorization", "Api-Key " + key}};
}

std::map<std::string, std::string> withJson(std::map<std::string, std::string> headers)
{
    headers["Content-Type"] = "application/json";
    return headers;
}

std::int64_t planId(const HttpClient& client, const std::string& slug)
{
    const auto plans = expectStatus(client.get("/api/tenants/plans/"), 200, "list plans")
                           .json()
                           ->getArray("results");
    for (std::size_t i = 0; i < plans->size(); ++i) {
        const auto plan = plans->getObject(static_cast<unsigned>(i));
        if (plan->getValue<std::string>("slug") == slug)
            return plan->getValue<std::int64_t>("id");
    }
    throw std::runtime_error("no plan with slug " + slug);
}

std::string lastEmailTo(const std::string& dataDir, const std::string& recipient,
                        const std::string& templateName)
{
    sqlite3* db = nullptr;
    std::string body;
    if (sqlite3_open_v2((dataDir + "/ebm.sqlite3").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        sqlite3_stmt* statement = nullptr;
        const char* sql =
            "SELECT body_text FROM email_outbox WHERE recipient = ? AND (? = '' OR template = ?) "
            "ORDER BY id DESC LIMIT 1";
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK) {
            sqlite3_bind_text(statement, 1, recipient.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(statement, 2, templateName.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(statement, 3, templateName.c_str(), -1, SQLITE_TRANSIENT);
            if (sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0))
                body = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    if (body.empty())
        throw std::runtime_error("no email queued for " + recipient);
    return body;
}

std::string tokenFromEmail(const std::string& body)
{
    static const std::regex link(R"(\?token=([A-Za-z0-9_-]+))");
    std::smatch match;
    if (!std::regex_search(body, match, link))
        throw std::runtime_error("no token link in email: " + body);
    return match[1].str();
}

Tenant createTenant(ServerProcess& server, const std::string& dataDir,
                    const std::string& staffToken, const std::string& name, const std::string& plan)
{
    const HttpClient client = server.client();
    Tenant tenant;
    tenant.name = name;
    tenant.ownerEmail = "owner@" + slugOf(name) + ".example.com";
    Poco::JSON::Object request;
    request.set("name", name);
    request.set("contact_email", tenant.ownerEmail);
    request.set("plan", planId(client, plan));
    request.set("billing_cycle", "monthly");
    request.set("owner_email", tenant.ownerEmail);
    const auto created = expectStatus(client.post("/api/admin/organizations/", stringify(request),
                                                  "application/json", auth(staffToken)),
                                      201, "create organization " + name);
    tenant.organizationId = created.json()->getValue<std::string>("id");

    Poco::JSON::Object confirm;
    confirm.set("token", tokenFromEmail(lastEmailTo(dataDir, tenant.ownerEmail)));
    confirm.set("password", kMemberPassword);
    expectStatus(client.post("/api/auth/password-reset/confirm/", stringify(confirm)), 200,
                 "set the owner's password of " + name);
    tenant.ownerToken = login(client, tenant.ownerEmail, kMemberPassword);
    return tenant;
}

Tenant purchaseTenant(ServerProcess& server, const std::string& dataDir,
                      const std::string& staffToken, const std::string& name,
                      const std::string& plan, const std::string& billingCycle)
{
    const HttpClient client = server.client();
    Tenant tenant;
    tenant.name = name;
    tenant.ownerEmail = "owner@" + slugOf(name) + ".example.com";
    Poco::JSON::Object customer;
    customer.set("name", "Owner of " + name);
    customer.set("company", name);
    customer.set("email", tenant.ownerEmail);
    Poco::JSON::Object order;
    order.set("plan", planId(client, plan));
    order.set("billing_cycle", billingCycle);
    order.set("customer", customer);
    const auto placed = expectStatus(client.post("/api/tenants/orders/", stringify(order)), 201,
                                     "order for " + name)
                            .json();
    Poco::JSON::Object payment;
    payment.set("amount", placed->getValue<std::string>("total"));
    payment.set("currency", placed->getValue<std::string>("currency"));
    const auto paid = expectStatus(
        client.post("/api/admin/orders/" + std::to_string(placed->getValue<std::int64_t>("id")) +
                        "/record_payment/",
                    stringify(payment), "application/json", auth(staffToken)),
        200, "record the payment of " + name);
    tenant.organizationId = paid.json()->getValue<std::string>("organization");

    Poco::JSON::Object confirm;
    confirm.set("token", tokenFromEmail(lastEmailTo(dataDir, tenant.ownerEmail, "welcome")));
    confirm.set("password", kMemberPassword);
    expectStatus(client.post("/api/auth/password-reset/confirm/", stringify(confirm)), 200,
                 "set the owner's password of " + name);
    tenant.ownerToken = login(client, tenant.ownerEmail, kMemberPassword);
    return tenant;
}

std::string addMember(ServerProcess& server, const std::string& dataDir, const Tenant& tenant,
                      const std::string& email, const std::string& role)
{
    const HttpClient client = server.client();
    Poco::JSON::Object invitation;
    invitation.set("email", email);
    invitation.set("role", role);
    expectStatus(
        client.post("/api/tenants/organizations/" + tenant.organizationId + "/invite_member/",
                    stringify(invitation), "application/json", auth(tenant.ownerToken)),
        201, "invite " + email);
    Poco::JSON::Object accept;
    accept.set("token", tokenFromEmail(lastEmailTo(dataDir, email)));
    accept.set("name", email);
    accept.set("password", kMemberPassword);
    const auto accepted =
        expectStatus(client.post("/api/tenants/invitations/accept/", stringify(accept)), 200,
                     "accept the invitation of " + email);
    return accepted.json()->getValue<std::string>("token");
}

} // namespace ebm::test
