#include "store/PaymentRepository.h"

#include "domain/Timestamp.h"
#include "security/TokenGenerator.h"
#include "store/RowValues.h"
#include "store/ScopedQuery.h"

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

constexpr std::string_view kSelectSql =
    "SELECT payments.id, payments.transaction_id, payments.order_id, payments.organization_id, "
    "m.code AS method, payments.status, payments.currency, payments.amount_minor, "
    "payments.received_minor, payments.provider_reference, payments.provider_status, "
    "payments.failure_code, payments.failure_reason, payments.payer_phone, "
    "payments.redirect_url, payments.capture_id, payments.receipt_path, "
    "payments.receipt_content_type, payments.receipt_uploaded_at, payments.next_check_at, "
    "payments.check_attempts, payments.verified_by, payments.completed_at, payments.created_at, "
    "payments.updated_at FROM payments JOIN payment_methods m ON m.id = "
    "payments.payment_method_id ";

const std::string kSelect(kSelectSql);

constexpr ScopedTable kPayments{"payments", kSelectSql, {}, {}, "payments.id DESC"};

std::optional<PaymentRecord> firstOf(Poco::Data::Statement& select)
{
    auto found = rowsOf(select, PaymentRepository::fromRow);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::string statusList(const std::vector<PaymentStatus>& statuses)
{
    std::string list;
    for (const PaymentStatus status : statuses)
        list += (list.empty() ? "'" : ", '") + std::string(toString(status)) + "'";
    return list;
}

const std::string kMatching = "WHERE (? IS NULL OR m.code = ?) AND (? IS NULL OR instr(?, ',' || "
                              "payments.status || ',') > 0) "
                              "AND (? IS NULL OR payments.organization_id = ?) "
                              "AND (? IS NULL OR (payments.receipt_path IS NOT NULL) = ?) "
                              "AND (? IS NULL OR payments.updated_at >= ?) ";

// The bound values of the staff filter, in the order kMatching names them.
struct FilterValues
{
    explicit FilterValues(const PaymentFilter& filter)
        : method(nullable(filter.method))
        , organization(nullable(filter.organizationId))
        , updatedSince(nullable(filter.updatedSince))
    {
        if (!filter.statuses.empty()) {
            std::string list = ",";
            for (const PaymentStatus status : filter.statuses)
                list += std::string(toString(status)) + ",";
            statuses = list;
        }
        if (filter.hasReceipt)
            hasReceipt = Poco::Int64{*filter.hasReceipt ? 1 : 0};
    }

    void bind(Poco::Data::Statement& statement)
    {
        statement, use(method), use(method), use(statuses), use(statuses), use(organization),
            use(organization), use(hasReceipt), use(hasReceipt), use(updatedSince),
            use(updatedSince);
    }

    Poco::Nullable<std::string> method, statuses, organization, updatedSince;
    Poco::Nullable<Poco::Int64> hasReceipt;
};

} // namespace

PaymentRecord PaymentRepository::fromRow(Poco::Data::RecordSet& rows)
{
    PaymentRecord payment;
    payment.id = rows["id"].convert<std::int64_t>();
    payment.transactionId = text(rows, "transaction_id");
    payment.orderId = rows["order_id"].convert<std::int64_t>();
    payment.organizationId = text(rows, "organization_id");
    payment.method = text(rows, "method");
    payment.status = parsePaymentStatus(text(rows, "status"));
    const Currency currency = Currency::fromCode(text(rows, "currency"));
    payment.amount = Money(rows["amount_minor"].convert<std::int64_t>(), currency);
    payment.received = Money(optionalInteger(rows, "received_minor").value_or(0), currency);
    payment.providerReference = text(rows, "provider_reference");
    payment.providerStatus = text(rows, "provider_status");
    payment.failureCode = text(rows, "failure_code");
    payment.failureReason = text(rows, "failure_reason");
    payment.payerPhone = text(rows, "payer_phone");
    payment.redirectUrl = text(rows, "redirect_url");
    payment.captureId = text(rows, "capture_id");
    payment.receiptPath = text(rows, "receipt_path");
    payment.receiptContentType = text(rows, "receipt_content_type");
    payment.receiptUploadedAt = text(rows, "receipt_uploaded_at");
    payment.nextCheckAt = text(rows, "next_check_at");
    payment.checkAttempts = static_cast<int>(rows["check_attempts"].convert<std::int64_t>());
    payment.verifiedBy = optionalInteger(rows, "verified_by");
    payment.completedAt = text(rows, "completed_at");
    payment.createdAt = text(rows, "created_at");
    payment.updatedAt = text(rows, "updated_at");
    return payment;
}

