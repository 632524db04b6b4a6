#pragma once

#include "domain/Coupon.h"
#include "domain/Plan.h"
#include "domain/Pricing.h"
#include "i18n/Translator.h"
#include "web/Template.h"

#include <string>

namespace ebm::web
{

// The order summary beside every registration step (plan, cycle, subtotal, discount, tax,
// total, what the plan includes) and the translated texts of the checkout: cycle names,
// coupon rejections, payment methods.
class CheckoutPresenter final
{
public:
    explicit CheckoutPresenter(const i18n::Translator& translator);

    // The context of the order_summary template.
    TemplateContext summary(const Plan& plan, BillingCycle cycle, const PriceQuote& quote,
                            const std::string& couponCode) const;
    std::string cycleName(BillingCycle cycle) const;
    std::string couponRejection(CouponRejection rejection) const;
    // The translated name and description of a payment method code.
    std::string methodName(const std::string& code) const;
    std::string methodDescription(const std::string& code) const;

private:
    const i18n::Translator& m_translator;
};

} // namespace ebm::web
