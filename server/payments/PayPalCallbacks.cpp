#include "payments/PayPalCallbacks.h"

#include "http/ApiError.h"
#include "payments/JsonRead.h"
#include "payments/PayPalAmounts.h"
#include "security/TokenGenerator.h"
#include "services/RequireFound.h"
#include "store/OrderRepository.h"
#include "store/PaymentRepository.h"
#include "store/WebhookEventRepository.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Logger.h>
#include <Poco/String.h>
#include <sstream>

namespace ebm::payments
{

using Outcome = ProviderState::Outcome;
using Poco::JSON::Object;

namespace
{

constexpr std::size_t kMaxEventIdLength = 255;
constexpr std::size_t kMaxEventTypeLength = 100;
const char* const kNoPayment = "no matching payment";

// The event's own id when it has a usable one, else a digest of the body. A delivery whose
// signature fails never takes the id it claims, so a forgery cannot shadow the genuine event.
std::string eventIdOf(const Object::Ptr& event, const std::string& rawBody, bool signatureValid)
{
    const std::string digest = security::TokenGenerator::hash(rawBody);
    if (!signatureValid)
        return "unverified:" + digest;
    const std::string id = jsonText(event, "id");
    return id.empty() || id.size() > kMaxEventIdLength ? digest : id;
}

// The headers as stored: lower-case names, credentials and cookies left out.
std::string headersJson(const std::map<std::string, std::string>& headers)
{
    Object::Ptr json = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const auto& [name, value] : headers) {
        const std::string key = Poco::toLower(name);
        if (key != "authorization" && key != "cookie")
            json->set(key, value);
    }
    std::ostringstream out;
    json->stringify(out);
    return out.str();
}

// "ORD-20260302-7K2M9Q-42" → 42: our invoice_id is the order number, a dash and the payment id.
std::optional<std::int64_t> paymentIdOfInvoice(const std::string& invoiceId)
{
    const std::size_t dash = invoiceId.rfind('-');
    if (dash == std::string::npos || dash + 1 >= invoiceId.size() || dash + 19 < invoiceId.size())
        return std::nullopt;
    std::int64_t id = 0;
    for (std::size_t i = dash + 1; i < invoiceId.size(); ++i) {
        if (invoiceId[i] < '0' || invoiceId[i] > '9')
            return std::nullopt;
        id = id * 10 + (invoiceId[i] - '0');
    }
    return id;
}

Object::Ptr firstPurchaseUnit(const Object::Ptr& resource)
{
    if (!resource || !resource->isArray("purchase_units"))
        return nullptr;
    const auto units = resource->getArray("purchase_units");
    return units->size() > 0 && units->isObject(0) ? units->getObject(0) : nullptr;
}

// The payment an invoice_id names, when it really is that payment's.
std::optional<store::PaymentRecord> byInvoice(Poco::Data::Session& session,
                                              const std::string& invoiceId)
{
    const auto id = paymentIdOfInvoice(invoiceId);
    if (!id)
        return std::nullopt;
    auto payment = store::PaymentRepository(session).findById(*id);
    if (!payment)
        return std::nullopt;
    const auto order = store::OrderRepository(session).findById(payment->orderId);
    if (!order || invoiceId != order->orderNumber + "-" + std::to_string(payment->id))
        return std::nullopt;
    return payment;
}

ProviderState captureState(Outcome outcome, const std::string& status, const std::string& code)
{
    ProviderState state;
    state.outcome = outcome;
    state.providerStatus = status;
    state.failureCode = code;
    if (!code.empty())
        state.failureReason = "PayPal reported the capture " + status;
    return state;
}

bool isOpen(const store::PaymentRecord& payment)
{
    return payment.status == PaymentStatus::Pending || payment.status == PaymentStatus::Processing;
}

} // namespace

PayPalCallbacks::PayPalCallbacks(store::Database& database, const Clock& clock,
                                 PaymentService& payments, PayPalProvider& provider,
                                 const std::string& certificateDirectory, std::string webhookId)
    : m_database(database)
    , m_clock(clock)
    , m_payments(payments)
    , m_provider(provider)
    , m_certificates(certificateDirectory, m_fetcher)
    , m_verifier(std::move(webhookId), m_certificates)
{
}

PayPalCallbacks::Receipt PayPalCallbacks::receive(const std::map<std::string, std::string>& headers,
                                                  const std::string& rawBody,
                                                  const std::string& requestId)
{
    const auto verification = m_verifier.verify(headers, rawBody, m_clock.now());
    const Object::Ptr event = parseJsonObject(rawBody);
    store::WebhookEvent stored{"paypal",
                               eventIdOf(event, rawBody, verification.valid),
                               jsonText(event, "event_type").substr(0, kMaxEventTypeLength),
                               headersJson(headers),
                               rawBody,
                               verification.valid};
    Poco::Data::Session session = m_database.session();
    store::WebhookEventRepository events(session);
    const auto [rowId, duplicate] = events.record(stored, m_clock.now());
    auto& log = Poco::Logger::get("ebm.payments");
    if (!verification.valid) {
        log.warning("%s PayPal webhook refused (%s), stored as %s", requestId, verification.reason,
                    stored.eventId);
        events.markProcessed(rowId, "invalid signature: " + verification.reason, m_clock.now());
        return {false, duplicate};
    }
    if (duplicate && events.wasProcessed(rowId))
        return {true, true};
    const std::string error = event ? process(event, requestId) : "not a JSON event";
    events.markProcessed(rowId, error, m_clock.now());
    log.information("%s PayPal webhook %s %s%s", requestId, stored.eventId, stored.eventType,
                    error.empty() ? std::string() : ": " + error);
    return {true, duplicate};
}

