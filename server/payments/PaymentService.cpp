#include "payments/PaymentService.h"

#include "domain/DomainError.h"
#include "domain/Timestamp.h"
#include "http/ApiError.h"
#include "i18n/Translator.h"
#include "payments/FailureMessages.h"
#include "payments/ProviderHttpClient.h"
#include "services/CustomerEvents.h"
#include "services/RequireFound.h"
#include "store/AuditLogRepository.h"
#include "store/OutboxRepository.h"
#include "store/PaymentMethodRepository.h"
#include "store/WriteTransaction.h"

#include <Poco/Logger.h>
#include <Poco/UUIDGenerator.h>

namespace ebm::payments
{

using http::ApiError;
using services::requireFound;
using Outcome = ProviderState::Outcome;

namespace
{

// How soon an automatic payment's status is first asked again by the reconciliation job, the
// longest wait between two checks, and how many payments one run checks.
constexpr std::chrono::minutes kFirstCheck{2};
constexpr std::chrono::minutes kLongestCheckInterval{6 * 60};
constexpr int kReconcileBatch = 500;

const std::vector<PaymentStatus> kOpen{PaymentStatus::Pending, PaymentStatus::Processing};

std::string money(const Money& amount)
{
    return amount.toDecimalString() + " " + amount.currency().code();
}

void audit(Poco::Data::Session& session, const store::PaymentRecord& payment,
           const std::string& action, const std::string& reason,
           std::optional<std::int64_t> staffUserId, const std::string& requestId,
           std::chrono::sys_seconds at)
{
    store::AuditEntry entry;
    entry.actorKind = staffUserId ? "staff" : "system";
    entry.actorUserId = staffUserId;
    entry.organizationId = payment.organizationId;
    entry.action = action;
    entry.targetType = "payment";
    entry.targetId = payment.transactionId;
    entry.reason = reason;
    entry.requestId = requestId;
    store::AuditLogRepository(session).append(entry, at);
}

void requireMethodEnabled(Poco::Data::Session& session, const std::string& method)
{
    const auto row = store::PaymentMethodRepository(session).findByCode(method);
    if (!row || !row->isEnabled)
        throw ApiError(409, "payment_method_disabled",
                       "This payment method is not offered at the moment; choose another one.");
}

// What staff say arrived: a positive decimal in the payment's currency, or what is still due.
Money amountArrived(const store::PaymentRecord& payment, const std::optional<std::string>& text)
{
    if (!text)
        return payment.amount - payment.received;
    const std::string expected = "Give the positive amount received, in " +
                                 payment.amount.currency().code() + " (e.g. \"" +
                                 payment.amount.toDecimalString() + "\").";
    try {
        const Money arrived = Money::parse(*text, payment.amount.currency());
        if (arrived > Money::zero(arrived.currency()))
            return arrived;
    } catch (const DomainError&) {
    }
    throw ApiError::validation("amount_received", expected);
}

} // namespace

PaymentService::PaymentService(store::Database& database, const Clock& clock,
                               services::OrderService& orders,
                               services::ProvisioningService& provisioning,
                               const mail::EmailComposer& composer, const ReceiptStore& receipts,
                               std::vector<PaymentProvider*> providers, std::string publicBaseUrl)
    : m_database(database)
    , m_clock(clock)
    , m_orders(orders)
    , m_provisioning(provisioning)
    , m_composer(composer)
    , m_receipts(receipts)
    , m_providers(std::move(providers))
    , m_publicBaseUrl(std::move(publicBaseUrl))
{
}

PaymentProvider& PaymentService::provider(const std::string& method) const
{
    for (PaymentProvider* candidate : m_providers)
        if (candidate->code() == method)
            return *candidate;
    throw ApiError::validation("payment_method",
                               "Unknown payment method; choose paypal, mtn_momo or bank_transfer.");
}

PaymentView PaymentService::initiate(std::int64_t orderId, const OrderCaller& caller,
                                     const std::string& method, const std::string& phone,
                                     const std::string& requestId)
{
    return startPayment(m_orders.get(orderId, caller.principal, caller.orderToken).order, method,
                        phone, requestId);
}

PaymentView PaymentService::startRenewal(const store::OrderRecord& order, const std::string& method,
                                         const std::string& phone, const std::string& requestId)
{
    return startPayment(order, method, phone, requestId);
}

PaymentView PaymentService::startPayment(const store::OrderRecord& order, const std::string& method,
                                         const std::string& phone, const std::string& requestId)
{
    if (order.status != OrderStatus::Pending)
        throw ApiError(409, "order_not_payable",
                       "This order is " + std::string(toString(order.status)) +
                           " and can no longer be paid.");
    const std::string payerPhone = provider(method).requireAcceptable(order, phone);
    bool created = false;
    const auto payment = openPayment(order, method, payerPhone, created);
    if (created)
        startAtProvider(payment, order, requestId);
    Poco::Logger::get("ebm.payments")
        .information("%s payment %s for order %s: %s", requestId, payment.transactionId,
                     order.orderNumber, std::string(created ? "started" : "already open"));
    Poco::Data::Session session = m_database.session();
    PaymentView answer =
        viewOf(requireFound(store::PaymentRepository(session).findById(payment.id)));
    answer.created = created;
    return answer;
}

// The order's open payment for this method and phone, or a new pending one (after giving up an
// open attempt of another kind when no money can still move on it).
store::PaymentRecord PaymentService::openPayment(const store::OrderRecord& order,
                                                 const std::string& method,
                                                 const std::string& phone, bool& created)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    requireMethodEnabled(session, method);
    store::PaymentRepository payments(session);
    if (const auto open = payments.findOpenForOrder(order.id)) {
        if (open->method == method && open->payerPhone == phone)
            return *open;
        if (!provider(open->method).canSupersede(*open))
            throw ApiError(409, "payment_in_progress",
                           "A payment of this order is still in progress; wait for its outcome "
                           "or check it with verify_payment.");
        payments.moveStatus(open->id, kOpen, PaymentStatus::Failed, "SUPERSEDED", at);
        payments.recordFailure(open->id, "SUPERSEDED", "replaced by a new payment attempt");
    }
    store::PaymentRecord payment;
    payment.transactionId = Poco::UUIDGenerator::defaultGenerator().createRandom().toString();
    payment.orderId = order.id;
    payment.organizationId = order.organizationId;
    payment.method = method;
    payment.amount = order.quote.total;
    payment.payerPhone = phone;
    if (method != "bank_transfer")
        payment.nextCheckAt = formatIso8601(at + kFirstCheck);
    payments.insertPending(payment, at);
    payment.providerReference = provider(method).referenceBeforeStart(payment, order);
    if (!payment.providerReference.empty())
        payments.recordStart(payment.id, payment.providerReference, {}, {}, at);
    transaction.commit();
    created = true;
    return payment;
}

