// Invoice PDFs through the real server: GET /api/tenants/invoices/{id}/download/ answers the
// invoice as a PDF attachment in the organization's current language, with the buyer's accents
// intact and money formatted for that language; other organizations get 404, anonymous callers 401.
#include "DatabaseProbe.h"
#include "PdfText.h"
#include "ServerProcess.h"
#include "TempDir.h"
#include "TenantFixture.h"

#include <Poco/JSON/Array.h>
#include <gtest/gtest.h>
#include <memory>

namespace ebm::test
{
namespace
{

// A signed-in owner of a purchased organization and its one invoice.
struct Buyer
{
    std::string organizationId;
    std::string token;
    std::int64_t invoiceId = 0;
    std::string invoiceNumber;
};

class InvoiceDownloadTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        seedPlansAndStaff(m_dir.path());
        m_server = std::make_unique<ServerProcess>(
            m_dir.path(), std::vector<std::string>{},
            ServerProcess::Environment{{"EBM_PASSWORD_ITERATIONS", "1000"},
                                       {"EBM_CLOCK_START", "2026-11-25T10:00:00Z"},
                                       {"EBM_TAX_RATE", "20"},
                                       {"EBM_SELLER_NAME", "EBM Cloud SARL"},
                                       {"EBM_SELLER_ADDRESS", "Yaoundé, Cameroun"}});
        m_staff = login(client(), kStaffEmail, kStaffPassword);
    }

    HttpClient client() const
    {
        return m_server->client();
    }

    // Orders Gold yearly (1 990.00 + 20 % tax = 2 388.00 EUR) in `locale`, has staff record the
    // transfer, lets the owner choose a password and sign in.
    Buyer buy(const std::string& locale, const std::string& name, const std::string& company,
              const std::string& email) const
    {
        const auto placed = client().post(
            "/api/tenants/orders/", R"({"plan":)" + std::to_string(planId(client(), "gold")) +
                                        R"(,"billing_cycle":"yearly","customer":{"name":")" + name +
                                        R"(","company":")" + company + R"(","email":")" + email +
                                        R"("},"locale":")" + locale + R"("})");
        EXPECT_EQ(placed.status, 201) << placed.body;
        const auto order = placed.json();
        const auto paid = client().post(
            "/api/admin/orders/" + std::to_string(order->getValue<std::int64_t>("id")) +
                "/record_payment/",
            R"({"amount":")" + order->getValue<std::string>("total") + R"(","currency":"EUR"})",
            "application/json", auth(m_staff));
        EXPECT_EQ(paid.status, 200) << paid.body;
        const auto set = client().post(
            "/api/auth/password-reset/confirm/",
            R"({"token":")" + tokenFromEmail(lastEmailTo(m_dir.path(), email, "welcome")) +
                R"(","password":")" + kMemberPassword + R"("})");
        EXPECT_EQ(set.status, 200) << set.body;
        Buyer buyer;
        buyer.organizationId = paid.json()->getValue<std::string>("organization");
        buyer.token = login(client(), email, kMemberPassword);
        const auto invoice = client()
                                 .get("/api/tenants/invoices/", auth(buyer.token))
                                 .json()
                                 ->getArray("results")
                                 ->getObject(0);
        buyer.invoiceId = invoice->getValue<std::int64_t>("id");
        buyer.invoiceNumber = invoice->getValue<std::string>("invoice_number");
        return buyer;
    }

    HttpResult download(std::int64_t invoiceId,
                        const std::map<std::string, std::string>& headers) const
    {
        return client().get("/api/tenants/invoices/" + std::to_string(invoiceId) + "/download/",
                            headers);
    }

    static void expectAll(const std::string& text, const std::vector<std::string>& expected)
    {
        for (const std::string& piece : expected)
            EXPECT_NE(text.find(piece), std::string::npos) << piece << " missing in:\n" << text;
    }

    TempDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::string m_staff;
};

