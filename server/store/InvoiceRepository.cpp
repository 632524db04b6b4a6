#include "store/InvoiceRepository.h"

#include "domain/DocumentNumbers.h"
#include "domain/Timestamp.h"
#include "store/RowValues.h"
#include "store/ScopedQuery.h"

#include <Poco/Data/RecordSet.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

const ScopedTable kInvoices{"invoices",
                            "SELECT id, invoice_number, organization_id, order_id, payment_id, "
                            "status, currency, subtotal_minor, "
                            "discount_minor, tax_rate_bp, tax_minor, total_minor, seller_json, "
                            "buyer_json, locale, period_start, "
                            "period_end, issued_at, due_at, paid_at, voided_at, void_reason, "
                            "updated_at FROM invoices",
                            {},
                            {},
                            "issued_at DESC, id DESC"};

InvoiceRecord invoiceFromRow(Poco::Data::RecordSet& rows)
{
    InvoiceRecord invoice;
    invoice.id = rows["id"].convert<std::int64_t>();
    invoice.invoiceNumber = text(rows, "invoice_number");
    invoice.organizationId = text(rows, "organization_id");
    invoice.orderId = optionalInteger(rows, "order_id");
    invoice.paymentId = optionalInteger(rows, "payment_id");
    invoice.status = parseInvoiceStatus(text(rows, "status"));
    const Currency currency = Currency::fromCode(text(rows, "currency"));
    const auto money = [&rows, &currency](const char* column) {
        return Money(rows[column].convert<std::int64_t>(), currency);
    };
    const Money subtotal = money("subtotal_minor"), discount = money("discount_minor");
    invoice.totals = {subtotal,
                      discount,
                      subtotal - discount,
                      money("tax_minor"),
                      money("total_minor"),
                      BasisPoints{rows["tax_rate_bp"].convert<std::int64_t>()}};
    invoice.sellerJson = text(rows, "seller_json");
    invoice.buyerJson = text(rows, "buyer_json");
    invoice.locale = text(rows, "locale");
    invoice.periodStart = text(rows, "period_start");
    invoice.periodEnd = text(rows, "period_end");
    invoice.issuedAt = text(rows, "issued_at");
    invoice.dueAt = text(rows, "due_at");
    invoice.paidAt = text(rows, "paid_at");
    invoice.voidedAt = text(rows, "voided_at");
    invoice.voidReason = text(rows, "void_reason");
    invoice.updatedAt = text(rows, "updated_at");
    return invoice;
}

std::vector<InvoiceLine> linesOf(Poco::Data::Session& session, std::int64_t invoiceId,
                                 const Currency& currency)
{
    Poco::Int64 id = invoiceId;
    std::vector<std::string> descriptions;
    std::vector<Poco::Int64> quantities, units;
    session
        << "SELECT description, quantity, unit_price_minor FROM invoice_lines WHERE invoice_id = ? "
           "ORDER BY position",
        use(id), into(descriptions), into(quantities), into(units), now;
    std::vector<InvoiceLine> lines;
    for (std::size_t i = 0; i < descriptions.size(); ++i)
        lines.push_back({descriptions[i], quantities[i], Money(units[i], currency)});
    return lines;
}

std::vector<InvoiceRecord> withLines(Poco::Data::Session& session,
                                     std::vector<InvoiceRecord> invoices)
{
    for (InvoiceRecord& invoice : invoices)
        invoice.lines = linesOf(session, invoice.id, invoice.totals.total.currency());
    return invoices;
}

const std::string kMatching = "WHERE (? IS NULL OR status = ?) "
                              "AND (? IS NULL OR organization_id = ?) "
                              "AND (? IS NULL OR instr(lower(invoice_number), lower(?)) > 0) "
                              "AND (? IS NULL OR updated_at >= ?) ";

// The bound values of the staff filter, in the order kMatching names them.
struct FilterValues
{
    explicit FilterValues(const InvoiceFilter& filter)
        : status(nullable(filter.status))
        , organization(nullable(filter.organizationId))
        , number(nullable(filter.number))
        , updatedSince(nullable(filter.updatedSince))
    {
    }