std::string PayPalCallbacks::process(const Object::Ptr& event, const std::string& requestId)
{
    const std::string type = jsonText(event, "event_type");
    const Object::Ptr resource = jsonObject(event, "resource");
    try {
        if (type.starts_with("PAYMENT.CAPTURE."))
            return processCapture(type, resource, requestId);
        if (type == "CHECKOUT.ORDER.APPROVED" || type == "CHECKOUT.ORDER.COMPLETED")
            return processOrder(resource, requestId);
    } catch (const std::exception& error) {
        return error.what();
    }
    return {}; // an event type we do not act on
}

std::string PayPalCallbacks::processCapture(const std::string& type, const Object::Ptr& resource,
                                            const std::string& requestId)
{
    const auto payment = findPayment(resource);
    if (!payment)
        return kNoPayment;
    const std::string status = jsonText(resource, "status");
    if (type == "PAYMENT.CAPTURE.COMPLETED") {
        const Object::Ptr amount = jsonObject(resource, "amount");
        ProviderState state = captureState(Outcome::Completed, "COMPLETED", {});
        state.amount =
            moneyFromPayPal(jsonText(amount, "currency_code"), jsonText(amount, "value"));
        if (!state.amount)
            return "unreadable capture amount";
        state.captureId = jsonText(resource, "id");
        m_payments.apply(payment->id, state, requestId);
    } else if (type == "PAYMENT.CAPTURE.PENDING") {
        m_payments.apply(payment->id, captureState(Outcome::Processing, "PENDING", {}), requestId);
    } else if (type == "PAYMENT.CAPTURE.DECLINED" || type == "PAYMENT.CAPTURE.DENIED") {
        m_payments.apply(payment->id, captureState(Outcome::Failed, "DECLINED", "DECLINED"),
                         requestId);
    } else if (type == "PAYMENT.CAPTURE.REFUNDED" || type == "PAYMENT.CAPTURE.REVERSED") {
        const Object::Ptr amount = jsonObject(resource, "amount");
        m_payments.markRefunded(
            payment->id,
            type + " " + jsonText(amount, "value") + " " + jsonText(amount, "currency_code") +
                " (PayPal " + jsonText(resource, "id") + (status.empty() ? "" : " " + status) + ")",
            requestId);
    }
    return {};
}

// The buyer approved (or the order completed): ask PayPal, which captures an approved order.
std::string PayPalCallbacks::processOrder(const Object::Ptr& resource, const std::string& requestId)
{
    auto payment = findPayment(resource);
    if (!payment)
        return kNoPayment;
    if (!isOpen(*payment))
        return {};
    try {
        const ProviderState state = m_provider.check(*payment);
        if (state.outcome == Outcome::NotStarted)
            m_payments.refresh(*payment, requestId);
        else
            m_payments.apply(payment->id, state, requestId);
    } catch (const ProviderUnavailable& error) {
        return std::string("PayPal unavailable, checked again later: ") + error.what();
    }
    return {};
}

// The PayPal payment an event is about: by custom_id (our transaction id), by invoice_id (order
// number and payment id), else by the PayPal order id (an order's own id, or a capture's
// supplementary_data.related_ids.order_id).
std::optional<store::PaymentRecord> PayPalCallbacks::findPayment(const Object::Ptr& resource)
{
    const Object::Ptr unit = firstPurchaseUnit(resource);
    const Object::Ptr owner = unit ? unit : resource;
    const std::string orderId =
        unit ? jsonText(resource, "id")
             : jsonText(jsonObject(jsonObject(resource, "supplementary_data"), "related_ids"),
                        "order_id");
    Poco::Data::Session session = m_database.session();
    store::PaymentRepository payments(session);
    std::optional<store::PaymentRecord> found;
    if (const std::string custom = jsonText(owner, "custom_id"); !custom.empty())
        found = payments.findByTransactionId(custom);
    if (!found)
        found = byInvoice(session, jsonText(owner, "invoice_id"));
    if (!found && !orderId.empty())
        found = payments.findByProviderReference("paypal", orderId);
    if (found && found->method != "paypal")
        found.reset();
    return found;
}

store::PaymentRecord PayPalCallbacks::buyerReturned(const std::string& transactionId,
                                                    const std::string& requestId)
{
    const store::PaymentRecord payment = paymentOf(transactionId);
    return isOpen(payment) ? m_payments.refresh(payment, requestId) : payment;
}

store::PaymentRecord PayPalCallbacks::buyerCancelled(const std::string& transactionId,
                                                     const std::string& requestId)
{
    const store::PaymentRecord payment = paymentOf(transactionId);
    if (!isOpen(payment))
        return payment;
    std::string status;
    try {
        status = m_provider.orderStatus(payment);
    } catch (const ProviderUnavailable& error) {
        Poco::Logger::get("ebm.payments")
            .warning("%s payment %s: cancel not confirmed, PayPal unavailable: %s", requestId,
                     transactionId, std::string(error.what()));
        return payment;
    }
    if (status == "APPROVED" || status == "COMPLETED")
        return m_payments.refresh(payment, requestId);
    ProviderState cancelled;
    cancelled.outcome = Outcome::Failed;
    cancelled.providerStatus = status.empty() ? payment.providerStatus : status;
    cancelled.failureCode = "CANCELLED_BY_BUYER";
    cancelled.failureReason = "the buyer cancelled on PayPal";
    return m_payments.apply(payment.id, cancelled, requestId);
}

store::PaymentRecord PayPalCallbacks::paymentOf(const std::string& transactionId)
{
    Poco::Data::Session session = m_database.session();
    auto payment = store::PaymentRepository(session).findByTransactionId(transactionId);
    if (!payment || payment->method != "paypal")
        throw http::ApiError::notFound("No PayPal payment has this transaction id.");
    return *payment;
}

} // namespace ebm::payments
