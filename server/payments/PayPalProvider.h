#pragma once

#include "payments/PayPalClient.h"
#include "payments/PaymentProvider.h"
#include "store/Database.h"

#include <string>

namespace ebm::payments
{

// PayPal checkout: a PayPal order per payment attempt (our transaction id as PayPal-Request-Id),
// the buyer approves it on PayPal, and the check captures an approved order — the payment is
// complete only when the capture itself is COMPLETED. Currencies PayPal refuses are refused up
// front.
class PayPalProvider final : public PaymentProvider
{
public:
    PayPalProvider(PayPalClient::Config config, ProviderHttpClient::Options options,
                   store::Database& database);

    std::string code() const override;
    std::string requireAcceptable(const store::OrderRecord& order,
                                  const std::string& phone) const override;
    std::string referenceBeforeStart(const store::PaymentRecord& payment,
                                     const store::OrderRecord& order) const override;
    ProviderStart start(const PaymentContext& context) override;
    ProviderState check(const store::PaymentRecord& payment) override;
    bool canSupersede(const store::PaymentRecord& payment) const override;

    // The PayPal order's status now ("" when the payment has no PayPal order yet), without
    // capturing; throws ProviderUnavailable.
    std::string orderStatus(const store::PaymentRecord& payment);

private:
    ProviderState checkOrder(const store::PaymentRecord& payment);
    ProviderState captureNow(const store::PaymentRecord& payment);
    std::string describe(const store::OrderRecord& order) const;

    PayPalClient m_client;
    store::Database& m_database;
};

} // namespace ebm::payments
