#include "payments/PayPalWebhookVerifier.h"

#include "payments/Crc32.h"

#include <Poco/String.h>
#include <ctime>
#include <memory>
#include <new>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <stdexcept>
#include <vector>

namespace ebm::payments
{

namespace
{

constexpr std::string_view kTransmissionIdHeader = "PAYPAL-TRANSMISSION-ID";
constexpr std::string_view kTransmissionTimeHeader = "PAYPAL-TRANSMISSION-TIME";
constexpr std::string_view kSignatureHeader = "PAYPAL-TRANSMISSION-SIG";
constexpr std::string_view kCertificateUrlHeader = "PAYPAL-CERT-URL";
constexpr std::string_view kAlgorithmHeader = "PAYPAL-AUTH-ALGO";
constexpr std::size_t kMaxSignatureBase64 = 4096;

using Bytes = std::vector<unsigned char>;
using Certificate = std::unique_ptr<X509, decltype(&X509_free)>;

// Why a delivery is not authentic; never leaves this file.
class Refused final : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct Delivery
{
    std::string transmissionId;
    std::string transmissionTime;
    std::string signature;
    std::string certificateUrl;
};

std::string requiredHeader(const std::map<std::string, std::string>& headers, std::string_view name)
{
    const std::string* value = nullptr;
    for (const auto& [key, content] : headers) {
        if (Poco::icompare(key, std::string(name)) != 0)
            continue;
        if (value != nullptr)
            throw Refused("duplicate header " + std::string(name));
        value = &content;
    }
    if (value == nullptr || value->empty())
        throw Refused("missing header " + std::string(name));
    return *value;
}

Delivery readHeaders(const std::map<std::string, std::string>& headers)
{
    Delivery delivery{requiredHeader(headers, kTransmissionIdHeader),
                      requiredHeader(headers, kTransmissionTimeHeader),
                      requiredHeader(headers, kSignatureHeader),
                      requiredHeader(headers, kCertificateUrlHeader)};
    if (requiredHeader(headers, kAlgorithmHeader) != PayPalWebhookVerifier::kAlgorithm)
        throw Refused("unsupported algorithm (only SHA256withRSA)");
    return delivery;
}

const unsigned char* bytesOf(std::string_view text)
{
    return reinterpret_cast<const unsigned char*>(text.data());
}

std::size_t paddingOf(std::string_view text)
{
    return text.ends_with("==") ? 2 : (text.ends_with('=') ? 1 : 0);
}

bool isBase64Character(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/';
}

// Strict standard base64 with padding, as PayPal sends it.
bool isCanonicalBase64(std::string_view text)
{
    if (text.empty() || text.size() % 4 != 0 || text.size() > kMaxSignatureBase64)
        return false;
    for (const char c : text.substr(0, text.size() - paddingOf(text))) {
        if (!isBase64Character(c))
            return false;
    }
    return true;
}

Bytes decodeSignature(const std::string& text)
{
    if (!isCanonicalBase64(text))
        throw Refused("bad signature encoding");
    Bytes bytes(3 * (text.size() / 4));
    if (EVP_DecodeBlock(bytes.data(), bytesOf(text), static_cast<int>(text.size())) < 0)
        throw Refused("bad signature encoding");
    bytes.resize(bytes.size() - paddingOf(text));
    return bytes;
}

std::string certificatePem(PayPalCertificateStore& certificates, const std::string& url)
{
    try {
        return certificates.certificatePem(url);
    } catch (const CertificateUrlRefused& error) {
        throw Refused(std::string("certificate URL refused: ") + error.what());
    } catch (const CertificateUnavailable& error) {
        throw Refused(std::string("certificate unavailable: ") + error.what());
    }
}

Certificate parseCertificate(const std::string& pem)
{
    const std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), &BIO_free);
    Certificate certificate(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr,
                            &X509_free);
    ERR_clear_error();
    if (!certificate)
        throw Refused("certificate unavailable: not a PEM certificate");
    return certificate;
}

