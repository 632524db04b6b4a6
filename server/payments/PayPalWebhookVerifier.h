#pragma once

#include "payments/PayPalCertificateStore.h"

#include <chrono>
#include <map>
#include <string>
#include <string_view>

namespace ebm::payments
{

// Tells whether a PayPal webhook delivery was signed by PayPal for our webhook, from its headers
// and raw body bytes.
//
// The signed message is "transmissionId|transmissionTime|webhookId|crc32(rawBody)" (the CRC as
// unsigned decimal), checked with RSA PKCS#1 v1.5 / SHA-256 against the public key of the
// certificate at PAYPAL-CERT-URL, whose subject CN must be messageverificationcerts.paypal.com
// and whose validity period must contain `now`. Thread-safe; bad input never throws.
class PayPalWebhookVerifier final
{
public:
    struct Verification
    {
        bool valid = false;
        // Empty when valid, else why not: "missing header PAYPAL-CERT-URL", "unsupported
        // algorithm", "certificate URL refused: …", "signature mismatch" …
        std::string reason;
    };

    static constexpr std::string_view kAlgorithm = "SHA256withRSA";
    static constexpr std::string_view kCertificateCommonName =
        "messageverificationcerts.paypal.com";

    PayPalWebhookVerifier(std::string webhookId, PayPalCertificateStore& certificates);

    // Header names are matched case-insensitively; `now` is the server's clock.
    Verification verify(const std::map<std::string, std::string>& headers,
                        const std::string& rawBody, std::chrono::sys_seconds now) const;

    static std::string signedMessage(const std::string& transmissionId,
                                     const std::string& transmissionTime,
                                     const std::string& webhookId, const std::string& rawBody);

private:
    void check(const std::map<std::string, std::string>& headers, const std::string& rawBody,
               std::chrono::sys_seconds now) const;

    std::string m_webhookId;
    PayPalCertificateStore& m_certificates;
};

} // namespace ebm::payments
