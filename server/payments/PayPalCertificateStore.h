#pragma once

#include <Poco/Net/Context.h>
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>

namespace ebm::payments
{

// A PAYPAL-CERT-URL that is not one of PayPal's own HTTPS addresses, or whose file name is unsafe.
class CertificateUrlRefused final : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The certificate could not be read from the cache, fetched, or stored in the cache.
class CertificateUnavailable final : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Downloads the document at an HTTPS URL: the certificate store's only way to the network.
class CertificateFetcher
{
public:
    CertificateFetcher() = default;
    CertificateFetcher(const CertificateFetcher&) = delete;
    CertificateFetcher& operator=(const CertificateFetcher&) = delete;
    virtual ~CertificateFetcher();

    // The response body; throws (any std::exception) when there is none to give.
    virtual std::string fetch(const std::string& url) = 0;
};

// The production fetcher: one GET over TLS, the server verified against the system CA store and
// the URL's host name, 10 s connect/send/receive timeouts, only 200 accepted (redirects are not
// followed), bodies over kMaxCertificateBytes refused.
class HttpsCertificateFetcher final : public CertificateFetcher
{
public:
    explicit HttpsCertificateFetcher(std::chrono::seconds timeout = std::chrono::seconds(10));

    std::string fetch(const std::string& url) override;

private:
    std::chrono::seconds m_timeout;
    Poco::Net::Context::Ptr m_context;
};

// Gives the PEM certificate a PayPal webhook names in PAYPAL-CERT-URL. Only https URLs on
// paypal.com or its subdomains (port 443, no user info, query or fragment) are accepted; the
// certificate is kept in the cache directory as "<last path segment>.pem", and fetched (then
// written atomically) only when it is not there yet. Thread-safe: certificates already known are
// given without waiting for a fetch in progress.
class PayPalCertificateStore final
{
public:
    static constexpr std::size_t kMaxCertificateBytes = 64 * 1024;

    PayPalCertificateStore(std::filesystem::path cacheDirectory, CertificateFetcher& fetcher);

    // The cache file name of an acceptable certificate URL, e.g.
    // "CERT-360caa42-fca2a594-1a5f47cb.pem"; throws CertificateUrlRefused.
    static std::string cacheFileName(const std::string& url);

    // Throws CertificateUrlRefused (the fetcher is not called) or CertificateUnavailable.
    std::string certificatePem(const std::string& url);

private:
    std::string rememberedPem(const std::string& fileName) const;
    std::string fillCache(const std::string& url, const std::string& fileName);
    std::string fetchValidPem(const std::string& url);

    std::filesystem::path m_cacheDirectory;
    CertificateFetcher& m_fetcher;
    mutable std::mutex m_rememberedMutex;
    std::map<std::string, std::string> m_remembered; // file name → PEM
    std::mutex m_fillMutex;
};

} // namespace ebm::payments
