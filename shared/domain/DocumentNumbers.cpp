#include "domain/DocumentNumbers.h"

#include "domain/DomainError.h"
#include "domain/Timestamp.h"
#include "domain/detail/Digits.h"

#include <algorithm>

namespace ebm
{

using namespace std::chrono;

namespace
{

constexpr std::string_view kCrockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::string_view kInvoicePrefix = "INV-";
constexpr std::string_view kOrderPrefix = "ORD-";
constexpr std::size_t kOrderRandomLength = 8;

bool isCrockford(char c)
{
    return kCrockford.find(c) != std::string_view::npos;
}

} // namespace

std::string invoiceNumberPrefix(year_month month)
{
    const int y = static_cast<int>(month.year());
    if (!month.ok() || y < 0 || y > 9999) {
        throw DomainError("month", "invalid_month", "invoice month outside the years 0000..9999");
    }
    std::string out(kInvoicePrefix);
    detail::appendPadded(out, static_cast<std::uint64_t>(y), 4);
    detail::appendPadded(out, static_cast<unsigned>(month.month()), 2);
    out += '-';
    return out;
}

std::string formatInvoiceNumber(year_month month, std::uint32_t sequence)
{
    if (sequence < 1 || sequence > kMaxInvoiceSequence) {
        throw DomainError("sequence", "sequence_exhausted",
                          "invoice sequence " + std::to_string(sequence) + " is outside 1..99999");
    }
    std::string out = invoiceNumberPrefix(month);
    detail::appendPadded(out, sequence, 5);
    return out;
}

std::optional<InvoiceNumberParts> parseInvoiceNumber(std::string_view text)
{
    if (text.size() != 16 || !text.starts_with(kInvoicePrefix) || text[10] != '-') {
        return std::nullopt;
    }
    const auto y = detail::parseDigits(text.substr(4, 4));
    const auto m = detail::parseDigits(text.substr(8, 2));
    const auto sequence = detail::parseDigits(text.substr(11, 5));
    if (!y || !m || !sequence || *m < 1 || *m > 12 || *sequence < 1) {
        return std::nullopt;
    }
    const year_month month{year{static_cast<int>(*y)},
                           std::chrono::month{static_cast<unsigned>(*m)}};
    return InvoiceNumberParts{month, static_cast<std::uint32_t>(*sequence)};
}

std::string formatOrderNumber(year_month_day date, std::uint64_t random)
{
    std::string out(kOrderPrefix);
    const std::string iso = formatDate(date);
    out.append(iso, 0, 4).append(iso, 5, 2).append(iso, 8, 2);
    out += '-';
    for (std::size_t i = kOrderRandomLength; i-- > 0;) {
        out += kCrockford[(random >> (5 * i)) & 0x1F];
    }
    return out;
}

bool isOrderNumber(std::string_view text)
{
    if (text.size() != 21 || !text.starts_with(kOrderPrefix) || text[12] != '-') {
        return false;
    }
    const auto y = detail::parseDigits(text.substr(4, 4));
    const auto m = detail::parseDigits(text.substr(8, 2));
    const auto d = detail::parseDigits(text.substr(10, 2));
    if (!y || !m || !d) {
        return false;
    }
    const year_month_day date{year{static_cast<int>(*y)}, month{static_cast<unsigned>(*m)},
                              day{static_cast<unsigned>(*d)}};
    const std::string_view suffix = text.substr(13);
    return date.ok() && std::all_of(suffix.begin(), suffix.end(), isCrockford);
}

} // namespace ebm
