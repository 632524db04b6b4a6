#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ebm
{

// The month and sequence encoded in an invoice number.
struct InvoiceNumberParts
{
    std::chrono::year_month month;
    std::uint32_t sequence;

    bool operator==(const InvoiceNumberParts&) const = default;
};

inline constexpr std::uint32_t kMaxInvoiceSequence = 99999;

// "INV-202608-00042". sequence outside 1..99999 throws DomainError("sequence",
// "sequence_exhausted"); a month outside the years 0000..9999 throws DomainError("month",
// "invalid_month").
std::string formatInvoiceNumber(std::chrono::year_month month, std::uint32_t sequence);
// Strict inverse of formatInvoiceNumber; nullopt for anything it would not produce.
std::optional<InvoiceNumberParts> parseInvoiceNumber(std::string_view text);
// "INV-202608-": the common prefix of a month's invoices (for "max sequence" queries).
std::string invoiceNumberPrefix(std::chrono::year_month month);

// "ORD-20260802-" followed by the low 40 bits of `random` as 8 Crockford base32 characters
// (0-9 A-Z without I L O U), most significant first. Uniqueness is enforced by the database;
// the random part makes numbers unguessable.
std::string formatOrderNumber(std::chrono::year_month_day date, std::uint64_t random);
bool isOrderNumber(std::string_view text);

} // namespace ebm
