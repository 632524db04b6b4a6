#pragma once

#include "domain/Clock.h"
#include "payments/PayPalCertificateStore.h"
#include "payments/PayPalProvider.h"
#include "payments/PayPalWebhookVerifier.h"
#include "payments/PaymentService.h"
#include "store/Database.h"

#include <Poco/JSON/Object.h>
#include <map>
#include <optional>
#include <string>

namespace ebm::payments
{

// What PayPal and its buyers send back to us. Webhook deliveries are verified on their raw bytes,
// stored before anything else (forged ones too), deduplicated on the event id and applied
// through the PaymentService, which never moves a payment backwards; the buyer's return from
// PayPal captures the approved order, and a cancel fails a payment the buyer did not approve.
class PayPalCallbacks final
{
public:
    // How a webhook delivery was taken.
    struct Receipt
    {
        bool signatureValid = false;
        bool duplicate = false;
    };

    PayPalCallbacks(store::Database& database, const Clock& clock, PaymentService& payments,
                    PayPalProvider& provider, const std::string& certificateDirectory,
                    std::string webhookId);

    // Header names as received (any case); a repeated header is given once, values joined.
    Receipt receive(const std::map<std::string, std::string>& headers, const std::string& rawBody,
                    const std::string& requestId);

    // The buyer came back from PayPal (approved): the order is captured now when it can be.
    store::PaymentRecord buyerReturned(const std::string& transactionId,
                                       const std::string& requestId);
    // The buyer cancelled on PayPal: the payment fails CANCELLED_BY_BUYER unless PayPal says the
    // order was approved after all (then it is captured like a return).
    store::PaymentRecord buyerCancelled(const std::string& transactionId,
                                        const std::string& requestId);

private:
    // Applies one verified event; answers the processing error ("" when none).
    std::string process(const Poco::JSON::Object::Ptr& event, const std::string& requestId);
    std::string processCapture(const std::string& type, const Poco::JSON::Object::Ptr& resource,
                               const std::string& requestId);
    std::string processOrder(const Poco::JSON::Object::Ptr& resource, const std::string& requestId);
    std::optional<store::PaymentRecord> findPayment(const Poco::JSON::Object::Ptr& resource);
    store::PaymentRecord paymentOf(const std::string& transactionId);

    store::Database& m_database;
    const Clock& m_clock;
    PaymentService& m_payments;
    PayPalProvider& m_provider;
    HttpsCertificateFetcher m_fetcher;
    PayPalCertificateStore m_certificates;
    PayPalWebhookVerifier m_verifier;
};

} // namespace ebm::payments