PaymentRepository::PaymentRepository(Poco::Data::Session& session)
    : m_session(session)
{
}

std::int64_t PaymentRepository::insertCompleted(std::int64_t orderId, const std::string& methodCode,
                                                const Money& amount,
                                                const std::string& providerReference,
                                                std::optional<std::int64_t> verifiedBy,
                                                std::chrono::sys_seconds at)
{
    std::string transaction = "TXN-" + security::TokenGenerator::newToken().substr(0, 20);
    std::string method = methodCode, currency = amount.currency().code(),
                timestamp = formatIso8601(at);
    Poco::Int64 order = orderId, minor = amount.minorUnits();
    auto reference = nullable(providerReference);
    auto verifier = nullable(verifiedBy);
    auto verifiedAt = nullable(verifiedBy ? timestamp : std::string());
    m_session << "INSERT INTO payments (transaction_id, order_id, payment_method_id, status, "
                 "currency, amount_minor, "
                 "received_minor, provider_reference, verified_by, verified_at, completed_at, "
                 "created_at, updated_at) "
                 "SELECT ?, ?, id, 'completed', ?, ?, ?, ?, ?, ?, ?, ?, ? FROM payment_methods "
                 "WHERE code = ?",
        use(transaction), use(order), use(currency), use(minor), use(minor), use(reference),
        use(verifier), use(verifiedAt), use(timestamp), use(timestamp), use(timestamp), use(method),
        now;
    Poco::Int64 id = 0;
    m_session << "SELECT last_insert_rowid()", into(id), now;
    return id;
}

void PaymentRepository::insertPending(PaymentRecord& payment, std::chrono::sys_seconds at)
{
    std::string currency = payment.amount.currency().code(), timestamp = formatIso8601(at);
    Poco::Int64 order = payment.orderId, minor = payment.amount.minorUnits();
    auto organization = nullable(payment.organizationId), phone = nullable(payment.payerPhone),
         reference = nullable(payment.providerReference), nextCheck = nullable(payment.nextCheckAt);
    m_session << "INSERT INTO payments (transaction_id, order_id, organization_id, "
                 "payment_method_id, status, currency, amount_minor, received_minor, "
                 "provider_reference, payer_phone, next_check_at, created_at, updated_at) "
                 "SELECT ?, ?, ?, id, 'pending', ?, ?, 0, ?, ?, ?, ?, ? FROM payment_methods "
                 "WHERE code = ?",
        use(payment.transactionId), use(order), use(organization), use(currency), use(minor),
        use(reference), use(phone), use(nextCheck), use(timestamp), use(timestamp),
        use(payment.method), now;
    Poco::Int64 id = 0;
    m_session << "SELECT last_insert_rowid()", into(id), now;
    payment.id = id;
    payment.status = PaymentStatus::Pending;
    payment.createdAt = payment.updatedAt = timestamp;
}

bool PaymentRepository::referenceUsed(const std::string& methodCode,
                                      const std::string& providerReference)
{
    return findByProviderReference(methodCode, providerReference).has_value();
}

void PaymentRepository::attachOrganization(std::int64_t paymentId,
                                           const std::string& organizationId)
{
    Poco::Int64 id = paymentId;
    std::string organization = organizationId;
    m_session << "UPDATE payments SET organization_id = ? WHERE id = ?", use(organization), use(id),
        now;
}

