#include "mail/EmailComposer.h"

#include "billing/LocaleFormat.h"
#include "i18n/Translator.h"
#include "mail/EmailTemplates.h"

#include <array>
#include <stdexcept>

namespace ebm::mail
{

using web::TemplateContext;

namespace
{

using Notice = EmailComposer::Notice;

// The template of one subscription notice and the names its details take, in order; a name
// ending in "_date" is shown as a date.
struct NoticeTemplate
{
    Notice notice;
    const char* templateName;
    std::array<const char*, 2> details;
};

constexpr std::array kNoticeTemplates{
    NoticeTemplate{Notice::Suspended, "suspension", {"reason"}},
    NoticeTemplate{Notice::Reactivated, "reactivation", {}},
    NoticeTemplate{Notice::CancellationScheduled, "cancellation_scheduled", {"end_date"}},
    NoticeTemplate{Notice::CancellationWithdrawn, "cancellation_withdrawn", {}},
    NoticeTemplate{Notice::Cancelled, "cancelled", {"end_date"}},
    NoticeTemplate{Notice::CancelledByStaff, "cancelled_by_staff", {"reason"}},
    NoticeTemplate{Notice::PlanChanged, "plan_changed", {"plan"}},
    NoticeTemplate{Notice::DowngradeScheduled, "downgrade_scheduled", {"plan", "change_date"}},
    NoticeTemplate{Notice::DowngradeWithdrawn, "downgrade_withdrawn", {"plan"}},
    NoticeTemplate{Notice::Renewed, "renewed", {"end_date"}},
    NoticeTemplate{Notice::PaymentOverdue, "payment_overdue", {"end_date", "suspension_date"}},
    NoticeTemplate{Notice::SuspendedUnpaid, "suspension_unpaid", {"end_date", "expiry_date"}},
    NoticeTemplate{Notice::Expired, "expired", {}},
    NoticeTemplate{Notice::RenewalReminder, "renewal_reminder", {"end_date"}},
};

const NoticeTemplate& noticeTemplate(Notice notice)
{
    for (const NoticeTemplate& entry : kNoticeTemplates)
        if (entry.notice == notice)
            return entry;
    throw std::logic_error("no template for a subscription notice");
}

// The language the pages are opened in, the email's own.
std::string supportedLocale(const std::string& locale)
{
    return locale == "fr" ? "fr" : "en";
}

// The day of a date ("2024-02-29") or an instant as the locale writes it.
std::string localDay(const std::string& dateOrInstant, const std::string& locale)
{
    if (dateOrInstant.size() < 10)
        return dateOrInstant;
    return billing::formatDay(dateOrInstant.substr(0, 10) + "T00:00:00Z", locale);
}

store::OutboundEmail rendered(const std::string& templateName, const std::string& locale,
                              const std::string& recipient, const TemplateContext& values)
{
    return EmailTemplates::embedded().render(templateName, locale, recipient, values);
}

} // namespace

EmailComposer::EmailComposer(std::string publicBaseUrl)
    : m_publicBaseUrl(std::move(publicBaseUrl))
{
}

std::string EmailComposer::link(const std::string& path, const std::string& token,
                                const std::string& locale) const
{
    return m_publicBaseUrl + path + "?token=" + token + "&lang=" + supportedLocale(locale);
}

std::string EmailComposer::accountUrl(const std::string& locale) const
{
    return m_publicBaseUrl + "/account/?lang=" + supportedLocale(locale);
}

std::string EmailComposer::metricLabel(const std::string& locale, const std::string& metric)
{
    const i18n::Translator t(locale);
    if (metric == "servers")
        return t.translate("Email", "ESXi servers");
    if (metric == "vms")
        return t.translate("Email", "virtual machines");
    if (metric == "backups")
        return t.translate("Email", "backup jobs");
    if (metric == "storage")
        return t.translate("Email", "backup storage");
    if (metric == "users")
        return t.translate("Email", "users");
    return metric;
}

store::OutboundEmail
EmailComposer::quotaWarning(const std::string& locale, const std::string& recipient,
                            const std::string& organizationName, const std::string& metric,
                            int threshold, const std::string& current, const std::string& limit)
{
    TemplateContext values;
    values.set("organization", organizationName)
        .set("metric", metricLabel(locale, metric))
        .set("current", current)
        .set("limit", limit)
        .set("reached", threshold >= 100);
    return rendered("quota_warning", locale, recipient, values);
}

store::OutboundEmail EmailComposer::passwordReset(const std::string& locale,
                                                  const std::string& recipient,
                                                  const std::string& token) const
{
    TemplateContext values;
    values.set("link", link("/reset-password", token, locale));
    return rendered("password_reset", locale, recipient, values);
}

store::OutboundEmail EmailComposer::invitation(const std::string& locale,
                                               const std::string& recipient,
                                               const std::string& organizationName,
                                               const std::string& inviterName,
                                               const std::string& token) const
{
    TemplateContext values;
    values.set("organization", organizationName)
        .set("inviter", inviterName)
        .set("link", link("/accept-invitation", token, locale));
    return rendered("invitation", locale, recipient, values);
}

store::OutboundEmail EmailComposer::setPassword(const std::string& locale,
                                                const std::string& recipient,
                                                const std::string& organizationName,
                                                const std::string& token) const
{
    TemplateContext values;
    values.set("organization", organizationName).set("link", link("/set-password", token, locale));
    return rendered("set_password", locale, recipient, values);
}

store::OutboundEmail EmailComposer::welcome(const std::string& locale, const std::string& recipient,
                                            const std::string& organizationName,
                                            const std::string& planName,
                                            const std::string& periodEnd,
                                            const std::string& setPasswordToken) const
{
    TemplateContext values;
    values.set("organization", organizationName)
        .set("plan", planName)
        .set("end_date", localDay(periodEnd, locale))
        .set("link", setPasswordToken.empty() ? std::string()
                                              : link("/set-password", setPasswordToken, locale))
        .set("account_url", accountUrl(locale));
    return rendered("welcome", locale, recipient, values);
}

store::OutboundEmail EmailComposer::orderConfirmation(const std::string& locale,
                                                      const std::string& recipient,
                                                      const PlacedOrder& order) const
{
    std::string paymentUrl =
        m_publicBaseUrl + "/register/payment?order=" + std::to_string(order.id);
    if (!order.orderToken.empty())
        paymentUrl += "&token=" + order.orderToken;
    paymentUrl += "&lang=" + supportedLocale(locale);
    TemplateContext values;
    values.set("order", order.number)
        .set("plan", order.planName)
        .set("monthly", order.monthly)
        .set("amount", billing::formatMoney(order.total, locale))
        .set("link", paymentUrl)
        .set("expiry_date", localDay(order.expiresAt, locale));
    return rendered("order_confirmation", locale, recipient, values);
}

store::OutboundEmail EmailComposer::receipt(const std::string& locale, const std::string& recipient,
                                            const std::string& orderNumber,
                                            const std::string& invoiceNumber,
                                            const Money& amount) const
{
    TemplateContext values;
    values.set("order", orderNumber)
        .set("invoice", invoiceNumber)
        .set("amount", billing::formatMoney(amount, locale))
        .set("account_url", accountUrl(locale));
    return rendered("payment_receipt", locale, recipient, values);
}

store::OutboundEmail EmailComposer::paymentFailed(const std::string& locale,
                                                  const std::string& recipient,
                                                  const std::string& orderNumber,
                                                  const std::string& reason) const
{
    TemplateContext values;
    values.set("order", orderNumber).set("reason", reason);
    return rendered("payment_failed", locale, recipient, values);
}

store::OutboundEmail EmailComposer::invoiceIssued(const std::string& locale,
                                                  const std::string& recipient,
                                                  const std::string& organizationName,
                                                  const std::string& invoiceNumber,
                                                  const Money& amount, const std::string& dueDate,
                                                  store::EmailAttachment pdf) const
{
    TemplateContext values;
    values.set("organization", organizationName)
        .set("invoice", invoiceNumber)
        .set("amount", billing::formatMoney(amount, locale))
        .set("due_date", localDay(dueDate, locale))
        .set("account_url", accountUrl(locale));
    auto email = rendered("invoice", locale, recipient, values);
    email.attachments.push_back(std::move(pdf));
    return email;
}

store::OutboundEmail EmailComposer::renewalApproval(const std::string& locale,
                                                    const std::string& recipient,
                                                    const std::string& organizationName,
                                                    const Money& amount,
                                                    const std::string& approvalUrl) const
{
    TemplateContext values;
    values.set("organization", organizationName)
        .set("amount", billing::formatMoney(amount, locale))
        .set("link", approvalUrl);
    return rendered("renewal_approval", locale, recipient, values);
}

store::OutboundEmail EmailComposer::renewalRequested(const std::string& locale,
                                                     const std::string& recipient,
                                                     const std::string& organizationName,
                                                     const Money& amount,
                                                     const std::string& phone) const
{
    TemplateContext values;
    values.set("organization", organizationName)
        .set("amount", billing::formatMoney(amount, locale))
        .set("phone", phone);
    return rendered("renewal_requested", locale, recipient, values);
}

store::OutboundEmail
EmailComposer::subscriptionNotice(Notice notice, const std::string& locale,
                                  const std::string& recipient, const std::string& organizationName,
                                  const std::vector<std::string>& details) const
{
    const NoticeTemplate& entry = noticeTemplate(notice);
    TemplateContext values;
    values.set("organization", organizationName).set("account_url", accountUrl(locale));
    for (std::size_t i = 0; i < entry.details.size() && entry.details[i] != nullptr; ++i) {
        const std::string name = entry.details[i];
        const std::string detail = i < details.size() ? details[i] : std::string();
        values.set(name, name.ends_with("_date") ? localDay(detail, locale) : detail);
    }
    return rendered(entry.templateName, locale, recipient, values);
}

} // namespace ebm::mail
