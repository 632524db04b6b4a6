// The staff billing and catalog API through the real server: the order, payment and invoice
// queues with their filters and pages, the bank-transfer queue with and without receipts,
// voiding invoices (refused once paid, audited), the coupon change and delete rules, plan
// creation and changes with validation naming fields, the guarantee that a price change alters
// no issued invoice and no quoted order while the public catalog follows it at once, and 403 for
// anyone but staff.
#include "DatabaseProbe.h"
#include "PageClient.h"
#include "PdfText.h"
#include "ServerProcess.h"
#include "TempDir.h"
#include "TenantFixture.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Stringifier.h>
#include <gtest/gtest.h>
#include <memory>
#include <sstream>

namespace ebm::test
{
namespace
{

const std::string kPdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

// An order placed anonymously: its id, number, token and total.
struct PlacedOrder
{
    std::string id;
    std::string number;
    std::string token;
    std::string total;
};

std::string stringify(const Poco::JSON::Object::Ptr& object)
{
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(object, out);
    return out.str();
}

class AdminBillingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        seedPlansAndStaff(m_dir.path());
        ServerProcess::Environment environment = fastPasswords();
        environment["EBM_CLOCK_START"] = "2026-11-25T10:00:00Z";
        environment["EBM_TAX_RATE"] = "20";
        environment["BANK_NAME"] = "Afriland First Bank";
        environment["BANK_ACCOUNT_NUMBER"] = "CM21 10005 00001 01234567891 23";
        m_server =
            std::make_unique<ServerProcess>(m_dir.path(), std::vector<std::string>{}, environment);
        m_staff = login(client(), kStaffEmail, kStaffPassword);
    }

    HttpClient client() const
    {
        return m_server->client();
    }

    std::string database() const
    {
        return m_dir.file("ebm.sqlite3");
    }

    HttpResult staffGet(const std::string& path) const
    {
        return client().get(path, auth(m_staff));
    }

    HttpResult staffSend(const std::string& method, const std::string& path,
                         const std::string& body) const
    {
        return client().send(method, path, body, withJson(auth(m_staff)));
    }

    PlacedOrder placeOrder(const std::string& plan, const std::string& name,
                           const std::string& email, const std::string& extra = "") const
    {
        const auto placed = client().post(
            "/api/tenants/orders/", R"({"plan":)" + std::to_string(planId(client(), plan)) +
                                        R"(,"billing_cycle":"monthly","customer":{"name":")" +
                                        name + R"(","email":")" + email + R"("})" + extra + "}");
        EXPECT_EQ(placed.status, 201) << placed.body;
        const auto json = placed.json();
        return {std::to_string(json->getValue<std::int64_t>("id")),
                json->getValue<std::string>("order_number"),
                json->getValue<std::string>("order_token"), json->getValue<std::string>("total")};
    }

    HttpResult recordPayment(const PlacedOrder& order, const std::string& amount) const
    {
        return staffSend("POST", "/api/admin/orders/" + order.id + "/record_payment/",
                         R"({"amount":")" + amount + R"(","currency":"EUR"})");
    }

    HttpResult startBankTransfer(const PlacedOrder& order) const
    {
        return client().post("/api/tenants/orders/" + order.id + "/initiate_payment/",
                             R"({"payment_method":"bank_transfer"})", "application/json",
                             {{"X-Order-Token", order.token}});
    }

    // The owner's only invoice.
    Poco::JSON::Object::Ptr invoiceOf(const Tenant& tenant) const
    {
        const auto list = client().get("/api/tenants/invoices/", auth(tenant.ownerToken));
        EXPECT_EQ(list.status, 200) << list.body;
        return list.json()->getArray("results")->getObject(0);
    }

    std::string invoicePdfText(const Tenant& tenant, std::int64_t invoiceId) const
    {
        const auto pdf =
            client().get("/api/tenants/invoices/" + std::to_string(invoiceId) + "/download/",
                         auth(tenant.ownerToken));
        EXPECT_EQ(pdf.status, 200) << pdf.body;
        return pdfToText(pdf.body, false);
    }

    std::string auditCount(const std::string& condition) const
    {
        return queryScalar(database(), "SELECT COUNT(*) FROM audit_log WHERE " + condition);
    }

    static std::vector<std::string> numbersOf(const HttpResult& result, const std::string& key)
    {
        std::vector<std::string> numbers;
        const auto rows = result.json()->getArray("results");
        for (std::size_t i = 0; i < rows->size(); ++i)
            numbers.push_back(
                rows->getObject(static_cast<unsigned>(i))->getValue<std::string>(key));
        return numbers;
    }

    TempDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::string m_staff;
};