std::optional<PaymentRecord> PaymentRepository::findById(std::int64_t id)
{
    Poco::Int64 boundId = id;
    Poco::Data::Statement select(m_session);
    select << kSelect + "WHERE payments.id = ?", use(boundId);
    return firstOf(select);
}

std::optional<PaymentRecord>
PaymentRepository::findByTransactionId(const std::string& transactionId)
{
    std::string transaction = transactionId;
    Poco::Data::Statement select(m_session);
    select << kSelect + "WHERE payments.transaction_id = ?", use(transaction);
    return firstOf(select);
}

std::optional<PaymentRecord>
PaymentRepository::findByProviderReference(const std::string& methodCode,
                                           const std::string& providerReference)
{
    std::string method = methodCode, reference = providerReference;
    Poco::Data::Statement select(m_session);
    select << kSelect + "WHERE m.code = ? AND payments.provider_reference = ?", use(method),
        use(reference);
    return firstOf(select);
}

std::optional<PaymentRecord> PaymentRepository::findOpenForOrder(std::int64_t orderId)
{
    Poco::Int64 order = orderId;
    Poco::Data::Statement select(m_session);
    select << kSelect + "WHERE payments.order_id = ? AND payments.status IN ('pending', "
                        "'processing')",
        use(order);
    return firstOf(select);
}

std::vector<PaymentRecord> PaymentRepository::listForOrder(std::int64_t orderId)
{
    Poco::Int64 order = orderId;
    Poco::Data::Statement select(m_session);
    select << kSelect + "WHERE payments.order_id = ? ORDER BY payments.id DESC", use(order);
    return rowsOf(select, fromRow);
}

std::int64_t PaymentRepository::countMatching(const PaymentFilter& filter)
{
    FilterValues values(filter);
    Poco::Int64 total = 0;
    Poco::Data::Statement select(m_session);
    select << "SELECT COUNT(*) FROM payments JOIN payment_methods m ON m.id = "
              "payments.payment_method_id " +
                  kMatching;
    values.bind(select);
    select, into(total);
    select.execute();
    return total;
}

std::vector<PaymentRecord> PaymentRepository::listMatching(const PaymentFilter& filter,
                                                           std::int64_t offset, std::int64_t limit)
{
    FilterValues values(filter);
    Poco::Int64 boundOffset = offset, boundLimit = limit;
    Poco::Data::Statement select(m_session);
    select << kSelect + kMatching + "ORDER BY payments.id DESC LIMIT ? OFFSET ?";
    values.bind(select);
    select, use(boundLimit), use(boundOffset);
    return rowsOf(select, fromRow);
}

void PaymentRepository::recordStart(std::int64_t id, const std::string& providerReference,
                                    const std::string& redirectUrl,
                                    const std::string& providerStatus, std::chrono::sys_seconds at)
{
    Poco::Int64 boundId = id;
    auto reference = nullable(providerReference), redirect = nullable(redirectUrl),
         status = nullable(providerStatus);
    std::string timestamp = formatIso8601(at);
    // A final payment keeps its provider status: a late start answer never overwrites it.
    m_session << "UPDATE payments SET provider_reference = COALESCE(?, provider_reference), "
                 "redirect_url = ?, provider_status = CASE WHEN status IN ('pending', "
                 "'processing') THEN ? ELSE provider_status END, updated_at = ? WHERE id = ?",
        use(reference), use(redirect), use(status), use(timestamp), use(boundId), now;
}

bool PaymentRepository::moveStatus(std::int64_t id, const std::vector<PaymentStatus>& from,
                                   PaymentStatus to, const std::string& providerStatus,
                                   std::chrono::sys_seconds at)
{
    Poco::Int64 boundId = id;
    std::string target(toString(to)), timestamp = formatIso8601(at);
    auto status = nullable(providerStatus);
    auto completedAt = nullable(to == PaymentStatus::Completed ? timestamp : std::string());
    Poco::Data::Statement update(m_session);
    // The status list is built from the enum's own names, never from input.
    update << "UPDATE payments SET status = ?, provider_status = COALESCE(?, provider_status), "
              "completed_at = COALESCE(?, completed_at), next_check_at = CASE WHEN ? IN "
              "('pending', 'processing') THEN next_check_at END, updated_at = ? "
              "WHERE id = ? AND status IN (" +
                  statusList(from) + ")",
        use(target), use(status), use(completedAt), use(target), use(timestamp), use(boundId);
    return update.execute() > 0;
}

