#include "payments/BankTransferProvider.h"

#include "domain/CreditorReference.h"
#include "http/ApiError.h"

#include <cctype>

namespace ebm::payments
{

namespace
{

constexpr std::size_t kReferenceBodyLength = 21;

// The order number's letters and digits ("ORD-20240131-7K2M9Q" → "ORD202401317K2M9Q") and the
// payment's id, so each attempt has its own reference and staff still read the order in it.
std::string referenceBody(const store::OrderRecord& order, std::int64_t paymentSequence)
{
    std::string body;
    for (const unsigned char c : order.orderNumber)
        if (std::isalnum(c))
            body += static_cast<char>(std::toupper(c));
    const std::string suffix = "P" + std::to_string(paymentSequence);
    if (body.size() + suffix.size() > kReferenceBodyLength)
        body.erase(0, body.size() + suffix.size() - kReferenceBodyLength);
    return body + suffix;
}

} // namespace

BankTransferProvider::BankTransferProvider(BankAccount account)
    : m_account(std::move(account))
{
}

std::string BankTransferProvider::code() const
{
    return "bank_transfer";
}

std::string BankTransferProvider::requireAcceptable(const store::OrderRecord&,
                                                    const std::string&) const
{
    if (m_account.accountNumber.empty())
        throw http::ApiError(409, "payment_method_unavailable",
                             "Bank transfers cannot be taken: no bank account is configured.");
    return {};
}

std::string BankTransferProvider::referenceBeforeStart(const store::PaymentRecord& payment,
                                                       const store::OrderRecord& order) const
{
    return makeCreditorReference(referenceBody(order, payment.id));
}

ProviderStart BankTransferProvider::start(const PaymentContext& context)
{
    return {context.payment.providerReference, {}, "AWAITING_TRANSFER"};
}

ProviderState BankTransferProvider::check(const store::PaymentRecord& payment)
{
    ProviderState state;
    state.outcome = ProviderState::Outcome::Pending;
    state.providerStatus = payment.receiptPath.empty() ? "AWAITING_TRANSFER" : "RECEIPT_RECEIVED";
    return state;
}

bool BankTransferProvider::canSupersede(const store::PaymentRecord& payment) const
{
    return payment.receiptPath.empty() && payment.received.isZero();
}

} // namespace ebm::payments
