#pragma once

#include "domain/Plan.h"
#include "domain/Pricing.h"

#include <Poco/JSON/Object.h>

namespace ebm::api
{

// JSON shapes of the plan resource: the plan, its detailed feature list and a price quote.
// Money is a decimal string beside its currency; a null quota means unlimited.
class PlanJson final
{
public:
    static Poco::JSON::Object::Ptr plan(const Plan& plan);
    static Poco::JSON::Object::Ptr features(const Plan& plan);
    static Poco::JSON::Object::Ptr quote(const Plan& plan, BillingCycle cycle,
                                         const PriceQuote& quote);
};

} // namespace ebm::api