TEST_F(InvoiceDownloadTest, FrenchOrganizationGetsAFrenchPdfAttachment)
{
    const Buyer buyer =
        buy("fr", "Élodie Ngo Ndjock", "Société Générale Élodie", "elodie@sge.example.com");
    const auto answer = download(buyer.invoiceId, auth(buyer.token));
    ASSERT_EQ(answer.status, 200) << answer.body;
    EXPECT_EQ(buyer.invoiceNumber, "INV-202611-00001");
    EXPECT_EQ(answer.header("Content-Type"), "application/pdf");
    EXPECT_EQ(answer.header("Content-Disposition"),
              "attachment; filename=\"" + buyer.invoiceNumber + ".pdf\"");
    EXPECT_EQ(answer.header("Cache-Control"), "private, no-store");
    EXPECT_EQ(answer.header("Content-Length"), std::to_string(answer.body.size()));
    ASSERT_EQ(answer.body.rfind("%PDF-", 0), 0u);
    expectAll(pdfToText(answer.body),
              {buyer.invoiceNumber, "FACTURE", "Facturé à", "Société Générale Élodie",
               "Élodie Ngo Ndjock", "EBM Cloud SARL", "Yaoundé, Cameroun", "25/11/2026", "Payée",
               "Forfait Gold", "1 990,00 EUR", "TVA (20 %)", "398,00 EUR", "2 388,00 EUR"});
}

TEST_F(InvoiceDownloadTest, EnglishOrganizationGetsAnEnglishPdf)
{
    const Buyer buyer = buy("en", "Ana Mbarga", "Douala Data", "ana@douala.example.com");
    const auto answer = download(buyer.invoiceId, auth(buyer.token));
    ASSERT_EQ(answer.status, 200) << answer.body;
    const std::string text = pdfToText(answer.body);
    expectAll(text, {buyer.invoiceNumber, "INVOICE", "Bill to", "Douala Data", "2026-11-25", "Paid",
                     "Gold plan", "1,990.00 EUR", "Tax (20%)", "2,388.00 EUR"});
    EXPECT_EQ(text.find("FACTURE"), std::string::npos);
}

TEST_F(InvoiceDownloadTest, ThePdfFollowsTheOrganizationsCurrentLanguage)
{
    const Buyer buyer = buy("fr", "Zoé Abena", "Abena & Fils", "zoe@abena.example.com");
    executeSql(m_dir.file("ebm.sqlite3"),
               "UPDATE organizations SET locale = 'en' WHERE id = '" + buyer.organizationId + "'");
    const auto answer = download(buyer.invoiceId, auth(buyer.token));
    ASSERT_EQ(answer.status, 200) << answer.body;
    expectAll(pdfToText(answer.body), {"INVOICE", "2,388.00 EUR", "Abena & Fils"});
}

TEST_F(InvoiceDownloadTest, AnotherOrganizationsInvoiceIs404)
{
    const Buyer owner = buy("fr", "Élodie Ngo Ndjock", "Société Générale", "e@sg.example.com");
    const Buyer other = buy("en", "Ana Mbarga", "Douala Data", "ana@douala.example.com");
    const auto answer = download(owner.invoiceId, auth(other.token));
    EXPECT_EQ(answer.status, 404) << answer.body;
    EXPECT_EQ(answer.json()->getValue<std::string>("code"), "not_found");
    EXPECT_EQ(download(999999, auth(owner.token)).status, 404);
}

TEST_F(InvoiceDownloadTest, AnonymousCallersAre401)
{
    const Buyer buyer = buy("fr", "Élodie Ngo Ndjock", "Société Générale", "e@sg.example.com");
    const auto answer = download(buyer.invoiceId, {});
    EXPECT_EQ(answer.status, 401) << answer.body;
    EXPECT_EQ(answer.header("Content-Type").rfind("application/json", 0), 0u);
}

} // namespace
} // namespace ebm::test
