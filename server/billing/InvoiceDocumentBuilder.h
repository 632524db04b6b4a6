#pragma once

#include "billing/InvoicePdf.h"
#include "i18n/Translator.h"
#include "store/InvoiceRepository.h"

#include <string>
#include <vector>

namespace ebm::billing
{

// Turns a stored invoice into the document InvoicePdf prints, translated and formatted in one
// locale: parties from the seller and buyer snapshots, dates, status, lines and totals.
class InvoiceDocumentBuilder final
{
public:
    // "fr" or "en" (anything else is English).
    explicit InvoiceDocumentBuilder(const std::string& locale);

    InvoiceDocument build(const store::InvoiceRecord& invoice) const;

private:
    std::vector<std::string> sellerLines(const std::string& sellerJson) const;
    std::vector<std::string> buyerLines(const std::string& buyerJson) const;
    std::vector<LabelledValue> details(const store::InvoiceRecord& invoice) const;
    std::string statusName(InvoiceStatus status) const;
    std::vector<InvoiceDocumentLine> lines(const store::InvoiceRecord& invoice) const;
    std::vector<LabelledValue> totals(const PriceQuote& totals) const;
    std::string footer(const std::string& sellerJson) const;
    void setHeadings(InvoiceDocument& document) const;
    std::string money(const Money& amount) const;

    i18n::Translator m_t;
};

} // namespace ebm::billing
