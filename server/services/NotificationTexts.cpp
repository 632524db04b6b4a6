#include "services/NotificationTexts.h"

#include <array>
#include <string_view>

namespace ebm::services
{

namespace
{

// The title and text of one kind of notification and their Linguist context. The subscription
// notices say what their emails say (the same source texts, so the same translations).
struct Text
{
    std::string_view kind;
    const char* title;
    const char* text;
    const char* context = "Email";
};

constexpr std::array kTexts{
    Text{"suspension", QT_TRANSLATE_NOOP("Email", "%1 is suspended"),
         QT_TRANSLATE_NOOP("Email", "Your organization %1 is suspended: %2. Pay the outstanding "
                                    "invoice under Billing or contact support to reactivate it.")},
    Text{"reactivation", QT_TRANSLATE_NOOP("Email", "%1 is active again"),
         QT_TRANSLATE_NOOP("Email", "Your organization %1 is active again. Thank you.")},
    Text{"cancellation_scheduled", QT_TRANSLATE_NOOP("Email", "Your subscription for %1 will end"),
         QT_TRANSLATE_NOOP("Email", "As requested, the subscription of %1 will not be renewed and "
                                    "ends on %2. You can resume it until then.")},
    Text{"cancellation_withdrawn", QT_TRANSLATE_NOOP("Email", "Your subscription for %1 continues"),
         QT_TRANSLATE_NOOP("Email", "The subscription of %1 will renew as usual.")},
    Text{"cancelled", QT_TRANSLATE_NOOP("Email", "Your subscription for %1 has ended"),
         QT_TRANSLATE_NOOP("Email", "As requested, the subscription of %1 ended on %2. Thank you "
                                    "for your trust; you can subscribe again at any time.")},
    Text{"cancelled_by_staff", QT_TRANSLATE_NOOP("Email", "Your subscription for %1 is cancelled"),
         QT_TRANSLATE_NOOP("Email", "The subscription of %1 was cancelled: %2. Contact support if "
                                    "you think this is a mistake.")},
    Text{"plan_changed", QT_TRANSLATE_NOOP("Email", "%1 is now on the %2 plan"),
         QT_TRANSLATE_NOOP("Email",
                           "From today, %1 uses the %2 plan: its quotas and features apply "
                           "at once.")},
    Text{"downgrade_scheduled", QT_TRANSLATE_NOOP("Email", "%1 will move to the %2 plan"),
         QT_TRANSLATE_NOOP("Email",
                           "As requested, %1 will move to the %2 plan on %3, at the end of "
                           "the period already paid.")},
    Text{"downgrade_withdrawn", QT_TRANSLATE_NOOP("Email", "%1 stays on the %2 plan"),
         QT_TRANSLATE_NOOP("Email", "The planned change is cancelled: %1 stays on the %2 plan.")},
    Text{"renewed", QT_TRANSLATE_NOOP("Email", "Your subscription for %1 is renewed"),
         QT_TRANSLATE_NOOP("Email", "The subscription of %1 is renewed until %2. Thank you.")},
    Text{"payment_overdue", QT_TRANSLATE_NOOP("Email", "Renew your subscription for %1"),
         QT_TRANSLATE_NOOP("Email", "The subscription of %1 ended on %2 and has not been renewed. "
                                    "Renew it before %3 to keep your backups running.")},
    Text{"suspension_unpaid", QT_TRANSLATE_NOOP("Email", "%1 is suspended"),
         QT_TRANSLATE_NOOP("Email", "The subscription of %1 ended on %2 and has not been renewed, "
                                    "so the organization is suspended. Renew it before %3 to keep "
                                    "your backups and settings.")},
    Text{"expired", QT_TRANSLATE_NOOP("Email", "Your subscription for %1 has expired"),
         QT_TRANSLATE_NOOP("Email",
                           "The subscription of %1 has expired and its backups are no "
                           "longer protected. Renew it at any time to restore the service.")},
    Text{"renewal_reminder", QT_TRANSLATE_NOOP("Email", "Your subscription for %1 ends on %2"),
         QT_TRANSLATE_NOOP("Email", "The subscription of %1 is paid until %2. Renew it under "
                                    "Billing before then to keep your backups running without "
                                    "interruption.")},
    Text{"welcome", QT_TRANSLATE_NOOP("Email", "Welcome to ESXi Backup Manager Cloud, %1"),
         QT_TRANSLATE_NOOP("Email", "Your organization %1 is active on the %2 plan until %3.")},
    Text{"payment_failed",
         QT_TRANSLATE_NOOP("Email", "Your payment for order %1 did not go through"),
         QT_TRANSLATE_NOOP("Email", "Order %1 is still waiting for its payment: you can pay "
                                    "again with the same or another method.")},
    Text{"payment_receipt", QT_TRANSLATE_NOOP("Notification", "Payment of %1 received"),
         QT_TRANSLATE_NOOP("Notification", "We received your payment of %1 for order %2. Your "
                                           "invoice %3 is available under Invoices."),
         "Notification"},
    Text{"invoice_issued", QT_TRANSLATE_NOOP("Notification", "Invoice %1 issued"),
         QT_TRANSLATE_NOOP("Notification", "Invoice %1 for %2 is available under Invoices."),
         "Notification"},
    Text{"member_invited", QT_TRANSLATE_NOOP("Notification", "Invitation sent to %1"),
         QT_TRANSLATE_NOOP("Notification", "%1 was invited to join the organization as %2."),
         "Notification"},
    Text{"quota_threshold", QT_TRANSLATE_NOOP("Notification", "%1: %2 % of the quota used"),
         QT_TRANSLATE_NOOP("Notification", "Your organization uses %2 % of the %1 its plan "
                                           "allows. Free some up or upgrade the plan to keep "
                                           "room."),
         "Notification"},
};

// What a quota notification calls each metric.
struct MetricLabel
{
    std::string_view metric;
    const char* label;
};

constexpr std::array kMetricLabels{
    MetricLabel{"servers", QT_TRANSLATE_NOOP("Notification", "ESXi servers")},
    MetricLabel{"vms", QT_TRANSLATE_NOOP("Notification", "virtual machines")},
    MetricLabel{"backups", QT_TRANSLATE_NOOP("Notification", "backup jobs")},
    MetricLabel{"storage", QT_TRANSLATE_NOOP("Notification", "backup storage")},
    MetricLabel{"users", QT_TRANSLATE_NOOP("Notification", "users")},
};

// The arguments as the text shows them: a quota's metric by its translated name.
std::vector<std::string> shownArguments(const store::NotificationRecord& notification,
                                        const i18n::Translator& t)
{
    std::vector<std::string> arguments = notification.arguments;
    if (notification.kind != "quota_threshold" || arguments.empty())
        return arguments;
    for (const MetricLabel& label : kMetricLabels)
        if (label.metric == arguments.front())
            arguments.front() = t.translate("Notification", label.label);
    return arguments;
}

} // namespace

NotificationTexts::Rendered NotificationTexts::render(const store::NotificationRecord& notification,
                                                      const i18n::Translator& t)
{
    const auto arguments = shownArguments(notification, t);
    for (const Text& text : kTexts) {
        if (text.kind != notification.kind)
            continue;
        return {i18n::substitute(t.translate(text.context, text.title), arguments),
                i18n::substitute(t.translate(text.context, text.text), arguments)};
    }
    return {notification.eventType, {}};
}

} // namespace ebm::services
