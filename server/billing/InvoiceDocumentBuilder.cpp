#include "billing/InvoiceDocumentBuilder.h"

#include "billing/LocaleFormat.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <sstream>

namespace ebm::billing
{

using i18n::substitute;

namespace
{

// The snapshot's string fields; a missing or null field reads as empty.
class Snapshot final
{
public:
    explicit Snapshot(const std::string& json)
        : m_object(Poco::JSON::Parser().parse(json).extract<Poco::JSON::Object::Ptr>())
    {
    }

    std::string field(const std::string& key) const
    {
        return m_object->optValue<std::string>(key, "");
    }

private:
    Poco::JSON::Object::Ptr m_object;
};

void addIfPresent(std::vector<std::string>& lines, const std::string& line)
{
    if (!line.empty())
        lines.push_back(line);
}

void addLinesOf(std::vector<std::string>& lines, const std::string& text)
{
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        addIfPresent(lines, line);
}

} // namespace

InvoiceDocumentBuilder::InvoiceDocumentBuilder(const std::string& locale)
    : m_t(locale)
{
}

InvoiceDocument InvoiceDocumentBuilder::build(const store::InvoiceRecord& invoice) const
{
    InvoiceDocument document;
    document.title = substitute(m_t.translate("InvoicePdf", "Invoice %1"), {invoice.invoiceNumber});
    document.heading = m_t.translate("InvoicePdf", "INVOICE");
    document.number = invoice.invoiceNumber;
    document.seller = sellerLines(invoice.sellerJson);
    document.buyerHeading = m_t.translate("InvoicePdf", "Bill to");
    document.buyer = buyerLines(invoice.buyerJson);
    document.details = details(invoice);
    if (invoice.status == InvoiceStatus::Void)
        document.watermark = m_t.translate("InvoicePdf", "VOID");
    setHeadings(document);
    document.lines = lines(invoice);
    document.totals = totals(invoice.totals);
    document.footer = footer(invoice.sellerJson);
    return document;
}

std::vector<std::string> InvoiceDocumentBuilder::sellerLines(const std::string& sellerJson) const
{
    const Snapshot seller(sellerJson);
    std::vector<std::string> lines;
    addIfPresent(lines, seller.field("name"));
    addLinesOf(lines, seller.field("address"));
    if (!seller.field("tax_id").empty())
        lines.push_back(
            substitute(m_t.translate("InvoicePdf", "Tax ID: %1"), {seller.field("tax_id")}));
    addIfPresent(lines, seller.field("email"));
    return lines;
}

std::vector<std::string> InvoiceDocumentBuilder::buyerLines(const std::string& buyerJson) const
{
    const Snapshot buyer(buyerJson);
    std::vector<std::string> lines;
    addIfPresent(lines, buyer.field("company"));
    addIfPresent(lines, buyer.field("name"));
    addIfPresent(lines, buyer.field("email"));
    addIfPresent(lines, buyer.field("phone"));
    return lines;
}

std::vector<LabelledValue>
InvoiceDocumentBuilder::details(const store::InvoiceRecord& invoice) const
{
    const std::string& locale = m_t.locale();
    std::vector<LabelledValue> details{
        {m_t.translate("InvoicePdf", "Issue date"), formatDay(invoice.issuedAt, locale)}};
    if (!invoice.dueAt.empty())
        details.push_back(
            {m_t.translate("InvoicePdf", "Due date"), formatDay(invoice.dueAt, locale)});
    if (invoice.status == InvoiceStatus::Paid && !invoice.paidAt.empty())
        details.push_back(
            {m_t.translate("InvoicePdf", "Paid on"), formatDay(invoice.paidAt, locale)});
    if (!invoice.periodStart.empty() && !invoice.periodEnd.empty())
        details.push_back({m_t.translate("InvoicePdf", "Period"),
                           substitute(m_t.translate("InvoicePdf", "%1 to %2"),
                                      {formatDay(invoice.periodStart, locale),
                                       formatDay(invoice.periodEnd, locale)})});
    details.push_back({m_t.translate("InvoicePdf", "Status"), statusName(invoice.status)});
    return details;
}

std::string InvoiceDocumentBuilder::statusName(InvoiceStatus status) const
{
    switch (status) {
    case InvoiceStatus::Draft:
        return m_t.translate("InvoicePdf", "Draft");
    case InvoiceStatus::Issued:
        return m_t.translate("InvoicePdf", "Issued");
    case InvoiceStatus::Paid:
        return m_t.translate("InvoicePdf", "Paid");
    case InvoiceStatus::Void:
        break;
    }
    return m_t.translate("InvoicePdf", "Void");
}

void InvoiceDocumentBuilder::setHeadings(InvoiceDocument& document) const
{
    document.descriptionHeader = m_t.translate("InvoicePdf", "Description");
    document.quantityHeader = m_t.translate("InvoicePdf", "Qty");
    document.unitPriceHeader = m_t.translate("InvoicePdf", "Unit price");
    document.amountHeader = m_t.translate("InvoicePdf", "Amount");
}

std::vector<InvoiceDocumentLine>
InvoiceDocumentBuilder::lines(const store::InvoiceRecord& invoice) const
{
    std::vector<InvoiceDocumentLine> lines;
    for (const store::InvoiceLine& line : invoice.lines)
        lines.push_back({line.description, std::to_string(line.quantity), money(line.unitPrice),
                         money(line.unitPrice.times(line.quantity))});
    return lines;
}

std::vector<LabelledValue> InvoiceDocumentBuilder::totals(const PriceQuote& totals) const
{
    std::vector<LabelledValue> rows{
        {m_t.translate("InvoicePdf", "Subtotal"), money(totals.subtotal)}};
    if (!totals.discount.isZero())
        rows.push_back({m_t.translate("InvoicePdf", "Discount"), "-" + money(totals.discount)});
    rows.push_back({substitute(m_t.translate("InvoicePdf", "Tax (%1)"),
                               {formatPercent(totals.taxRate, m_t.locale())}),
                    money(totals.tax)});
    rows.push_back({m_t.translate("InvoicePdf", "Total"), money(totals.total)});
    return rows;
}

std::string InvoiceDocumentBuilder::footer(const std::string& sellerJson) const
{
    const std::string thanks = m_t.translate("InvoicePdf", "Thank you for your business.");
    const std::string seller = Snapshot(sellerJson).field("name");
    return seller.empty() ? thanks : seller + " — " + thanks;
}

std::string InvoiceDocumentBuilder::money(const Money& amount) const
{
    return formatMoney(amount, m_t.locale());
}

} // namespace ebm::billing