void PaymentService::startAtProvider(const store::PaymentRecord& payment,
                                     const store::OrderRecord& order, const std::string& requestId)
{
    const std::string query = "?payment=" + payment.transactionId;
    const PaymentContext context{
        payment, order, m_publicBaseUrl + "/payments/paypal/return/" + query,
        m_publicBaseUrl + "/payments/paypal/cancel/" + query, m_publicBaseUrl + "/webhooks/mtn/"};
    try {
        const ProviderStart started = provider(payment.method).start(context);
        Poco::Data::Session session = m_database.session();
        store::WriteTransaction transaction(session);
        store::PaymentRepository(session).recordStart(payment.id, started.providerReference,
                                                      started.redirectUrl, started.providerStatus,
                                                      m_clock.now());
        transaction.commit();
    } catch (const ApiError& refusal) {
        // The provider answered and said no: this attempt is over; the buyer may try again.
        ProviderState refused;
        refused.outcome = Outcome::Failed;
        refused.failureCode = "PROVIDER_REFUSED";
        refused.failureReason = refusal.what();
        apply(payment.id, refused, requestId);
        throw;
    } catch (const ProviderUnavailable& error) {
        // Stays pending: verify_payment and the reconciliation job start it again with the same
        // idempotency key.
        Poco::Logger::get("ebm.payments")
            .warning("payment %s not started yet: %s", payment.transactionId,
                     std::string(error.what()));
    }
}

PaymentView PaymentService::verify(std::int64_t orderId, const OrderCaller& caller,
                                   const std::string& requestId)
{
    const auto view = m_orders.get(orderId, caller.principal, caller.orderToken);
    Poco::Data::Session session = m_database.session();
    const auto payments = store::PaymentRepository(session).listForOrder(view.order.id);
    if (payments.empty())
        throw ApiError(404, "no_payment", "No payment was started for this order.");
    const auto& latest = payments.front();
    if (latest.status != PaymentStatus::Pending && latest.status != PaymentStatus::Processing)
        return viewOf(latest);
    return viewOf(refresh(latest, requestId));
}

