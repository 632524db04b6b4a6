#include "domain/PhoneNumber.h"

#include "domain/DomainError.h"
#include "domain/detail/Digits.h"

#include <array>
#include <optional>

namespace ebm
{

namespace
{

// The mobile numbers of one country, written nationally (without the country code).
struct NationalMobilePlan
{
    std::string_view countryCode;
    std::size_t length;
    std::string_view leadingDigits;
};

constexpr std::array kMobilePlans{
    NationalMobilePlan{"237", 9, "6"}, // Cameroon: 6 71 23 45 67
};

constexpr std::size_t kMinDigits = 8;
constexpr std::size_t kMaxDigits = 15;

[[noreturn]] void throwInvalidPhone()
{
    throw DomainError("phone", "invalid_phone",
                      "Enter a mobile number such as +237 6 71 23 45 67.");
}

bool isIgnored(char c)
{
    return c == ' ' || c == '.' || c == '-' || c == '(' || c == ')';
}

std::string withoutSeparators(std::string_view input)
{
    std::string out;
    for (const char c : input) {
        if (!isIgnored(c)) {
            out += c;
        }
    }
    return out;
}

std::optional<NationalMobilePlan> planOf(std::string_view countryCode)
{
    for (const NationalMobilePlan& plan : kMobilePlans) {
        if (plan.countryCode == countryCode) {
            return plan;
        }
    }
    return std::nullopt;
}

bool matches(const NationalMobilePlan& plan, std::string_view national)
{
    return national.size() == plan.length && national.starts_with(plan.leadingDigits);
}

// The known plan whose country code starts `msisdn` (country codes are prefix-free).
std::optional<NationalMobilePlan> planStarting(std::string_view msisdn)
{
    for (const NationalMobilePlan& plan : kMobilePlans) {
        if (msisdn.starts_with(plan.countryCode)) {
            return plan;
        }
    }
    return std::nullopt;
}

std::string checkedInternational(std::string msisdn)
{
    if (!detail::allDigits(msisdn) || msisdn.size() < kMinDigits || msisdn.size() > kMaxDigits ||
        msisdn.front() == '0') {
        throwInvalidPhone();
    }
    const auto plan = planStarting(msisdn);
    if (plan && !matches(*plan, std::string_view(msisdn).substr(plan->countryCode.size()))) {
        throwInvalidPhone();
    }
    return msisdn;
}

void checkCountryCode(std::string_view countryCode)
{
    if (!detail::allDigits(countryCode) || countryCode.size() > 3 || countryCode.front() == '0') {
        throw DomainError("country_code", "invalid_country_code",
                          "A country code is 1 to 3 digits and does not start with 0.");
    }
}

} // namespace

std::string normalizeMsisdn(std::string_view input, std::string_view defaultCountryCode)
{
    checkCountryCode(defaultCountryCode);
    const std::string typed = withoutSeparators(input);
    if (typed.starts_with('+')) {
        return checkedInternational(typed.substr(1));
    }
    if (typed.starts_with("00")) {
        return checkedInternational(typed.substr(2));
    }
    const auto plan = planOf(defaultCountryCode);
    if (plan && typed.size() <= plan->length) {
        if (!detail::allDigits(typed) || !matches(*plan, typed)) {
            throwInvalidPhone();
        }
        return std::string(defaultCountryCode) + typed;
    }
    return checkedInternational(typed);
}

} // namespace ebm
