#include "PdfText.h"
#include "billing/GuiRuntime.h"
#include "billing/InvoiceDocumentBuilder.h"
#include "billing/InvoicePdf.h"

#include <gtest/gtest.h>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace ebm::billing
{
namespace
{

using test::pdfToText;

InvoiceDocument accentedDocument()
{
    InvoiceDocument document;
    document.title = "Facture INV-202611-00001";
    document.heading = "FACTURE";
    document.number = "INV-202611-00001";
    document.seller = {"ESXi Backup Manager SARL", "12 rue de l'Église", "Yaoundé, Cameroun"};
    document.buyerHeading = "Facturé à";
    document.buyer = {"Société Générale Élodie Ngo Ndjock", "Élodie Ngo Ndjock"};
    document.details = {{"Date d'émission", "25/11/2026"}, {"Statut", "Payée"}};
    document.descriptionHeader = "Désignation";
    document.quantityHeader = "Qté";
    document.unitPriceHeader = "Prix unitaire";
    document.amountHeader = "Montant";
    document.lines = {{"Formule Silver — abonnement mensuel", "1", "1\u202f234,56\u00a0EUR",
                       "1\u202f234,56\u00a0EUR"}};
    document.totals = {{"Sous-total", "1\u202f234,56\u00a0EUR"},
                       {"TVA (20\u00a0%)", "246,91\u00a0EUR"},
                       {"Total", "1\u202f481,47\u00a0EUR"}};
    document.footer = "ESXi Backup Manager SARL — Merci de votre confiance.";
    return document;
}

store::InvoiceRecord storedInvoice(InvoiceStatus status)
{
    const Currency eur = Currency::fromCode("EUR");
    store::InvoiceRecord invoice;
    invoice.invoiceNumber = "INV-202611-00007";
    invoice.status = status;
    invoice.totals = {Money(790000, eur), Money(0, eur),      Money(790000, eur),
                      Money(158000, eur), Money(948000, eur), BasisPoints{2000}};
    invoice.sellerJson = R"({"name":"EBM Cloud","address":"Rue Joss\nDouala","tax_id":"M012",)"
                         R"("email":"billing@ebm.example.com"})";
    invoice.buyerJson = R"({"name":"Élodie Ngo Ndjock","company":"Société Générale",)"
                        R"("email":"elodie@example.com","phone":""})";
    invoice.issuedAt = "2026-11-25T10:00:00Z";
    invoice.paidAt = "2026-11-25T10:00:00Z";
    invoice.periodStart = "2026-11-25T10:00:00Z";
    invoice.periodEnd = "2026-12-25T10:00:00Z";
    invoice.lines = {{"Gold plan — monthly subscription", 1, Money(790000, eur)}};
    return invoice;
}

// Renders with the process's QGuiApplication, created once for the suite on the main thread.
class InvoicePdfTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_gui = std::make_unique<GuiRuntime>();
    }

    static void TearDownTestSuite()
    {
        s_gui.reset();
    }

    static std::unique_ptr<GuiRuntime> s_gui;
};

std::unique_ptr<GuiRuntime> InvoicePdfTest::s_gui;

TEST_F(InvoicePdfTest, RendersAPdfWhoseTextKeepsTheAccents)
{
    const std::string pdf = InvoicePdf::render(accentedDocument());
    ASSERT_EQ(pdf.rfind("%PDF-", 0), 0u);
    const std::string text = pdfToText(pdf);
    for (const std::string expected :
         {"Société Générale Élodie Ngo Ndjock", "Yaoundé, Cameroun", "12 rue de l'Église",
          "FACTURE", "INV-202611-00001", "Facturé à", "Désignation", "Qté", "Payée",
          "Formule Silver — abonnement mensuel", "1 234,56 EUR", "246,91 EUR", "1 481,47 EUR",
          "Merci de votre confiance."})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << " missing in:\n" << text;
}

TEST_F(InvoicePdfTest, EmbedsDejaVuSans)
{
    const std::string pdf = InvoicePdf::render(accentedDocument());
    EXPECT_NE(pdf.find("DejaVuSans"), std::string::npos);
}

TEST_F(InvoicePdfTest, AVoidInvoiceCarriesItsWatermark)
{
    InvoiceDocument document = accentedDocument();
    document.watermark = "ANNULÉE";
    EXPECT_NE(pdfToText(InvoicePdf::render(document), false).find("ANNULÉE"), std::string::npos);
}

TEST_F(InvoicePdfTest, ManyLinesContinueOnNewPages)
{
    InvoiceDocument document = accentedDocument();
    for (int i = 0; i < 80; ++i)
        document.lines.push_back({"Ligne " + std::to_string(i), "1", "1,00 EUR", "1,00 EUR"});
    const std::string text = pdfToText(InvoicePdf::render(document));
    EXPECT_NE(text.find('\f'), std::string::npos) << "a page break";
    EXPECT_NE(text.find("Ligne 79"), std::string::npos);
    EXPECT_NE(text.find("1 481,47 EUR"), std::string::npos);
}

TEST_F(InvoicePdfTest, ConcurrentRenderingsFromWorkerThreadsAllSucceed)
{
    std::vector<std::string> pdfs(4);
    std::vector<std::thread> workers;
    for (std::string& pdf : pdfs)
        workers.emplace_back([&pdf] { pdf = InvoicePdf::render(accentedDocument()); });
    for (std::thread& worker : workers)
        worker.join();
    for (const std::string& pdf : pdfs)
        EXPECT_NE(pdfToText(pdf).find("Société Générale Élodie Ngo Ndjock"), std::string::npos);
}

TEST_F(InvoicePdfTest, AStoredInvoicePrintsInFrench)
{
    const auto document = InvoiceDocumentBuilder("fr").build(storedInvoice(InvoiceStatus::Paid));
    const std::string text = pdfToText(InvoicePdf::render(document));
    for (const std::string expected :
         {"FACTURE", "INV-202611-00007", "Société Générale", "Élodie Ngo Ndjock", "Rue Joss",
          "Douala", "25/11/2026", "du 25/11/2026 au 25/12/2026", "Payée", "7 900,00 EUR",
          "TVA (20 %)", "1 580,00 EUR", "9 480,00 EUR"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << " missing in:\n" << text;
}

TEST_F(InvoicePdfTest, AStoredInvoicePrintsInEnglish)
{
    const auto document = InvoiceDocumentBuilder("en").build(storedInvoice(InvoiceStatus::Void));
    const std::string text = pdfToText(InvoicePdf::render(document));
    for (const std::string expected : {"INVOICE", "INV-202611-00007", "Bill to", "2026-11-25",
                                       "Void", "7,900.00 EUR", "Tax (20%)", "9,480.00 EUR"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << " missing in:\n" << text;
    EXPECT_NE(pdfToText(InvoicePdf::render(document), false).find("VOID"), std::string::npos);
}

TEST(InvoicePdfWithoutGuiTest, RenderingWithoutTheGuiRuntimeThrows)
{
    try {
        InvoicePdf::render(accentedDocument());
        FAIL() << "rendered without a QGuiApplication";
    } catch (const std::runtime_error& error) {
        EXPECT_NE(std::string(error.what()).find("GuiRuntime"), std::string::npos) << error.what();
    }
}

} // namespace
} // namespace ebm::billing
