#include "mail/EmailComposer.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace ebm::mail
{
namespace
{

using Notice = EmailComposer::Notice;

const std::vector<Notice> kAllNotices{Notice::Suspended,
                                      Notice::Reactivated,
                                      Notice::CancellationScheduled,
                                      Notice::CancellationWithdrawn,
                                      Notice::Cancelled,
                                      Notice::CancelledByStaff,
                                      Notice::PlanChanged,
                                      Notice::DowngradeScheduled,
                                      Notice::DowngradeWithdrawn,
                                      Notice::Renewed,
                                      Notice::PaymentOverdue,
                                      Notice::SuspendedUnpaid,
                                      Notice::Expired};

const std::vector<std::string> kDetails{"2024-02-29", "2024-03-07"};

TEST(EmailComposerTest, EveryNoticeNamesTheOrganizationAndFillsEveryPlaceholder)
{
    const EmailComposer composer("https://backup.example.com");
    for (const std::string locale : {"fr", "en"}) {
        for (const Notice notice : kAllNotices) {
            const auto email = composer.subscriptionNotice(notice, locale, "a@example.com",
                                                           "Société Wouri", kDetails);
            EXPECT_FALSE(email.templateName.empty());
            EXPECT_EQ(email.locale, locale);
            EXPECT_NE(email.subject.find("Société Wouri"), std::string::npos) << email.subject;
            EXPECT_NE(email.bodyText.find("Société Wouri"), std::string::npos) << email.bodyText;
            EXPECT_EQ(email.bodyText.find('%'), std::string::npos) << email.bodyText;
            EXPECT_NE(email.bodyHtml.find("<html lang=\"" + locale + "\">"), std::string::npos);
            EXPECT_NE(email.bodyHtml.find("Société Wouri"), std::string::npos);
        }
    }
}

TEST(EmailComposerTest, NoticesAreTranslatedIntoFrench)
{
    const EmailComposer composer("https://backup.example.com");
    for (const Notice notice : kAllNotices) {
        const auto english =
            composer.subscriptionNotice(notice, "en", "a@example.com", "Wouri", kDetails);
        const auto french =
            composer.subscriptionNotice(notice, "fr", "a@example.com", "Wouri", kDetails);
        EXPECT_EQ(french.templateName, english.templateName);
        EXPECT_NE(french.bodyText, english.bodyText) << english.templateName;
        EXPECT_EQ(french.bodyText.rfind("Bonjour,", 0), 0u) << french.bodyText;
    }
}

TEST(EmailComposerTest, EachNoticeHasItsOwnTemplateName)
{
    const EmailComposer composer("https://backup.example.com");
    std::vector<std::string> names;
    for (const Notice notice : kAllNotices)
        names.push_back(
            composer.subscriptionNotice(notice, "en", "a@example.com", "W").templateName);
    std::sort(names.begin(), names.end());
    EXPECT_EQ(std::adjacent_find(names.begin(), names.end()), names.end());
}

} // namespace
} // namespace ebm::mail

