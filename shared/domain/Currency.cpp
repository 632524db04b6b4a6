#include "domain/Currency.h"

#include "domain/DomainError.h"

#include <algorithm>
#include <array>
#include <utility>

namespace ebm
{

namespace
{

struct CurrencyEntry
{
    std::string_view code;
    int exponent;
};

// ISO 4217 minor-unit exponents of the currencies we accept.
constexpr std::array kCurrencies{
    CurrencyEntry{"AUD", 2}, CurrencyEntry{"BHD", 3}, CurrencyEntry{"BIF", 0},
    CurrencyEntry{"CAD", 2}, CurrencyEntry{"CDF", 2}, CurrencyEntry{"CHF", 2},
    CurrencyEntry{"CLP", 0}, CurrencyEntry{"CNY", 2}, CurrencyEntry{"CZK", 2},
    CurrencyEntry{"DKK", 2}, CurrencyEntry{"DZD", 2}, CurrencyEntry{"EGP", 2},
    CurrencyEntry{"ETB", 2}, CurrencyEntry{"EUR", 2}, CurrencyEntry{"GBP", 2},
    CurrencyEntry{"GHS", 2}, CurrencyEntry{"GNF", 0}, CurrencyEntry{"HUF", 2},
    CurrencyEntry{"INR", 2}, CurrencyEntry{"IQD", 3}, CurrencyEntry{"JOD", 3},
    CurrencyEntry{"JPY", 0}, CurrencyEntry{"KES", 2}, CurrencyEntry{"KMF", 0},
    CurrencyEntry{"KRW", 0}, CurrencyEntry{"KWD", 3}, CurrencyEntry{"LYD", 3},
    CurrencyEntry{"MAD", 2}, CurrencyEntry{"MGA", 2}, CurrencyEntry{"NGN", 2},
    CurrencyEntry{"NOK", 2}, CurrencyEntry{"OMR", 3}, CurrencyEntry{"PLN", 2},
    CurrencyEntry{"RWF", 0}, CurrencyEntry{"SEK", 2}, CurrencyEntry{"TND", 3},
    CurrencyEntry{"TZS", 2}, CurrencyEntry{"UGX", 0}, CurrencyEntry{"USD", 2},
    CurrencyEntry{"XAF", 0}, CurrencyEntry{"XOF", 0}, CurrencyEntry{"XPF", 0},
    CurrencyEntry{"ZAR", 2}, CurrencyEntry{"ZMW", 2},
};

const CurrencyEntry* findEntry(std::string_view code)
{
    const auto it = std::find_if(kCurrencies.begin(), kCurrencies.end(),
                                 [code](const CurrencyEntry& entry) { return entry.code == code; });
    return it == kCurrencies.end() ? nullptr : &*it;
}

} // namespace

Currency::Currency(std::string code, int exponent)
    : m_code(std::move(code))
    , m_exponent(exponent)
{
}

Currency Currency::fromCode(std::string_view code)
{
    const CurrencyEntry* entry = findEntry(code);
    if (entry == nullptr) {
        throw DomainError("currency", "unknown_currency",
                          "unknown currency '" + std::string(code) + "'");
    }
    return Currency(std::string(entry->code), entry->exponent);
}

bool Currency::isKnown(std::string_view code)
{
    return findEntry(code) != nullptr;
}

std::vector<std::string> Currency::knownCodes()
{
    std::vector<std::string> codes;
    codes.reserve(kCurrencies.size());
    for (const CurrencyEntry& entry : kCurrencies) {
        codes.emplace_back(entry.code);
    }
    return codes;
}

} // namespace ebm