TEST_F(AdminBillingTest, OrdersAreListedNewestFirstWithFiltersAndPages)
{
    const PlacedOrder first = placeOrder("bronze", "Ana Mbarga", "ana@douala.example.com");
    const PlacedOrder second = placeOrder("silver", "Paul Biya", "paul@yaounde.example.com");
    const PlacedOrder third = placeOrder("bronze", "Zoé Abena", "zoe@abena.example.com");
    const auto paid = recordPayment(second, second.total);
    ASSERT_EQ(paid.status, 200) << paid.body;
    const std::string organization = paid.json()->getValue<std::string>("organization");

    const auto all = staffGet("/api/admin/orders/");
    ASSERT_EQ(all.status, 200) << all.body;
    EXPECT_EQ(all.json()->getValue<int>("count"), 3);
    EXPECT_EQ(numbersOf(all, "order_number"),
              (std::vector<std::string>{third.number, second.number, first.number}));
    const auto row = all.json()->getArray("results")->getObject(0);
    EXPECT_EQ(row->getValue<std::string>("status"), "pending");
    EXPECT_EQ(row->getObject("customer")->getValue<std::string>("email"), "zoe@abena.example.com");
    EXPECT_EQ(row->getObject("plan")->getValue<std::string>("slug"), "bronze");
    EXPECT_EQ(row->getValue<std::string>("updated_at"), row->getValue<std::string>("created_at"));
    EXPECT_FALSE(row->has("order_token"));

    const auto pending = staffGet("/api/admin/orders/?status=pending");
    EXPECT_EQ(numbersOf(pending, "order_number"),
              (std::vector<std::string>{third.number, first.number}));
    EXPECT_EQ(numbersOf(staffGet("/api/admin/orders/?status=completed"), "order_number"),
              std::vector<std::string>{second.number});
    EXPECT_EQ(staffGet("/api/admin/orders/?kind=new").json()->getValue<int>("count"), 3);
    EXPECT_EQ(staffGet("/api/admin/orders/?kind=renewal").json()->getValue<int>("count"), 0);
    EXPECT_EQ(
        numbersOf(staffGet("/api/admin/orders/?organization=" + organization), "order_number"),
        std::vector<std::string>{second.number});
    EXPECT_EQ(numbersOf(staffGet("/api/admin/orders/?q=ABENA"), "order_number"),
              std::vector<std::string>{third.number})
        << "by name, case-insensitive";
    EXPECT_EQ(numbersOf(staffGet("/api/admin/orders/?q=ana@douala"), "order_number"),
              std::vector<std::string>{first.number})
        << "by email";
    EXPECT_EQ(
        numbersOf(staffGet("/api/admin/orders/?q=" + first.number.substr(13)), "order_number"),
        std::vector<std::string>{first.number})
        << "by order number";
    EXPECT_EQ(staffGet("/api/admin/orders/?q=100%25").json()->getValue<int>("count"), 0)
        << "LIKE wildcards are literal";

    const auto page = staffGet("/api/admin/orders/?page_size=2&page=2");
    ASSERT_EQ(page.status, 200) << page.body;
    EXPECT_EQ(page.json()->getValue<int>("count"), 3);
    EXPECT_EQ(numbersOf(page, "order_number"), std::vector<std::string>{first.number});
    EXPECT_TRUE(page.json()->isNull("next"));
    EXPECT_NE(page.json()->getValue<std::string>("previous").find("page_size=2"),
              std::string::npos);
    EXPECT_EQ(staffGet("/api/admin/orders/?page=3&page_size=2").status, 404);

    ASSERT_EQ(staffSend("POST", "/api/admin/clock/advance/", R"({"days":2})").status, 200);
    const PlacedOrder later = placeOrder("gold", "Late Buyer", "late@example.com");
    const auto since = staffGet("/api/admin/orders/?updated_since=2026-11-26T10:00:00Z");
    EXPECT_EQ(numbersOf(since, "order_number"), std::vector<std::string>{later.number});

    const auto bad = staffGet("/api/admin/orders/?status=lost&kind=gift&updated_since=yesterday");
    ASSERT_EQ(bad.status, 400) << bad.body;
    for (const char* field : {"status", "kind", "updated_since"})
        EXPECT_TRUE(bad.json()->has(field)) << field << " in " << bad.body;
}

