#include "security/SecretBox.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>
#include <gtest/gtest.h>
#include <iterator>
#include <sstream>
#include <string>

namespace ebm::security
{
namespace
{

using Key = std::array<unsigned char, SecretBox::kKeyBytes>;

constexpr std::string_view kSecret = "esxi-root-P@ssw0rd!";
constexpr std::string_view kContext = "esxi_host:42:password";

Key keyFilledWith(unsigned char first)
{
    Key key{};
    for (std::size_t i = 0; i < key.size(); ++i) {
        key[i] = static_cast<unsigned char>(first + i);
    }
    return key;
}

std::string decodeBlob(const std::string& sealed)
{
    std::istringstream in(sealed.substr(3));
    Poco::Base64Decoder decoder(in);
    return {std::istreambuf_iterator<char>(decoder), std::istreambuf_iterator<char>()};
}

std::string encodeBlob(const std::string& blob)
{
    std::ostringstream out;
    Poco::Base64Encoder encoder(out);
    encoder.rdbuf()->setLineLength(0);
    encoder << blob;
    encoder.close();
    return "v1:" + out.str();
}

// Expects open() to refuse, without echoing the secret in the message.
void expectRefused(const SecretBox& box, const std::string& sealed, std::string_view context)
{
    try {
        box.open(sealed, context);
        ADD_FAILURE() << "opened: " << sealed;
    } catch (const SecretBoxError& error) {
        EXPECT_EQ(std::string(error.what()).find(kSecret), std::string::npos);
    }
}

TEST(SecretBoxTest, RoundTrip)
{
    const SecretBox box(keyFilledWith(1));
    EXPECT_EQ(box.open(box.seal(kSecret, kContext), kContext), kSecret);
}

TEST(SecretBoxTest, RoundTripOfEmptyAndLongSecrets)
{
    const SecretBox box(keyFilledWith(1));
    EXPECT_EQ(box.open(box.seal("", kContext), kContext), "");
    EXPECT_EQ(box.open(box.seal(kSecret, ""), ""), kSecret);
    const std::string longSecret(10'000, 'x');
    const std::string sealed = box.seal(longSecret, kContext);
    EXPECT_EQ(sealed.find('\n'), std::string::npos);
    EXPECT_EQ(box.open(sealed, kContext), longSecret);
}

TEST(SecretBoxTest, SealedFormIsVersionedBase64OfNonceCiphertextAndTag)
{
    const SecretBox box(keyFilledWith(1));
    const std::string sealed = box.seal(kSecret, kContext);
    EXPECT_EQ(sealed.rfind("v1:", 0), 0u) << sealed;
    EXPECT_EQ(decodeBlob(sealed).size(), 12 + kSecret.size() + 16);
    EXPECT_EQ(sealed.find(kSecret), std::string::npos);
}

TEST(SecretBoxTest, EachSealUsesAFreshNonce)
{
    const SecretBox box(keyFilledWith(1));
    const std::string first = box.seal(kSecret, kContext);
    const std::string second = box.seal(kSecret, kContext);
    EXPECT_NE(first, second);
    EXPECT_NE(decodeBlob(first).substr(0, 12), decodeBlob(second).substr(0, 12));
}

TEST(SecretBoxTest, TamperingAnyByteIsDetected)
{
    const SecretBox box(keyFilledWith(1));
    const std::string blob = decodeBlob(box.seal(kSecret, kContext));
    ASSERT_EQ(box.open(encodeBlob(blob), kContext), kSecret);
    for (std::size_t i = 0; i < blob.size(); ++i) {
        std::string tampered = blob;
        tampered[i] = static_cast<char>(tampered[i] ^ 0x01);
        SCOPED_TRACE("byte " + std::to_string(i));
        expectRefused(box, encodeBlob(tampered), kContext);
    }
}

TEST(SecretBoxTest, WrongAssociatedDataFails)
{
    const SecretBox box(keyFilledWith(1));
    const std::string sealed = box.seal(kSecret, kContext);
    expectRefused(box, sealed, "esxi_host:43:password");
    expectRefused(box, sealed, "");
}

TEST(SecretBoxTest, WrongKeyFails)
{
    const std::string sealed = SecretBox(keyFilledWith(1)).seal(kSecret, kContext);
    expectRefused(SecretBox(keyFilledWith(2)), sealed, kContext);
}

TEST(SecretBoxTest, MalformedInputFails)
{
    const SecretBox box(keyFilledWith(1));
    const std::string sealed = box.seal(kSecret, kContext);
    expectRefused(box, "v2:" + sealed.substr(3), kContext);
    expectRefused(box, sealed.substr(3), kContext);
    expectRefused(box, "", kContext);
    expectRefused(box, "v1:", kContext);
    expectRefused(box, "v1:!!!!", kContext);
    expectRefused(box, sealed + " ", kContext);
    expectRefused(box, sealed.substr(0, sealed.size() - 1), kContext);
    expectRefused(box, encodeBlob(std::string(27, 'a')), kContext);
}

} // namespace
} // namespace ebm::security
