#include "TempDir.h"
#include "security/MasterKey.h"

#include <Poco/Base64Encoder.h>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace ebm::security
{
namespace
{

namespace fs = std::filesystem;

std::string base64(const std::string& bytes)
{
    std::ostringstream out;
    Poco::Base64Encoder encoder(out);
    encoder << bytes;
    encoder.close();
    return out.str();
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(MasterKeyTest, CreatesAPrivateKeyFileInAMissingDataDir)
{
    const test::TempDir dir;
    const std::string dataDir = dir.file("data/nested");
    const auto key = MasterKey::loadOrCreate(dataDir, "");
    const std::string path = dataDir + "/master.key";
    ASSERT_TRUE(fs::exists(path));
    EXPECT_EQ(fs::file_size(path), 32u);
    EXPECT_EQ(fs::status(path).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write);
    EXPECT_EQ(readFile(path), std::string(key.begin(), key.end()));
    EXPECT_EQ(std::distance(fs::directory_iterator(dataDir), fs::directory_iterator()), 1)
        << "no temporary file left behind";
}

TEST(MasterKeyTest, SecondCallReturnsTheSameKey)
{
    const test::TempDir dir;
    const auto first = MasterKey::loadOrCreate(dir.path(), "");
    const auto second = MasterKey::loadOrCreate(dir.path(), "");
    EXPECT_EQ(first, second);
    const test::TempDir other;
    EXPECT_NE(MasterKey::loadOrCreate(other.path(), ""), first);
}

TEST(MasterKeyTest, ConcurrentFirstStartsAgreeOnOneKey)
{
    const test::TempDir dir;
    std::vector<std::array<unsigned char, MasterKey::kKeyBytes>> keys(8);
    std::vector<std::thread> threads;
    for (auto& key : keys) {
        threads.emplace_back([&dir, &key] { key = MasterKey::loadOrCreate(dir.path(), ""); });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    for (const auto& key : keys) {
        EXPECT_EQ(key, keys.front());
    }
    EXPECT_EQ(readFile(dir.file("master.key")), std::string(keys[0].begin(), keys[0].end()));
}

TEST(MasterKeyTest, ConfiguredKeyWinsAndWritesNoFile)
{
    const test::TempDir dir;
    std::string bytes(32, '\0');
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        bytes[i] = static_cast<char>(200 + i);
    }
    const auto key = MasterKey::loadOrCreate(dir.path(), base64(bytes));
    EXPECT_EQ(std::string(key.begin(), key.end()), bytes);
    EXPECT_FALSE(fs::exists(dir.file("master.key")));
}

TEST(MasterKeyTest, ConfiguredKeyOfTheWrongSizeIsRejectedWithoutEchoingIt)
{
    const test::TempDir dir;
    for (const std::string& bad : {base64(std::string(31, 'k')), base64(std::string(33, 'k')),
                                   std::string("not base64 at all!")}) {
        try {
            MasterKey::loadOrCreate(dir.path(), bad);
            ADD_FAILURE() << "accepted " << bad;
        } catch (const std::invalid_argument& error) {
            const std::string message = error.what();
            EXPECT_NE(message.find("security.master_key"), std::string::npos) << message;
            EXPECT_EQ(message.find(bad), std::string::npos) << message;
        }
    }
}

TEST(MasterKeyTest, KeyFileOfTheWrongSizeIsAnError)
{
    const test::TempDir dir;
    std::ofstream(dir.file("master.key"), std::ios::binary) << std::string(16, 'x');
    EXPECT_THROW(MasterKey::loadOrCreate(dir.path(), ""), std::runtime_error);
    EXPECT_EQ(fs::file_size(dir.file("master.key")), 16u) << "the bad file is left for a human";
}

} // namespace
} // namespace ebm::security