TEST_F(AdminBillingTest, TheBankTransferQueueShowsOpenTransfersWithAndWithoutReceipts)
{
    const PlacedOrder withReceipt = placeOrder("bronze", "Awa Ndiaye", "awa@example.com");
    const PlacedOrder withoutReceipt = placeOrder("silver", "Jean Kamga", "jean@example.com");
    const PlacedOrder recorded = placeOrder("gold", "Marie Ngono", "marie@example.com");
    ASSERT_EQ(startBankTransfer(withReceipt).status, 201);
    ASSERT_EQ(startBankTransfer(withoutReceipt).status, 201);
    const auto uploaded = client().post("/api/tenants/orders/" + withReceipt.id + "/receipt/", kPdf,
                                        "application/pdf", {{"X-Order-Token", withReceipt.token}});
    ASSERT_EQ(uploaded.status, 200) << uploaded.body;
    ASSERT_EQ(recordPayment(recorded, recorded.total).status, 200);

    const std::string queue = "/api/admin/payments/?method=bank_transfer&status=pending,processing";
    const auto open = staffGet(queue);
    ASSERT_EQ(open.status, 200) << open.body;
    EXPECT_EQ(numbersOf(open, "order_number"),
              (std::vector<std::string>{withoutReceipt.number, withReceipt.number}));
    const auto received = staffGet(queue + "&has_receipt=true");
    ASSERT_EQ(numbersOf(received, "order_number"), std::vector<std::string>{withReceipt.number});
    const auto row = received.json()->getArray("results")->getObject(0);
    EXPECT_EQ(row->getObject("receipt")->getValue<std::string>("content_type"), "application/pdf");
    EXPECT_FALSE(row->getValue<std::string>("updated_at").empty());
    const auto waiting = staffGet(queue + "&has_receipt=false");
    ASSERT_EQ(numbersOf(waiting, "order_number"), std::vector<std::string>{withoutReceipt.number});
    EXPECT_TRUE(waiting.json()->getArray("results")->getObject(0)->isNull("receipt"));

    EXPECT_EQ(numbersOf(staffGet("/api/admin/payments/?status=completed"), "order_number"),
              std::vector<std::string>{recorded.number});
    EXPECT_EQ(staffGet("/api/admin/payments/").json()->getValue<int>("count"), 3);
    EXPECT_EQ(staffGet("/api/admin/payments/?method=paypal").json()->getValue<int>("count"), 0);
    EXPECT_EQ(staffGet("/api/admin/payments/?page_size=1").json()->getArray("results")->size(), 1u);

    const std::int64_t id = row->getValue<std::int64_t>("id");
    const auto one = staffGet("/api/admin/payments/" + std::to_string(id) + "/");
    ASSERT_EQ(one.status, 200) << one.body;
    EXPECT_EQ(one.json()->getValue<std::string>("order_number"), withReceipt.number);
    EXPECT_EQ(one.json()->getObject("bank_transfer")->getValue<std::string>("bank_name"),
              "Afriland First Bank");
    EXPECT_EQ(staffGet("/api/admin/payments/99999/").status, 404);
    const auto staffReceipt = staffGet("/api/admin/payments/" + std::to_string(id) + "/receipt/");
    EXPECT_EQ(staffReceipt.body, kPdf);

    const auto bad =
        staffGet("/api/admin/payments/?status=pending,lost&has_receipt=maybe&method=cash");
    ASSERT_EQ(bad.status, 400) << bad.body;
    for (const char* field : {"status", "has_receipt", "method"})
        EXPECT_TRUE(bad.json()->has(field)) << field << " in " << bad.body;
}

