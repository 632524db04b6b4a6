#pragma once

#include "payments/PaymentProvider.h"

#include <string>

namespace ebm::payments
{

// Where a customer sends a bank transfer (from configuration).
struct BankAccount
{
    std::string bankName;
    std::string accountNumber;
    std::string beneficiary;
    std::string bic;
};

// Bank transfer, the manual method: the payment's reference is an ISO 11649 RF creditor
// reference built from the order number and the attempt, the buyer pays it from their bank and
// uploads a receipt, staff credit what arrived (PaymentService::verifyBankTransfer). Nothing is
// ever asked of a provider, so the state is always pending until staff decide.
class BankTransferProvider final : public PaymentProvider
{
public:
    explicit BankTransferProvider(BankAccount account);

    const BankAccount& account() const
    {
        return m_account;
    }

    std::string code() const override;
    std::string requireAcceptable(const store::OrderRecord& order,
                                  const std::string& phone) const override;
    std::string referenceBeforeStart(const store::PaymentRecord& payment,
                                     const store::OrderRecord& order) const override;
    ProviderStart start(const PaymentContext& context) override;
    ProviderState check(const store::PaymentRecord& payment) override;
    bool canSupersede(const store::PaymentRecord& payment) const override;

private:
    BankAccount m_account;
};

} // namespace ebm::payments
