#include "web/CheckoutPagesController.h"

#include "billing/LocaleFormat.h"
#include "domain/CreditorReference.h"
#include "domain/DomainError.h"
#include "http/ApiError.h"
#include "payments/FailureMessages.h"
#include "web/CheckoutPresenter.h"
#include "web/FormData.h"
#include "web/PlanPresenter.h"
#include "web/RegisterPagesController.h"

#include <Poco/JSON/Object.h>
#include <Poco/NumberParser.h>
#include <Poco/URI.h>

namespace ebm::web
{

namespace
{

std::string completeUrl(std::int64_t orderId)
{
    return "/register/complete?order=" + std::to_string(orderId);
}

std::string paymentUrl(std::int64_t orderId)
{
    return "/register/payment?order=" + std::to_string(orderId);
}

bool isOpen(PaymentStatus status)
{
    return status == PaymentStatus::Pending || status == PaymentStatus::Processing;
}

const char* stateName(int state)
{
    static const char* const kNames[] = {"no_payment", "waiting", "bank",
                                         "completed",  "failed",  "closed"};
    return kNames[state];
}

// "RF18 5390 0754 7034" for an RF reference; a reference of another form as it is.
std::string printable(const std::string& reference)
{
    return isValidCreditorReference(reference) ? formatCreditorReferenceForPrint(reference)
                                               : reference;
}

std::string iconText(const std::string& method)
{
    if (method == "paypal")
        return "P";
    if (method == "mtn_momo")
        return "M";
    return "€";
}

std::string iconClass(const std::string& method)
{
    if (method == "paypal")
        return "paypal";
    if (method == "mtn_momo")
        return "momo";
    return "bank";
}

} // namespace

CheckoutPagesController::CheckoutPagesController(services::OrderService& orders,
                                                 payments::PaymentService& payments,
                                                 const PageRenderer& renderer,
                                                 const CsrfTokens& csrf, bool secureCookies)
    : m_orders(orders)
    , m_payments(payments)
    , m_renderer(renderer)
    , m_csrf(csrf)
    , m_secureCookies(secureCookies)
{
}

std::int64_t CheckoutPagesController::orderIdOf(const http::ApiRequest& request) const
{
    Poco::Int64 id = 0;
    if (!Poco::NumberParser::tryParse64(request.query("order").value_or(""), id) || id <= 0)
        throw http::ApiError::notFound();
    return id;
}

payments::OrderCaller CheckoutPagesController::callerOf(const http::ApiRequest& request) const
{
    payments::OrderCaller caller;
    if (request.isAuthenticated())
        caller.principal = request.principal();
    const std::string cookie =
        requestCookie(request, std::string(RegisterPagesController::kOrderCookie)).value_or("");
    const std::size_t dot = cookie.find('.');
    if (dot != std::string::npos && cookie.substr(0, dot) == request.query("order"))
        caller.orderToken = cookie.substr(dot + 1);
    return caller;
}

CheckoutPagesController::Progress
CheckoutPagesController::progressOf(const http::ApiRequest& request)
{
    const payments::OrderCaller caller = callerOf(request);
    Progress progress{State::NoPayment,
                      m_orders.get(orderIdOf(request), caller.principal, caller.orderToken),
                      std::nullopt};
    try {
        progress.payment = m_payments.verify(progress.order.order.id, caller, request.requestId());
    } catch (const http::ApiError& error) {
        if (error.code() != "no_payment")
            throw;
    }
    // The order was read before the provider was asked: a completion that landed meanwhile (this
    // check, a callback, a webhook) shows on the payment first.
    const OrderStatus orderStatus = progress.order.order.status;
    const bool paid =
        progress.payment && progress.payment->payment.status == PaymentStatus::Completed;
    if (orderStatus == OrderStatus::Completed || paid)
        progress.state = State::Completed;
    else if (orderStatus != OrderStatus::Pending)
        progress.state = State::Closed;
    else if (!progress.payment)
        progress.state = State::NoPayment;
    else if (progress.payment->payment.status == PaymentStatus::Failed)
        progress.state = State::Failed;
    else if (isOpen(progress.payment->payment.status))
        progress.state =
            progress.payment->payment.method == "bank_transfer" ? State::Bank : State::Waiting;
    else
        progress.state = State::Closed;
    return progress;
}

http::ApiResponse CheckoutPagesController::rememberOrderToken(const http::ApiRequest& request,
                                                              const std::string& token)
{
    PageRequest page(request, m_csrf, m_secureCookies);
    const services::OrderView order = m_orders.get(orderIdOf(request), std::nullopt, token);
    const std::string id = std::to_string(order.order.id);
    page.setCookie(std::string(RegisterPagesController::kOrderCookie), id + "." + token,
                   {-1, false, true, "/register"});
    return PageRenderer::redirect(page, "/register/payment?order=" + id);
}

http::ApiResponse CheckoutPagesController::paymentForm(const http::ApiRequest& request)
{
    if (const auto token = request.query("token"); token && !token->empty())
        return rememberOrderToken(request, *token);
    const PageRequest page(request, m_csrf, m_secureCookies);
    const payments::OrderCaller caller = callerOf(request);
    if (!caller.principal && !caller.orderToken) {
        Poco::URI login("/login");
        login.addQueryParameter("next",
                                "/register/payment?order=" + std::to_string(orderIdOf(request)));
        return PageRenderer::redirect(page, login.toString());
    }
    const services::OrderView order =
        m_orders.get(orderIdOf(request), caller.principal, caller.orderToken);
    if (order.order.status != OrderStatus::Pending)
        return PageRenderer::redirect(page, completeUrl(order.order.id));
    return renderPaymentForm(page, order, "", order.order.customerPhone, "", "", 200);
}

http::ApiResponse CheckoutPagesController::submitPayment(const http::ApiRequest& request)
{
    const PageRequest page(request, m_csrf, m_secureCookies);
    const payments::OrderCaller caller = callerOf(request);
    const services::OrderView order =
        m_orders.get(orderIdOf(request), caller.principal, caller.orderToken);
    const FormData form = FormData::parse(request);
    const std::string method = form.field("method");
    const std::string phone = form.field("phone");
    if (method.empty())
        return renderPaymentForm(page, order, method, phone, "",
                                 page.translate("Web", "Choose a payment method."), 400);
    if (method == "mtn_momo" && phone.empty())
        return renderPaymentForm(page, order, method, phone,
                                 page.translate("Web", "Enter the Mobile Money number to charge."),
                                 "", 400);
    try {
        const payments::PaymentView view =
            m_payments.initiate(order.order.id, caller, method, phone, request.requestId());
        if (method == "paypal" && isOpen(view.payment.status) && !view.payment.redirectUrl.empty())
            return PageRenderer::redirect(page, view.payment.redirectUrl);
        return PageRenderer::redirect(page, completeUrl(order.order.id));
    } catch (const DomainError& error) {
        if (error.field() != "phone")
            throw;
    } catch (const http::ApiError& error) {
        if (!error.fieldErrors().contains("phone"))
            return renderPaymentForm(page, order, method, phone, "", failureText(page, error),
                                     error.status());
    }
    return renderPaymentForm(
        page, order, method, phone,
        page.translate("Web", "Enter a valid MTN Mobile Money number, like +237 677 12 34 56."), "",
        400);
}

http::ApiResponse CheckoutPagesController::status(const http::ApiRequest& request)
{
    const PageRequest page(request, m_csrf, m_secureCookies);
    const Progress progress = progressOf(request);
    if (progress.state == State::NoPayment)
        return PageRenderer::redirect(page, paymentUrl(progress.order.order.id));
    return renderStatus(page, progress, "", 200);
}

http::ApiResponse CheckoutPagesController::statusJson(const http::ApiRequest& request)
{
    const Progress progress = progressOf(request);
    Poco::JSON::Object::Ptr body = http::makeObject();
    body->set("state", std::string(stateName(static_cast<int>(progress.state))));
    return http::ApiResponse::json(body);
}

http::ApiResponse CheckoutPagesController::uploadReceipt(const http::ApiRequest& request)
{
    const PageRequest page(request, m_csrf, m_secureCookies);
    const FormData form = FormData::parse(request);
    const FormData::File* file = form.file("receipt");
    const payments::OrderCaller caller = callerOf(request);
    std::string error;
    if (file == nullptr || file->bytes.empty()) {
        error = page.translate("Web", "Choose the receipt file to upload.");
    } else {
        try {
            m_payments.uploadReceipt(orderIdOf(request), caller, file->bytes, request.requestId());
            return PageRenderer::redirect(page, completeUrl(orderIdOf(request)));
        } catch (const http::ApiError& failure) {
            if (failure.fieldErrors().empty())
                throw;
            error = page.translate("Web",
                                   "Send the receipt as a PDF, PNG or JPEG file of at most 5 MB.");
        }
    }
    return renderStatus(page, progressOf(request), error, 400);
}

std::string CheckoutPagesController::failureText(const PageRequest& page,
                                                 const http::ApiError& error) const
{
    const std::string& code = error.code();
    if (code == "payment_in_progress")
        return page.translate(
            "Web", "A payment for this order is still in progress. Wait for it to finish, "
                   "or follow it on the confirmation page.");
    if (code == "provider_refused")
        return page.translate("Web",
                              "The payment provider refused to start this payment. Choose another "
                              "method or try again later.");
    if (code == "order_not_payable")
        return page.translate("Web", "This order can no longer be paid.");
    if (code == "payment_method_disabled" || error.fieldErrors().contains("payment_method"))
        return page.translate("Web", "This payment method is not available. Choose another one.");
    if (error.status() == 503 || error.status() == 504)
        return page.translate(
            "Web", "The payment provider cannot be reached right now. Try again in a few "
                   "minutes.");
    return page.translate("Web", "The payment could not be started. Please try again.");
}

Html CheckoutPagesController::summaryOf(const PageRequest& page,
                                        const services::OrderView& order) const
{
    return m_renderer.fragment(page.locale(), "order_summary",
                               CheckoutPresenter(page.translator())
                                   .summary(order.plan, order.order.billingCycle, order.order.quote,
                                            order.order.couponCode));
}

http::ApiResponse CheckoutPagesController::renderPaymentForm(
    const PageRequest& page, const services::OrderView& order, const std::string& chosenMethod,
    const std::string& phone, const std::string& phoneError, const std::string& formError,
    int status) const
{
    const CheckoutPresenter checkout(page.translator());
    std::vector<TemplateContext> methods;
    for (const store::PaymentMethodRecord& method : m_payments.methods(true))
        methods.push_back(TemplateContext()
                              .set("code", method.code)
                              .set("name", checkout.methodName(method.code))
                              .set("description", checkout.methodDescription(method.code))
                              .set("icon", iconClass(method.code))
                              .set("icon_text", iconText(method.code))
                              .set("is_momo", method.code == "mtn_momo")
                              .set("checked", method.code == chosenMethod));
    TemplateContext context;
    context.set("csrf_token", page.csrfToken())
        .set("action_url", paymentUrl(order.order.id))
        .set("status_url", completeUrl(order.order.id))
        .set("order_number", order.order.orderNumber)
        .set("total", PlanPresenter(page.translator()).money(order.order.quote.total))
        .set("methods", std::move(methods))
        .set("phone_value", phone)
        .set("phone_error", phoneError)
        .set("form_error", formError)
        .set("summary", summaryOf(page, order));
    return m_renderer.page(page, "register_payment", context, page.translate("Web", "Payment"),
                           status);
}

http::ApiResponse CheckoutPagesController::renderStatus(const PageRequest& page,
                                                        const Progress& progress,
                                                        const std::string& receiptError,
                                                        int status) const
{
    TemplateContext context = statusContext(page, progress);
    context.set("receipt_error", receiptError).set("summary", summaryOf(page, progress.order));
    return m_renderer.page(page, "register_status", context, page.translate("Web", "Confirmation"),
                           status);
}

TemplateContext CheckoutPagesController::statusContext(const PageRequest& page,
                                                       const Progress& progress) const
{
    const store::OrderRecord& order = progress.order.order;
    const PlanPresenter money(page.translator());
    const bool signedIn = page.isSignedIn();
    TemplateContext context;
    context.set("csrf_token", page.csrfToken())
        .set("state", std::string(stateName(static_cast<int>(progress.state))))
        .set("status_url", "/register/status?order=" + std::to_string(order.id))
        .set("retry_url", paymentUrl(order.id))
        .set("receipt_url", "/register/receipt?order=" + std::to_string(order.id))
        .set("order_number", order.orderNumber)
        .set("amount", money.money(order.quote.total))
        .set("is_waiting", progress.state == State::Waiting)
        .set("is_bank", progress.state == State::Bank)
        .set("is_completed", progress.state == State::Completed)
        .set("is_failed", progress.state == State::Failed)
        .set("is_closed", progress.state == State::Closed)
        .set("step3_done", progress.state == State::Completed)
        .set("next_url",
             signedIn ? std::string("/account/") : std::string("/login?notice=registered"))
        .set("next_label", signedIn ? page.translate("Web", "Go to my account")
                                    : page.translate("Web", "Sign in"))
        .set("completed_text",
             signedIn ? page.translate("Web", "Thank you: your subscription is up to date.")
                      : i18n::substitute(
                            page.translate("Web", "Your organization is ready. We sent an email "
                                                  "to %1 to choose your password."),
                            {order.customerEmail}));
    const payments::PaymentView* payment = progress.payment ? &*progress.payment : nullptr;
    const bool momo = payment && payment->payment.method == "mtn_momo";
    context
        .set("waiting_title", momo ? page.translate("Web", "Approve the payment on your phone")
                                   : page.translate("Web", "Confirming your payment"))
        .set("waiting_text",
             momo ? i18n::substitute(
                        page.translate("Web", "We sent a payment request of %1 to %2. Enter your "
                                              "Mobile Money PIN on your phone to approve it."),
                        {money.money(order.quote.total), payment->payment.payerPhone})
                  : page.translate(
                        "Web", "We are waiting for the payment provider to confirm the payment."))
        .set("paypal_url", payment && payment->payment.method == "paypal"
                               ? payment->payment.redirectUrl
                               : std::string())
        .set("failure_message", payment ? payments::customerFailureMessage(
                                              payment->payment.failureCode, page.translator())
                                        : std::string());
    const bool bank = payment && payment->bankAccount;
    context.set("bank_name", bank ? payment->bankAccount->bankName : std::string())
        .set("bank_account", bank ? payment->bankAccount->accountNumber : std::string())
        .set("bank_beneficiary", bank ? payment->bankAccount->beneficiary : std::string())
        .set("bank_bic", bank ? payment->bankAccount->bic : std::string())
        .set("bank_reference",
             payment ? printable(payment->payment.providerReference) : std::string())
        .set("receipt_received",
             payment && !payment->payment.receiptUploadedAt.empty()
                 ? i18n::substitute(
                       page.translate("Web", "Receipt received on %1. We will email you as soon "
                                             "as the transfer is verified."),
                       {billing::formatDay(payment->payment.receiptUploadedAt, page.locale())})
                 : std::string());
    return context;
}

} // namespace ebm::web
