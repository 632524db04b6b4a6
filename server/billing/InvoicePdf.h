#pragma once

#include <string>
#include <vector>

namespace ebm::billing
{

// A label and its value, already translated and formatted: "Date d'émission" / "25/11/2026".
struct LabelledValue
{
    std::string label;
    std::string value;
};

// One row of the invoice's table, every cell preformatted.
struct InvoiceDocumentLine
{
    std::string description;
    std::string quantity;
    std::string unitPrice;
    std::string amount;
};

// Everything printed on an invoice, already translated and formatted, in UTF-8.
struct InvoiceDocument
{
    std::string title;               // the PDF's metadata title
    std::string heading;             // "FACTURE" / "INVOICE"
    std::string number;              // "INV-202611-00001"
    std::vector<std::string> seller; // the first line (the name) is printed in bold
    std::string buyerHeading;
    std::vector<std::string> buyer;
    std::vector<LabelledValue> details; // dates, period, status
    std::string watermark;              // printed across the page when not empty (void invoices)
    std::string descriptionHeader;
    std::string quantityHeader;
    std::string unitPriceHeader;
    std::string amountHeader;
    std::vector<InvoiceDocumentLine> lines;
    std::vector<LabelledValue> totals; // the last one, the total due, is printed in bold
    std::string footer;
};

// Renders an invoice as an A4 PDF with QPdfWriter (DejaVu Sans, embedded). Needs the process's
// QGuiApplication (GuiRuntime) and throws std::runtime_error without one; callable from any
// thread, renderings are serialized.
class InvoicePdf final
{
public:
    static std::string render(const InvoiceDocument& document);
};

} // namespace ebm::billing
