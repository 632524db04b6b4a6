#include "mail/EmailComposer.h"

#include "i18n/Translator.h"

namespace ebm::mail
{

using i18n::substitute;

EmailComposer::EmailComposer(std::string publicBaseUrl)
    : m_publicBaseUrl(std::move(publicBaseUrl))
{
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
    store::OutboundEmail email;
    email.templateName = "password_reset";
    email.locale = t.locale();
    email.recipient = recipient;
    email.subject = t.translate("Email", "Reset your ESXi Backup Manager Cloud password");
    email.bodyText =
        t.translate("Email", "Hello,") + "\n\n" +
        t.translate("Email", "Someone asked to reset the password of this account. "
                             "To choose a new password, open this link within one hour:") +
        "\n\n" + link("/reset-password", token) + "\n\n" +
        t.translate("Email", "If you did not ask for this, ignore this email: "
                             "your password stays unchanged.") +
        "\n";
    return email;
}

store::OutboundEmail EmailComposer::invitation(const std::string& locale,
                                               const std::string& recipient,
                                               const std::string& organizationName,
                                               const std::string& inviterName,
                                               const std::string& token) const
{
    const i18n::Translator t(locale);
    store::OutboundEmail email;
    email.templateName = "invitation";
    email.locale = t.locale();
    email.recipient = recipient;
    email.subject =
        substitute(t.translate("Email", "You are invited to join %1"), {organizationName});
    email.bodyText =
        t.translate("Email", "Hello,") + "\n\n" +
        substitute(t.translate("Email", "%1 invites you to join the organization %2 "
                                        "on ESXi Backup Manager Cloud. To accept, open this "
                                        "link within seven days:"),
                   {inviterName, organizationName}) +
        "\n\n" + link("/accept-invitation", token) + "\n";
    return email;
}

store::OutboundEmail EmailComposer::setPassword(const std::string& locale,
                                                const std::string& recipient,
                                                const std::string& organizationName,
                                                const std::string& token) const
{
    const i18n::Translator t(locale);
    store::OutboundEmail email;
    email.templateName = "set_password";
    email.locale = t.locale();
    email.recipient = recipient;
    email.subject = substitute(
        t.translate("Email", "Your ESXi Backup Manager Cloud account for %1"), {organizationName});
    email.bodyText =
        t.translate("Email", "Hello,") + "\n\n" +
        substitute(t.translate("Email",
                               "An account was created for you as the owner of %1. "
                               "To choose your password, open this link within seven days:"),
                   {organizationName}) +
        "\n\n" + link("/set-password", token) + "\n";
    return email;
}

store::OutboundEmail EmailComposer::welcome(const std::string& locale, const std::string& recipient,
                                            const std::string& organizationName,
                                            const std::string& planName,
                                            const std::string& periodEnd,
                                            const std::string& setPasswordToken) const
{
    const i18n::Translator t(locale);
    store::OutboundEmail email;
    email.templateName = "welcome";
    email.locale = t.locale();
    email.recipient = recipient;
    email.subject = substitute(t.translate("Email", "Welcome to ESXi Backup Manager Cloud, %1"),
                               {organizationName});
    email.bodyText =
        t.translate("Email", "Hello,") + "\n\n" +
        substitute(t.translate("Email", "Your organization %1 is active on the %2 plan until %3."),
                   {organizationName, planName, periodEnd.substr(0, 10)}) +
        "\n\n";
    if (!setPasswordToken.empty())
        email.bodyText +=
            t.translate("Email", "To sign in, first choose your password with this link "
                                 "(valid seven days):") +
            "\n\n" + link("/set-password", setPasswordToken) + "\n";
    else
        email.bodyText +=
            t.translate("Email", "Sign in with your existing account to start.") + "\n";
    return email;
}

store::OutboundEmail EmailComposer::receipt(const std::string& locale, const std::string& recipient,
                                            const std::string& orderNumber,
                                            const std::string& invoiceNumber,
                                            const std::string& amount) const
{
    const i18n::Translator t(locale);
    store::OutboundEmail email;
    email.templateName = "payment_receipt";
    email.locale = t.locale();
    email.recipient = recipient;
    email.subject =
        substitute(t.translate("Email", "Payment received for order %1"), {orderNumber});
    email.bodyText =
        t.translate("Email", "Hello,") + "\n\n" +
        substitute(t.translate("Email", "We received your payment of %1 for order %2. "
                                        "Your invoice %3 is available in your account."),
                   {amount, orderNumber, invoiceNumber}) +
        "\n";
    return email;
}

store::OutboundEmail EmailComposer::subscriptionNotice(Notice notice, const std::string& locale,
                                                       const std::string& recipient,
                                                       const std::string& organizationName,
                                                       const std::string& detail) const
{
    const i18n::Translator t(locale);
    store::OutboundEmail email;
    email.locale = t.locale();
    email.recipient = recipient;
    std::string message;
    switch (notice) {
    case Notice::Suspended:
        email.templateName = "suspension";
        email.subject = substitute(t.translate("Email", "%1 is suspended"), {organizationName});
        message = substitute(
            t.translate("Email", "Your organization %1 is suspended: %2. Pay the outstanding "
                                 "invoice under Billing or contact support to reactivate it."),
            {organizationName, detail});
        break;
    case Notice::Reactivated:
        email.templateName = "reactivation";
        email.subject = substitute(t.translate("Email", "%1 is active again"), {organizationName});
        message =
            substitute(t.translate("Email", "Your organization %1 is active again. Thank you."),
                       {organizationName});
        break;
    case Notice::CancellationScheduled:
        email.templateName = "cancellation_scheduled";
        email.subject = substitute(t.translate("Email", "Your subscription for %1 will end"),
                                   {organizationName});
        message = substitute(
            t.translate("Email", "As requested, the subscription of %1 will not be renewed and "
                                 "ends on %2. You can resume it until then."),
            {organizationName, detail.substr(0, 10)});
        break;
    case Notice::CancellationWithdrawn:
        email.templateName = "cancellation_withdrawn";
        email.subject = substitute(t.translate("Email", "Your subscription for %1 continues"),
                                   {organizationName});
        message = substitute(t.translate("Email", "The subscription of %1 will renew as usual."),
                             {organizationName});
        break;
    }
    email.bodyText = t.translate("Email", "Hello,") + "\n\n" + message + "\n";
    return email;
}

} // namespace ebm::mail
