#pragma once

#include "domain/Money.h"
#include "store/OrderRepository.h"
#include "store/PaymentRepository.h"

#include <optional>
#include <string>

namespace ebm::payments
{

// What a payment is started with: the stored payment and order, and where the provider sends
// the buyer back or calls us.
struct PaymentContext
{
    const store::PaymentRecord& payment;
    const store::OrderRecord& order;
    std::string returnUrl;
    std::string cancelUrl;
    std::string callbackUrl;
};

// What the provider answered when the payment was started.
struct ProviderStart
{
    std::string providerReference;
    std::string redirectUrl; // where the buyer approves (PayPal), empty otherwise
    std::string providerStatus;
};

// The provider's view of a payment now.
struct ProviderState
{
    enum class Outcome
    {
        NotStarted, // the provider does not know it: start it again (same idempotency key)
        Pending,
        Processing,
        Completed,
        Failed
    };

    Outcome outcome = Outcome::Pending;
    std::string providerStatus;
    std::string failureCode;
    std::string failureReason;
    std::optional<Money> amount; // what the provider says was paid, when it says
    std::string captureId;
};

// One way to pay (PayPal, MTN MoMo, bank transfer) behind the PaymentService: checks what it
// cannot take up front, starts a payment and tells its state. Network calls may throw
// ProviderUnavailable (ProviderHttpClient.h): the payment then stays as it is, to be checked
// again later, never failed for it. They are made outside any database transaction.
class PaymentProvider
{
public:
    virtual ~PaymentProvider() = default;

    virtual std::string code() const = 0;
    // Throws http::ApiError (400 naming the field) for an order or input it cannot take;
    // answers the payer's phone to store (normalised), or "" when the method takes none.
    virtual std::string requireAcceptable(const store::OrderRecord& order,
                                          const std::string& phone) const = 0;
    // The provider reference known before the call (MoMo's X-Reference-Id, a bank transfer's
    // RF reference), stored with the pending payment; empty when the provider assigns it.
    virtual std::string referenceBeforeStart(const store::PaymentRecord& payment,
                                             const store::OrderRecord& order) const = 0;
    virtual ProviderStart start(const PaymentContext& context) = 0;
    virtual ProviderState check(const store::PaymentRecord& payment) = 0;
    // Whether an open payment may be given up for a new attempt (no money can still move).
    virtual bool canSupersede(const store::PaymentRecord& payment) const = 0;
};

} // namespace ebm::payments
