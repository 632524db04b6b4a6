#include "api/PaymentJson.h"

#include "api/JsonValues.h"
#include "domain/CreditorReference.h"
#include "http/ApiResponse.h"
#include "i18n/Translator.h"
#include "payments/FailureMessages.h"

namespace ebm::api
{

using http::makeObject;
using Poco::JSON::Object;

namespace
{

Poco::Dynamic::Var receiptOf(const store::PaymentRecord& payment)
{
    if (payment.receiptPath.empty())
        return {};
    Object::Ptr receipt = makeObject();
    receipt->set("content_type", payment.receiptContentType);
    receipt->set("uploaded_at", payment.receiptUploadedAt);
    return receipt;
}

Poco::Dynamic::Var bankTransferOf(const payments::PaymentView& view)
{
    if (!view.bankAccount)
        return {};
    const auto& account = *view.bankAccount;
    Object::Ptr bank = makeObject();
    bank->set("bank_name", account.bankName);
    bank->set("account_number", account.accountNumber);
    bank->set("beneficiary", account.beneficiary);
    bank->set("bic", textOrNull(account.bic));
    const std::string& reference = view.payment.providerReference;
    bank->set("reference", textOrNull(reference));
    // Payments staff recorded by hand carry the bank's own reference, not an RF one.
    bank->set("reference_display",
              isValidCreditorReference(reference)
                  ? Poco::Dynamic::Var(formatCreditorReferenceForPrint(reference))
                  : textOrNull(reference));
    return bank;
}

Poco::Dynamic::Var failureMessageOf(const payments::PaymentView& view)
{
    if (view.payment.failureCode.empty())
        return {};
    const i18n::Translator t(view.locale);
    return i18n::substitute(payments::customerFailureMessage(view.payment.failureCode, t),
                            {view.payment.failureReason});
}

} // namespace

Object::Ptr PaymentJson::payment(const payments::PaymentView& view)
{
    const store::PaymentRecord& payment = view.payment;
    Object::Ptr json = makeObject();
    json->set("id", payment.id);
    json->set("transaction_id", payment.transactionId);
    json->set("order", payment.orderId);
    json->set("order_number", view.orderNumber);
    json->set("organization", textOrNull(payment.organizationId));
    json->set("method", payment.method);
    json->set("status", std::string(toString(payment.status)));
    json->set("currency", payment.amount.currency().code());
    json->set("amount", payment.amount.toDecimalString());
    json->set("received", payment.received.toDecimalString());
    const Money outstanding = payment.received < payment.amount
                                  ? payment.amount - payment.received
                                  : Money::zero(payment.amount.currency());
    json->set("outstanding", outstanding.toDecimalString());
    json->set("provider_reference", textOrNull(payment.providerReference));
    json->set("provider_status", textOrNull(payment.providerStatus));
    json->set("redirect_url", textOrNull(payment.redirectUrl));
    json->set("capture_id", textOrNull(payment.captureId));
    json->set("payer_phone", textOrNull(payment.payerPhone));
    json->set("failure_code", textOrNull(payment.failureCode));
    json->set("failure_message", failureMessageOf(view));
    json->set("bank_transfer", bankTransferOf(view));
    json->set("receipt", receiptOf(payment));
    json->set("created_at", payment.createdAt);
    json->set("completed_at", textOrNull(payment.completedAt));
    return json;
}

Object::Ptr PaymentJson::method(const store::PaymentMethodRecord& method)
{
    Object::Ptr json = makeObject();
    json->set("code", method.code);
    json->set("name", method.name);
    json->set("kind", method.kind);
    json->set("is_enabled", method.isEnabled);
    return json;
}

} // namespace ebm::api