TEST_F(AdminBillingTest, APaidInvoiceCannotBeVoidedAnIssuedOneIsAndTheVoidIsAudited)
{
    const Tenant paid = purchaseTenant(*m_server, m_dir.path(), m_staff, "Paid Org");
    const Tenant unpaid = purchaseTenant(*m_server, m_dir.path(), m_staff, "Unpaid Org");
    const auto paidInvoice = invoiceOf(paid);
    const auto unpaidInvoice = invoiceOf(unpaid);
    const std::string paidId = std::to_string(paidInvoice->getValue<std::int64_t>("id"));
    const std::string issuedId = std::to_string(unpaidInvoice->getValue<std::int64_t>("id"));
    // An invoice issued and not yet paid (what the generate-invoices job will produce).
    executeSql(database(),
               "UPDATE invoices SET status = 'issued', paid_at = NULL WHERE id = " + issuedId);

    const auto refused = staffSend("POST", "/api/admin/invoices/" + paidId + "/void/",
                                   R"({"reason":"Customer asked"})");
    ASSERT_EQ(refused.status, 409) << refused.body;
    EXPECT_EQ(refused.json()->getValue<std::string>("code"), "illegal_transition");
    EXPECT_EQ(queryScalar(database(), "SELECT status FROM invoices WHERE id = " + paidId), "paid");
    EXPECT_EQ(staffSend("POST", "/api/admin/invoices/" + issuedId + "/void/", "{}").status, 400);
    EXPECT_EQ(staffSend("POST", "/api/admin/invoices/99999/void/", R"({"reason":"x"})").status,
              404);
    EXPECT_EQ(invoicePdfText(unpaid, std::stoll(issuedId)).find("ANNULÉE"), std::string::npos);

    const auto voided = staffSend("POST", "/api/admin/invoices/" + issuedId + "/void/",
                                  R"({"reason":"Issued twice by mistake"})");
    ASSERT_EQ(voided.status, 200) << voided.body;
    EXPECT_EQ(voided.json()->getValue<std::string>("status"), "void");
    EXPECT_EQ(voided.json()->getValue<std::string>("void_reason"), "Issued twice by mistake");
    EXPECT_EQ(voided.json()->getValue<std::string>("organization"), unpaid.organizationId);
    EXPECT_FALSE(voided.json()->isNull("voided_at"));
    EXPECT_EQ(voided.json()->getValue<std::string>("total"),
              unpaidInvoice->getValue<std::string>("total"));
    EXPECT_EQ(auditCount("action = 'invoice.voided' AND target_id = '" + issuedId +
                         "' AND actor_kind = 'staff' AND reason = 'Issued twice by mistake' "
                         "AND before_json LIKE '%\"status\":\"issued\"%' "
                         "AND after_json LIKE '%\"status\":\"void\"%' AND organization_id = '" +
                         unpaid.organizationId + "'"),
              "1");
    EXPECT_EQ(auditCount("action = 'staff.tenant_access' AND organization_id = '" +
                         unpaid.organizationId + "'"),
              "1");
    const auto again =
        staffSend("POST", "/api/admin/invoices/" + issuedId + "/void/", R"({"reason":"Twice"})");
    EXPECT_EQ(again.status, 409) << "a void invoice stays as it is";
    EXPECT_EQ(auditCount("action = 'invoice.voided'"), "1");

    const auto asCustomer =
        client().get("/api/tenants/invoices/" + issuedId + "/", auth(unpaid.ownerToken));
    EXPECT_EQ(asCustomer.json()->getValue<std::string>("status"), "void");
    EXPECT_NE(invoicePdfText(unpaid, std::stoll(issuedId)).find("ANNULÉE"), std::string::npos);

    EXPECT_EQ(staffGet("/api/admin/invoices/").json()->getValue<int>("count"), 2);
    EXPECT_EQ(numbersOf(staffGet("/api/admin/invoices/?status=void"), "invoice_number"),
              std::vector<std::string>{voided.json()->getValue<std::string>("invoice_number")});
    EXPECT_EQ(numbersOf(staffGet("/api/admin/invoices/?organization=" + paid.organizationId),
                        "invoice_number"),
              std::vector<std::string>{paidInvoice->getValue<std::string>("invoice_number")});
    const std::string number = paidInvoice->getValue<std::string>("invoice_number");
    EXPECT_EQ(
        numbersOf(staffGet("/api/admin/invoices/?number=" + number.substr(4)), "invoice_number"),
        std::vector<std::string>{number});
    EXPECT_EQ(staffGet("/api/admin/invoices/?updated_since=2030-01-01T00:00:00Z")
                  .json()
                  ->getValue<int>("count"),
              0);
    EXPECT_EQ(
        staffGet("/api/admin/invoices/?page_size=1&page=2").json()->getArray("results")->size(),
        1u);
    EXPECT_EQ(
        staffGet("/api/admin/invoices/" + paidId + "/").json()->getValue<std::string>("status"),
        "paid");
    EXPECT_EQ(staffGet("/api/admin/invoices/?status=unpaid").status, 400);
}