// Exactly one subject CN, equal to PayPal's message verification name.
void checkSubject(X509* certificate)
{
    const X509_NAME* subject = X509_get_subject_name(certificate);
    const int index = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    if (index < 0 || X509_NAME_get_index_by_NID(subject, NID_commonName, index) >= 0)
        throw Refused("wrong certificate subject");
    const ASN1_STRING* name = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index));
    const std::string_view commonName(reinterpret_cast<const char*>(ASN1_STRING_get0_data(name)),
                                      static_cast<std::size_t>(ASN1_STRING_length(name)));
    if (commonName != PayPalWebhookVerifier::kCertificateCommonName)
        throw Refused("wrong certificate subject");
}

std::chrono::sys_seconds instantOf(const ASN1_TIME* time)
{
    std::tm fields{};
    if (time == nullptr || ASN1_TIME_to_tm(time, &fields) != 1)
        throw Refused("certificate validity period unreadable");
    using namespace std::chrono;
    const sys_days date =
        year_month_day{year{fields.tm_year + 1900}, month{static_cast<unsigned>(fields.tm_mon + 1)},
                       day{static_cast<unsigned>(fields.tm_mday)}};
    return date + hours{fields.tm_hour} + minutes{fields.tm_min} + seconds{fields.tm_sec};
}

void checkValidity(const X509* certificate, std::chrono::sys_seconds now)
{
    if (now < instantOf(X509_get0_notBefore(certificate)))
        throw Refused("certificate not yet valid");
    if (now > instantOf(X509_get0_notAfter(certificate)))
        throw Refused("certificate expired");
}

bool signatureMatches(EVP_PKEY* key, const std::string& message, const Bytes& signature)
{
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                          &EVP_MD_CTX_free);
    if (!context)
        throw std::bad_alloc();
    EVP_PKEY_CTX* keyContext = nullptr;
    const bool matches =
        EVP_DigestVerifyInit(context.get(), &keyContext, EVP_sha256(), nullptr, key) == 1 &&
        EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PADDING) == 1 &&
        EVP_DigestVerify(context.get(), signature.data(), signature.size(), bytesOf(message),
                         message.size()) == 1;
    ERR_clear_error();
    return matches;
}

void checkSignature(X509* certificate, const std::string& message, const Bytes& signature)
{
    EVP_PKEY* key = X509_get0_pubkey(certificate);
    if (key == nullptr || EVP_PKEY_base_id(key) != EVP_PKEY_RSA)
        throw Refused("certificate key is not RSA");
    if (!signatureMatches(key, message, signature))
        throw Refused("signature mismatch");
}

} // namespace

PayPalWebhookVerifier::PayPalWebhookVerifier(std::string webhookId,
                                             PayPalCertificateStore& certificates)
    : m_webhookId(std::move(webhookId))
    , m_certificates(certificates)
{
}

PayPalWebhookVerifier::Verification
PayPalWebhookVerifier::verify(const std::map<std::string, std::string>& headers,
                              const std::string& rawBody, std::chrono::sys_seconds now) const
{
    try {
        check(headers, rawBody, now);
        return {true, {}};
    } catch (const Refused& refusal) {
        return {false, refusal.what()};
    }
}

std::string PayPalWebhookVerifier::signedMessage(const std::string& transmissionId,
                                                 const std::string& transmissionTime,
                                                 const std::string& webhookId,
                                                 const std::string& rawBody)
{
    return transmissionId + "|" + transmissionTime + "|" + webhookId + "|" +
           std::to_string(crc32(rawBody));
}

void PayPalWebhookVerifier::check(const std::map<std::string, std::string>& headers,
                                  const std::string& rawBody, std::chrono::sys_seconds now) const
{
    const Delivery delivery = readHeaders(headers);
    const Bytes signature = decodeSignature(delivery.signature);
    const Certificate certificate =
        parseCertificate(certificatePem(m_certificates, delivery.certificateUrl));
    checkSubject(certificate.get());
    checkValidity(certificate.get(), now);
    checkSignature(
        certificate.get(),
        signedMessage(delivery.transmissionId, delivery.transmissionTime, m_webhookId, rawBody),
        signature);
}

} // namespace ebm::payments
