#pragma once

#include <array>
#include <cstddef>
#include <string>

namespace ebm::security
{

// Finds the key that SecretBox seals secrets with: the configured `security.master_key`
// (base64 of 32 bytes) when set, otherwise `<data dir>/master.key` (raw 32 bytes, mode 0600),
// created with fresh random bytes on first start.
class MasterKey final
{
public:
    static constexpr std::size_t kKeyBytes = 32;

    // Throws std::invalid_argument for a configured key that is not the base64 of 32 bytes, and
    // std::runtime_error for a master.key of the wrong size or an I/O failure. Messages never
    // contain key material.
    static std::array<unsigned char, kKeyBytes> loadOrCreate(const std::string& dataDir,
                                                             const std::string& configuredBase64);
};

} // namespace ebm::security