store::PaymentRecord PaymentService::refresh(const store::PaymentRecord& payment,
                                             const std::string& requestId)
{
    try {
        const ProviderState state = provider(payment.method).check(payment);
        if (state.outcome != Outcome::NotStarted)
            return apply(payment.id, state, requestId);
        Poco::Data::Session session = m_database.session();
        const auto order = requireFound(store::OrderRepository(session).findById(payment.orderId));
        startAtProvider(payment, order, requestId);
    } catch (const ProviderUnavailable& error) {
        Poco::Logger::get("ebm.payments")
            .warning("%s payment %s: provider unavailable, checked again later: %s", requestId,
                     payment.transactionId, std::string(error.what()));
    }
    Poco::Data::Session session = m_database.session();
    return requireFound(store::PaymentRepository(session).findById(payment.id));
}

store::PaymentRecord PaymentService::apply(std::int64_t paymentId, const ProviderState& state,
                                           const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    store::PaymentRepository payments(session);
    const auto payment = requireFound(payments.findById(paymentId));
    switch (state.outcome) {
    case Outcome::Completed:
        complete(session, payment, state, requestId, at);
        break;
    case Outcome::Failed:
        fail(session, payment, state, requestId, at);
        break;
    case Outcome::Processing:
        payments.moveStatus(payment.id, kOpen, PaymentStatus::Processing, state.providerStatus, at);
        break;
    case Outcome::Pending:
    case Outcome::NotStarted:
        payments.moveStatus(payment.id, {PaymentStatus::Pending}, PaymentStatus::Pending,
                            state.providerStatus, at);
        break;
    }
    transaction.commit();
    return requireFound(payments.findById(paymentId));
}

store::PaymentRecord PaymentService::markRefunded(std::int64_t paymentId, const std::string& reason,
                                                  const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    store::PaymentRepository payments(session);
    const auto payment = requireFound(payments.findById(paymentId));
    if (payments.moveStatus(payment.id, {PaymentStatus::Completed}, PaymentStatus::Refunded,
                            "REFUNDED", at))
        audit(session, payment, "payment.refunded", reason, std::nullopt, requestId, at);
    transaction.commit();
    return requireFound(payments.findById(paymentId));
}

void PaymentService::complete(Poco::Data::Session& session, const store::PaymentRecord& payment,
                              const ProviderState& state, const std::string& requestId,
                              std::chrono::sys_seconds at)
{
    store::PaymentRepository payments(session);
    if (state.amount && !(*state.amount == payment.amount)) {
        if (payments.moveStatus(payment.id, kOpen, PaymentStatus::Processing, "AMOUNT_MISMATCH",
                                at)) {
            payments.recordFailure(payment.id, "AMOUNT_MISMATCH",
                                   "the provider reports " + money(*state.amount));
            audit(session, payment, "payment.amount_mismatch", money(*state.amount), std::nullopt,
                  requestId, at);
        }
        return;
    }
    if (!state.captureId.empty())
        payments.recordCapture(payment.id, state.captureId);
    if (!payments.moveStatus(payment.id, kOpen, PaymentStatus::Completed, state.providerStatus, at))
        return; // already final: a repeated or late answer changes nothing
    audit(session, payment, "payment.completed", {}, std::nullopt, requestId, at);
    const auto order = requireFound(store::OrderRepository(session).findById(payment.orderId));
    if (order.status == OrderStatus::Pending)
        m_provisioning.provision(session, order, payment.id, requestId);
    else
        audit(session, payment, "payment.completed_for_closed_order",
              "order " + order.orderNumber + " is " + std::string(toString(order.status)) +
                  "; refund or apply by hand",
              std::nullopt, requestId, at);
}

void PaymentService::fail(Poco::Data::Session& session, const store::PaymentRecord& payment,
                          const ProviderState& state, const std::string& requestId,
                          std::chrono::sys_seconds at)
{
    store::PaymentRepository payments(session);
    if (!payments.moveStatus(payment.id, kOpen, PaymentStatus::Failed, state.providerStatus, at))
        return;
    payments.recordFailure(payment.id, state.failureCode, state.failureReason);
    audit(session, payment, "payment.failed", state.failureCode, std::nullopt, requestId, at);
    const auto order = requireFound(store::OrderRepository(session).findById(payment.orderId));
    const i18n::Translator t(order.locale);
    const std::string reason =
        i18n::substitute(customerFailureMessage(state.failureCode, t), {state.failureReason});
    auto email =
        m_composer.paymentFailed(order.locale, order.customerEmail, order.orderNumber, reason);
    email.organizationId = payment.organizationId;
    email.dedupeKey = "payment_failed:" + payment.transactionId;
    store::OutboxRepository(session).enqueue(email, at);
    services::EventPublisher(session, at)
        .publish(services::CustomerEvents::paymentFailed(payment.organizationId, order, payment.id,
                                                         state.failureCode));
}

