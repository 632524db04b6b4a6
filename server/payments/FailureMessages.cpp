#include "payments/FailureMessages.h"

#include <array>
#include <string_view>

namespace ebm::payments
{

namespace
{

struct FailureText
{
    std::string_view code;
    const char* message;
};

// MTN MoMo refusals caused by our account or configuration, not by the payer.
constexpr const char* kMomoMerchantSide =
    QT_TRANSLATE_NOOP("Payment", "MTN Mobile Money payments cannot be taken at the moment "
                                 "because of a problem on our side. Nothing was charged; try "
                                 "again later or use another payment method.");

constexpr std::array kFailureTexts{
    FailureText{"NOT_ENOUGH_FUNDS",
                QT_TRANSLATE_NOOP("Payment", "The balance of your Mobile Money account is too "
                                             "low. Top it up, then try again.")},
    FailureText{"PAYER_LIMIT_REACHED",
                QT_TRANSLATE_NOOP("Payment", "Your Mobile Money account has reached its "
                                             "transaction limit. Try again later or use another "
                                             "payment method.")},
    FailureText{"APPROVAL_REJECTED",
                QT_TRANSLATE_NOOP("Payment", "The payment was declined on your phone. Try again "
                                             "and approve it with your PIN.")},
    FailureText{"EXPIRED",
                QT_TRANSLATE_NOOP("Payment", "The payment request expired before it was "
                                             "approved on your phone. Try again and approve it "
                                             "within a few minutes.")},
    FailureText{"TRANSACTION_CANCELED",
                QT_TRANSLATE_NOOP("Payment", "The payment was cancelled. You can try again.")},
    FailureText{"PAYER_NOT_FOUND",
                QT_TRANSLATE_NOOP("Payment", "No Mobile Money account was found for this phone "
                                             "number. Check the number and try again.")},
    FailureText{"NOT_ALLOWED",
                QT_TRANSLATE_NOOP("Payment", "Your Mobile Money account cannot make this "
                                             "payment. Contact MTN or use another method.")},
    FailureText{"INTERNAL_PROCESSING_ERROR",
                QT_TRANSLATE_NOOP("Payment", "MTN Mobile Money could not process the payment. "
                                             "Nothing was charged; try again in a moment.")},
    FailureText{"SERVICE_UNAVAILABLE",
                QT_TRANSLATE_NOOP("Payment", "MTN Mobile Money is unavailable at the moment. "
                                             "Nothing was charged; try again later.")},
    FailureText{"PAYMENT_NOT_APPROVED",
                QT_TRANSLATE_NOOP("Payment", "The payment was not approved on your phone. Try "
                                             "again and approve it with your PIN.")},
    FailureText{"PAYEE_NOT_FOUND", kMomoMerchantSide},
    FailureText{"PAYEE_NOT_ALLOWED_TO_RECEIVE", kMomoMerchantSide},
    FailureText{"INVALID_CURRENCY", kMomoMerchantSide},
    FailureText{"NOT_ALLOWED_TARGET_ENVIRONMENT", kMomoMerchantSide},
    FailureText{"INVALID_CALLBACK_URL_HOST", kMomoMerchantSide},
    FailureText{"INSTRUMENT_DECLINED",
                QT_TRANSLATE_NOOP("Payment", "PayPal declined the chosen funding source. Try "
                                             "again with another card or account.")},
    FailureText{"DECLINED",
                QT_TRANSLATE_NOOP("Payment", "The payment was declined. Nothing was charged; "
                                             "try again or use another method.")},
    FailureText{"CANCELLED_BY_BUYER",
                QT_TRANSLATE_NOOP("Payment", "You cancelled the payment on PayPal. You can try "
                                             "again at any time.")},
    FailureText{"REJECTED_BY_STAFF",
                QT_TRANSLATE_NOOP("Payment", "We could not match your bank transfer: %1")},
    FailureText{"PROVIDER_REFUSED",
                QT_TRANSLATE_NOOP("Payment", "The payment provider refused this payment. Nothing "
                                             "was charged; try again later or choose another "
                                             "payment method.")},
    FailureText{"SUPERSEDED",
                QT_TRANSLATE_NOOP("Payment", "This attempt was replaced by a newer one.")},
    FailureText{"AMOUNT_MISMATCH",
                QT_TRANSLATE_NOOP("Payment", "The amount received does not match the order; "
                                             "our team will contact you.")},
};

} // namespace

std::string customerFailureMessage(const std::string& failureCode, const i18n::Translator& t)
{
    for (const FailureText& text : kFailureTexts)
        if (text.code == failureCode)
            return t.translate("Payment", text.message);
    return t.translate("Payment", "The payment did not go through. Nothing was charged; try "
                                  "again or choose another payment method.");
}

} // namespace ebm::payments