TEST_F(AdminBillingTest, CouponsChangeFreelyUntilUsedThenOnlyTheirLimitsAndCannotBeDeleted)
{
    const auto created =
        staffSend("POST", "/api/admin/coupons/",
                  R"({"code":"launch10","discount_type":"percent","percent":"10"})");
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string coupon =
        "/api/admin/coupons/" + std::to_string(created.json()->getValue<std::int64_t>("id")) + "/";
    const std::string bronze = std::to_string(planId(client(), "bronze"));

    const auto renamed = staffSend("PATCH", coupon,
                                   R"({"code":"launch15","discount_type":"percent","percent":"15",)"
                                   R"("max_uses":5,"valid_until":"2027-01-01T00:00:00Z",)"
                                   R"("plans":[)" +
                                       bronze + "]}");
    ASSERT_EQ(renamed.status, 200) << renamed.body;
    EXPECT_EQ(renamed.json()->getValue<std::string>("code"), "LAUNCH15");
    EXPECT_EQ(renamed.json()->getValue<std::string>("percent"), "15");
    EXPECT_EQ(renamed.json()->getValue<int>("max_uses"), 5);
    EXPECT_EQ(renamed.json()->getValue<std::string>("valid_until"), "2027-01-01T00:00:00Z");
    EXPECT_EQ(renamed.json()->getArray("plans")->size(), 1u);
    EXPECT_EQ(stringify(staffGet(coupon).json()), stringify(renamed.json()));
    EXPECT_EQ(auditCount("action = 'coupon.updated' AND before_json LIKE '%LAUNCH10%' "
                         "AND after_json LIKE '%LAUNCH15%'"),
              "1");

    const auto invalid =
        staffSend("PATCH", coupon, R"({"valid_from":"2027-06-01T00:00:00Z","plans":[99999]})");
    ASSERT_EQ(invalid.status, 400) << invalid.body;
    EXPECT_TRUE(invalid.json()->has("valid_until")) << invalid.body;
    EXPECT_EQ(staffSend("PATCH", coupon, R"({"plans":[99999]})").json()->has("plans"), true);
    EXPECT_TRUE(
        staffSend("PATCH", coupon, R"({"max_uses":0,"is_active":"no"})").json()->has("is_active"));

    // Once an order is placed with it, the code and discount are fixed; its limits are not.
    const PlacedOrder order =
        placeOrder("bronze", "Ana Mbarga", "ana@example.com", R"(,"coupon_code":"launch15")");
    for (const std::string body :
         {R"({"percent":"20","discount_type":"percent"})", R"({"code":"OTHER"})"}) {
        const auto locked = staffSend("PATCH", coupon, body);
        ASSERT_EQ(locked.status, 409) << locked.body;
        EXPECT_EQ(locked.json()->getValue<std::string>("code"), "coupon_in_use");
    }
    const auto deactivated = staffSend(
        "PATCH", coupon, R"({"is_active":false,"valid_until":null,"max_uses":null,"plans":[]})");
    ASSERT_EQ(deactivated.status, 200) << deactivated.body;
    EXPECT_FALSE(deactivated.json()->getValue<bool>("is_active"));
    EXPECT_TRUE(deactivated.json()->isNull("valid_until"));
    EXPECT_TRUE(deactivated.json()->isNull("max_uses"));
    EXPECT_EQ(deactivated.json()->getValue<std::string>("code"), "LAUNCH15");
    const auto kept = staffSend("DELETE", coupon, "");
    ASSERT_EQ(kept.status, 409) << kept.body;
    EXPECT_EQ(kept.json()->getValue<std::string>("code"), "coupon_in_use");
    EXPECT_EQ(staffGet(coupon).status, 200);

    // The counted uses bound max_uses from below.
    ASSERT_EQ(recordPayment(order, order.total).status, 200);
    executeSql(database(), "UPDATE coupons SET times_used = 2 WHERE code = 'LAUNCH15'");
    const auto belowUses = staffSend("PATCH", coupon, R"({"max_uses":1})");
    ASSERT_EQ(belowUses.status, 400) << belowUses.body;
    EXPECT_TRUE(belowUses.json()->has("max_uses"));

    const auto unused = staffSend("POST", "/api/admin/coupons/",
                                  R"({"code":"NEVER","discount_type":"percent","percent":"5"})");
    const std::string unusedPath =
        "/api/admin/coupons/" + std::to_string(unused.json()->getValue<std::int64_t>("id")) + "/";
    EXPECT_EQ(staffSend("DELETE", unusedPath, "").status, 204);
    EXPECT_EQ(staffGet(unusedPath).status, 404);
    EXPECT_EQ(staffSend("DELETE", unusedPath, "").status, 404);
    EXPECT_EQ(auditCount("action = 'coupon.deleted' AND before_json LIKE '%NEVER%'"), "1");
    EXPECT_EQ(staffSend("PATCH", "/api/admin/coupons/99999/", R"({"is_active":true})").status, 404);
}

