#include "TempDir.h"
#include "payments/PayPalCertificateStore.h"
#include "payments/PayPalWebhookVerifier.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <array>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <stdexcept>
#include <string>
#include <vector>

namespace ebm::payments
{
namespace
{

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using Headers = std::map<std::string, std::string>;
using Verification = PayPalWebhookVerifier::Verification;

constexpr std::chrono::sys_seconds at(std::chrono::year_month_day date, std::chrono::seconds time)
{
    return std::chrono::sys_days(date) + time;
}

// Inside the recorded certificate's validity, just after the last delivery.
const std::chrono::sys_seconds kDeliveryClock = at(2024y / 8 / 2, 19h + 40min);

struct Delivery
{
    std::string name;
    Headers headers;
    std::string body;
};

// Real deliveries of PayPal's webhook simulator, signed for webhook id "WEBHOOK_ID".
struct Recording
{
    std::string webhookId;
    std::string certUrl;
    std::string certPem;
    std::vector<Delivery> deliveries;
};

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

Delivery deliveryOf(const Poco::JSON::Object& event)
{
    Delivery delivery{event.getValue<std::string>("name"), {}, event.getValue<std::string>("body")};
    const Poco::JSON::Object::Ptr headers = event.getObject("headers");
    for (const auto& [name, value] : *headers)
        delivery.headers[name] = value.toString();
    return delivery;
}

Recording loadRecording()
{
    const std::string json =
        readFile(fs::path(EBM_TEST_FIXTURES_DIR) / "paypal/webhook-deliveries.json");
    const auto root = Poco::JSON::Parser().parse(json).extract<Poco::JSON::Object::Ptr>();
    Recording recording{root->getValue<std::string>("webhook_id"),
                        root->getValue<std::string>("cert_url"),
                        root->getValue<std::string>("cert_pem"),
                        {}};
    const Poco::JSON::Array::Ptr events = root->getArray("events");
    for (std::size_t i = 0; i < events->size(); ++i)
        recording.deliveries.push_back(deliveryOf(*events->getObject(static_cast<unsigned>(i))));
    return recording;
}

const Recording& recording()
{
    static const Recording loaded = loadRecording();
    return loaded;
}

void writeFile(const fs::path& path, const std::string& content)
{
    std::ofstream(path, std::ios::binary) << content;
}

// Fails the test when the verifier goes to the network.
class ForbiddenFetcher final : public CertificateFetcher
{
public:
    std::string fetch(const std::string& url) override
    {
        ADD_FAILURE() << "certificate fetched: " << url;
        throw std::runtime_error("no network in unit tests");
    }
};

// A network that is down.
class OfflineFetcher final : public CertificateFetcher
{
public:
    std::string fetch(const std::string& /*url*/) override
    {
        throw std::runtime_error("network is down");
    }
};

// Answers with PayPal's recorded certificate and counts the calls.
class RecordedCertificateFetcher final : public CertificateFetcher
{
public:
    std::string fetch(const std::string& /*url*/) override
    {
        ++m_calls;
        return recording().certPem;
    }
    int calls() const
    {
        return m_calls;
    }

private:
    int m_calls = 0;
};

std::string base64(const std::vector<unsigned char>& bytes)
{
    std::string text(4 * ((bytes.size() + 2) / 3), '\0');
    EVP_EncodeBlock(reinterpret_cast<unsigned char*>(text.data()), bytes.data(),
                    static_cast<int>(bytes.size()));
    return text;
}

std::vector<unsigned char> unbase64(const std::string& text)
{
    std::vector<unsigned char> bytes(3 * (text.size() / 4));
    EVP_DecodeBlock(bytes.data(), reinterpret_cast<const unsigned char*>(text.data()),
                    static_cast<int>(text.size()));
    bytes.resize(bytes.size() - (text.ends_with("==") ? 2 : (text.ends_with('=') ? 1 : 0)));
    return bytes;
}

class PayPalWebhookVerifierTest : public ::testing::Test
{
protected:
    PayPalWebhookVerifierTest()
    {
        writeFile(m_cache.file(PayPalCertificateStore::cacheFileName(recording().certUrl)),
                  recording().certPem);
    }

    Verification verify(const Delivery& delivery,
                        std::chrono::sys_seconds now = kDeliveryClock) const
    {
        return m_verifier.verify(delivery.headers, delivery.body, now);
    }

    static const Delivery& first()
    {
        return recording().deliveries.front();
    }

