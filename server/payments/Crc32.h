#pragma once

#include <cstdint>
#include <string_view>

namespace ebm::payments
{

// The IEEE CRC-32 of `bytes` (zlib's crc32: reflected polynomial 0xEDB88320, initial value and
// final xor 0xFFFFFFFF), the checksum PayPal puts in a webhook's signed message.
std::uint32_t crc32(std::string_view bytes);

} // namespace ebm::payments
