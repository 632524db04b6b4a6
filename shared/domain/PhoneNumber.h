#pragma once

#include <string>
#include <string_view>

namespace ebm
{

// A mobile number typed by a customer as an MSISDN (E.164 digits without "+", e.g.
// "237671234567"), the form MTN MoMo expects as partyId.
//
// Spaces, dots, dashes and parentheses are ignored. "+" or "00" in front means the country code
// follows. Without them, a number no longer than a national number of the default country
// must be one (Cameroon, "237": 9 digits starting with 6) and gets the country code prepended;
// a longer one is taken as already starting with its country code. A number of a country whose
// mobile plan is known (only Cameroon's so far) must match it. The result has 8..15 digits and
// does not start with 0; anything else throws DomainError("phone", "invalid_phone"). A default
// country code that is not 1..3 digits without a leading 0 throws
// DomainError("country_code", "invalid_country_code").
std::string normalizeMsisdn(std::string_view input, std::string_view defaultCountryCode = "237");

} // namespace ebm