    test::TempDir m_cache;
    ForbiddenFetcher m_fetcher;
    PayPalCertificateStore m_store{m_cache.path(), m_fetcher};
    PayPalWebhookVerifier m_verifier{recording().webhookId, m_store};
};

void expectRefused(const Verification& verification, const std::string& reason)
{
    EXPECT_FALSE(verification.valid);
    EXPECT_EQ(verification.reason, reason);
}

TEST_F(PayPalWebhookVerifierTest, EveryRecordedDeliveryVerifies)
{
    ASSERT_EQ(recording().deliveries.size(), 20U);
    for (const Delivery& delivery : recording().deliveries) {
        const Verification verification = verify(delivery);
        EXPECT_TRUE(verification.valid) << delivery.name << ": " << verification.reason;
        EXPECT_EQ(verification.reason, "") << delivery.name;
    }
}

TEST_F(PayPalWebhookVerifierTest, HeaderNamesAreMatchedCaseInsensitively)
{
    Delivery shouting = first();
    shouting.headers.clear();
    for (const auto& [name, value] : first().headers) {
        std::string upper = name;
        for (char& c : upper)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        shouting.headers[upper] = value;
    }
    EXPECT_TRUE(verify(shouting).valid) << verify(shouting).reason;
}

TEST_F(PayPalWebhookVerifierTest, AnyChangedBodyByteFails)
{
    for (const Delivery& delivery : recording().deliveries) {
        for (std::size_t position = 0; position < delivery.body.size(); position += 97) {
            Delivery tampered = delivery;
            char& byte = tampered.body[position];
            byte = byte == 'x' ? 'y' : 'x';
            const Verification verification = verify(tampered);
            EXPECT_FALSE(verification.valid) << delivery.name << " byte " << position;
            EXPECT_EQ(verification.reason, "signature mismatch") << delivery.name;
        }
    }
}

TEST_F(PayPalWebhookVerifierTest, AppendedOrTruncatedBodyFails)
{
    Delivery appended = first();
    appended.body += "\n";
    expectRefused(verify(appended), "signature mismatch");
    Delivery truncated = first();
    truncated.body.pop_back();
    expectRefused(verify(truncated), "signature mismatch");
}

TEST_F(PayPalWebhookVerifierTest, ChangedTransmissionIdFails)
{
    Delivery tampered = first();
    std::string& id = tampered.headers.at("paypal-transmission-id");
    id[0] = id[0] == '0' ? '1' : '0';
    expectRefused(verify(tampered), "signature mismatch");
}

TEST_F(PayPalWebhookVerifierTest, ChangedTransmissionTimeFails)
{
    Delivery tampered = first();
    tampered.headers.at("paypal-transmission-time") = "2024-08-02T19:34:58Z";
    expectRefused(verify(tampered), "signature mismatch");
}

TEST_F(PayPalWebhookVerifierTest, AnotherWebhookIdFails)
{
    const PayPalWebhookVerifier other("8PT597110X687430LKGECATA", m_store);
    expectRefused(other.verify(first().headers, first().body, kDeliveryClock),
                  "signature mismatch");
}

TEST_F(PayPalWebhookVerifierTest, ChangedSignatureByteFails)
{
    const std::string original = first().headers.at("paypal-transmission-sig");
    const std::vector<unsigned char> signature = unbase64(original);
    ASSERT_EQ(signature.size(), 256U);
    for (const std::size_t position : {std::size_t{0}, std::size_t{100}, signature.size() - 1}) {
        std::vector<unsigned char> changed = signature;
        changed[position] ^= 0x01;
        Delivery tampered = first();
        tampered.headers.at("paypal-transmission-sig") = base64(changed);
        expectRefused(verify(tampered), "signature mismatch");
    }
}

TEST_F(PayPalWebhookVerifierTest, MalformedSignatureIsABadEncoding)
{
    for (const std::string signature : {"not base64!", "abc", "YWJj\nZGVm", "=abc"}) {
        Delivery tampered = first();
        tampered.headers.at("paypal-transmission-sig") = signature;
        expectRefused(verify(tampered), "bad signature encoding");
    }
}

TEST_F(PayPalWebhookVerifierTest, AClockAfterTheCertificateExpiryFails)
{
    expectRefused(verify(first(), at(2025y / 3 / 8, 0s)), "certificate expired");
    expectRefused(verify(first(), at(2026y / 1 / 1, 0s)), "certificate expired");
    EXPECT_TRUE(verify(first(), at(2025y / 3 / 7, 23h + 59min + 59s)).valid);
}

TEST_F(PayPalWebhookVerifierTest, AClockBeforeTheCertificateStartFails)
{
    expectRefused(verify(first(), at(2024y / 3 / 7, 23h + 59min + 59s)),
                  "certificate not yet valid");
    EXPECT_TRUE(verify(first(), at(2024y / 3 / 8, 0s)).valid);
}

TEST_F(PayPalWebhookVerifierTest, AMissingHeaderIsNamed)
{
    const std::vector<std::string> required = {"PAYPAL-TRANSMISSION-ID", "PAYPAL-TRANSMISSION-TIME",
                                               "PAYPAL-TRANSMISSION-SIG", "PAYPAL-CERT-URL",
                                               "PAYPAL-AUTH-ALGO"};
    for (const std::string& header : required) {
        std::string lower = header;
        for (char& c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        Delivery missing = first();
        missing.headers.erase(lower);
        expectRefused(verify(missing), "missing header " + header);
        Delivery empty = first();
        empty.headers.at(lower) = "";
        expectRefused(verify(empty), "missing header " + header);
    }
}

TEST_F(PayPalWebhookVerifierTest, ADuplicatedHeaderIsRefused)
{
    Delivery duplicated = first();
    duplicated.headers["PAYPAL-TRANSMISSION-ID"] = "another-id";
    expectRefused(verify(duplicated), "duplicate header PAYPAL-TRANSMISSION-ID");
}

TEST_F(PayPalWebhookVerifierTest, OtherAlgorithmsAreUnsupported)
{
    Delivery other = first();
    other.headers.at("paypal-auth-algo") = "SHA1withRSA";
    expectRefused(verify(other), "unsupported algorithm (only SHA256withRSA)");
}

TEST_F(PayPalWebhookVerifierTest, ForeignCertificateUrlsAreRefusedWithoutFetching)
{
    const std::vector<std::pair<std::string, std::string>> refused = {
        {"http://api.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-1a5f47cb",
         "certificate URL refused: not an https URL"},
        {"https://paypal.com.evil.com/v1/notifications/certs/CERT-360caa42-fca2a594-1a5f47cb",
         "certificate URL refused: host is not paypal.com"},
        {"https://api.paypal.com@evil.com/v1/notifications/certs/CERT-360caa42-fca2a594-1a5f47cb",
         "certificate URL refused: URL carries user info"},
        {"https://api.paypal.com:8443/v1/notifications/certs/CERT-360caa42-fca2a594-1a5f47cb",
         "certificate URL refused: port is not 443"},
        {"https://api.paypal.com", "certificate URL refused: URL has no certificate file name"},
        {"https://api.paypal.com/v1/notifications/certs/..%2Fmaster.key",
         "certificate URL refused: URL path is percent-encoded"},
        {"https://api.paypal.com/v1/notifications/certs/CERT:1",
         "certificate URL refused: certificate file name has unsafe characters"},
    };
    for (const auto& [url, reason] : refused) {
        Delivery foreign = first();
        foreign.headers.at("paypal-cert-url") = url;
        expectRefused(verify(foreign), reason);
    }
}

TEST_F(PayPalWebhookVerifierTest, AnUnavailableCertificateIsReported)
{
    const test::TempDir emptyCache;
    OfflineFetcher offline;
    PayPalCertificateStore store(emptyCache.path(), offline);
    const PayPalWebhookVerifier verifier(recording().webhookId, store);
    expectRefused(verifier.verify(first().headers, first().body, kDeliveryClock),
                  "certificate unavailable: download failed: network is down");
}

TEST_F(PayPalWebhookVerifierTest, AnUncachedCertificateIsFetchedOnceThenReadFromTheCache)
{
    const test::TempDir emptyCache;
    RecordedCertificateFetcher fetcher;
    PayPalCertificateStore store(emptyCache.path(), fetcher);
    const PayPalWebhookVerifier verifier(recording().webhookId, store);
    for (const Delivery& delivery : recording().deliveries) {
        const Verification verification =
            verifier.verify(delivery.headers, delivery.body, kDeliveryClock);
        EXPECT_TRUE(verification.valid) << delivery.name << ": " << verification.reason;
    }
    EXPECT_EQ(fetcher.calls(), 1);
    EXPECT_EQ(readFile(emptyCache.file("CERT-360caa42-fca2a594-1a5f47cb.pem")),
              recording().certPem);
}

TEST_F(PayPalWebhookVerifierTest, TheSignedMessageJoinsTheFieldsAndTheUnsignedCrc)
{
    // zlib.crc32 of the first recorded body is 3943799371: above INT32_MAX, so printed unsigned.
    EXPECT_EQ(PayPalWebhookVerifier::signedMessage("id-1", "2024-08-02T19:34:57Z", "WEBHOOK_ID",
                                                   first().body),
              "id-1|2024-08-02T19:34:57Z|WEBHOOK_ID|3943799371");
}

// A key and a self-signed certificate of our own, as the server's PayPal simulator will use.
class OwnSigner
{
public:
    explicit OwnSigner(const std::string& commonName)
        : m_key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", std::size_t{2048}), &EVP_PKEY_free)
    {
        if (!m_key)
            throw std::runtime_error("RSA key generation failed");
        m_certificatePem = selfSigned(commonName);
    }

    const std::string& certificatePem() const
    {
        return m_certificatePem;
    }

    std::string signBase64(const std::string& message) const
    {
        const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                              &EVP_MD_CTX_free);
        std::size_t length = 0;
        const auto* data = reinterpret_cast<const unsigned char*>(message.data());
        if (EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1 ||
            EVP_DigestSign(context.get(), nullptr, &length, data, message.size()) != 1)
            throw std::runtime_error("cannot sign");
        std::vector<unsigned char> signature(length);
        if (EVP_DigestSign(context.get(), signature.data(), &length, data, message.size()) != 1)
            throw std::runtime_error("cannot sign");
        signature.resize(length);
        return base64(signature);
    }

private:
    std::string selfSigned(const std::string& commonName) const
    {
        const std::unique_ptr<X509, decltype(&X509_free)> certificate(X509_new(), &X509_free);
        X509_set_version(certificate.get(), 2);
        ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), 1);
        ASN1_TIME_set(X509_getm_notBefore(certificate.get()),
                      std::chrono::system_clock::to_time_t(at(2024y / 1 / 1, 0s)));
        ASN1_TIME_set(X509_getm_notAfter(certificate.get()),
                      std::chrono::system_clock::to_time_t(at(2034y / 1 / 1, 0s)));
        X509_NAME* name = X509_get_subject_name(certificate.get());
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char*>(commonName.c_str()), -1,
                                   -1, 0);
        X509_set_issuer_name(certificate.get(), name);
        X509_set_pubkey(certificate.get(), m_key.get());
        if (X509_sign(certificate.get(), m_key.get(), EVP_sha256()) <= 0)
            throw std::runtime_error("cannot sign the certificate");
        return pemOf(certificate.get());
    }

    static std::string pemOf(X509* certificate)
    {
        const std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
        PEM_write_bio_X509(bio.get(), certificate);
        std::string pem;
        std::array<char, 1024> buffer{};
        int count = 0;
        while ((count = BIO_read(bio.get(), buffer.data(), static_cast<int>(buffer.size()))) > 0)
            pem.append(buffer.data(), static_cast<std::size_t>(count));
        return pem;
    }

    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> m_key;
    std::string m_certificatePem;
};