namespace ebm::mail
{
namespace
{

// One of each email the composer writes, in `locale`.
std::vector<store::OutboundEmail> everyEmail(const std::string& locale)
{
    const EmailComposer composer("https://backup.example.com");
    const Money amount = Money(1234567, Currency::fromCode("XAF"));
    const std::string to = "a@example.com";
    std::vector<store::OutboundEmail> emails{
        composer.passwordReset(locale, to, "t"),
        composer.invitation(locale, to, "Wouri", "Ana", "t"),
        composer.setPassword(locale, to, "Wouri", "t"),
        composer.welcome(locale, to, "Wouri", "Bronze", "2024-02-29T00:00:00Z", "t"),
        composer.welcome(locale, to, "Wouri", "Bronze", "2024-02-29T00:00:00Z", ""),
        composer.orderConfirmation(
            locale, to, {7, "ORD-1", "Bronze", false, amount, "2024-02-29T10:00:00Z", "t"}),
        composer.receipt(locale, to, "ORD-1", "INV-1", amount),
        composer.paymentFailed(locale, to, "ORD-1", "Refused."),
        composer.invoiceIssued(locale, to, "Wouri", "INV-1", amount, "2024-02-29", {}),
        composer.renewalApproval(locale, to, "Wouri", amount, "https://paypal.example/a"),
        composer.renewalRequested(locale, to, "Wouri", amount, "+237670000000"),
        EmailComposer::quotaWarning(locale, to, "Wouri", "vms", 80, "8", "10"),
        EmailComposer::quotaWarning(locale, to, "Wouri", "storage", 100, "500 GB", "500 GB")};
    for (const Notice notice : kAllNotices)
        emails.push_back(composer.subscriptionNotice(notice, locale, to, "Wouri", kDetails));
    return emails;
}

TEST(EmailComposerTest, EveryEmailIsCompleteInBothLanguages)
{
    const auto french = everyEmail("fr");
    const auto english = everyEmail("en");
    ASSERT_EQ(french.size(), english.size());
    for (std::size_t i = 0; i < french.size(); ++i) {
        for (const auto* email : {&french[i], &english[i]}) {
            EXPECT_FALSE(email->subject.empty()) << email->templateName;
            for (const std::string* part : {&email->subject, &email->bodyText}) {
                EXPECT_EQ(part->find("{{"), std::string::npos) << email->templateName;
                EXPECT_EQ(part->find('%'), std::string::npos) << email->templateName << *part;
            }
            EXPECT_EQ(email->bodyHtml.find("{{"), std::string::npos) << email->templateName;
            EXPECT_EQ(email->bodyHtml.find("%1"), std::string::npos) << email->templateName;
        }
        EXPECT_EQ(french[i].templateName, english[i].templateName);
        EXPECT_NE(french[i].subject, english[i].subject) << english[i].templateName;
        EXPECT_NE(french[i].bodyText, english[i].bodyText) << english[i].templateName;
    }
}

TEST(EmailComposerTest, MoneyAndDatesAreWrittenTheWayTheLanguageWritesThem)
{
    const EmailComposer composer("https://backup.example.com");
    const Money amount = Money(1234567, Currency::fromCode("XAF"));
    const auto french = composer.invoiceIssued("fr", "a@example.com", "Wouri", "INV-1", amount,
                                               "2024-02-29T00:00:00Z", {});
    EXPECT_NE(french.bodyText.find("1\u202F234\u202F567\u00A0XAF"), std::string::npos)
        << french.bodyText;
    EXPECT_NE(french.bodyText.find("29/02/2024"), std::string::npos) << french.bodyText;
    const auto english = composer.invoiceIssued("en", "a@example.com", "Wouri", "INV-1", amount,
                                                "2024-02-29T00:00:00Z", {});
    EXPECT_NE(english.bodyText.find("1,234,567 XAF"), std::string::npos) << english.bodyText;
    EXPECT_NE(english.bodyText.find("2024-02-29"), std::string::npos) << english.bodyText;
}

TEST(EmailComposerTest, TheOrderConfirmationLinksToThePaymentWithTheOrderToken)
{
    const EmailComposer composer("https://backup.example.com");
    const Money amount = Money(990, Currency::fromCode("EUR"));
    const auto email = composer.orderConfirmation(
        "fr", "a@example.com",
        {42, "ORD-20240229-X", "Silver", true, amount, "2024-03-02T10:00:00Z", "secret"});
    EXPECT_EQ(email.templateName, "order_confirmation");
    EXPECT_NE(email.subject.find("ORD-20240229-X"), std::string::npos) << email.subject;
    const std::string link =
        "https://backup.example.com/register/payment?order=42&token=secret&lang=fr";
    EXPECT_NE(email.bodyText.find(link), std::string::npos) << email.bodyText;
    EXPECT_NE(email.bodyHtml.find("href=\"https://backup.example.com/register/payment?order=42&amp;"
                                  "token=secret&amp;lang=fr\""),
              std::string::npos);
    EXPECT_NE(email.bodyText.find("Silver"), std::string::npos);
    EXPECT_NE(email.bodyText.find("Mensuelle"), std::string::npos) << email.bodyText;
    EXPECT_NE(email.bodyText.find("9,90"), std::string::npos) << email.bodyText;
    EXPECT_NE(email.bodyText.find("02/03/2024"), std::string::npos) << email.bodyText;
}

TEST(EmailComposerTest, AccountEmailsCarryTheirLinkAsAButton)
{
    const EmailComposer composer("https://backup.example.com");
    const auto email = composer.passwordReset("fr", "a@example.com", "tok123");
    EXPECT_NE(email.bodyText.find("https://backup.example.com/reset-password?token=tok123"),
              std::string::npos);
    EXPECT_NE(email.bodyHtml.find(
                  "href=\"https://backup.example.com/reset-password?token=tok123&amp;lang=fr\""),
              std::string::npos)
        << email.bodyHtml;
}

} // namespace
} // namespace ebm::mail
