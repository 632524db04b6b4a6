#include "payments/Crc32.h"

#include <gtest/gtest.h>
#include <string>

namespace ebm::payments
{
namespace
{

TEST(Crc32Test, KnownVectors)
{
    EXPECT_EQ(crc32(""), 0x00000000U);
    EXPECT_EQ(crc32("123456789"), 0xCBF43926U);
    EXPECT_EQ(crc32("a"), 0xE8B7BE43U);
    EXPECT_EQ(crc32("The quick brown fox jumps over the lazy dog"), 0x414FA339U);
}

TEST(Crc32Test, CoversEveryByteValue)
{
    std::string bytes;
    for (int value = 0; value < 256; ++value)
        bytes.push_back(static_cast<char>(value));
    EXPECT_EQ(crc32(bytes), 688229491U); // Python: zlib.crc32(bytes(range(256)))
}

TEST(Crc32Test, EmbeddedNulBytesCount)
{
    EXPECT_NE(crc32(std::string("a\0b", 3)), crc32("ab"));
}

} // namespace
} // namespace ebm::payments
