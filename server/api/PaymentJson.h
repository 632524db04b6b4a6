#pragma once

#include "payments/PaymentService.h"
#include "store/PaymentMethodRepository.h"

#include <Poco/JSON/Object.h>

namespace ebm::api
{

// The JSON of payments and payment methods, as server/API.md documents them.
class PaymentJson final
{
public:
    static Poco::JSON::Object::Ptr payment(const payments::PaymentView& view);
    static Poco::JSON::Object::Ptr method(const store::PaymentMethodRecord& method);
};

} // namespace ebm::api
