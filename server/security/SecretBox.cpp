#include "security/SecretBox.h"

#include <climits>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <vector>

namespace ebm::security
{

namespace
{

constexpr std::string_view kVersionPrefix = "v1:";
constexpr std::size_t kNonceBytes = 12;
constexpr std::size_t kTagBytes = 16;

using Bytes = std::vector<unsigned char>;
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherContext newContext()
{
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!context)
        throw std::runtime_error("cannot allocate a cipher context");
    return context;
}

int checkedLength(std::size_t size)
{
    if (size > static_cast<std::size_t>(INT_MAX / 2))
        throw std::length_error("secret too large to seal");
    return static_cast<int>(size);
}

const unsigned char* bytesOf(std::string_view text)
{
    return reinterpret_cast<const unsigned char*>(text.data());
}

std::string base64(const Bytes& bytes)
{
    std::string text(4 * ((bytes.size() + 2) / 3), '\0');
    EVP_EncodeBlock(reinterpret_cast<unsigned char*>(text.data()), bytes.data(),
                    checkedLength(bytes.size()));
    return text;
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

// Strict standard base64 with padding: anything else (whitespace included) is refused.
bool isCanonicalBase64(std::string_view text)
{
    if (text.empty() || text.size() % 4 != 0)
        return false;
    const std::string_view body = text.substr(0, text.size() - paddingOf(text));
    for (const char c : body) {
        if (!isBase64Character(c))
            return false;
    }
    return true;
}

Bytes unbase64(std::string_view text)
{
    if (!isCanonicalBase64(text))
        throw SecretBoxError("sealed secret is not valid base64");
    Bytes bytes(3 * (text.size() / 4));
    if (EVP_DecodeBlock(bytes.data(), bytesOf(text), checkedLength(text.size())) < 0)
        throw SecretBoxError("sealed secret is not valid base64");
    bytes.resize(bytes.size() - paddingOf(text));
    return bytes;
}

void addAssociatedData(EVP_CIPHER_CTX* context, std::string_view associatedData, bool encrypt)
{
    if (associatedData.empty())
        return;
    int ignored = 0;
    const int length = checkedLength(associatedData.size());
    const int ok =
        encrypt ? EVP_EncryptUpdate(context, nullptr, &ignored, bytesOf(associatedData), length)
                : EVP_DecryptUpdate(context, nullptr, &ignored, bytesOf(associatedData), length);
    if (ok != 1)
        throw SecretBoxError("cannot authenticate the associated data");
}

// Returns nonce || ciphertext || tag.
Bytes encrypt(const unsigned char* key, std::string_view plaintext, std::string_view associatedData)
{
    Bytes blob(kNonceBytes + plaintext.size() + kTagBytes);
    unsigned char* nonce = blob.data();
    unsigned char* ciphertext = nonce + kNonceBytes;
    if (RAND_bytes(nonce, static_cast<int>(kNonceBytes)) != 1)
        throw std::runtime_error("no randomness available for a nonce");
    const CipherContext context = newContext();
    int written = 0;
    int finalWritten = 0;
    if (EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, key, nonce) != 1)
        throw std::runtime_error("cannot start AES-256-GCM encryption");
    addAssociatedData(context.get(), associatedData, true);
    if (EVP_EncryptUpdate(context.get(), ciphertext, &written, bytesOf(plaintext),
                          checkedLength(plaintext.size())) != 1 ||
        EVP_EncryptFinal_ex(context.get(), ciphertext + written, &finalWritten) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagBytes),
                            ciphertext + plaintext.size()) != 1)
        throw std::runtime_error("AES-256-GCM encryption failed");
    return blob;
}

// Takes nonce || ciphertext || tag, at least kNonceBytes + kTagBytes long.
std::string decrypt(const unsigned char* key, Bytes& blob, std::string_view associatedData)
{
    const std::size_t textBytes = blob.size() - kNonceBytes - kTagBytes;
    unsigned char* nonce = blob.data();
    unsigned char* ciphertext = nonce + kNonceBytes;
    const CipherContext context = newContext();
    std::string plaintext(textBytes, '\0');
    auto* out = reinterpret_cast<unsigned char*>(plaintext.data());
    int written = 0;
    int finalWritten = 0;
    if (EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, key, nonce) != 1)
        throw std::runtime_error("cannot start AES-256-GCM decryption");
    addAssociatedData(context.get(), associatedData, false);
    if (EVP_DecryptUpdate(context.get(), out, &written, ciphertext, checkedLength(textBytes)) !=
            1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagBytes),
                            ciphertext + textBytes) != 1 ||
        EVP_DecryptFinal_ex(context.get(), out + written, &finalWritten) != 1) {
        OPENSSL_cleanse(plaintext.data(), plaintext.size());
        throw SecretBoxError("sealed secret failed authentication");
    }
    return plaintext;
}

} // namespace

SecretBox::SecretBox(std::array<unsigned char, kKeyBytes> key)
    : m_key(key)
{
    OPENSSL_cleanse(key.data(), key.size());
}

SecretBox::~SecretBox()
{
    OPENSSL_cleanse(m_key.data(), m_key.size());
}

std::string SecretBox::seal(std::string_view plaintext, std::string_view associatedData) const
{
    return std::string(kVersionPrefix) + base64(encrypt(m_key.data(), plaintext, associatedData));
}

std::string SecretBox::open(std::string_view sealed, std::string_view associatedData) const
{
    if (!sealed.starts_with(kVersionPrefix))
        throw SecretBoxError("sealed secret has an unknown version");
    Bytes blob = unbase64(sealed.substr(kVersionPrefix.size()));
    if (blob.size() < kNonceBytes + kTagBytes)
        throw SecretBoxError("sealed secret is too short");
    return decrypt(m_key.data(), blob, associatedData);
}

std::string SecretBox::authenticate(std::string_view message, std::string_view purpose) const
{
    unsigned char derived[EVP_MAX_MD_SIZE];
    unsigned int derivedLength = 0;
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    if (HMAC(EVP_sha256(), m_key.data(), static_cast<int>(m_key.size()), bytesOf(purpose),
             purpose.size(), derived, &derivedLength) == nullptr ||
        HMAC(EVP_sha256(), derived, static_cast<int>(derivedLength), bytesOf(message),
             message.size(), mac, &macLength) == nullptr)
        throw std::runtime_error("HMAC-SHA256 failed");
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (unsigned int i = 0; i < macLength; ++i) {
        hex += kHex[mac[i] >> 4];
        hex += kHex[mac[i] & 0x0f];
    }
    return hex;
}

} // namespace ebm::security
