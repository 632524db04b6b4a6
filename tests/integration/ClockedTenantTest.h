#pragma once

#include "DatabaseProbe.h"
#include "HttpClient.h"
#include "ServerProcess.h"
#include "TempDir.h"
#include "TenantFixture.h"

#include <Poco/JSON/Object.h>
#include <gtest/gtest.h>
#include <memory>
#include <string>

namespace ebm::test
{

// A server whose clock starts on 31 January 2024 at 10:00 (a monthly period bought then ends on
// 29 February, then on 31 March: a leap year and month ends), with the default plans, a staff
// member and one customer who bought Silver at the start (none when the name is empty); moves the
// clock, runs jobs as staff and reads the database, for the tests of the subscription's life
// over time.
class ClockedTenantTest : public ::testing::Test
{
protected:
    static inline const std::string kStart = "2024-01-31T10:00:00Z";

    explicit ClockedTenantTest(std::string tenantName)
        : m_tenantName(std::move(tenantName))
    {
    }

    void SetUp() override;
    // (Re)starts the server on the same data directory with these settings on top.
    void startServer(const ServerProcess::Environment& extra = {});

    HttpClient client() const
    {
        return m_server->client();
    }
    std::string database() const
    {
        return m_dir.file("ebm.sqlite3");
    }
    std::string sql(const std::string& query) const
    {
        return queryScalar(database(), query);
    }

    // Moves the server's clock; sessions expire meanwhile, so staff and owner sign in again.
    void advanceDays(int days);
    HttpResult startJob(const std::string& job = "check-expirations") const;
    // Runs the job, expects it to succeed and answers its "changes".
    Poco::JSON::Object::Ptr runJob(const std::string& job) const;
    Poco::JSON::Object::Ptr checkExpirations() const
    {
        return runJob("check-expirations");
    }
    // How many emails of this template the owner was sent.
    std::string emailsTo(const std::string& templateName) const;

    TempDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::string m_staff;
    Tenant m_tenant;

private:
    std::string m_tenantName;
};

} // namespace ebm::test
