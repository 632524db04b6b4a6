#include "web/PortalInvoicesController.h"

#include "billing/LocaleFormat.h"
#include "web/PortalLabels.h"

namespace ebm::web
{

namespace
{

constexpr const char* kTitle = QT_TRANSLATE_NOOP("Web", "Invoices");
constexpr const char* kPeriod = QT_TRANSLATE_NOOP("Web", "%1 to %2");

} // namespace

PortalInvoicesController::PortalInvoicesController(const PortalLayout& layout,
                                                   services::InvoiceService& invoices)
    : m_layout(layout)
    , m_invoices(invoices)
{
}

// GET /account/{id}/invoices?page=  (member, any role, any status)
// Newest first, 25 a page: number, issue date, period, status, total in the page's language
// and a link to the PDF.
http::ApiResponse PortalInvoicesController::list(const http::ApiRequest& request)
{
    const PageRequest page = m_layout.request(request);
    const PortalLabels labels(page.translator());
    const auto paging = PortalLayout::paging(request, kPageSize);
    const auto invoices = m_invoices.list(request.tenant(), paging.offset, paging.limit);
    const std::string base = PortalLayout::baseUrl(request);
    const auto day = [&page](const std::string& instant) {
        return billing::formatDay(instant, page.locale());
    };
    std::vector<TemplateContext> rows;
    for (const store::InvoiceRecord& invoice : invoices.invoices)
        rows.push_back(
            TemplateContext()
                .set("number", invoice.invoiceNumber)
                .set("issued", day(invoice.issuedAt))
                .set("period", invoice.periodStart.empty()
                                   ? std::string()
                                   : i18n::substitute(page.tr(kPeriod), {day(invoice.periodStart),
                                                                         day(invoice.periodEnd)}))
                .set("status", std::string(toString(invoice.status)))
                .set("status_label", labels.status(invoice.status))
                .set("total", billing::formatMoney(invoice.totals.total, page.locale()))
                .set("pdf_url", base + "invoices/" + std::to_string(invoice.id) + "/pdf"));
    TemplateContext context;
    context.set("has_invoices", !rows.empty())
        .set("invoices", std::move(rows))
        .set("pager", m_layout.pager(page, paging, invoices.count));
    return m_layout.page(page, PortalLayout::Section::Invoices, "portal_invoices", context,
                         page.tr(kTitle));
}

// GET /account/{id}/invoices/{invoice_id}/pdf  (member, any role, any status)
// The invoice as a PDF attachment in the organization's language, as the API's download:
// Content-Type application/pdf, Content-Disposition attachment; filename="<number>.pdf".
// Errors: 404 (also another organization's invoice).
http::ApiResponse PortalInvoicesController::pdf(const http::ApiRequest& request)
{
    auto file = m_invoices.pdf(request.tenant(), request.pathId("invoice_id"));
    http::ApiResponse response = http::ApiResponse::text(std::move(file.pdf), "application/pdf");
    response.headers = {{"Content-Disposition", "attachment; filename=\"" + file.fileName + "\""},
                        {"Cache-Control", "private, no-store"},
                        {"X-Content-Type-Options", "nosniff"}};
    return response;
}

} // namespace ebm::web
