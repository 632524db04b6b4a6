// The renewal billing jobs through the real server under a moved clock: generate-invoices issues
// the renewal invoice (unpaid, due at the period's end) within the lead days and emails it with
// its PDF attached, once however often it runs; paying the renewal order marks that invoice paid
// instead of issuing a second one; the portal's renew answers the same order; an upgrade paid
// voids the invoice priced on the old plan and the next run invoices the new price;
// process-renewals starts the renewal payment once per period with the method on file (a MoMo
// request to the stored number that renews when approved, a PayPal approval link emailed),
// leaves bank transfers to the invoice, and records and emails a method that cannot start.
#include "ClockedTenantTest.h"
#include "DatabaseProbe.h"
#include "ServerProcess.h"
#include "TempDir.h"
#include "TenantFixture.h"

#include <gtest/gtest.h>
#include <memory>

namespace ebm::test
{
namespace
{

class BillingJobsTest : public ClockedTenantTest
{
protected:
    BillingJobsTest()
        : ClockedTenantTest("Kribi Backup")
    {
    }

    void SetUp() override
    {
        ClockedTenantTest::SetUp();
        executeSql(database(), "UPDATE organizations SET locale = 'en'");
    }

    HttpResult payOrder(const std::string& orderId) const
    {
        const std::string total = sql("SELECT printf('%d.%02d', total_minor / 100, total_minor % "
                                      "100) FROM orders WHERE id = " +
                                      orderId);
        return client().post("/api/admin/orders/" + orderId + "/record_payment/",
                             R"({"amount":")" + total + R"(","currency":"EUR"})",
                             "application/json", auth(m_staff));
    }

