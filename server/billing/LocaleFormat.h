#pragma once

#include "domain/BasisPoints.h"
#include "domain/Money.h"

#include <string>

namespace ebm::billing
{

// Numbers and dates as an invoice prints them in its locale: "fr", or anything else as "en".

// fr: "1 234,56 EUR" (U+202F between thousands, U+00A0 before the code); en: "1,234.56 EUR".
// Always the currency's number of decimals: "15 000 XAF" / "15,000 XAF".
std::string formatMoney(const Money& amount, const std::string& locale);

// fr: "19,25 %" (U+00A0 before the sign); en: "19.25%".
std::string formatPercent(BasisPoints rate, const std::string& locale);

// The UTC day of an ISO 8601 instant ("2026-11-25T10:00:00Z"): fr "25/11/2026", en
// "2026-11-25"; empty text stays empty.
std::string formatDay(const std::string& isoInstant, const std::string& locale);

} // namespace ebm::billing