TEST_F(AdminBillingTest, PlansAreCreatedAndChangedWithErrorsNamingTheirFields)
{
    const auto empty = staffSend("POST", "/api/admin/plans/", "{}");
    ASSERT_EQ(empty.status, 400) << empty.body;
    for (const char* field : {"slug", "name", "tier", "currency", "monthly_price", "yearly_price",
                              "max_servers", "max_vms", "max_backups", "max_storage_gb",
                              "max_users", "support_level", "retention_days", "max_restore_points"})
        EXPECT_TRUE(empty.json()->has(field)) << field << " in " << empty.body;

    const std::string fields =
        R"("name":"Platinum","tier":"gold","currency":"EUR","monthly_price":"199.00",)"
        R"("max_servers":null,"max_vms":500,"max_backups":null,)"
        R"("max_storage_gb":50000,"max_users":null,"has_replication":true,)"
        R"("support_level":"dedicated","retention_days":365,"max_restore_points":120,)"
        R"("sort_order":4)";
    const auto badSlug =
        staffSend("POST", "/api/admin/plans/",
                  R"({"slug":"Plat inum","yearly_price":"1990.00",)" + fields + "}");
    ASSERT_EQ(badSlug.status, 400) << badSlug.body;
    EXPECT_TRUE(badSlug.json()->has("slug"));
    const auto badValues = staffSend(
        "POST", "/api/admin/plans/",
        R"({"slug":"platinum","name":"P","tier":"diamond","currency":"ZZZ","monthly_price":"x",)"
        R"("yearly_price":"1","max_servers":-1,"max_vms":1,"max_backups":1,"max_storage_gb":1,)"
        R"("max_users":1,"support_level":"phone","retention_days":0,"max_restore_points":1})");
    ASSERT_EQ(badValues.status, 400) << badValues.body;
    for (const char* field : {"tier", "currency", "max_servers", "support_level", "retention_days"})
        EXPECT_TRUE(badValues.json()->has(field)) << field << " in " << badValues.body;
    const auto negative = staffSend("POST", "/api/admin/plans/",
                                    R"({"slug":"platinum","yearly_price":"-5.00",)" + fields + "}");
    ASSERT_EQ(negative.status, 400) << negative.body;
    EXPECT_TRUE(negative.json()->has("yearly_price")) << negative.body;

    const auto created = staffSend(
        "POST", "/api/admin/plans/",
        R"({"slug":"platinum","yearly_price":"1990.00","is_active":false,)" + fields + "}");
    ASSERT_EQ(created.status, 201) << created.body;
    const auto plan = created.json();
    EXPECT_EQ(plan->getValue<std::string>("monthly_price"), "199.00");
    EXPECT_TRUE(plan->isNull("max_servers"));
    EXPECT_EQ(plan->getValue<int>("max_vms"), 500);
    EXPECT_FALSE(plan->getValue<bool>("is_active"));
    EXPECT_FALSE(plan->getValue<std::string>("updated_at").empty());
    const std::string path =
        "/api/admin/plans/" + std::to_string(plan->getValue<std::int64_t>("id")) + "/";
    EXPECT_EQ(staffSend("POST", "/api/admin/plans/",
                        R"({"slug":"platinum","yearly_price":"1990.00",)" + fields + "}")
                  .status,
              409);
    EXPECT_EQ(auditCount("action = 'plan.created' AND after_json LIKE '%platinum%'"), "1");

    EXPECT_EQ(staffGet("/api/admin/plans/").json()->getValue<int>("count"), 4)
        << "inactive plans too";
    EXPECT_EQ(client().get("/api/tenants/plans/").json()->getValue<int>("count"), 3);
    EXPECT_EQ(staffGet(path).json()->getValue<std::string>("slug"), "platinum");

    const auto badPatch = staffSend(
        "PATCH", path,
        R"({"monthly_price":"abc","max_vms":-1,"support_level":"gold","is_popular":"yes",)"
        R"("name":"","max_restore_points":0})");
    ASSERT_EQ(badPatch.status, 400) << badPatch.body;
    for (const char* field :
         {"monthly_price", "max_vms", "support_level", "is_popular", "name", "max_restore_points"})
        EXPECT_TRUE(badPatch.json()->has(field)) << field << " in " << badPatch.body;
    EXPECT_EQ(staffGet(path).json()->getValue<std::string>("monthly_price"), "199.00")
        << "nothing written";

    const auto patched = staffSend(
        "PATCH", path,
        R"({"is_active":true,"max_vms":null,"max_users":10,"is_popular":true,"slug":"other",)"
        R"("description":"For the largest estates.","has_api_access":true})");
    ASSERT_EQ(patched.status, 200) << patched.body;
    EXPECT_TRUE(patched.json()->isNull("max_vms"));
    EXPECT_EQ(patched.json()->getValue<int>("max_users"), 10);
    EXPECT_EQ(patched.json()->getValue<std::string>("slug"), "platinum") << "the slug stays";
    EXPECT_EQ(patched.json()->getValue<std::string>("monthly_price"), "199.00");
    EXPECT_TRUE(patched.json()->getValue<bool>("has_api_access"));
    EXPECT_EQ(client().get("/api/tenants/plans/").json()->getValue<int>("count"), 4)
        << "activated: in the public catalog at once";
    EXPECT_EQ(auditCount("action = 'plan.updated' AND before_json LIKE '%\"is_active\":false%' "
                         "AND after_json LIKE '%\"is_active\":true%'"),
              "1");
    EXPECT_EQ(staffSend("PATCH", "/api/admin/plans/99999/", R"({"is_popular":true})").status, 404);
    EXPECT_EQ(staffSend("DELETE", path, "").status, 405) << "plans are deactivated, not deleted";
}