PaymentView PaymentService::uploadReceipt(std::int64_t orderId, const OrderCaller& caller,
                                          const std::string& bytes, const std::string& requestId)
{
    const auto view = m_orders.get(orderId, caller.principal, caller.orderToken);
    const auto contentType = ReceiptStore::sniffContentType(bytes);
    if (!contentType)
        throw ApiError::validation("receipt", "Send the receipt as a PDF, PNG or JPEG file.");
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    store::PaymentRepository payments(session);
    const auto open = payments.findOpenForOrder(view.order.id);
    if (!open || open->method != "bank_transfer")
        throw ApiError(409, "no_bank_transfer",
                       "This order has no bank transfer waiting for a receipt; start one with "
                       "initiate_payment first.");
    const std::string path = m_receipts.save(open->transactionId, *contentType, bytes);
    payments.recordReceipt(open->id, path, *contentType, m_clock.now());
    audit(session, *open, "payment.receipt_uploaded", *contentType, std::nullopt, requestId,
          m_clock.now());
    transaction.commit();
    return viewOf(requireFound(payments.findById(open->id)));
}

PaymentView PaymentService::verifyBankTransfer(std::int64_t paymentId,
                                               const BankTransferDecision& decision,
                                               const auth::Principal& staff,
                                               const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    store::PaymentRepository payments(session);
    const auto payment = requireFound(payments.findById(paymentId));
    if (payment.method != "bank_transfer")
        throw ApiError(409, "not_a_bank_transfer", "Only bank transfers are verified by staff.");
    if (payment.status != PaymentStatus::Pending && payment.status != PaymentStatus::Processing)
        throw ApiError(409, "payment_closed",
                       "This payment is already " + std::string(toString(payment.status)) + ".");
    if (!decision.approve) {
        ProviderState rejected;
        rejected.outcome = Outcome::Failed;
        rejected.providerStatus = "REJECTED";
        rejected.failureCode = "REJECTED_BY_STAFF";
        rejected.failureReason = decision.reason;
        fail(session, payment, rejected, requestId, at);
        audit(session, payment, "payment.bank_transfer_rejected", decision.reason, staff.userId,
              requestId, at);
        transaction.commit();
        return viewOf(requireFound(payments.findById(paymentId)));
    }
    const Money arrived = amountArrived(payment, decision.amountReceived);
    const Money total = payments.credit(payment.id, arrived, staff.userId, at);
    audit(session, payment, "payment.bank_transfer_credited", money(arrived), staff.userId,
          requestId, at);
    if (total >= payment.amount) {
        ProviderState paid;
        paid.outcome = Outcome::Completed;
        paid.providerStatus = total > payment.amount ? "OVERPAID" : "RECEIVED";
        complete(session, payment, paid, requestId, at);
    }
    transaction.commit();
    return viewOf(requireFound(payments.findById(paymentId)));
}

PaymentService::PaymentPage PaymentService::list(const tenancy::TenantScope& scope,
                                                 std::int64_t offset, std::int64_t limit)
{
    Poco::Data::Session session = m_database.session();
    store::OrganizationPaymentRepository payments(session, scope);
    PaymentPage page{payments.count(), {}};
    for (auto& payment : payments.list(offset, limit))
        page.payments.push_back(viewOf(std::move(payment)));
    return page;
}

PaymentView PaymentService::get(const tenancy::TenantScope& scope, std::int64_t id)
{
    Poco::Data::Session session = m_database.session();
    return viewOf(requireFound(store::OrganizationPaymentRepository(session, scope).find(id)));
}

Receipt PaymentService::receipt(const tenancy::TenantScope& scope, std::int64_t id)
{
    Poco::Data::Session session = m_database.session();
    return receiptOf(requireFound(store::OrganizationPaymentRepository(session, scope).find(id)));
}

Receipt PaymentService::receiptForStaff(std::int64_t id)
{
    Poco::Data::Session session = m_database.session();
    return receiptOf(requireFound(store::PaymentRepository(session).findById(id)));
}

PaymentService::PaymentPage PaymentService::listForStaff(const store::PaymentFilter& filter,
                                                         std::int64_t offset, std::int64_t limit)
{
    Poco::Data::Session session = m_database.session();
    store::PaymentRepository payments(session);
    PaymentPage page{payments.countMatching(filter), {}};
    for (auto& payment : payments.listMatching(filter, offset, limit))
        page.payments.push_back(viewOf(std::move(payment)));
    return page;
}