// Verifies a body signed by `signer`, whose certificate sits in the cache as SIM-CERT-1.
Verification verifyOwnDelivery(const OwnSigner& signer, const std::string& webhookId)
{
    const test::TempDir cache;
    writeFile(cache.file("SIM-CERT-1.pem"), signer.certificatePem());
    ForbiddenFetcher fetcher;
    PayPalCertificateStore store(cache.path(), fetcher);
    const PayPalWebhookVerifier verifier(webhookId, store);
    const std::string body = R"({"id":"WH-SIM-1","event_type":"PAYMENT.CAPTURE.COMPLETED"})";
    const std::string id = "0f1e2d3c-0000-11ef-8000-000000000001";
    const std::string time = "2024-08-02T19:39:00Z";
    const Headers headers = {
        {"Paypal-Transmission-Id", id},
        {"Paypal-Transmission-Time", time},
        {"Paypal-Transmission-Sig",
         signer.signBase64(PayPalWebhookVerifier::signedMessage(id, time, webhookId, body))},
        {"Paypal-Cert-Url", "https://api.sandbox.paypal.com/v1/notifications/certs/SIM-CERT-1"},
        {"Paypal-Auth-Algo", "SHA256withRSA"},
    };
    return verifier.verify(headers, body, kDeliveryClock);
}

TEST(PayPalWebhookVerifierOwnCertificateTest, ASelfSignedCertificateWithPayPalsNameVerifies)
{
    const OwnSigner signer("messageverificationcerts.paypal.com");
    const Verification verification = verifyOwnDelivery(signer, "SIMULATOR-WEBHOOK");
    EXPECT_TRUE(verification.valid) << verification.reason;
}

TEST(PayPalWebhookVerifierOwnCertificateTest, ACertificateWithAnotherNameIsRefused)
{
    const OwnSigner signer("evil.example.com");
    expectRefused(verifyOwnDelivery(signer, "SIMULATOR-WEBHOOK"), "wrong certificate subject");
}

TEST(PayPalWebhookVerifierOwnCertificateTest, ACertificateWithoutANameIsRefused)
{
    const OwnSigner signer("");
    expectRefused(verifyOwnDelivery(signer, "SIMULATOR-WEBHOOK"), "wrong certificate subject");
}

} // namespace
} // namespace ebm::payments
