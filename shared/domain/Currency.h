#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ebm
{

// An ISO 4217 currency the platform bills in, with its number of minor-unit decimals.
class Currency
{
public:
    // Throws DomainError("currency", "unknown_currency") for codes outside the table (upper case
    // only).
    static Currency fromCode(std::string_view code);
    static bool isKnown(std::string_view code);
    static std::vector<std::string> knownCodes();

    const std::string& code() const noexcept
    {
        return m_code;
    }
    // Number of decimals of the minor unit: 2 for EUR, 0 for XAF, 3 for KWD.
    int exponent() const noexcept
    {
        return m_exponent;
    }

    bool operator==(const Currency& other) const
    {
        return m_code == other.m_code;
    }

private:
    Currency(std::string code, int exponent);

    std::string m_code;
    int m_exponent;
};

} // namespace ebm