TEST_F(AdminBillingTest, APriceChangeAltersNoIssuedInvoiceNorQuotedOrderAndShowsAtOnce)
{
    const Tenant subscriber = purchaseTenant(*m_server, m_dir.path(), m_staff, "Early Org");
    const auto invoiceBefore = invoiceOf(subscriber);
    const std::int64_t invoiceId = invoiceBefore->getValue<std::int64_t>("id");
    const std::string pdfBefore = invoicePdfText(subscriber, invoiceId);
    ASSERT_NE(pdfBefore.find("29,00 EUR"), std::string::npos) << pdfBefore;
    const PlacedOrder quoted = placeOrder("bronze", "Quoted Buyer", "quoted@example.com");
    ASSERT_EQ(quoted.total, "34.80");
    const std::string bronze =
        "/api/admin/plans/" + std::to_string(planId(client(), "bronze")) + "/";
    const HttpClient http = client();
    PageClient browser(http);
    ASSERT_NE(browser.get("/pricing?lang=en").body.find(">29.00<"), std::string::npos);

    const auto raised = staffSend("PATCH", bronze, R"({"monthly_price":"35.00"})");
    ASSERT_EQ(raised.status, 200) << raised.body;
    EXPECT_EQ(raised.json()->getValue<std::string>("monthly_price"), "35.00");
    const auto seen = client().get("/api/tenants/plans/").json()->getArray("results");
    EXPECT_EQ(seen->getObject(0)->getValue<std::string>("monthly_price"), "35.00");
    // Again, most likely within the same second (the catalog version's updated_at has whole
    // seconds): the cached catalog still follows.
    const auto again = staffSend("PATCH", bronze, R"({"monthly_price":"39.00"})");
    ASSERT_EQ(again.status, 200) << again.body;

    EXPECT_EQ(stringify(invoiceOf(subscriber)), stringify(invoiceBefore));
    EXPECT_EQ(invoicePdfText(subscriber, invoiceId), pdfBefore);
    const auto order =
        client().get("/api/tenants/orders/" + quoted.id + "/", {{"X-Order-Token", quoted.token}});
    EXPECT_EQ(order.json()->getValue<std::string>("subtotal"), "29.00");
    EXPECT_EQ(order.json()->getValue<std::string>("total"), "34.80");
    EXPECT_EQ(recordPayment(quoted, "46.80").status, 400) << "the new price is not what was quoted";
    const auto paid = recordPayment(quoted, "34.80");
    ASSERT_EQ(paid.status, 200) << paid.body;
    const auto quotedInvoice =
        staffGet("/api/admin/invoices/" +
                 std::to_string(paid.json()->getValue<std::int64_t>("invoice")) + "/");
    EXPECT_EQ(quotedInvoice.json()->getValue<std::string>("subtotal"), "29.00");
    EXPECT_EQ(quotedInvoice.json()->getValue<std::string>("total"), "34.80");

    const auto catalog = client().get("/api/tenants/plans/").json()->getArray("results");
    EXPECT_EQ(catalog->getObject(0)->getValue<std::string>("slug"), "bronze");
    EXPECT_EQ(catalog->getObject(0)->getValue<std::string>("monthly_price"), "39.00");
    const std::string pricing = browser.get("/pricing?lang=en").body;
    EXPECT_NE(pricing.find(">39.00<"), std::string::npos);
    EXPECT_EQ(pricing.find(">29.00<"), std::string::npos);
    EXPECT_EQ(pricing.find(">35.00<"), std::string::npos);
    EXPECT_EQ(placeOrder("bronze", "New Buyer", "new@example.com").total, "46.80");

    // Withdrawn from sale: gone from the public catalog, kept by its subscribers.
    ASSERT_EQ(staffSend("PATCH", bronze, R"({"is_active":false})").status, 200);
    EXPECT_EQ(client().get("/api/tenants/plans/").json()->getValue<int>("count"), 2);
    EXPECT_EQ(browser.get("/pricing?lang=en").body.find(">39.00<"), std::string::npos);
    const auto organization =
        client().get("/api/tenants/organizations/" + subscriber.organizationId + "/",
                     auth(subscriber.ownerToken));
    EXPECT_EQ(organization.json()->getObject("plan")->getValue<std::string>("slug"), "bronze");
    EXPECT_EQ(staffGet(bronze).json()->getValue<bool>("is_active"), false);
}

