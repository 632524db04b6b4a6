#include "payments/PayPalAmounts.h"

#include "domain/DomainError.h"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace ebm::payments
{

namespace
{

constexpr std::array<std::string_view, 24> kAccepted{
    "AUD", "BRL", "CAD", "CHF", "CNY", "CZK", "DKK", "EUR", "GBP", "HKD", "HUF", "ILS",
    "JPY", "MXN", "MYR", "NOK", "NZD", "PHP", "PLN", "SEK", "SGD", "THB", "TWD", "USD"};

constexpr std::array<std::string_view, 3> kWithoutDecimals{"HUF", "JPY", "TWD"};

} // namespace

bool payPalAcceptsCurrency(std::string_view code)
{
    return std::find(kAccepted.begin(), kAccepted.end(), code) != kAccepted.end();
}

int payPalDecimals(std::string_view code)
{
    return std::find(kWithoutDecimals.begin(), kWithoutDecimals.end(), code) !=
                   kWithoutDecimals.end()
               ? 0
               : 2;
}

std::string payPalAmountValue(const Money& amount)
{
    const std::string& code = amount.currency().code();
    if (!payPalAcceptsCurrency(code))
        throw std::invalid_argument("PayPal does not accept " + code);
    const std::string text = amount.toDecimalString();
    const std::size_t point = text.find('.');
    if (point == std::string::npos || payPalDecimals(code) == 2)
        return text;
    if (text.find_first_not_of('0', point + 1) != std::string::npos)
        throw std::invalid_argument("PayPal takes " + code + " amounts without decimals");
    return text.substr(0, point);
}

std::optional<Money> moneyFromPayPal(const std::string& currencyCode, const std::string& value)
{
    try {
        return Money::parse(value, Currency::fromCode(currencyCode));
    } catch (const DomainError&) {
        return std::nullopt;
    }
}

} // namespace ebm::payments
