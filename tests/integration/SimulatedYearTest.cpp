// The issue's acceptance test: a simulated year for five organizations under the moved clock.
// From 31 January 2024 the clock moves one day at a time for 365 days; each day staff run
// check-expirations, generate-invoices, process-renewals and reconcile-payments (every 7th day
// three concurrent starts of each and a repeated run that must change nothing), and the customers
// pay by bank transfer, approved by staff, on the days their scenario says:
//   A  monthly Bronze, pays each renewal 5 days before the end;
//   B  yearly Bronze, pays its renewal 2 days before the end;
//   C  monthly Bronze, pays each renewal 3 days late (within the 7 grace days);
//   D  monthly Bronze, never pays after the first period (overdue, suspended, expired);
//   E  monthly Bronze, upgrades to Silver on 15 April, pays each renewal the day it is invoiced.
// At the end every email, invoice, suspension and expiry in the database is compared with the
// table below, reasoned from the rules of API.md (reminders 7/3/1 days before the end, invoices 7
// lead days ahead, grace 7 days, expiry 30 days after the end), with exact equality: a missing or
// duplicated row fails.
#include "ClockedTenantTest.h"
#include "DatabaseProbe.h"
#include "ServerProcess.h"
#include "TempDir.h"
#include "TenantFixture.h"

