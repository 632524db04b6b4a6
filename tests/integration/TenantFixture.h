#pragma once

// Helpers for suites that need signed-in tenants on a real server: seeding the plans and a staff
// account, staff-created organizations whose owner sets a password through the emailed link,
// invited members of any role, and the request headers to act as them.
//
// Typical use:
//     TempDir dir;
//     seedPlansAndStaff(dir.path());
//     ServerProcess server(dir.path(), {}, fastPasswords());
//     const std::string staff = login(server.client(), kStaffEmail, kStaffPassword);
//     const Tenant a = createTenant(server, dir.path(), staff, "Org A");          // Bronze
//     const Tenant b = createTenant(server, dir.path(), staff, "Org B", "silver");
//     server.client().get("/api/esxi/servers/", auth(a.ownerToken));
//
// Every helper throws std::runtime_error (with the server's answer) when a step fails, so a test
// fails with the reason instead of carrying on with an empty token.
#include "HttpClient.h"
#include "ServerProcess.h"

#include <cstdint>
#include <map>
#include <string>

namespace ebm::test
{

inline const std::string kStaffEmail = "staff@example.com";
inline const std::string kStaffPassword = "staff password 1";
// The password every owner and member created by these helpers signs in with.
inline const std::string kMemberPassword = "member password 1";

// An organization created by staff and its signed-in owner.
struct Tenant
{
    std::string organizationId;
    std::string name;
    std::string ownerEmail;
    std::string ownerToken;
};

// The environment for every ebm-server process of such a suite (commands included): PBKDF2 at
// 1000 iterations, so password hashing does not dominate test time.
const ServerProcess::Environment& fastPasswords();

// Runs `create-plans` and `create-staff` (kStaffEmail / kStaffPassword) in a data directory,
// before the server is started on it.
void seedPlansAndStaff(const std::string& dataDir);

// Signs in through POST /api/auth/login/ and returns the bearer token.
std::string login(const HttpClient& client, const std::string& email, const std::string& password);

// {"Authorization": "Bearer <token>"}, for HttpClient calls.
std::map<std::string, std::string> auth(const std::string& token);
// {"Authorization": "Api-Key <key>"}: an organization API key (the backup engine).
std::map<std::string, std::string> apiKeyAuth(const std::string& key);
// The same headers plus Content-Type: application/json, for PATCH/PUT through HttpClient::send.
std::map<std::string, std::string> withJson(std::map<std::string, std::string> headers);

// The id of a catalog plan by slug ("bronze", "silver", "gold").
std::int64_t planId(const HttpClient& client, const std::string& slug);

// The body of the newest email queued for `recipient` (table email_outbox of
// <dataDir>/ebm.sqlite3), and the token of the first "?token=" link in it.
std::string lastEmailTo(const std::string& dataDir, const std::string& recipient,
                        const std::string& templateName = "");
std::string tokenFromEmail(const std::string& body);

// A customer buys `plan` (monthly unless `billingCycle` says "yearly") as an anonymous order placed
// for "owner@<name as slug>.example.com"; staff record the bank transfer (POST
// /api/admin/orders/{id}/record_payment/), which provisions the organization; the owner sets
// kMemberPassword through the welcome email's link and signs in.
Tenant purchaseTenant(ServerProcess& server, const std::string& dataDir,
                      const std::string& staffToken, const std::string& name,
                      const std::string& plan = "bronze",
                      const std::string& billingCycle = "monthly");

// Staff create an active organization on `plan` (POST /api/admin/organizations/, monthly) with a
// new owner "owner@<name as slug>.example.com"; the owner sets kMemberPassword through the
// emailed set-password link and signs in.
Tenant createTenant(ServerProcess& server, const std::string& dataDir,
                    const std::string& staffToken, const std::string& name,
                    const std::string& plan = "bronze");

// The owner invites `email` with `role` (owner, admin, member, viewer); the invitation is
// accepted with kMemberPassword. Returns the new member's bearer token.
std::string addMember(ServerProcess& server, const std::string& dataDir, const Tenant& tenant,
                      const std::string& email, const std::string& role);

} // namespace ebm::test
