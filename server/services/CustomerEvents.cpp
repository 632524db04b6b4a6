#include "services/CustomerEvents.h"

#include "services/SubscriptionJournal.h"

#include <Poco/JSON/Parser.h>
#include <array>
#include <set>
#include <string_view>

namespace ebm::services
{

namespace
{

struct SubscriptionType
{
    std::string_view templateName;
    std::string_view type;
};

constexpr std::array kSubscriptionTypes{
    SubscriptionType{"suspension", "organization.suspended"},
    SubscriptionType{"suspension_unpaid", "organization.suspended"},
    SubscriptionType{"reactivation", "organization.reactivated"},
    SubscriptionType{"cancellation_scheduled", "subscription.cancellation_scheduled"},
    SubscriptionType{"cancellation_withdrawn", "subscription.resumed"},
    SubscriptionType{"cancelled", "subscription.cancelled"},
    SubscriptionType{"cancelled_by_staff", "subscription.cancelled"},
    SubscriptionType{"plan_changed", "subscription.plan_changed"},
    SubscriptionType{"downgrade_scheduled", "subscription.downgrade_scheduled"},
    SubscriptionType{"downgrade_withdrawn", "subscription.downgrade_withdrawn"},
    SubscriptionType{"renewed", "subscription.renewed"},
    SubscriptionType{"payment_overdue", "subscription.payment_overdue"},
    SubscriptionType{"expired", "subscription.expired"},
    SubscriptionType{"renewal_reminder", "subscription.renewal_reminder"},
};

CustomerEvent eventOf(const std::string& organizationId, std::string type, std::string kind,
                      std::vector<std::string> arguments)
{
    CustomerEvent event;
    event.organizationId = organizationId;
    event.type = std::move(type);
    event.kind = std::move(kind);
    event.arguments = std::move(arguments);
    return event;
}

// Amounts (and dates, "YYYY-MM-DD") are stored free of any language; NotificationTexts writes
// them the way the reader's language does.
std::string amountOf(const Money& money)
{
    return money.toDecimalString() + " " + money.currency().code();
}

} // namespace

const std::vector<std::string>& CustomerEvents::types()
{
    static const std::vector<std::string> all = [] {
        std::set<std::string> types{"organization.provisioned",
                                    "payment.completed",
                                    "payment.failed",
                                    "invoice.issued",
                                    "member.invited",
                                    "quota.threshold_reached",
                                    "quota.exceeded"};
        for (const SubscriptionType& entry : kSubscriptionTypes)
            types.insert(std::string(entry.type));
        return std::vector<std::string>(types.begin(), types.end());
    }();
    return all;
}

std::string CustomerEvents::subscriptionType(const std::string& templateName)
{
    for (const SubscriptionType& entry : kSubscriptionTypes)
        if (entry.templateName == templateName)
            return std::string(entry.type);
    return {};
}

CustomerEvent CustomerEvents::subscriptionStep(const std::string& templateName,
                                               const store::OrganizationRecord& organization,
                                               const std::vector<std::string>& details)
{
    std::vector<std::string> arguments{organization.name};
    arguments.insert(arguments.end(), details.begin(), details.end());
    auto event = eventOf(organization.id, subscriptionType(templateName), templateName, arguments);
    event.data->set("organization", Poco::JSON::Parser()
                                        .parse(SubscriptionJournal::stateJson(organization))
                                        .extract<Poco::JSON::Object::Ptr>());
    Poco::JSON::Array::Ptr detailsJson = new Poco::JSON::Array;
    for (const std::string& detail : details)
        detailsJson->add(detail);
    event.data->set("details", detailsJson);
    return event;
}

CustomerEvent CustomerEvents::provisioned(const store::OrganizationRecord& organization,
                                          const std::string& planName)
{
    auto event = eventOf(organization.id, "organization.provisioned", "welcome",
                         {organization.name, planName, organization.subscriptionEnd.substr(0, 10)});
    event.data->set("name", organization.name);
    event.data->set("plan", planName);
    event.data->set("subscription_end", organization.subscriptionEnd);
    return event;
}

CustomerEvent CustomerEvents::paymentCompleted(const std::string& organizationId,
                                               const store::OrderRecord& order,
                                               const store::InvoiceRecord& invoice,
                                               std::int64_t paymentId)
{
    auto event = eventOf(organizationId, "payment.completed", "payment_receipt",
                         {amountOf(order.quote.total), order.orderNumber, invoice.invoiceNumber});
    event.data->set("payment_id", paymentId);
    event.data->set("order_number", order.orderNumber);
    event.data->set("invoice_number", invoice.invoiceNumber);
    event.data->set("amount", order.quote.total.toDecimalString());
    event.data->set("currency", std::string(order.quote.total.currency().code()));
    return event;
}

CustomerEvent CustomerEvents::invoiceIssued(const store::InvoiceRecord& invoice)
{
    auto event = eventOf(invoice.organizationId, "invoice.issued", "invoice_issued",
                         {invoice.invoiceNumber, amountOf(invoice.totals.total)});
    event.data->set("invoice_id", invoice.id);
    event.data->set("invoice_number", invoice.invoiceNumber);
    event.data->set("status", std::string(toString(invoice.status)));
    event.data->set("total", invoice.totals.total.toDecimalString());
    event.data->set("currency", std::string(invoice.totals.total.currency().code()));
    return event;
}

CustomerEvent CustomerEvents::paymentFailed(const std::string& organizationId,
                                            const store::OrderRecord& order, std::int64_t paymentId,
                                            const std::string& failureCode)
{
    auto event = eventOf(organizationId, "payment.failed", "payment_failed", {order.orderNumber});
    event.data->set("payment_id", paymentId);
    event.data->set("order_number", order.orderNumber);
    event.data->set("failure_code", failureCode);
    return event;
}

CustomerEvent CustomerEvents::memberInvited(const std::string& organizationId,
                                            const std::string& email, const std::string& role)
{
    auto event = eventOf(organizationId, "member.invited", "member_invited", {email, role});
    event.data->set("email", email);
    event.data->set("role", role);
    return event;
}

CustomerEvent CustomerEvents::quotaThreshold(const std::string& organizationId,
                                             const std::string& metric, int threshold,
                                             std::int64_t current, std::int64_t limit)
{
    auto event =
        eventOf(organizationId, threshold >= 100 ? "quota.exceeded" : "quota.threshold_reached",
                "quota_threshold", {metric, std::to_string(threshold)});
    event.data->set("metric", metric);
    event.data->set("threshold", threshold);
    event.data->set("current", current);
    event.data->set("limit", limit);
    return event;
}

CustomerEvent CustomerEvents::ping(const std::string& organizationId)
{
    auto event = eventOf(organizationId, "ping", "", {});
    event.data->set("message", "Test event from ESXi Backup Manager Cloud.");
    return event;
}

} // namespace ebm::services