    void bind(Poco::Data::Statement& statement)
    {
        statement, use(status), use(status), use(organization), use(organization), use(number),
            use(number), use(updatedSince), use(updatedSince);
    }

    Poco::Nullable<std::string> status, organization, number, updatedSince;
};

} // namespace

InvoiceRepository::InvoiceRepository(Poco::Data::Session& session,
                                     const tenancy::TenantScope& scope)
    : m_session(session)
    , m_scope(scope)
{
}

std::string InvoiceRepository::nextNumber(std::chrono::sys_seconds at)
{
    const auto day = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(at));
    const std::chrono::year_month month{day.year(), day.month()};
    std::string key = formatDate(day).substr(0, 4) + formatDate(day).substr(5, 2);
    m_session << "INSERT INTO invoice_sequences (year_month, last_sequence) VALUES (?, 1) "
                 "ON CONFLICT (year_month) DO UPDATE SET last_sequence = last_sequence + 1",
        use(key), now;
    Poco::Int64 sequence = 0;
    m_session << "SELECT last_sequence FROM invoice_sequences WHERE year_month = ?", use(key),
        into(sequence), now;
    return formatInvoiceNumber(month, static_cast<std::uint32_t>(sequence));
}

InvoiceRecord InvoiceRepository::issue(InvoiceRecord invoice, std::chrono::sys_seconds at)
{
    invoice.organizationId = m_scope.organizationId();
    invoice.invoiceNumber = nextNumber(at);
    invoice.issuedAt = formatIso8601(at);
    std::string status(toString(invoice.status)), currency = invoice.totals.total.currency().code();
    Poco::Int64 subtotal = invoice.totals.subtotal.minorUnits(),
                discount = invoice.totals.discount.minorUnits(),
                rate = invoice.totals.taxRate.value, tax = invoice.totals.tax.minorUnits(),
                total = invoice.totals.total.minorUnits();
    auto order = nullable(invoice.orderId), payment = nullable(invoice.paymentId);
    auto start = nullable(invoice.periodStart), end = nullable(invoice.periodEnd),
         due = nullable(invoice.dueAt), paid = nullable(invoice.paidAt);
    m_session
        << "INSERT INTO invoices (invoice_number, organization_id, order_id, payment_id, status, "
           "currency, "
           "subtotal_minor, discount_minor, tax_rate_bp, tax_minor, total_minor, seller_json, "
           "buyer_json, "
           "locale, period_start, period_end, issued_at, due_at, paid_at, created_at, updated_at) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        use(invoice.invoiceNumber), use(invoice.organizationId), use(order), use(payment),
        use(status), use(currency), use(subtotal), use(discount), use(rate), use(tax), use(total),
        use(invoice.sellerJson), use(invoice.buyerJson), use(invoice.locale), use(start), use(end),
        use(invoice.issuedAt), use(due), use(paid), use(invoice.issuedAt), use(invoice.issuedAt),
        now;
    Poco::Int64 id = 0;
    m_session << "SELECT last_insert_rowid()", into(id), now;
    invoice.id = id;
    int position = 0;
    for (const InvoiceLine& line : invoice.lines) {
        int boundPosition = ++position;
        std::string description = line.description;
        Poco::Int64 quantity = line.quantity, unit = line.unitPrice.minorUnits(),
                    amount = line.unitPrice.times(line.quantity).minorUnits();
        m_session << "INSERT INTO invoice_lines (invoice_id, position, description, quantity, "
                     "unit_price_minor, "
                     "amount_minor) VALUES (?, ?, ?, ?, ?, ?)",
            use(id), use(boundPosition), use(description), use(quantity), use(unit), use(amount),
            now;
    }
    return invoice;
}

std::int64_t InvoiceRepository::count()
{
    return ScopedQuery(m_session, m_scope, kInvoices).count();
}