PaymentView PaymentService::getForStaff(std::int64_t id)
{
    Poco::Data::Session session = m_database.session();
    return viewOf(requireFound(store::PaymentRepository(session).findById(id)));
}

Receipt PaymentService::receiptOf(const store::PaymentRecord& payment) const
{
    if (payment.receiptPath.empty())
        throw ApiError::notFound("No receipt was uploaded for this payment.");
    return m_receipts.load(payment.receiptPath, payment.receiptContentType);
}

PaymentService::ReconcileCounts PaymentService::reconcile(store::JobRunRecord& record,
                                                          const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    ReconcileCounts counts;
    for (const auto& payment :
         store::PaymentRepository(session).dueForCheck(m_clock.now(), kReconcileBatch)) {
        try {
            const auto after = refresh(payment, requestId);
            counts.completed += after.status == PaymentStatus::Completed;
            counts.failed += after.status == PaymentStatus::Failed;
            if (after.status == PaymentStatus::Pending || after.status == PaymentStatus::Processing)
                counts.givenUp += scheduleNextCheck(after, requestId);
            ++record.itemsProcessed;
        } catch (const std::exception& error) {
            ++record.itemsFailed;
            record.message = "payment " + payment.transactionId + ": " + error.what();
        }
    }
    counts.checked = static_cast<int>(record.itemsProcessed + record.itemsFailed);
    store::WriteTransaction transaction(session);
    counts.ordersExpired = store::OrderRepository(session).expireStale(m_clock.now());
    transaction.commit();
    record.itemsProcessed += counts.ordersExpired;
    return counts;
}

bool PaymentService::scheduleNextCheck(const store::PaymentRecord& payment,
                                       const std::string& requestId)
{
    const auto at = m_clock.now();
    if (at - parseIso8601(payment.createdAt) >= kGiveUpAfter) {
        ProviderState expired;
        expired.outcome = Outcome::Failed;
        expired.providerStatus = payment.providerStatus;
        expired.failureCode = "EXPIRED";
        expired.failureReason = "no final answer from the provider within 72 hours";
        apply(payment.id, expired, requestId);
        return true;
    }
    const int attempts = payment.checkAttempts + 1;
    const auto delay = std::min<std::chrono::minutes>(kFirstCheck * (1 << std::min(attempts, 8)),
                                                      kLongestCheckInterval);
    Poco::Data::Session session = m_database.session();
    store::PaymentRepository(session).scheduleCheck(payment.id, formatIso8601(at + delay),
                                                    attempts);
    return false;
}

std::vector<store::PaymentMethodRecord> PaymentService::methods(bool enabledOnly)
{
    Poco::Data::Session session = m_database.session();
    auto all = store::PaymentMethodRepository(session).list();
    if (enabledOnly)
        std::erase_if(all,
                      [](const store::PaymentMethodRecord& method) { return !method.isEnabled; });
    return all;
}

store::PaymentMethodRecord PaymentService::setMethodEnabled(const std::string& code, bool enabled,
                                                            const auth::Principal& staff,
                                                            const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    store::PaymentMethodRepository methods(session);
    const auto before = requireFound(methods.findByCode(code));
    methods.setEnabled(code, enabled, at);
    store::AuditEntry entry;
    entry.actorKind = "staff";
    entry.actorUserId = staff.userId;
    entry.action = enabled ? "payment_method.enabled" : "payment_method.disabled";
    entry.targetType = "payment_method";
    entry.targetId = code;
    entry.beforeJson = before.isEnabled ? R"({"is_enabled":true})" : R"({"is_enabled":false})";
    entry.afterJson = enabled ? R"({"is_enabled":true})" : R"({"is_enabled":false})";
    entry.requestId = requestId;
    store::AuditLogRepository(session).append(entry, at);
    transaction.commit();
    return requireFound(methods.findByCode(code));
}

PaymentView PaymentService::viewOf(store::PaymentRecord payment)
{
    Poco::Data::Session session = m_database.session();
    const auto order = store::OrderRepository(session).findById(payment.orderId);
    PaymentView view{std::move(payment), {}, "en", std::nullopt, false};
    if (order) {
        view.orderNumber = order->orderNumber;
        view.locale = order->locale;
    }
    if (view.payment.method == "bank_transfer")
        view.bankAccount =
            dynamic_cast<const BankTransferProvider&>(provider("bank_transfer")).account();
    return view;
}

} // namespace ebm::payments
