#pragma once

#include "domain/Money.h"

#include <optional>
#include <string>
#include <string_view>

namespace ebm::payments
{

// The currencies PayPal takes (its REST currency list; not XAF or XOF).
bool payPalAcceptsCurrency(std::string_view code);

// The decimals PayPal allows in an amount of the currency: 0 for HUF, JPY and TWD, else 2.
int payPalDecimals(std::string_view code);

// The amount as PayPal's `value` ("29.00", "1500" for HUF); throws std::invalid_argument when
// PayPal cannot take it (a currency it refuses, or HUF/TWD with a fractional part).
std::string payPalAmountValue(const Money& amount);

// PayPal's {currency_code, value} as Money; nullopt when the currency is not one we bill in or
// the value is not a decimal amount of it.
std::optional<Money> moneyFromPayPal(const std::string& currencyCode, const std::string& value);

} // namespace ebm::payments
