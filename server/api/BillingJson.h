#pragma once

#include "domain/Coupon.h"
#include "services/CouponService.h"
#include "services/OrderService.h"
#include "store/InvoiceRepository.h"

#include <Poco/JSON/Object.h>

namespace ebm::api
{

// JSON shapes of orders, coupons and coupon previews; money as decimal strings beside currency.
class BillingJson final
{
public:
    static Poco::JSON::Object::Ptr order(const services::OrderView& view);
    static Poco::JSON::Object::Ptr coupon(const Coupon& coupon);
    static Poco::JSON::Object::Ptr couponCheck(const services::CouponCheck& check,
                                               const std::string& code);
    static Poco::JSON::Object::Ptr invoice(const store::InvoiceRecord& invoice);
    static void setAmounts(Poco::JSON::Object& json, const PriceQuote& quote);
};

} // namespace ebm::api