std::vector<InvoiceRecord> InvoiceRepository::list(std::int64_t offset, std::int64_t limit)
{
    return withLines(
        m_session, ScopedQuery(m_session, m_scope, kInvoices).page(invoiceFromRow, offset, limit));
}

std::optional<InvoiceRecord> InvoiceRepository::find(std::int64_t id)
{
    auto invoice = ScopedQuery(m_session, m_scope, kInvoices).one(invoiceFromRow, id);
    if (invoice)
        invoice->lines = linesOf(m_session, invoice->id, invoice->totals.total.currency());
    return invoice;
}

std::optional<InvoiceRecord> InvoiceRepository::findForOrder(std::int64_t orderId)
{
    Poco::Int64 order = orderId;
    Poco::Nullable<Poco::Int64> id;
    std::string organization = m_scope.organizationId();
    m_session << "SELECT id FROM invoices WHERE order_id = ? AND organization_id = ? AND "
                 "status <> 'void'",
        use(order), use(organization), into(id), now;
    if (id.isNull())
        return std::nullopt;
    return find(id.value());
}

bool InvoiceRepository::markPaid(std::int64_t id, std::int64_t paymentId,
                                 const std::string& periodStart, const std::string& periodEnd,
                                 std::chrono::sys_seconds at)
{
    Poco::Int64 boundId = id, payment = paymentId;
    std::string organization = m_scope.organizationId(), start = periodStart, end = periodEnd,
                timestamp = formatIso8601(at);
    Poco::Data::Statement update(m_session);
    update << "UPDATE invoices SET status = 'paid', payment_id = ?, paid_at = ?, "
              "period_start = ?, period_end = ?, updated_at = ? "
              "WHERE id = ? AND organization_id = ? AND status = 'issued'",
        use(payment), use(timestamp), use(start), use(end), use(timestamp), use(boundId),
        use(organization);
    return update.execute() > 0;
}

bool InvoiceRepository::markVoid(std::int64_t id, const std::string& reason,
                                 std::chrono::sys_seconds at)
{
    Poco::Int64 boundId = id;
    std::string organization = m_scope.organizationId(), boundReason = reason,
                timestamp = formatIso8601(at);
    Poco::Data::Statement update(m_session);
    update << "UPDATE invoices SET status = 'void', voided_at = ?, void_reason = ?, updated_at = ? "
              "WHERE id = ? AND organization_id = ? AND status IN ('draft', 'issued')",
        use(timestamp), use(boundReason), use(timestamp), use(boundId), use(organization);
    return update.execute() > 0;
}

StaffInvoiceRepository::StaffInvoiceRepository(Poco::Data::Session& session)
    : m_session(session)
{
}

std::int64_t StaffInvoiceRepository::count(const InvoiceFilter& filter)
{
    FilterValues values(filter);
    Poco::Int64 total = 0;
    Poco::Data::Statement select(m_session);
    select << "SELECT COUNT(*) FROM invoices " + kMatching;
    values.bind(select);
    select, into(total);
    select.execute();
    return total;
}

std::vector<InvoiceRecord> StaffInvoiceRepository::list(const InvoiceFilter& filter,
                                                        std::int64_t offset, std::int64_t limit)
{
    FilterValues values(filter);
    Poco::Int64 boundOffset = offset, boundLimit = limit;
    Poco::Data::Statement select(m_session);
    select << std::string(kInvoices.select) + " " + kMatching + "ORDER BY id DESC LIMIT ? OFFSET ?";
    values.bind(select);
    select, use(boundLimit), use(boundOffset);
    return withLines(m_session, rowsOf(select, invoiceFromRow));
}

std::optional<InvoiceRecord> StaffInvoiceRepository::find(std::int64_t id)
{
    Poco::Int64 boundId = id;
    Poco::Data::Statement select(m_session);
    select << std::string(kInvoices.select) + " WHERE id = ?", use(boundId);
    auto found = withLines(m_session, rowsOf(select, invoiceFromRow));
    if (found.empty())
        return std::nullopt;
    return found.front();
}

} // namespace ebm::store
