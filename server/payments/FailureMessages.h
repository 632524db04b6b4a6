#pragma once

#include "i18n/Translator.h"

#include <string>

namespace ebm::payments
{

// What a customer is told when a payment fails, per failure code (MTN MoMo reasons, PayPal
// issues and our own codes), in their language; an unknown code gets a general message.
std::string customerFailureMessage(const std::string& failureCode, const i18n::Translator& t);

} // namespace ebm::payments
