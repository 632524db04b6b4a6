#include "web/CheckoutPresenter.h"

#include "web/PlanPresenter.h"

namespace ebm::web
{

CheckoutPresenter::CheckoutPresenter(const i18n::Translator& translator)
    : m_translator(translator)
{
}

TemplateContext CheckoutPresenter::summary(const Plan& plan, BillingCycle cycle,
                                           const PriceQuote& quote,
                                           const std::string& couponCode) const
{
    const PlanPresenter plans(m_translator);
    std::vector<TemplateContext> included;
    for (TemplateContext& line : plans.features(plan))
        if (std::get<std::string>(line.values["css_class"]) != "absent")
            included.push_back(std::move(line));
    TemplateContext context;
    context.set("plan_name", plan.name)
        .set("cycle_label", cycleName(cycle))
        .set("subtotal", plans.money(quote.subtotal))
        .set("has_discount", !quote.discount.isZero())
        .set("coupon_code", couponCode)
        .set("discount", plans.money(quote.discount))
        .set("has_tax", !quote.tax.isZero())
        .set("tax_label", i18n::substitute(m_translator.translate("Web", "Tax (%1 %)"),
                                           {quote.taxRate.toPercentString()}))
        .set("tax", plans.money(quote.tax))
        .set("total", plans.money(quote.total))
        .set("features", std::move(included));
    return context;
}

std::string CheckoutPresenter::cycleName(BillingCycle cycle) const
{
    return cycle == BillingCycle::Yearly ? m_translator.translate("Web", "Billed yearly")
                                         : m_translator.translate("Web", "Billed monthly");
}

std::string CheckoutPresenter::couponRejection(CouponRejection rejection) const
{
    switch (rejection) {
    case CouponRejection::Unknown:
        return m_translator.translate("Web", "This promo code does not exist.");
    case CouponRejection::Inactive:
    case CouponRejection::Expired:
        return m_translator.translate("Web", "This promo code has expired.");
    case CouponRejection::NotYetValid:
        return m_translator.translate("Web", "This promo code is not valid yet.");
    case CouponRejection::UsedUp:
        return m_translator.translate("Web", "This promo code has been used up.");
    case CouponRejection::UsedUpByCustomer:
        return m_translator.translate("Web", "You have already used this promo code.");
    case CouponRejection::NotForPlan:
        return m_translator.translate("Web", "This promo code does not apply to this plan.");
    case CouponRejection::BelowMinimumAmount:
        return m_translator.translate("Web", "The order is below this promo code's minimum.");
    case CouponRejection::OtherCurrency:
        break;
    }
    return m_translator.translate("Web", "This promo code does not apply to this currency.");
}

std::string CheckoutPresenter::methodName(const std::string& code) const
{
    if (code == "paypal")
        return "PayPal";
    if (code == "mtn_momo")
        return "MTN Mobile Money";
    return m_translator.translate("Web", "Bank transfer");
}

std::string CheckoutPresenter::methodDescription(const std::string& code) const
{
    if (code == "paypal")
        return m_translator.translate("Web", "Pay with your PayPal account or a card: you "
                                             "approve the payment on PayPal, then come back here.");
    if (code == "mtn_momo")
        return m_translator.translate("Web", "Approve the payment on your phone with your "
                                             "Mobile Money PIN.");
    return m_translator.translate("Web", "Transfer the amount with the reference we give you: "
                                         "your subscription starts once it has arrived.");
}

} // namespace ebm::web
