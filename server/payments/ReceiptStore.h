#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace ebm::payments
{

// A receipt file as kept on disk.
struct Receipt
{
    std::string contentType;
    std::string bytes;
};

// The bank transfer receipts customers upload: PDF, PNG or JPEG recognised by their content
// (never by the declared type), at most kMaxBytes, written atomically under
// <data.dir>/receipts/ with a name of our own; read back only through the payment's checks.
class ReceiptStore final
{
public:
    static constexpr std::size_t kMaxBytes = 5 * 1024 * 1024;

    explicit ReceiptStore(std::string directory);

    // "application/pdf", "image/png" or "image/jpeg"; nullopt for anything else.
    static std::optional<std::string> sniffContentType(const std::string& bytes);

    // Stores the receipt of a payment (replacing an earlier one) and answers its path.
    std::string save(const std::string& transactionId, const std::string& contentType,
                     const std::string& bytes) const;
    Receipt load(const std::string& path, const std::string& contentType) const;

private:
    std::string m_directory;
};

} // namespace ebm::payments