    std::string renewalOrder() const
    {
        return sql("SELECT MAX(id) FROM orders WHERE kind = 'renewal'");
    }
};

TEST_F(BillingJobsTest, TheRenewalInvoiceIsIssuedAndEmailedOnceWithinTheLeadDays)
{
    advanceDays(21); // 21 February: 8 days left
    EXPECT_EQ(runJob("generate-invoices")->getValue<int>("invoices"), 0);
    advanceDays(1); // 22 February: 7 days left
    const auto first = runJob("generate-invoices");
    EXPECT_EQ(first->getValue<int>("invoices"), 1);
    EXPECT_EQ(first->getValue<int>("orders"), 1);
    const auto again = runJob("generate-invoices");
    EXPECT_EQ(again->getValue<int>("invoices"), 0) << "a repeated run";
    EXPECT_EQ(again->getValue<int>("orders"), 0);
    advanceDays(3);
    EXPECT_EQ(runJob("generate-invoices")->getValue<int>("invoices"), 0) << "a later run";

    EXPECT_EQ(sql("SELECT COUNT(*) || ' ' || status || ' ' || expires_at FROM orders WHERE kind = "
                  "'renewal'"),
              "1 pending 2024-03-30T10:00:00Z");
    EXPECT_EQ(sql("SELECT COUNT(*) || ' ' || status || ' ' || due_at || ' ' || period_start || "
                  "' ' || period_end || ' ' || total_minor FROM invoices WHERE order_id = " +
                  renewalOrder()),
              "1 issued 2024-02-29T10:00:00Z 2024-02-29T10:00:00Z 2024-03-31T10:00:00Z 7900");
    EXPECT_EQ(sql("SELECT COUNT(*) || ' ' || recipient || ' ' || subject FROM email_outbox WHERE "
                  "template = 'invoice'"),
              "1 " + m_tenant.ownerEmail + " Invoice " +
                  sql("SELECT invoice_number FROM invoices WHERE order_id = " + renewalOrder()) +
                  " for Kribi Backup");
    EXPECT_EQ(sql("SELECT a.content_type || ' ' || substr(a.content, 1, 5) || ' ' || (a.file_name "
                  "= i.invoice_number || '.pdf') FROM email_attachments a JOIN email_outbox e ON "
                  "e.id = a.email_id JOIN invoices i ON i.order_id = " +
                  renewalOrder() + " WHERE e.template = 'invoice'"),
              "application/pdf %PDF- 1");
    EXPECT_EQ(sql("SELECT COUNT(*) FROM audit_log WHERE action = 'invoice.issued' AND reason LIKE "
                  "'renewal order %'"),
              "1");
}

TEST_F(BillingJobsTest, PayingTheRenewalOrderMarksItsInvoicePaidInsteadOfIssuingAnother)
{
    advanceDays(23);
    runJob("generate-invoices");
    // The portal's renew answers the same pending order.
    const auto renewed =
        client().post("/api/tenants/organizations/" + m_tenant.organizationId + "/renew/", "{}",
                      "application/json", auth(m_tenant.ownerToken));
    ASSERT_EQ(renewed.status, 200) << renewed.body;
    EXPECT_EQ(std::to_string(renewed.json()->getValue<std::int64_t>("id")), renewalOrder());

    advanceDays(10); // 4 March: paid late, within the grace days
    ASSERT_EQ(payOrder(renewalOrder()).status, 200);
    EXPECT_EQ(sql("SELECT COUNT(*) FROM invoices"), "2") << "the first order's and the renewal's";
    EXPECT_EQ(sql("SELECT status || ' ' || paid_at || ' ' || (payment_id IS NOT NULL) FROM "
                  "invoices WHERE order_id = " +
                  renewalOrder()),
              "paid 2024-03-04T10:00:00Z 1");
    EXPECT_EQ(sql("SELECT subscription_end FROM organizations"), "2024-03-31T10:00:00Z");
    EXPECT_EQ(runJob("generate-invoices")->getValue<int>("invoices"), 0);
    // The customer heard of the renewal invoice once, when it was issued, not again when paid.
    EXPECT_EQ(sql("SELECT COUNT(*) FROM notifications WHERE event_type = 'invoice.issued' AND "
                  "created_at = '2024-02-23T10:00:00Z'"),
              "1");
    EXPECT_EQ(sql("SELECT COUNT(*) FROM notifications WHERE event_type = 'invoice.issued' AND "
                  "created_at > '2024-02-23T10:00:00Z'"),
              "0");
}

TEST_F(BillingJobsTest, ARenewalPaidTheMomentItIsInvoicedIsAnnouncedAndAuditedIssuedOnce)
{
    advanceDays(23);
    runJob("generate-invoices");
    ASSERT_EQ(payOrder(renewalOrder()).status, 200); // most often within the same second
    const std::string invoice =
        sql("SELECT invoice_number FROM invoices WHERE order_id = " + renewalOrder());
    EXPECT_EQ(sql("SELECT COUNT(*) FROM notifications WHERE event_type = 'invoice.issued' AND "
                  "json_extract(arguments_json, '$[0]') = '" +
                  invoice + "'"),
              "1");
    EXPECT_EQ(sql("SELECT group_concat(action, ' ') FROM (SELECT action FROM audit_log WHERE "
                  "target_id = '" +
                  invoice + "' ORDER BY id)"),
              "invoice.issued invoice.paid");
}

TEST_F(BillingJobsTest, AnUpgradePaidVoidsTheOldRenewalInvoiceAndTheNextRunInvoicesTheNewPrice)
{
    advanceDays(23);
    runJob("generate-invoices");
    const std::string oldOrder = renewalOrder();
    const auto upgrade =
        client().post("/api/tenants/organizations/" + m_tenant.organizationId + "/change_plan/",
                      R"({"plan":)" + std::to_string(planId(client(), "gold")) + "}",
                      "application/json", auth(m_tenant.ownerToken));
    ASSERT_EQ(upgrade.status, 201) << upgrade.body;
    ASSERT_EQ(payOrder(sql("SELECT MAX(id) FROM orders WHERE kind = 'upgrade'")).status, 200);
    EXPECT_EQ(sql("SELECT status || ' ' || void_reason FROM invoices WHERE order_id = " + oldOrder),
              "void order cancelled");
    EXPECT_EQ(runJob("generate-invoices")->getValue<int>("invoices"), 1);
    EXPECT_NE(renewalOrder(), oldOrder);
    EXPECT_EQ(sql("SELECT p.slug || ' ' || i.status FROM invoices i JOIN orders o ON o.id = "
                  "i.order_id JOIN plans p ON p.id = o.plan_id WHERE o.id = " +
                  renewalOrder()),
              "gold issued");
    EXPECT_EQ(sql("SELECT COUNT(*) FROM email_outbox WHERE template = 'invoice'"), "2");
}

TEST_F(BillingJobsTest, ABankTransferCustomerIsLeftWithTheInvoice)
{
    EXPECT_EQ(sql("SELECT method || ' ' || (payment_id IS NOT NULL) FROM "
                  "payment_methods_on_file"),
              "bank_transfer 1")
        << "the purchase's method is on file";
    advanceDays(23);
    const auto run = runJob("process-renewals");
    EXPECT_EQ(run->getValue<int>("invoice_only"), 1);
    EXPECT_EQ(run->getValue<int>("started"), 0);
    EXPECT_EQ(sql("SELECT COUNT(*) FROM invoices WHERE status = 'issued'"), "1")
        << "process-renewals makes the invoice when generate-invoices has not run";
    EXPECT_EQ(runJob("generate-invoices")->getValue<int>("invoices"), 0);
    EXPECT_EQ(sql("SELECT COUNT(*) FROM payments"), "1");
    EXPECT_EQ(sql("SELECT outcome || ' ' || method || ' ' || order_id FROM renewal_payments"),
              "invoice_only bank_transfer " + renewalOrder());
    const auto repeated = runJob("process-renewals");
    EXPECT_EQ(repeated->getValue<int>("invoice_only"), 0) << "a repeated run does nothing";
    EXPECT_EQ(repeated->getValue<int>("started"), 0);
    EXPECT_EQ(repeated->getValue<int>("failed"), 0);
}

TEST_F(BillingJobsTest, AMomoRenewalIsRequestedOnceFromTheStoredNumberAndRenewsWhenApproved)
{
    executeSql(database(), "UPDATE payment_methods_on_file SET method = 'mtn_momo', payer_phone = "
                           "'56733123453'");
    advanceDays(23);
    const auto run = runJob("process-renewals");
    EXPECT_EQ(run->getValue<int>("started"), 1);
    EXPECT_EQ(runJob("process-renewals")->getValue<int>("started"), 0) << "a repeated run";
    EXPECT_EQ(sql("SELECT r.outcome || ' ' || r.method || ' ' || p.payer_phone || ' ' || "
                  "p.order_id FROM renewal_payments r JOIN payments p ON p.id = r.payment_id"),
              "started mtn_momo 56733123453 " + renewalOrder());
    EXPECT_EQ(sql("SELECT COUNT(*) || ' ' || subject FROM email_outbox WHERE template = "
                  "'renewal_requested'"),
              "1 Approve the renewal payment for Kribi Backup on your phone");

    const auto moved = client().post("/api/admin/clock/advance/", R"({"seconds":300})",
                                     "application/json", auth(m_staff));
    ASSERT_EQ(moved.status, 200) << moved.body;
    runJob("reconcile-payments"); // when the simulator's callback has not completed it yet
    EXPECT_EQ(sql("SELECT subscription_end FROM organizations"), "2024-03-31T10:00:00Z");
    EXPECT_EQ(sql("SELECT status FROM invoices WHERE order_id = " + renewalOrder()), "paid");
    EXPECT_EQ(sql("SELECT COUNT(*) FROM invoices"), "2");
    EXPECT_EQ(sql("SELECT COUNT(*) FROM email_outbox WHERE template = 'renewed'"), "1");
    EXPECT_EQ(sql("SELECT payer_phone FROM payment_methods_on_file"), "56733123453");
}

TEST_F(BillingJobsTest, APayPalRenewalEmailsTheApprovalLinkOnce)
{
    executeSql(database(), "UPDATE payment_methods_on_file SET method = 'paypal'");
    advanceDays(23);
    EXPECT_EQ(runJob("process-renewals")->getValue<int>("started"), 1);
    EXPECT_EQ(runJob("process-renewals")->getValue<int>("started"), 0);
    const std::string link = sql("SELECT redirect_url FROM payments WHERE payment_method_id = "
                                 "(SELECT id FROM payment_methods WHERE code = 'paypal')");
    ASSERT_FALSE(link.empty());
    EXPECT_EQ(sql("SELECT COUNT(*) || ' ' || (instr(body_text, '" + link +
                  "') > 0) FROM email_outbox WHERE template = 'renewal_approval'"),
              "1 1");
}

TEST_F(BillingJobsTest, AMethodThatCannotStartIsRecordedCountedAndEmailedOnce)
{
    executeSql(database(),
               "UPDATE payment_methods_on_file SET method = 'mtn_momo', payer_phone = '12'");
    advanceDays(23);
    EXPECT_EQ(runJob("process-renewals")->getValue<int>("failed"), 1);
    EXPECT_EQ(runJob("process-renewals")->getValue<int>("failed"), 0);
    EXPECT_EQ(
        sql("SELECT outcome || ' ' || (failure LIKE 'invalid: %phone%') FROM renewal_payments"),
        "failed 1");
    EXPECT_EQ(sql("SELECT COUNT(*) FROM email_outbox WHERE template = 'payment_failed'"), "1");
}

TEST_F(BillingJobsTest, NothingIsStartedWithoutAutoRenew)
{
    executeSql(database(), "UPDATE payment_methods_on_file SET method = 'paypal'");
    executeSql(database(), "UPDATE organizations SET auto_renew = 0");
    advanceDays(23);
    const auto run = runJob("process-renewals");
    EXPECT_EQ(run->getValue<int>("started"), 0);
    EXPECT_EQ(run->getValue<int>("invoice_only"), 1);
    EXPECT_EQ(runJob("process-renewals")->getValue<int>("invoice_only"), 0) << "a repeated run";

    executeSql(database(), "UPDATE organizations SET auto_renew = 1");
    const auto turnedOn = runJob("process-renewals");
    EXPECT_EQ(turnedOn->getValue<int>("started"), 1) << "auto_renew turned on within the period";
    EXPECT_EQ(turnedOn->getValue<int>("invoice_only"), 0);
    EXPECT_EQ(sql("SELECT outcome || ' ' || method FROM renewal_payments"), "started paypal");
}

TEST_F(BillingJobsTest, TheCommandRunsTheJob)
{
    advanceDays(23);
    m_server.reset();
    ServerProcess::Environment environment = fastPasswords();
    environment["EBM_CLOCK_START"] = "2024-02-23T10:00:00Z";
    const auto command =
        ServerProcess::run({"generate-invoices", "--data-dir=" + m_dir.path()}, environment);
    EXPECT_EQ(command.exitCode, 0) << command.output;
    EXPECT_EQ(sql("SELECT COUNT(*) FROM invoices WHERE status = 'issued'"), "1");
    EXPECT_EQ(sql("SELECT triggered_by FROM job_runs WHERE job = 'generate-invoices'"), "cli");
}

} // namespace
} // namespace ebm::test
