#include "api/BillingJson.h"

#include "api/JsonValues.h"
#include "domain/Timestamp.h"
#include "http/ApiResponse.h"

#include <Poco/JSON/Parser.h>

namespace ebm::api
{

using http::makeObject;
using Poco::JSON::Object;

namespace
{

Poco::Dynamic::Var instantOrNull(const std::optional<std::chrono::sys_seconds>& value)
{
    return value ? Poco::Dynamic::Var(formatIso8601(*value)) : Poco::Dynamic::Var();
}

Poco::Dynamic::Var moneyOrNull(const std::optional<Money>& value)
{
    return value ? Poco::Dynamic::Var(value->toDecimalString()) : Poco::Dynamic::Var();
}

} // namespace

void BillingJson::setAmounts(Object& json, const PriceQuote& quote)
{
    json.set("currency", quote.total.currency().code());
    json.set("subtotal", quote.subtotal.toDecimalString());
    json.set("discount", quote.discount.toDecimalString());
    json.set("tax_rate", quote.taxRate.toPercentString());
    json.set("tax", quote.tax.toDecimalString());
    json.set("total", quote.total.toDecimalString());
}

Object::Ptr BillingJson::order(const services::OrderView& view)
{
    const store::OrderRecord& order = view.order;
    Object::Ptr json = makeObject();
    json->set("id", order.id);
    json->set("order_number", order.orderNumber);
    json->set("status", std::string(toString(order.status)));
    json->set("kind", order.kind);
    Object::Ptr plan = makeObject();
    plan->set("id", view.plan.id);
    plan->set("slug", view.plan.slug);
    plan->set("name", view.plan.name);
    json->set("plan", plan);
    json->set("billing_cycle", std::string(toString(order.billingCycle)));
    Object::Ptr customer = makeObject();
    customer->set("name", order.customerName);
    customer->set("company", order.customerCompany);
    customer->set("email", order.customerEmail);
    customer->set("phone", textOrNull(order.customerPhone));
    json->set("customer", customer);
    json->set("locale", order.locale);
    json->set("coupon_code", textOrNull(order.couponCode));
    setAmounts(*json, order.quote);
    json->set("organization", textOrNull(order.organizationId));
    json->set("expires_at", textOrNull(order.expiresAt));
    json->set("created_at", order.createdAt);
    if (!view.orderToken.empty())
        json->set("order_token", view.orderToken);
    return json;
}

Object::Ptr BillingJson::invoice(const store::InvoiceRecord& invoice)
{
    Object::Ptr json = makeObject();
    json->set("id", invoice.id);
    json->set("invoice_number", invoice.invoiceNumber);
    json->set("status", std::string(toString(invoice.status)));
    setAmounts(*json, invoice.totals);
    json->set("seller", Poco::JSON::Parser().parse(invoice.sellerJson));
    json->set("buyer", Poco::JSON::Parser().parse(invoice.buyerJson));
    json->set("lines", arrayOf(invoice.lines, [](const store::InvoiceLine& line) {
                  Object::Ptr entry = makeObject();
                  entry->set("description", line.description);
                  entry->set("quantity", line.quantity);
                  entry->set("unit_price", line.unitPrice.toDecimalString());
                  entry->set("amount", line.unitPrice.times(line.quantity).toDecimalString());
                  return entry;
              }));
    json->set("period_start", textOrNull(invoice.periodStart));
    json->set("period_end", textOrNull(invoice.periodEnd));
    json->set("issued_at", textOrNull(invoice.issuedAt));
    json->set("due_at", textOrNull(invoice.dueAt));
    json->set("paid_at", textOrNull(invoice.paidAt));
    json->set("order", valueOrNull(invoice.orderId));
    json->set("locale", invoice.locale);
    return json;
}

Object::Ptr BillingJson::coupon(const Coupon& coupon)
{
    Object::Ptr json = makeObject();
    json->set("id", coupon.id);
    json->set("code", coupon.code);
    const bool fixed = coupon.discount.kind == Discount::Kind::Fixed;
    json->set("discount_type", fixed ? "fixed" : "percent");
    json->set("percent", fixed ? Poco::Dynamic::Var()
                               : Poco::Dynamic::Var(coupon.discount.percent.toPercentString()));
    json->set("amount", moneyOrNull(coupon.discount.fixedAmount));
    const std::optional<Money>& priced =
        fixed ? coupon.discount.fixedAmount : coupon.discount.minimumAmount;
    json->set("currency",
              priced ? Poco::Dynamic::Var(priced->currency().code()) : Poco::Dynamic::Var());
    json->set("minimum_amount", moneyOrNull(coupon.discount.minimumAmount));
    json->set("valid_from", instantOrNull(coupon.validFrom));
    json->set("valid_until", instantOrNull(coupon.validUntil));
    json->set("max_uses", valueOrNull(coupon.maxUses));
    json->set("max_uses_per_customer", valueOrNull(coupon.maxUsesPerCustomer));
    json->set("times_used", coupon.timesUsed);
    json->set("plans",
              arrayOf(coupon.planIds, [](std::int64_t id) { return Poco::Dynamic::Var(id); }));
    json->set("is_active", coupon.isActive);
    return json;
}

Object::Ptr BillingJson::couponCheck(const services::CouponCheck& check, const std::string& code)
{
    Object::Ptr json = makeObject();
    json->set("code", normalizeCouponCode(code));
    json->set("valid", !check.rejection.has_value());
    if (check.rejection) {
        json->set("reason", std::string(toString(*check.rejection)));
        json->set("detail", services::CouponService::explain(*check.rejection));
    }
    setAmounts(*json, check.quote);
    return json;
}

} // namespace ebm::api
