#pragma once

#include "payments/MomoClient.h"
#include "payments/PaymentProvider.h"

#include <string>
#include <vector>

namespace ebm::payments
{

// MTN Mobile Money (Collection): the payer approves a request to pay on their phone. Our
// payment's transaction id (a uuid4) is the X-Reference-Id, stored before the call and sent
// again unchanged when the payment is restarted; the state is always asked of MTN (callbacks
// are only hints). The currency must be the one the target environment takes.
class MomoProvider final : public PaymentProvider
{
public:
    MomoProvider(MomoConfig config, const Clock& clock);

    // The currencies a target environment takes (sandbox: EUR; mtncameroon: XAF; …; the
    // simulator: EUR, XAF and XOF); none for an environment we do not know.
    static std::vector<std::string> currenciesOf(const std::string& environment);

    std::string code() const override;
    std::string requireAcceptable(const store::OrderRecord& order,
                                  const std::string& phone) const override;
    std::string referenceBeforeStart(const store::PaymentRecord& payment,
                                     const store::OrderRecord& order) const override;
    ProviderStart start(const PaymentContext& context) override;
    ProviderState check(const store::PaymentRecord& payment) override;
    bool canSupersede(const store::PaymentRecord& payment) const override;

private:
    std::string m_environment;
    MomoClient m_client;
};

} // namespace ebm::payments
