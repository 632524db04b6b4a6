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

TEST(EmailComposerTest, AccountEmailsCarryTheirLinkAsAButton)
{
    const EmailComposer composer("https://backup.example.com");
    const auto email = composer.passwordReset("fr", "a@example.com", "tok123");
    EXPECT_NE(email.bodyText.find("https://backup.example.com/reset-password?token=tok123"),
              std::string::npos);
    EXPECT_NE(
        email.bodyHtml.find("href=\"https://backup.example.com/reset-password?token=tok123\""),
        std::string::npos)
        << email.bodyHtml;
}

} // namespace
} // namespace ebm::mail
