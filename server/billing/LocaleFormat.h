#pragma once

#include "domain/BasisPoints.h"
#include "domain/Money.h"

#include <cstdint>
#include <string>

namespace ebm::billing
{

// Numbers and dates as an invoice prints them in its locale: "fr", or anything else as "en".

// fr: "1 234,56 EUR" (U+202F between thousands, U+00A0 before the code); en: "1,234.56 EUR".
// Always the currency's number of decimals: "15 000 XAF" / "15,000 XAF".
std::string formatMoney(const Money& amount, const std::string& locale);

// fr: "19,25 %" (U+00A0 before the sign); en: "19.25%".
std::string formatPercent(BasisPoints rate, const std::string& locale);

// A storage amount in bytes, in decimal units (1 GB = 10^9 bytes): gigabytes below a terabyte,
// terabytes from there, one decimal at most (cut, not rounded: a use just under a limit never
// reads as the limit) and none when it is zero. en: "500 GB", "1.5 TB", "0.5 GB"; fr: "500 Go",
// "1,5 To" (U+00A0 before the unit; U+202F between thousands).
std::string formatStorage(std::int64_t bytes, const std::string& locale);

// The UTC day of an ISO 8601 instant ("2026-11-25T10:00:00Z"): fr "25/11/2026", en
// "2026-11-25"; empty text stays empty.
std::string formatDay(const std::string& isoInstant, const std::string& locale);

} // namespace ebm::billing