#include <Poco/JSON/Object.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <future>
#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace ebm::test
{
namespace
{

// Every organization buys at 10:00 on 31 January 2024 (the fixture's start), so its periods are
// anchored on the 31st.
const std::string kFirstDay = "2024-01-31";
constexpr int kDays = 365; // the last simulated day is 30 January 2025
constexpr int kRepeatEvery = 7;
constexpr int kConcurrentStarts = 3;

const std::vector<std::string> kJobs = {"check-expirations", "generate-invoices",
                                        "process-renewals", "reconcile-payments"};

// The ends of a monthly period anchored on the 31st: the month's last day when it is shorter.
const std::vector<std::string> kMonthlyEnds = {
    "2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31", "2024-06-30", "2024-07-31",
    "2024-08-31", "2024-09-30", "2024-10-31", "2024-11-30", "2024-12-31", "2025-01-31"};
const std::string kYearlyEnd = "2025-01-31";
const std::string kEUpgradeDay = "2024-04-15";

// The day `days` after (or before) a YYYY-MM-DD day.
std::string shiftDay(const std::string& date, int days)
{
    using namespace std::chrono;
    const year_month_day from{year{std::stoi(date.substr(0, 4))},
                              month{static_cast<unsigned>(std::stoi(date.substr(5, 2)))},
                              day{static_cast<unsigned>(std::stoi(date.substr(8, 2)))}};
    const year_month_day to{sys_days{from} + std::chrono::days{days}};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(to.year()),
                  static_cast<unsigned>(to.month()), static_cast<unsigned>(to.day()));
    return text;
}

// (days from a period's end, what happens) — a per-period pattern of an organization.
using Pattern = std::vector<std::pair<int, std::string>>;

// "<org> <day> <what>" for each pattern step around each end.
void addAroundEnds(std::vector<std::string>& rows, const std::string& org,
                   const std::vector<std::string>& ends, const Pattern& pattern)
{
    for (const std::string& end : ends)
        for (const auto& [offset, what] : pattern)
            rows.push_back(org + " " + shiftDay(end, offset) + " " + what);
}

std::vector<std::string> endsBetween(std::size_t first, std::size_t last)
{
    return {kMonthlyEnds.begin() + static_cast<std::ptrdiff_t>(first),
            kMonthlyEnds.begin() + static_cast<std::ptrdiff_t>(last) + 1};
}

// What each customer does, by day: "<org> pay" (the pending renewal order) or "E upgrade".
std::multimap<std::string, std::string> scenario()
{
    std::vector<std::string> rows;
    addAroundEnds(rows, "A", kMonthlyEnds, {{-5, "pay"}});
    rows.push_back("B " + shiftDay(kYearlyEnd, -2) + " pay");
    addAroundEnds(rows, "C", endsBetween(0, 10), {{3, "pay"}});
    addAroundEnds(rows, "E", kMonthlyEnds, {{-7, "pay"}});
    rows.push_back("E " + kEUpgradeDay + " upgrade");
    std::multimap<std::string, std::string> byDay;
    for (const std::string& row : rows)
        byDay.emplace(row.substr(2, 10), row.substr(0, 1) + row.substr(12));
    return byDay;
}

// Every email queued during the year: "<org> <day queued> <template>".
std::vector<std::string> expectedEmails()
{
    std::vector<std::string> rows = {
        // B: the yearly period ending 31 January 2025, paid two days before.
        "B 2025-01-24 renewal_reminder", "B 2025-01-24 invoice", "B 2025-01-28 renewal_reminder",
        "B 2025-01-29 payment_receipt", "B 2025-01-29 renewed",
        // D: the first period ends on 29 February unpaid.
        "D 2024-02-22 renewal_reminder", "D 2024-02-22 invoice", "D 2024-02-26 renewal_reminder",
        "D 2024-02-28 renewal_reminder", "D 2024-02-29 payment_overdue",
        "D 2024-03-07 suspension_unpaid", "D 2024-03-30 expired",
        // E: the upgrade paid at once.
        "E 2024-04-15 plan_changed", "E 2024-04-15 payment_receipt"};
    // A: the 7-day reminder and the invoice, then paid before the 3-day reminder.
    addAroundEnds(
        rows, "A", kMonthlyEnds,
        {{-7, "renewal_reminder"}, {-7, "invoice"}, {-5, "payment_receipt"}, {-5, "renewed"}});
    // C: every reminder, the overdue notice on the end's day, paid 3 days later...
    addAroundEnds(rows, "C", endsBetween(0, 10),
                  {{-7, "renewal_reminder"},
                   {-7, "invoice"},
                   {-3, "renewal_reminder"},
                   {-1, "renewal_reminder"},
                   {0, "payment_overdue"},
                   {3, "payment_receipt"},
                   {3, "renewed"}});
    // ...and the last period, ending after the simulated year, reminded and invoiced.
    addAroundEnds(rows, "C", endsBetween(11, 11),
                  {{-7, "renewal_reminder"},
                   {-7, "invoice"},
                   {-3, "renewal_reminder"},
                   {-1, "renewal_reminder"}});
    // E: paid the day it is invoiced, after that day's 7-day reminder.
    addAroundEnds(
        rows, "E", kMonthlyEnds,
        {{-7, "renewal_reminder"}, {-7, "invoice"}, {-7, "payment_receipt"}, {-7, "renewed"}});
    return rows;
}

// Every invoice: "<org> <period start> <period end> <status> <plan>". A, C and E have one per
// monthly period (the purchase's, then each renewal's); C's last is unpaid at the year's end.
std::vector<std::string> expectedInvoices()
{
    std::vector<std::string> rows = {
        "B 2024-01-31 2025-01-31 paid bronze",   "B 2025-01-31 2026-01-31 paid bronze",
        "C 2025-01-31 2025-02-28 issued bronze", "D 2024-01-31 2024-02-29 paid bronze",
        "D 2024-02-29 2024-03-31 void bronze",   "E 2024-04-15 2024-04-30 paid silver"};
    std::string start = kFirstDay;
    std::vector<std::string> ends = kMonthlyEnds;
    ends.push_back("2025-02-28");
    for (std::size_t i = 0; i < ends.size(); ++i) {
        const std::string period = " " + start + " " + ends[i];
        rows.push_back("A" + period + " paid bronze");
        if (i < ends.size() - 1)
            rows.push_back("C" + period + " paid bronze");
        rows.push_back("E" + period + " paid " + (start < kEUpgradeDay ? "bronze" : "silver"));
        start = ends[i];
    }
    return rows;
}

// Suspensions and expiries in the audit log: "<org> <day> <action>".
std::vector<std::string> expectedAudit()
{
    return {"D 2024-03-07 organization.suspended", "D 2024-03-30 subscription.expired"};
}

// Each organization at the end: "<org> <status> <plan> <subscription end>".
std::vector<std::string> expectedOrganizations()
{
    return {"A active bronze 2025-02-28", "B active bronze 2026-01-31",
            "C active bronze 2025-01-31", "D expired bronze 2024-02-29",
            "E active silver 2025-02-28"};
}

std::string sortedLines(std::vector<std::string> rows)
{
    std::sort(rows.begin(), rows.end());
    std::string text;
    for (const std::string& row : rows)
        text += row + "\n";
    return text;
}

class SimulatedYearTest : public ClockedTenantTest
{
protected:
    SimulatedYearTest()
        : ClockedTenantTest({}) // five customers of its own instead of the fixture's one
    {
    }

    void SetUp() override
    {
        ClockedTenantTest::SetUp();
        for (const std::string org : {"A", "C", "D", "E"})
            m_tenants[org] = purchaseTenant(*m_server, m_dir.path(), m_staff, "Org " + org);
        m_tenants["B"] =
            purchaseTenant(*m_server, m_dir.path(), m_staff, "Org B", "bronze", "yearly");
        m_setupEmails = sql("SELECT MAX(id) FROM email_outbox");
    }

    // The rows of a one-column query ordered by the text, one per line.
    std::string lines(const std::string& rowExpression, const std::string& from) const
    {
        return sql("SELECT COALESCE(group_concat(r, char(10)) || char(10), '') FROM (SELECT " +
                   rowExpression + " AS r " + from + " ORDER BY r)");
    }

    // Several starts at once: one does the work, the others may answer 409 job_running.
    void runConcurrently(const std::string& job) const
    {
        std::vector<std::future<HttpResult>> starts;
        for (int i = 0; i < kConcurrentStarts; ++i)
            starts.push_back(std::async(std::launch::async, [this, job] { return startJob(job); }));
        int ran = 0;
        for (auto& start : starts) {
            const HttpResult answer = start.get();
            EXPECT_TRUE(answer.status == 200 || answer.status == 409) << job << ": " << answer.body;
            ran += answer.status == 200 ? 1 : 0;
        }
        EXPECT_GE(ran, 1) << job;
    }

    // A run after the day's runs: every count of its "changes" is zero (process-renewals'
    // invoice_only included: a period left to its invoice is counted by the first run only).
    void expectNothingMore(const std::string& job, const std::string& today) const
    {
        const auto run = startJob(job);
        ASSERT_EQ(run.status, 200) << job << ": " << run.body;
        const auto changes = run.json()->getObject("changes");
        if (!changes)
            return;
        for (const auto& [name, count] : *changes)
            EXPECT_EQ(count.convert<int>(), 0) << job << " repeated on " << today << ": " << name;
    }

    void runTheDaysJobs(int dayNumber, const std::string& today) const
    {
        for (const std::string& job : kJobs) {
            if (dayNumber % kRepeatEvery == 0) {
                runConcurrently(job);
                expectNothingMore(job, today);
            } else {
                runJob(job);
            }
        }
    }

    std::string ownerToken(const std::string& org) const
    {
        return login(client(), m_tenants.at(org).ownerEmail, kMemberPassword);
    }

    // The owner starts a bank transfer for the order; staff approve the amount due.
    void payByTransfer(const std::string& org, const std::string& orderId) const
    {
        const auto started = client().post("/api/tenants/orders/" + orderId + "/initiate_payment/",
                                           R"({"payment_method":"bank_transfer"})",
                                           "application/json", auth(ownerToken(org)));
        ASSERT_EQ(started.status, 201) << org << " order " << orderId << ": " << started.body;
        const auto payment = std::to_string(started.json()->getValue<std::int64_t>("id"));
        const auto approved =
            client().post("/api/tenants/payments/" + payment + "/verify_bank_transfer/",
                          R"({"approve":true})", "application/json", auth(m_staff));
        ASSERT_EQ(approved.status, 200) << approved.body;
        EXPECT_EQ(approved.json()->getValue<std::string>("status"), "completed") << approved.body;
    }

    void payRenewal(const std::string& org, const std::string& today) const
    {
        const std::string order =
            sql("SELECT id FROM orders WHERE kind = 'renewal' AND status = 'pending' AND "
                "organization_id = '" +
                m_tenants.at(org).organizationId + "'");
        ASSERT_FALSE(order.empty()) << org << " has no renewal to pay on " << today;
        payByTransfer(org, order);
    }

    void upgrade(const std::string& org) const
    {
        const auto ordered = client().post(
            "/api/tenants/organizations/" + m_tenants.at(org).organizationId + "/change_plan/",
            R"({"plan":)" + std::to_string(planId(client(), "silver")) + "}", "application/json",
            auth(ownerToken(org)));
        ASSERT_EQ(ordered.status, 201) << ordered.body;
        payByTransfer(
            org, std::to_string(ordered.json()->getObject("order")->getValue<std::int64_t>("id")));
    }

    void actOn(const std::string& today, const std::multimap<std::string, std::string>& actions)
    {
        const auto [first, last] = actions.equal_range(today);
        for (auto it = first; it != last; ++it) {
            const std::string org = it->second.substr(0, 1);
            if (it->second.ends_with("upgrade"))
                upgrade(org);
            else
                payRenewal(org, today);
        }
    }

    std::map<std::string, Tenant> m_tenants;
    std::string m_setupEmails;
};

TEST_F(SimulatedYearTest, AYearOfRenewalsEmailsInvoicesAndSuspendsExactlyAsTheRulesSay)
{
    const auto began = std::chrono::steady_clock::now();
    const auto actions = scenario();
    for (int dayNumber = 1; dayNumber <= kDays; ++dayNumber) {
        const std::string today = shiftDay(kFirstDay, dayNumber);
        ASSERT_NO_FATAL_FAILURE(advanceDays(1));
        ASSERT_NO_FATAL_FAILURE(runTheDaysJobs(dayNumber, today)) << today;
        ASSERT_NO_FATAL_FAILURE(actOn(today, actions)) << today;
    }
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
    RecordProperty("simulated_year_seconds", std::to_string(seconds));
    std::printf("simulated year: %.1f s\n", seconds);

    const std::string org = "substr(o.name, 5)";
    EXPECT_EQ(lines(org + " || ' ' || substr(e.created_at, 1, 10) || ' ' || e.template",
                    "FROM email_outbox e JOIN organizations o ON o.contact_email = e.recipient "
                    "WHERE e.id > " +
                        m_setupEmails),
              sortedLines(expectedEmails()));
    EXPECT_EQ(lines(org + " || ' ' || substr(i.period_start, 1, 10) || ' ' || "
                          "substr(i.period_end, 1, 10) || ' ' || i.status || ' ' || p.slug",
                    "FROM invoices i JOIN organizations o ON o.id = i.organization_id JOIN orders "
                    "r ON r.id = i.order_id JOIN plans p ON p.id = r.plan_id"),
              sortedLines(expectedInvoices()));
    EXPECT_EQ(lines(org + " || ' ' || substr(a.occurred_at, 1, 10) || ' ' || a.action",
                    "FROM audit_log a JOIN organizations o ON o.id = a.organization_id WHERE "
                    "a.action IN ('organization.suspended', 'subscription.expired')"),
              sortedLines(expectedAudit()));
    EXPECT_EQ(lines(org + " || ' ' || o.status || ' ' || p.slug || ' ' || "
                          "substr(o.subscription_end, 1, 10)",
                    "FROM organizations o JOIN plans p ON p.id = o.plan_id"),
              sortedLines(expectedOrganizations()));
    // Each invoice is announced in the portal once: when issued, or when paid if issued then.
    EXPECT_EQ(sql("SELECT COUNT(*) FROM invoices"), std::to_string(expectedInvoices().size()));
    EXPECT_EQ(
        lines("n.number || ' announced ' || n.times",
              "FROM (SELECT json_extract(arguments_json, '$[0]') AS number, COUNT(*) AS times "
              "FROM notifications WHERE event_type = 'invoice.issued' GROUP BY number) n "
              "WHERE n.times <> 1"),
        "");
    EXPECT_EQ(lines("a.target_id || ' audited ' || a.times",
                    "FROM (SELECT target_id, COUNT(*) AS times FROM audit_log WHERE action = "
                    "'invoice.issued' GROUP BY target_id) a WHERE a.times <> 1"),
              "");
    EXPECT_EQ(sql("SELECT COUNT(DISTINCT json_extract(arguments_json, '$[0]')) FROM notifications "
                  "WHERE event_type = 'invoice.issued'"),
              std::to_string(expectedInvoices().size()));
    // Everyone pays by bank transfer: process-renewals left each renewal invoice to the customer,
    // and counted it once over all its runs, concurrent and repeated ones included.
    const std::string renewalInvoices =
        sql("SELECT COUNT(*) FROM invoices i JOIN orders r ON r.id = i.order_id WHERE r.kind = "
            "'renewal'");
    EXPECT_EQ(sql("SELECT SUM(json_extract(changes_json, '$.invoice_only')) FROM job_runs WHERE "
                  "job = 'process-renewals'"),
              renewalInvoices);
    EXPECT_EQ(sql("SELECT COUNT(*) FROM renewal_payments WHERE outcome = 'invoice_only'"),
              renewalInvoices);
}

} // namespace
} // namespace ebm::test
