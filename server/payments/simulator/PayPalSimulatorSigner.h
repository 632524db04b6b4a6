#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

struct evp_pkey_st;

namespace ebm::payments
{

// The built-in PayPal simulator's signing identity: an RSA key and a self-signed certificate
// named like PayPal's (CN messageverificationcerts.paypal.com), valid around the server's clock,
// kept in the webhook certificate cache as CERT-ebm-simulator.pem so the real verifier takes it
// from the cache without fetching. A key and certificate already there and valid now are reused
// (several processes share a data directory); otherwise new ones are generated with OpenSSL.
class PayPalSimulatorSigner final
{
public:
    static constexpr std::string_view kCertificateUrl =
        "https://api.paypal.com/v1/notifications/certs/CERT-ebm-simulator";

    // Throws std::runtime_error when no key can be made or the files cannot be written.
    PayPalSimulatorSigner(const std::filesystem::path& certificateDirectory,
                          std::chrono::sys_seconds now);
    ~PayPalSimulatorSigner();
    PayPalSimulatorSigner(const PayPalSimulatorSigner&) = delete;
    PayPalSimulatorSigner& operator=(const PayPalSimulatorSigner&) = delete;

    // The message's SHA256withRSA (PKCS#1 v1.5) signature in base64, as PAYPAL-TRANSMISSION-SIG.
    std::string sign(const std::string& message) const;

private:
    struct KeyDeleter
    {
        void operator()(evp_pkey_st* key) const;
    };

    std::unique_ptr<evp_pkey_st, KeyDeleter> m_key;
};

} // namespace ebm::payments