TEST_F(AdminBillingTest, OnlyStaffMayCallTheseRoutes)
{
    const Tenant customer = purchaseTenant(*m_server, m_dir.path(), m_staff, "Curious Org");
    const std::vector<std::pair<std::string, std::string>> routes{
        {"GET", "/api/admin/orders/"},       {"GET", "/api/admin/payments/"},
        {"GET", "/api/admin/payments/1/"},   {"GET", "/api/admin/invoices/"},
        {"GET", "/api/admin/invoices/1/"},   {"POST", "/api/admin/invoices/1/void/"},
        {"GET", "/api/admin/coupons/1/"},    {"PATCH", "/api/admin/coupons/1/"},
        {"DELETE", "/api/admin/coupons/1/"}, {"GET", "/api/admin/plans/"},
        {"POST", "/api/admin/plans/"},       {"GET", "/api/admin/plans/1/"},
        {"PATCH", "/api/admin/plans/1/"}};
    for (const auto& [method, path] : routes) {
        const auto answer =
            client().send(method, path, R"({"reason":"x"})", withJson(auth(customer.ownerToken)));
        EXPECT_EQ(answer.status, 403) << method << " " << path << " " << answer.body;
        EXPECT_EQ(client().send(method, path, "{}", withJson({})).status, 401) << method << path;
    }
    EXPECT_EQ(queryScalar(database(), "SELECT status FROM invoices WHERE id = 1"), "paid");
    EXPECT_EQ(staffGet("/api/admin/coupons/").status, 200) << "the staff token still works";
}

} // namespace
} // namespace ebm::test
