#include "domain/CreditorReference.h"

#include "domain/DomainError.h"
#include "domain/detail/Digits.h"

#include <algorithm>

namespace ebm
{

namespace
{

constexpr std::string_view kPrefix = "RF";
constexpr std::size_t kHeaderLength = 4; // "RF" + 2 check digits
constexpr std::size_t kMaxBodyLength = 21;
constexpr std::size_t kGroupLength = 4;
constexpr char kGroupSeparator = ' ';

bool isUpperAlnum(char c)
{
    return detail::isDigit(c) || (c >= 'A' && c <= 'Z');
}

char toUpper(char c)
{
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

[[noreturn]] void throwInvalid(std::string message)
{
    throw DomainError("reference", "invalid_reference", std::move(message));
}

// Folds `text` into `remainder` as ISO 7064 does (digits as such, A=10 … Z=35), mod 97 digit by
// digit so that no big number is ever built.
unsigned foldMod97(unsigned remainder, std::string_view text)
{
    for (const char c : text) {
        if (detail::isDigit(c)) {
            remainder = (remainder * 10 + static_cast<unsigned>(c - '0')) % 97;
        } else {
            remainder = (remainder * 100 + static_cast<unsigned>(c - 'A' + 10)) % 97;
        }
    }
    return remainder;
}

bool isValidBody(std::string_view body)
{
    return !body.empty() && body.size() <= kMaxBodyLength &&
           std::all_of(body.begin(), body.end(), isUpperAlnum);
}

// The reference without its print spaces; "" when a space is anywhere but after a group of 4.
std::string compact(std::string_view text)
{
    if (text.find(kGroupSeparator) == std::string_view::npos) {
        return std::string(text);
    }
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool separatorSlot = i % (kGroupLength + 1) == kGroupLength;
        if (separatorSlot != (text[i] == kGroupSeparator)) {
            return "";
        }
        if (!separatorSlot) {
            out += text[i];
        }
    }
    return text.back() == kGroupSeparator ? "" : out;
}

bool isValidCompact(std::string_view reference)
{
    if (reference.size() <= kHeaderLength || !reference.starts_with(kPrefix)) {
        return false;
    }
    const std::string_view checkDigits = reference.substr(2, 2);
    const std::string_view body = reference.substr(kHeaderLength);
    if (!detail::allDigits(checkDigits) || checkDigits < "02" || checkDigits > "98" ||
        !isValidBody(body)) {
        return false;
    }
    return foldMod97(foldMod97(0, body), reference.substr(0, kHeaderLength)) == 1;
}

} // namespace

std::string makeCreditorReference(std::string_view body)
{
    std::string upper(body.size(), '\0');
    std::transform(body.begin(), body.end(), upper.begin(), toUpper);
    if (!isValidBody(upper)) {
        throwInvalid("A creditor reference body is 1 to 21 letters A-Z or digits.");
    }
    const unsigned check = 98 - foldMod97(foldMod97(0, upper), "RF00");
    std::string out(kPrefix);
    detail::appendPadded(out, check, 2);
    return out + upper;
}

bool isValidCreditorReference(std::string_view text)
{
    return isValidCompact(compact(text));
}

std::string formatCreditorReferenceForPrint(std::string_view reference)
{
    const std::string plain = compact(reference);
    if (!isValidCompact(plain)) {
        throwInvalid("\"" + std::string(reference) + "\" is not a valid RF creditor reference.");
    }
    std::string out;
    for (std::size_t i = 0; i < plain.size(); ++i) {
        if (i > 0 && i % kGroupLength == 0) {
            out += kGroupSeparator;
        }
        out += plain[i];
    }
    return out;
}

} // namespace ebm
