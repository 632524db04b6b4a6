#include "payments/ReceiptStore.h"

#include <Poco/File.h>
#include <Poco/Path.h>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace ebm::payments
{

namespace
{

bool startsWith(const std::string& bytes, std::string_view magic)
{
    return bytes.size() >= magic.size() && bytes.compare(0, magic.size(), magic) == 0;
}

std::string extensionOf(const std::string& contentType)
{
    if (contentType == "application/pdf")
        return ".pdf";
    if (contentType == "image/png")
        return ".png";
    return ".jpg";
}

} // namespace

ReceiptStore::ReceiptStore(std::string directory)
    : m_directory(std::move(directory))
{
}

std::optional<std::string> ReceiptStore::sniffContentType(const std::string& bytes)
{
    if (startsWith(bytes, "%PDF-"))
        return "application/pdf";
    if (startsWith(bytes, "\x89PNG\r\n\x1a\n"))
        return "image/png";
    if (startsWith(bytes, "\xFF\xD8\xFF"))
        return "image/jpeg";
    return std::nullopt;
}

std::string ReceiptStore::save(const std::string& transactionId, const std::string& contentType,
                               const std::string& bytes) const
{
    Poco::File(m_directory).createDirectories();
    const std::string path =
        Poco::Path(m_directory).append(transactionId + extensionOf(contentType)).toString();
    const std::string temporary = path + ".part";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out)
            throw std::runtime_error("cannot write the receipt file " + temporary);
    }
    Poco::File(temporary).renameTo(path);
    return path;
}

Receipt ReceiptStore::load(const std::string& path, const std::string& contentType) const
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("the receipt file " + path + " is missing");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return {contentType, bytes.str()};
}

} // namespace ebm::payments
