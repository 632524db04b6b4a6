#include "payments/MomoProvider.h"

#include "domain/DomainError.h"
#include "domain/PhoneNumber.h"
#include "http/ApiError.h"
#include "i18n/Translator.h"

#include <Poco/String.h>
#include <algorithm>
#include <array>
#include <string_view>

namespace ebm::payments
{

namespace
{

// The currency of each production market (MTN's target environment names).
struct Market
{
    std::string_view environment;
    std::string_view currency;
};

constexpr std::array kMarkets{
    Market{"mtncameroon", "XAF"},    Market{"mtncongo", "XAF"},
    Market{"mtnivorycoast", "XOF"},  Market{"mtnbenin", "XOF"},
    Market{"mtnuganda", "UGX"},      Market{"mtnghana", "GHS"},
    Market{"mtnzambia", "ZMW"},      Market{"mtnrwanda", "RWF"},
    Market{"mtnswaziland", "SZL"},   Market{"mtnguineaconakry", "GNF"},
    Market{"mtnsouthafrica", "ZAR"}, Market{"mtnliberia", "LRD"},
};

std::string joined(const std::vector<std::string>& items)
{
    std::string text;
    for (const auto& item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text;
}

std::string currencyProblem(const std::string& environment, const std::string& currency)
{
    const auto accepted = MomoProvider::currenciesOf(environment);
    if (accepted.empty())
        return "MTN Mobile Money is not available: the target environment \"" + environment +
               "\" is not one we know. Choose another payment method.";
    if (std::find(accepted.begin(), accepted.end(), currency) != accepted.end())
        return {};
    return "MTN Mobile Money takes payments in " + joined(accepted) +
           " only and this order is in " + currency + ". Choose another payment method.";
}

} // namespace

MomoProvider::MomoProvider(MomoConfig config, const Clock& clock)
    : m_environment(config.environment)
    , m_client(std::move(config), clock)
{
}

std::vector<std::string> MomoProvider::currenciesOf(const std::string& environment)
{
    if (environment == "sandbox")
        return {"EUR"};
    if (environment == "simulator")
        return {"EUR", "XAF", "XOF"};
    for (const Market& market : kMarkets)
        if (market.environment == environment)
            return {std::string(market.currency)};
    return {};
}

std::string MomoProvider::code() const
{
    return "mtn_momo";
}

std::string MomoProvider::requireAcceptable(const store::OrderRecord& order,
                                            const std::string& phone) const
{
    http::ApiError::FieldErrors errors;
    const std::string problem = currencyProblem(m_environment, order.quote.total.currency().code());
    if (!problem.empty())
        errors["payment_method"].push_back(problem);
    std::string msisdn;
    if (Poco::trim(phone).empty()) {
        errors["phone"].push_back("Enter the mobile number that pays with MTN Mobile Money, "
                                  "with its country code, e.g. +237 6 71 23 45 67.");
    } else {
        try {
            msisdn = normalizeMsisdn(phone);
        } catch (const DomainError& error) {
            errors["phone"].push_back(error.what());
        }
    }
    if (!errors.empty())
        throw http::ApiError::validation(errors);
    return msisdn;
}

std::string MomoProvider::referenceBeforeStart(const store::PaymentRecord& payment,
                                               const store::OrderRecord&) const
{
    return payment.transactionId;
}

ProviderStart MomoProvider::start(const PaymentContext& context)
{
    const i18n::Translator t(context.order.locale);
    const std::string& orderNumber = context.order.orderNumber;
    m_client.requestToPay(
        {context.payment.transactionId, context.payment.amount, context.payment.transactionId,
         context.payment.payerPhone,
         i18n::substitute(t.translate("Payment", "ESXi Backup Manager Cloud, order %1"),
                          {orderNumber}),
         // Read by us in MTN's portal, not by the customer.
         "EBM order " + orderNumber, context.callbackUrl});
    return {context.payment.transactionId, {}, "PENDING"};
}

ProviderState MomoProvider::check(const store::PaymentRecord& payment)
{
    return m_client.status(payment.transactionId);
}

bool MomoProvider::canSupersede(const store::PaymentRecord&) const
{
    // An open request to pay may still be approved on the payer's phone (or may have reached
    // MTN even when its answer was lost): only its own final state closes it.
    return false;
}

} // namespace ebm::payments
