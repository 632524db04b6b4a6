#include "security/MasterKey.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Exception.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace ebm::security
{

namespace
{

using Key = std::array<unsigned char, MasterKey::kKeyBytes>;

constexpr const char* kFileName = "master.key";
constexpr const char* kConfigKey = "security.master_key";

std::string systemError(const std::string& what, const std::string& path)
{
    return what + " " + path + ": " + std::strerror(errno);
}

// Closes a POSIX file descriptor when it goes out of scope.
class FileDescriptor final
{
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    {
    }
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;

    int get() const
    {
        return m_fd;
    }

private:
    int m_fd;
};

Key toKey(std::string& bytes)
{
    Key key{};
    std::memcpy(key.data(), bytes.data(), key.size());
    OPENSSL_cleanse(bytes.data(), bytes.size());
    return key;
}

Key decodeConfigured(const std::string& configuredBase64)
{
    const std::string invalid =
        std::string(kConfigKey) + " must be the base64 encoding of exactly 32 bytes";
    std::string decoded;
    try {
        std::istringstream in(configuredBase64);
        Poco::Base64Decoder decoder(in);
        decoded.assign(std::istreambuf_iterator<char>(decoder), std::istreambuf_iterator<char>());
    } catch (const Poco::Exception&) {
        throw std::invalid_argument(invalid);
    }
    if (decoded.size() != MasterKey::kKeyBytes) {
        OPENSSL_cleanse(decoded.data(), decoded.size());
        throw std::invalid_argument(invalid);
    }
    return toKey(decoded);
}

Key readKeyFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(systemError("cannot read", path));
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.size() != MasterKey::kKeyBytes) {
        OPENSSL_cleanse(bytes.data(), bytes.size());
        throw std::runtime_error(path + " must hold exactly 32 bytes; refusing to replace it");
    }
    return toKey(bytes);
}

void writeAll(int fd, const Key& key, const std::string& path)
{
    std::size_t done = 0;
    while (done < key.size()) {
        const ssize_t n = ::write(fd, key.data() + done, key.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw std::runtime_error(systemError("cannot write", path));
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0)
        throw std::runtime_error(systemError("cannot sync", path));
}

void syncDirectory(const std::string& dir)
{
    const FileDescriptor fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() >= 0)
        ::fsync(fd.get());
}

// Writes the key to a fresh private file next to `path` (mkstemp: O_CREAT | O_EXCL, mode 0600).
std::string writeTemporary(const std::string& path, const Key& key)
{
    std::string temporary = path + ".XXXXXX";
    const FileDescriptor fd(::mkstemp(temporary.data()));
    if (fd.get() < 0)
        throw std::runtime_error(systemError("cannot create", temporary));
    try {
        writeAll(fd.get(), key, temporary);
    } catch (const std::exception&) {
        ::unlink(temporary.c_str());
        throw;
    }
    return temporary;
}

// Links a complete key file into place, so master.key never exists half-written; when another
// process linked its key first, that key wins and is read back.
Key createKeyFile(const std::string& dataDir, const std::string& path)
{
    Key key{};
    if (RAND_bytes(key.data(), static_cast<int>(key.size())) != 1)
        throw std::runtime_error("no randomness available for the master key");
    const std::string temporary = writeTemporary(path, key);
    const int linked = ::link(temporary.c_str(), path.c_str());
    const int linkErrno = errno;
    ::unlink(temporary.c_str());
    if (linked != 0 && linkErrno == EEXIST) {
        OPENSSL_cleanse(key.data(), key.size());
        return readKeyFile(path);
    }
    if (linked != 0)
        throw std::runtime_error("cannot create " + path + ": " + std::strerror(linkErrno));
    syncDirectory(dataDir);
    return key;
}

} // namespace

Key MasterKey::loadOrCreate(const std::string& dataDir, const std::string& configuredBase64)
{
    if (!configuredBase64.empty())
        return decodeConfigured(configuredBase64);
    std::filesystem::create_directories(dataDir);
    const std::string path = (std::filesystem::path(dataDir) / kFileName).string();
    if (std::filesystem::exists(path))
        return readKeyFile(path);
    return createKeyFile(dataDir, path);
}

} // namespace ebm::security