void PaymentRepository::recordFailure(std::int64_t id, const std::string& failureCode,
                                      const std::string& failureReason)
{
    Poco::Int64 boundId = id;
    auto code = nullable(failureCode), reason = nullable(failureReason);
    m_session << "UPDATE payments SET failure_code = ?, failure_reason = ? WHERE id = ?", use(code),
        use(reason), use(boundId), now;
}

void PaymentRepository::recordCapture(std::int64_t id, const std::string& captureId)
{
    Poco::Int64 boundId = id;
    std::string capture = captureId;
    m_session << "UPDATE payments SET capture_id = ? WHERE id = ?", use(capture), use(boundId), now;
}

void PaymentRepository::scheduleCheck(std::int64_t id, const std::string& nextCheckAt, int attempts)
{
    Poco::Int64 boundId = id;
    auto next = nullable(nextCheckAt);
    int boundAttempts = attempts;
    m_session << "UPDATE payments SET next_check_at = ?, check_attempts = ? WHERE id = ?",
        use(next), use(boundAttempts), use(boundId), now;
}

std::vector<PaymentRecord> PaymentRepository::dueForCheck(std::chrono::sys_seconds at, int limit)
{
    std::string timestamp = formatIso8601(at);
    int boundLimit = limit;
    Poco::Data::Statement select(m_session);
    select << kSelect + "WHERE payments.status IN ('pending', 'processing') AND "
                        "payments.next_check_at <= ? ORDER BY payments.next_check_at LIMIT ?",
        use(timestamp), use(boundLimit);
    return rowsOf(select, fromRow);
}

void PaymentRepository::recordReceipt(std::int64_t id, const std::string& path,
                                      const std::string& contentType, std::chrono::sys_seconds at)
{
    Poco::Int64 boundId = id;
    std::string boundPath = path, type = contentType, timestamp = formatIso8601(at);
    m_session << "UPDATE payments SET receipt_path = ?, receipt_content_type = ?, "
                 "receipt_uploaded_at = ?, updated_at = ? WHERE id = ?",
        use(boundPath), use(type), use(timestamp), use(timestamp), use(boundId), now;
}

Money PaymentRepository::credit(std::int64_t id, const Money& amount, std::int64_t staffUserId,
                                std::chrono::sys_seconds at)
{
    Poco::Int64 boundId = id, minor = amount.minorUnits(), staff = staffUserId, total = 0;
    std::string timestamp = formatIso8601(at);
    m_session << "UPDATE payments SET received_minor = COALESCE(received_minor, 0) + ?, "
                 "verified_by = ?, verified_at = ?, updated_at = ? WHERE id = ?",
        use(minor), use(staff), use(timestamp), use(timestamp), use(boundId), now;
    m_session << "SELECT received_minor FROM payments WHERE id = ?", use(boundId), into(total), now;
    return Money(total, amount.currency());
}

OrganizationPaymentRepository::OrganizationPaymentRepository(Poco::Data::Session& session,
                                                             const tenancy::TenantScope& scope)
    : m_session(session)
    , m_scope(scope)
{
}

std::int64_t OrganizationPaymentRepository::count()
{
    return ScopedQuery(m_session, m_scope, kPayments).count();
}

std::vector<PaymentRecord> OrganizationPaymentRepository::list(std::int64_t offset,
                                                               std::int64_t limit)
{
    return ScopedQuery(m_session, m_scope, kPayments)
        .page(PaymentRepository::fromRow, offset, limit);
}

std::optional<PaymentRecord> OrganizationPaymentRepository::find(std::int64_t id)
{
    return ScopedQuery(m_session, m_scope, kPayments).one(PaymentRepository::fromRow, id);
}

} // namespace ebm::store
