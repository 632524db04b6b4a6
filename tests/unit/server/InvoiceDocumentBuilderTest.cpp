#include "billing/InvoiceDocumentBuilder.h"

#include <gtest/gtest.h>
#include <string>

namespace ebm::billing
{
namespace
{

store::InvoiceRecord invoiceWithDiscount(InvoiceStatus status)
{
    const Currency xaf = Currency::fromCode("XAF");
    store::InvoiceRecord invoice;
    invoice.invoiceNumber = "INV-202611-00002";
    invoice.status = status;
    invoice.totals = {Money(150000, xaf), Money(15000, xaf),  Money(135000, xaf),
                      Money(25988, xaf),  Money(160988, xaf), BasisPoints{1925}};
    invoice.sellerJson = R"({"name":"EBM Cloud","address":"","tax_id":"","email":""})";
    invoice.buyerJson = R"({"name":"Jeanne Ekambi","company":"","email":"j@example.com",)"
                        R"("phone":null})";
    invoice.issuedAt = "2026-11-25T10:00:00Z";
    invoice.dueAt = "2026-12-09T10:00:00Z";
    invoice.lines = {{"Silver", 2, Money(75000, xaf)}};
    return invoice;
}

TEST(InvoiceDocumentBuilderTest, FrenchDocument)
{
    const InvoiceDocument document =
        InvoiceDocumentBuilder("fr").build(invoiceWithDiscount(InvoiceStatus::Issued));
    EXPECT_EQ(document.heading, "FACTURE");
    EXPECT_EQ(document.title, "Facture INV-202611-00002");
    EXPECT_EQ(document.number, "INV-202611-00002");
    EXPECT_EQ(document.seller, std::vector<std::string>{"EBM Cloud"});
    EXPECT_EQ(document.buyer, (std::vector<std::string>{"Jeanne Ekambi", "j@example.com"}));
    ASSERT_EQ(document.details.size(), 3u);
    EXPECT_EQ(document.details[0].value, "25/11/2026");
    EXPECT_EQ(document.details[1].value, "09/12/2026");
    EXPECT_EQ(document.details[2].value, "Émise");
    EXPECT_TRUE(document.watermark.empty());
    ASSERT_EQ(document.lines.size(), 1u);
    EXPECT_EQ(document.lines[0].quantity, "2");
    EXPECT_EQ(document.lines[0].amount, "150\u202f000\u00a0XAF");
    ASSERT_EQ(document.totals.size(), 4u);
    EXPECT_EQ(document.totals[1].label, "Remise");
    EXPECT_EQ(document.totals[1].value, "-15\u202f000\u00a0XAF");
    EXPECT_EQ(document.totals[2].label, "TVA (19,25\u00a0%)");
    EXPECT_EQ(document.totals[3].value, "160\u202f988\u00a0XAF");
}

TEST(InvoiceDocumentBuilderTest, EnglishVoidDocumentIsWatermarked)
{
    const InvoiceDocument document =
        InvoiceDocumentBuilder("en").build(invoiceWithDiscount(InvoiceStatus::Void));
    EXPECT_EQ(document.heading, "INVOICE");
    EXPECT_EQ(document.watermark, "VOID");
    EXPECT_EQ(document.details.back().value, "Void");
    EXPECT_EQ(document.totals[2].label, "Tax (19.25%)");
    EXPECT_EQ(document.totals[3].value, "160,988 XAF");
}

TEST(InvoiceDocumentBuilderTest, NoDiscountLineWithoutADiscount)
{
    store::InvoiceRecord invoice = invoiceWithDiscount(InvoiceStatus::Paid);
    invoice.totals.discount = Money::zero(Currency::fromCode("XAF"));
    const InvoiceDocument document = InvoiceDocumentBuilder("en").build(invoice);
    ASSERT_EQ(document.totals.size(), 3u);
    EXPECT_EQ(document.totals[0].label, "Subtotal");
    EXPECT_EQ(document.totals[2].label, "Total");
}

} // namespace
} // namespace ebm::billing
