#include "payments/simulator/PayPalSimulatorSigner.h"

#include <cstdio>
#include <ctime>
#include <fstream>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>
#include <vector>

namespace ebm::payments
{

namespace
{

constexpr int kKeyBits = 2048;
constexpr long kValidBeforeSeconds = 24L * 3600;
constexpr long kValidAfterSeconds = 10L * 366 * 24 * 3600;
constexpr const char* kCertificateFile = "CERT-ebm-simulator.pem";
constexpr const char* kKeyFile = "ebm-simulator.key";

using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Certificate = std::unique_ptr<X509, decltype(&X509_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;

[[noreturn]] void fail(const std::string& what)
{
    ERR_clear_error();
    throw std::runtime_error("PayPal simulator signing key: " + what);
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

// Writes beside the target, then renames over it, with the given permissions.
void writeFile(const std::filesystem::path& path, const std::string& content, mode_t mode)
{
    const std::filesystem::path temporary = path.string() + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << content;
        if (!out.flush())
            fail("cannot write " + temporary.string());
    }
    ::chmod(temporary.c_str(), mode);
    std::filesystem::rename(temporary, path);
}

Bio memoryOf(const std::string& text)
{
    return Bio(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())), &BIO_free);
}

std::string drain(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return std::string(data, static_cast<std::size_t>(size));
}

Key readKey(const std::filesystem::path& path)
{
    const std::string pem = readFile(path);
    const Bio bio = memoryOf(pem);
    Key key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr,
            &EVP_PKEY_free);
    ERR_clear_error();
    return key;
}

Certificate readCertificate(const std::filesystem::path& path)
{
    const std::string pem = readFile(path);
    const Bio bio = memoryOf(pem);
    Certificate certificate(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr,
                            &X509_free);
    ERR_clear_error();
    return certificate;
}

bool validAt(X509* certificate, std::time_t now)
{
    return X509_cmp_time(X509_get0_notBefore(certificate), &now) < 0 &&
           X509_cmp_time(X509_get0_notAfter(certificate), &now) > 0;
}

Key generateKey()
{
    Key key(EVP_RSA_gen(kKeyBits), &EVP_PKEY_free);
    if (!key)
        fail("RSA key generation failed");
    return key;
}

Certificate selfSigned(EVP_PKEY* key, std::time_t now)
{
    Certificate certificate(X509_new(), &X509_free);
    X509_NAME* name = certificate ? X509_get_subject_name(certificate.get()) : nullptr;
    const auto* commonName =
        reinterpret_cast<const unsigned char*>("messageverificationcerts.paypal.com");
    const bool built =
        name != nullptr && X509_set_version(certificate.get(), 2) == 1 &&
        ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), static_cast<long>(now)) == 1 &&
        X509_time_adj(X509_getm_notBefore(certificate.get()), -kValidBeforeSeconds, &now) &&
        X509_time_adj(X509_getm_notAfter(certificate.get()), kValidAfterSeconds, &now) &&
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char*>("EBM PayPal simulator"),
                                   -1, -1, 0) == 1 &&
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, commonName, -1, -1, 0) == 1 &&
        X509_set_issuer_name(certificate.get(), name) == 1 &&
        X509_set_pubkey(certificate.get(), key) == 1 &&
        X509_sign(certificate.get(), key, EVP_sha256()) > 0;
    if (!built)
        fail("cannot build the self-signed certificate");
    return certificate;
}

std::string keyPem(EVP_PKEY* key)
{
    const Bio bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio ||
        PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        fail("cannot encode the key");
    return drain(bio.get());
}

std::string certificatePem(X509* certificate)
{
    const Bio bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        fail("cannot encode the certificate");
    return drain(bio.get());
}

// The key of a key and certificate pair already in the directory, when they belong together
// and the certificate is valid now.
Key reusableKey(const std::filesystem::path& directory, std::time_t now)
{
    Key key = readKey(directory / kKeyFile);
    const Certificate certificate = readCertificate(directory / kCertificateFile);
    const bool usable = key && certificate &&
                        X509_check_private_key(certificate.get(), key.get()) == 1 &&
                        validAt(certificate.get(), now);
    ERR_clear_error();
    return usable ? std::move(key) : Key(nullptr, &EVP_PKEY_free);
}

std::string base64(const std::vector<unsigned char>& bytes)
{
    std::string text(4 * ((bytes.size() + 2) / 3) + 1, '\0');
    const int length = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(text.data()), bytes.data(),
                                       static_cast<int>(bytes.size()));
    text.resize(static_cast<std::size_t>(length));
    return text;
}

} // namespace

void PayPalSimulatorSigner::KeyDeleter::operator()(evp_pkey_st* key) const
{
    EVP_PKEY_free(key);
}

PayPalSimulatorSigner::PayPalSimulatorSigner(const std::filesystem::path& certificateDirectory,
                                             std::chrono::sys_seconds now)
{
    const std::time_t instant = std::chrono::system_clock::to_time_t(now);
    std::filesystem::create_directories(certificateDirectory);
    Key key = reusableKey(certificateDirectory, instant);
    if (!key) {
        key = generateKey();
        const Certificate certificate = selfSigned(key.get(), instant);
        writeFile(certificateDirectory / kKeyFile, keyPem(key.get()), 0600);
        writeFile(certificateDirectory / kCertificateFile, certificatePem(certificate.get()), 0644);
    }
    m_key.reset(key.release());
}

PayPalSimulatorSigner::~PayPalSimulatorSigner() = default;

std::string PayPalSimulatorSigner::sign(const std::string& message) const
{
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                          &EVP_MD_CTX_free);
    std::size_t length = 0;
    const auto* data = reinterpret_cast<const unsigned char*>(message.data());
    if (!context ||
        EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length, data, message.size()) != 1)
        fail("cannot sign");
    std::vector<unsigned char> signature(length);
    if (EVP_DigestSign(context.get(), signature.data(), &length, data, message.size()) != 1)
        fail("cannot sign");
    signature.resize(length);
    return base64(signature);
}

} // namespace ebm::payments
