#include "TempDir.h"
#include "payments/ReceiptStore.h"

#include <Poco/File.h>
#include <gtest/gtest.h>

namespace ebm::payments
{
namespace
{

TEST(ReceiptStoreTest, RecognisesPdfPngAndJpegByTheirFirstBytes)
{
    EXPECT_EQ(ReceiptStore::sniffContentType("%PDF-1.7\n..."), "application/pdf");
    EXPECT_EQ(ReceiptStore::sniffContentType(std::string("\x89PNG\r\n\x1a\n\0\0", 10)),
              "image/png");
    EXPECT_EQ(ReceiptStore::sniffContentType("\xFF\xD8\xFF\xE0 JFIF"), "image/jpeg");
}

TEST(ReceiptStoreTest, RefusesEverythingElseWhateverItClaims)
{
    for (const std::string& bytes :
         {std::string(), std::string("%PDF"), std::string("<html><script>"), std::string("GIF89a"),
          std::string("PK\x03\x04 zip"), std::string("\x89PNG")})
        EXPECT_FALSE(ReceiptStore::sniffContentType(bytes).has_value()) << bytes;
}

TEST(ReceiptStoreTest, SavesUnderItsOwnNameAndReadsBackTheSameBytes)
{
    test::TempDir dir;
    const ReceiptStore store(dir.file("receipts"));
    const std::string bytes = std::string("%PDF-1.4\n") + std::string(1000, '\0') + "%%EOF";
    const std::string path =
        store.save("3f0c7c1e-0000-4000-8000-000000000001", "application/pdf", bytes);
    EXPECT_EQ(path, dir.file("receipts") + "/3f0c7c1e-0000-4000-8000-000000000001.pdf");
    EXPECT_FALSE(Poco::File(path + ".part").exists());
    const Receipt loaded = store.load(path, "application/pdf");
    EXPECT_EQ(loaded.bytes, bytes);
    EXPECT_EQ(loaded.contentType, "application/pdf");

    store.save("3f0c7c1e-0000-4000-8000-000000000001", "application/pdf", "%PDF-2");
    EXPECT_EQ(store.load(path, "application/pdf").bytes, "%PDF-2") << "a new receipt replaces it";
}

} // namespace
} // namespace ebm::payments
