#include "mail/EmailComposer.h"

#include "i18n/Translator.h"
#include "mail/EmailHtml.h"

#include <array>
#include <stdexcept>

namespace ebm::mail
{

using i18n::substitute;

namespace
{

// The template name and the source texts of one subscription notice; %1 is the organization.
struct NoticeText
{
    EmailComposer::Notice notice;
    const char* templateName;
    const char* subject;
    const char* message;
};

using Notice = EmailComposer::Notice;

constexpr std::array kNoticeTexts{
    NoticeText{Notice::Suspended, "suspension", QT_TRANSLATE_NOOP("Email", "%1 is suspended"),
               QT_TRANSLATE_NOOP("Email",
                                 "Your organization %1 is suspended: %2. Pay the outstanding "
                                 "invoice under Billing or contact support to reactivate it.")},
    NoticeText{Notice::Reactivated, "reactivation",
               QT_TRANSLATE_NOOP("Email", "%1 is active again"),
               QT_TRANSLATE_NOOP("Email", "Your organization %1 is active again. Thank you.")},
    NoticeText{Notice::CancellationScheduled, "cancellation_scheduled",
               QT_TRANSLATE_NOOP("Email", "Your subscription for %1 will end"),
               QT_TRANSLATE_NOOP("Email",
                                 "As requested, the subscription of %1 will not be renewed and "
                                 "ends on %2. You can resume it until then.")},
    NoticeText{Notice::CancellationWithdrawn, "cancellation_withdrawn",
               QT_TRANSLATE_NOOP("Email", "Your subscription for %1 continues"),
               QT_TRANSLATE_NOOP("Email", "The subscription of %1 will renew as usual.")},
    NoticeText{Notice::Cancelled, "cancelled",
               QT_TRANSLATE_NOOP("Email", "Your subscription for %1 has ended"),
               QT_TRANSLATE_NOOP("Email",
                                 "As requested, the subscription of %1 ended on %2. Thank you for "
                                 "your trust; you can subscribe again at any time.")},
    NoticeText{Notice::CancelledByStaff, "cancelled_by_staff",
               QT_TRANSLATE_NOOP("Email", "Your subscription for %1 is cancelled"),
               QT_TRANSLATE_NOOP("Email", "The subscription of %1 was cancelled: %2. Contact "
                                          "support if you think this is a mistake.")},
    NoticeText{Notice::PlanChanged, "plan_changed",
               QT_TRANSLATE_NOOP("Email", "%1 is now on the %2 plan"),
               QT_TRANSLATE_NOOP("Email", "From today, %1 uses the %2 plan: its quotas and "
                                          "features apply at once.")},
    NoticeText{Notice::DowngradeScheduled, "downgrade_scheduled",
               QT_TRANSLATE_NOOP("Email", "%1 will move to the %2 plan"),
               QT_TRANSLATE_NOOP("Email", "As requested, %1 will move to the %2 plan on %3, at "
                                          "the end of the period already paid.")},
    NoticeText{Notice::DowngradeWithdrawn, "downgrade_withdrawn",
               QT_TRANSLATE_NOOP("Email", "%1 stays on the %2 plan"),
               QT_TRANSLATE_NOOP("Email", "The planned change is cancelled: %1 stays on the %2 "
                                          "plan.")},
    NoticeText{Notice::Renewed, "renewed",
               QT_TRANSLATE_NOOP("Email", "Your subscription for %1 is renewed"),
               QT_TRANSLATE_NOOP("Email", "The subscription of %1 is renewed until %2. Thank "
                                          "you.")},
    NoticeText{Notice::PaymentOverdue, "payment_overdue",
               QT_TRANSLATE_NOOP("Email", "Renew your subscription for %1"),
               QT_TRANSLATE_NOOP("Email",
                                 "The subscription of %1 ended on %2 and has not been renewed. "
                                 "Renew it before %3 to keep your backups running.")},
    NoticeText{Notice::SuspendedUnpaid, "suspension_unpaid",
               QT_TRANSLATE_NOOP("Email", "%1 is suspended"),
               QT_TRANSLATE_NOOP("Email",
                                 "The subscription of %1 ended on %2 and has not been renewed, so "
                                 "the organization is suspended. Renew it before %3 to keep your "
                                 "backups and settings.")},
    NoticeText{Notice::Expired, "expired",
               QT_TRANSLATE_NOOP("Email", "Your subscription for %1 has expired"),
               QT_TRANSLATE_NOOP("Email",
                                 "The subscription of %1 has expired and its backups are no "
                                 "longer protected. Renew it at any time to restore the "
                                 "service.")},
    NoticeText{Notice::RenewalReminder, "renewal_reminder",
               QT_TRANSLATE_NOOP("Email", "Your subscription for %1 ends on %2"),
               QT_TRANSLATE_NOOP("Email",
                                 "The subscription of %1 is paid until %2. Renew it under "
                                 "Billing before then to keep your backups running without "
                                 "interruption.")},
};

// An email in the recipient's language: "Hello," then the paragraphs (a paragraph that is only
// a link becomes a button in the HTML part), as text and as HTML in the branded layout.
store::OutboundEmail composed(const i18n::Translator& t, const std::string& templateName,
                              const std::string& recipient, std::string subject,
                              const std::vector<std::string>& paragraphs)
{
    store::OutboundEmail email;
    email.templateName = templateName;
    email.locale = t.locale();
    email.recipient = recipient;
    email.subject = std::move(subject);
    email.bodyText = t.translate("Email", "Hello,") + "\n";
    for (const std::string& paragraph : paragraphs)
        email.bodyText += "\n" + paragraph + "\n";
    email.bodyHtml = renderEmailHtml(
        t.locale(), email.subject, email.bodyText,
        {t.translate("Email", "Open the link"),
         t.translate("Email", "You receive this email about your ESXi Backup Manager Cloud "
                              "account or subscription.")});
    return email;
}

// The quota's name in the customer's language.
std::string metricLabel(const i18n::Translator& t, const std::string& metric)
{
    if (metric == "servers")
        return t.translate("Email", "ESXi servers");
    if (metric == "vms")
        return t.translate("Email", "virtual machines");
    if (metric == "backups")
        return t.translate("Email", "backup jobs");
    if (metric == "storage")
        return t.translate("Email", "backup storage");
    return t.translate("Email", "users");
}

const NoticeText& noticeText(Notice notice)
{
    for (const NoticeText& text : kNoticeTexts)
        if (text.notice == notice)
            return text;
    throw std::logic_error("no text for a subscription notice");
}

} // namespace

EmailComposer::EmailComposer(std::string publicBaseUrl)
    : m_publicBaseUrl(std::move(publicBaseUrl))
{
}

store::OutboundEmail
EmailComposer::quotaWarning(const std::string& locale, const std::string& recipient,
                            const std::string& organizationName, const std::string& metric,
                            int threshold, const std::string& current, const std::string& limit)
{
    const i18n::Translator t(locale);
    const std::vector<std::string> details{organizationName, metricLabel(t, metric), current,
                                           limit};
    if (threshold < 100)
        return composed(
            t, "quota_warning", recipient,
            substitute(t.translate("Email", "%1 is close to its %2 quota"), details),
            {substitute(t.translate("Email", "%1 uses %3 of the %4 %2 its plan allows. Free some "
                                             "up or upgrade the plan under Billing before the "
                                             "limit is reached."),
                        details)});
    return composed(t, "quota_warning", recipient,
                    substitute(t.translate("Email", "%1 has reached its %2 quota"), details),
                    {substitute(t.translate("Email", "%1 uses %3 of the %4 %2 its plan allows: "
                                                     "new ones are refused until you free some up "
                                                     "or upgrade the plan under Billing."),
                                details)});
}

std::string EmailComposer::link(const std::string& path, const std::string& token) const
{
    return m_publicBaseUrl + path + "?token=" + token;
}

store::OutboundEmail EmailComposer::passwordReset(const std::string& locale,
                                                  const std::string& recipient,
                                                  const std::string& token) const
{
    const i18n::Translator t(locale);
    return composed(t, "password_reset", recipient,
                    t.translate("Email", "Reset your ESXi Backup Manager Cloud password"),
                    {t.translate("Email", "Someone asked to reset the password of this account. "
                                          "To choose a new password, open this link within one "
                                          "hour:"),
                     link("/reset-password", token),
                     t.translate("Email", "If you did not ask for this, ignore this email: "
                                          "your password stays unchanged.")});
}

store::OutboundEmail EmailComposer::invitation(const std::string& locale,
                                               const std::string& recipient,
                                               const std::string& organizationName,
                                               const std::string& inviterName,
                                               const std::string& token) const
{
    const i18n::Translator t(locale);
    return composed(
        t, "invitation", recipient,
        substitute(t.translate("Email", "You are invited to join %1"), {organizationName}),
        {substitute(t.translate("Email", "%1 invites you to join the organization %2 "
                                         "on ESXi Backup Manager Cloud. To accept, open this "
                                         "link within seven days:"),
                    {inviterName, organizationName}),
         link("/accept-invitation", token)});
}

store::OutboundEmail EmailComposer::setPassword(const std::string& locale,
                                                const std::string& recipient,
                                                const std::string& organizationName,
                                                const std::string& token) const
{
    const i18n::Translator t(locale);
    return composed(
        t, "set_password", recipient,
        substitute(t.translate("Email", "Your ESXi Backup Manager Cloud account for %1"),
                   {organizationName}),
        {substitute(t.translate("Email",
                                "An account was created for you as the owner of %1. "
                                "To choose your password, open this link within seven days:"),
                    {organizationName}),
         link("/set-password", token)});
}

store::OutboundEmail EmailComposer::welcome(const std::string& locale, const std::string& recipient,
                                            const std::string& organizationName,
                                            const std::string& planName,
                                            const std::string& periodEnd,
                                            const std::string& setPasswordToken) const
{
    const i18n::Translator t(locale);
    std::vector<std::string> paragraphs{
        substitute(t.translate("Email", "Your organization %1 is active on the %2 plan until %3."),
                   {organizationName, planName, periodEnd.substr(0, 10)})};
    if (setPasswordToken.empty()) {
        paragraphs.push_back(t.translate("Email", "Sign in with your existing account to start."));
    } else {
        paragraphs.push_back(t.translate("Email", "To sign in, first choose your password with "
                                                  "this link (valid seven days):"));
        paragraphs.push_back(link("/set-password", setPasswordToken));
    }
    return composed(t, "welcome", recipient,
                    substitute(t.translate("Email", "Welcome to ESXi Backup Manager Cloud, %1"),
                               {organizationName}),
                    paragraphs);
}

store::OutboundEmail EmailComposer::receipt(const std::string& locale, const std::string& recipient,
                                            const std::string& orderNumber,
                                            const std::string& invoiceNumber,
                                            const std::string& amount) const
{
    const i18n::Translator t(locale);
    return composed(
        t, "payment_receipt", recipient,
        substitute(t.translate("Email", "Payment received for order %1"), {orderNumber}),
        {substitute(t.translate("Email", "We received your payment of %1 for order %2. "
                                         "Your invoice %3 is available in your account."),
                    {amount, orderNumber, invoiceNumber})});
}

store::OutboundEmail EmailComposer::paymentFailed(const std::string& locale,
                                                  const std::string& recipient,
                                                  const std::string& orderNumber,
                                                  const std::string& reason) const
{
    const i18n::Translator t(locale);
    return composed(
        t, "payment_failed", recipient,
        substitute(t.translate("Email", "Your payment for order %1 did not go through"),
                   {orderNumber}),
        {reason, substitute(t.translate("Email", "Order %1 is still waiting for its payment: "
                                                 "you can pay again with the same or another "
                                                 "method."),
                            {orderNumber})});
}

store::OutboundEmail
EmailComposer::invoiceIssued(const std::string& locale, const std::string& recipient,
                             const std::string& organizationName, const std::string& invoiceNumber,
                             const std::string& amount, const std::string& dueDate,
                             store::EmailAttachment pdf) const
{
    const i18n::Translator t(locale);
    auto email = composed(
        t, "invoice", recipient,
        substitute(t.translate("Email", "Invoice %1 for %2"), {invoiceNumber, organizationName}),
        {substitute(t.translate("Email", "Please find attached invoice %1 for the renewal of the "
                                         "subscription of %2: %3, to pay by %4."),
                    {invoiceNumber, organizationName, amount, dueDate}),
         t.translate("Email", "Pay it under Billing in your account. Once it is paid, the "
                              "invoice is marked paid and your subscription renewed.")});
    email.attachments.push_back(std::move(pdf));
    return email;
}

store::OutboundEmail EmailComposer::renewalApproval(const std::string& locale,
                                                    const std::string& recipient,
                                                    const std::string& organizationName,
                                                    const std::string& amount,
                                                    const std::string& approvalUrl) const
{
    const i18n::Translator t(locale);
    return composed(
        t, "renewal_approval", recipient,
        substitute(t.translate("Email", "Approve the renewal payment for %1"), {organizationName}),
        {substitute(t.translate("Email", "To renew the subscription of %1, approve the PayPal "
                                         "payment of %2 with this link:"),
                    {organizationName, amount}),
         approvalUrl});
}

store::OutboundEmail EmailComposer::renewalRequested(const std::string& locale,
                                                     const std::string& recipient,
                                                     const std::string& organizationName,
                                                     const std::string& amount,
                                                     const std::string& phone) const
{
    const i18n::Translator t(locale);
    return composed(
        t, "renewal_requested", recipient,
        substitute(t.translate("Email", "Approve the renewal payment for %1 on your phone"),
                   {organizationName}),
        {substitute(t.translate("Email", "To renew the subscription of %1, a Mobile Money "
                                         "payment request of %2 was sent to %3. Approve it on "
                                         "your phone."),
                    {organizationName, amount, phone})});
}

store::OutboundEmail
EmailComposer::subscriptionNotice(Notice notice, const std::string& locale,
                                  const std::string& recipient, const std::string& organizationName,
                                  const std::vector<std::string>& details) const
{
    const NoticeText& text = noticeText(notice);
    const i18n::Translator t(locale);
    std::vector<std::string> arguments{organizationName};
    arguments.insert(arguments.end(), details.begin(), details.end());
    return composed(t, text.templateName, recipient,
                    substitute(t.translate("Email", text.subject), arguments),
                    {substitute(t.translate("Email", text.message), arguments)});
}

} // namespace ebm::mail
