#include "payments/PayPalProvider.h"

#include "http/ApiError.h"
#include "i18n/Translator.h"
#include "payments/PayPalAmounts.h"
#include "store/PlanRepository.h"

#include <Poco/Logger.h>
#include <array>

namespace ebm::payments
{

using Outcome = ProviderState::Outcome;

namespace
{

constexpr std::size_t kMaxDescriptionLength = 127;
constexpr int kUnprocessable = 422;
constexpr int kNotFound = 404;

// Capture refusals that leave the order waiting for the buyer, not failed.
constexpr std::array<std::string_view, 3> kBuyerMustAct{
    "ORDER_NOT_APPROVED", "PAYER_ACTION_REQUIRED", "REDIRECT_PAYER_FOR_ALTERNATE_FUNDING"};

ProviderState stateOf(Outcome outcome, std::string providerStatus, std::string failureCode = {},
                      std::string failureReason = {})
{
    ProviderState state;
    state.outcome = outcome;
    state.providerStatus = std::move(providerStatus);
    state.failureCode = std::move(failureCode);
    state.failureReason = std::move(failureReason);
    return state;
}

// What the order's latest capture says: only a COMPLETED capture completes the payment.
ProviderState fromCaptures(const PayPalOrder& order)
{
    if (order.captures.empty())
        return stateOf(Outcome::Processing, order.status);
    const PayPalCapture& capture = order.captures.back();
    if (capture.status == "COMPLETED") {
        ProviderState state = stateOf(Outcome::Completed, capture.status);
        state.amount = moneyFromPayPal(capture.currencyCode, capture.value);
        state.captureId = capture.id;
        return state;
    }
    if (capture.status == "PENDING")
        return stateOf(Outcome::Processing, capture.status);
    return stateOf(Outcome::Failed, capture.status, capture.status,
                   "PayPal capture " + capture.id + " is " + capture.status);
}

ProviderState fromCaptureRefusal(const PayPalApiError& error)
{
    const std::string& issue = error.issue();
    for (const std::string_view waiting : kBuyerMustAct)
        if (issue == waiting)
            return stateOf(Outcome::Pending, issue);
    if (issue == "ORDER_COMPLETION_IN_PROGRESS")
        return stateOf(Outcome::Processing, issue);
    return stateOf(Outcome::Failed, issue, issue, error.what());
}

std::string payPalLocale(const std::string& locale)
{
    return locale == "fr" ? "fr-FR" : "en-US";
}

} // namespace

PayPalProvider::PayPalProvider(PayPalClient::Config config, ProviderHttpClient::Options options,
                               store::Database& database)
    : m_client(std::move(config), options)
    , m_database(database)
{
}

std::string PayPalProvider::code() const
{
    return "paypal";
}

std::string PayPalProvider::requireAcceptable(const store::OrderRecord& order,
                                              const std::string&) const
{
    const std::string currency = order.quote.total.currency().code();
    if (!payPalAcceptsCurrency(currency))
        throw http::ApiError::validation("payment_method",
                                         "PayPal does not accept payments in " + currency +
                                             "; choose MTN Mobile Money or a bank transfer.");
    try {
        payPalAmountValue(order.quote.total);
    } catch (const std::invalid_argument&) {
        throw http::ApiError::validation("payment_method",
                                         "PayPal takes " + currency +
                                             " amounts without decimals; choose another payment "
                                             "method.");
    }
    return {};
}

std::string PayPalProvider::referenceBeforeStart(const store::PaymentRecord&,
                                                 const store::OrderRecord&) const
{
    return {};
}

ProviderStart PayPalProvider::start(const PaymentContext& context)
{
    const store::PaymentRecord& payment = context.payment;
    const store::OrderRecord& order = context.order;
    const PayPalOrderRequest request{payment.transactionId,
                                     order.orderNumber,
                                     payment.transactionId,
                                     order.orderNumber + "-" + std::to_string(payment.id),
                                     describe(order),
                                     payment.amount.currency().code(),
                                     payPalAmountValue(payment.amount),
                                     context.returnUrl,
                                     context.cancelUrl,
                                     payPalLocale(order.locale)};
    try {
        const PayPalOrder created = m_client.createOrder(request);
        return {created.id, created.approveUrl, created.status};
    } catch (const PayPalApiError& error) {
        Poco::Logger::get("ebm.payments")
            .error("payment %s: PayPal refused the order: %s", payment.transactionId,
                   std::string(error.what()));
        throw http::ApiError(502, "provider_refused",
                             "PayPal refused the payment (" + error.issue() +
                                 "); try again later or choose another payment method.");
    }
}

ProviderState PayPalProvider::check(const store::PaymentRecord& payment)
{
    if (payment.providerReference.empty())
        return stateOf(Outcome::NotStarted, {});
    try {
        return checkOrder(payment);
    } catch (const PayPalApiError& error) {
        // An answer we do not expect is no verdict on the payment: it is checked again later.
        throw ProviderUnavailable(std::string("unexpected answer: ") + error.what(), std::nullopt);
    }
}

ProviderState PayPalProvider::checkOrder(const store::PaymentRecord& payment)
{
    PayPalOrder order;
    try {
        order = m_client.getOrder(payment.providerReference);
    } catch (const PayPalApiError& error) {
        if (error.status() != kNotFound)
            throw;
        return stateOf(Outcome::Failed, "RESOURCE_NOT_FOUND", "ORDER_EXPIRED",
                       "the PayPal order no longer exists");
    }
    if (order.status == "APPROVED")
        return captureNow(payment);
    if (order.status == "COMPLETED")
        return fromCaptures(order);
    if (order.status == "VOIDED")
        return stateOf(Outcome::Failed, order.status, "VOIDED", "the PayPal order was voided");
    return stateOf(Outcome::Pending, order.status);
}

ProviderState PayPalProvider::captureNow(const store::PaymentRecord& payment)
{
    try {
        return fromCaptures(
            m_client.capture(payment.providerReference, "capture-" + payment.transactionId));
    } catch (const PayPalApiError& error) {
        if (error.status() != kUnprocessable)
            throw;
        if (error.issue() == "ORDER_ALREADY_CAPTURED")
            return fromCaptures(m_client.getOrder(payment.providerReference));
        return fromCaptureRefusal(error);
    }
}

bool PayPalProvider::canSupersede(const store::PaymentRecord& payment) const
{
    return payment.status == PaymentStatus::Pending && payment.captureId.empty() &&
           payment.providerStatus != "APPROVED" && payment.providerStatus != "COMPLETED";
}

std::string PayPalProvider::orderStatus(const store::PaymentRecord& payment)
{
    if (payment.providerReference.empty())
        return {};
    try {
        return m_client.getOrder(payment.providerReference).status;
    } catch (const PayPalApiError& error) {
        if (error.status() != kNotFound)
            throw ProviderUnavailable(std::string("unexpected answer: ") + error.what(),
                                      std::nullopt);
        return {};
    }
}

// What the buyer reads on PayPal: "Silver plan, billed monthly", in the order's language.
std::string PayPalProvider::describe(const store::OrderRecord& order) const
{
    Poco::Data::Session session = m_database.session();
    const auto plan = store::PlanRepository(session).findById(order.planId);
    const i18n::Translator t(order.locale);
    const std::string text =
        i18n::substitute(order.billingCycle == BillingCycle::Yearly
                             ? t.translate("PayPal", "%1 plan, billed yearly")
                             : t.translate("PayPal", "%1 plan, billed monthly"),
                         {plan ? plan->name : order.orderNumber});
    return text.substr(0, kMaxDescriptionLength);
}

} // namespace ebm::payments
