// The email templates of resources/email: each email has its two parts, compiles in both
// languages, has every string translated into French, and renders its subject, text and HTML.
#include "app/EmbeddedFiles.h"
#include "i18n/Translator.h"
#include "mail/EmailTemplates.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <string>

namespace ebm::mail
{
namespace
{

using web::TemplateContext;

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

TEST(EmailTemplatesTest, TheEmailsTheCustomersReceiveAllHaveTemplates)
{
    const std::vector<std::string> names = EmailTemplates::embedded().names();
    for (const char* expected :
         {"order_confirmation", "payment_receipt", "invoice", "renewal_reminder", "suspension",
          "suspension_unpaid", "renewed", "payment_failed", "invitation", "password_reset",
          "welcome", "quota_warning", "renewal_approval", "renewal_requested", "expired"})
        EXPECT_NE(std::find(names.begin(), names.end(), expected), names.end()) << expected;
    EXPECT_EQ(std::find(names.begin(), names.end(), "layout"), names.end());
    int htmlParts = 0;
    for (const embedded::EmbeddedFile& file : embedded::emailFiles())
        htmlParts += file.path.ends_with(".html") && file.path != "layout.html";
    EXPECT_EQ(htmlParts, static_cast<int>(names.size()));
}

TEST(EmailTemplatesTest, EveryTemplateStringHasAFrenchTranslation)
{
    const i18n::Translator french("fr");
    int strings = 0;
    for (const embedded::EmbeddedFile& file : embedded::emailFiles()) {
        for (const std::string& text : web::Template::translatableStrings(file.content)) {
            ++strings;
            EXPECT_NE(french.translate("Email", text.c_str()), text)
                << file.path << ": \"" << text << "\" has no French translation";
        }
    }
    EXPECT_GT(strings, 60);
}

TEST(EmailTemplatesTest, TheSubjectLineTheTextAndTheHtmlComeFromTheTemplates)
{
    TemplateContext values;
    values.set("organization", "Wouri <SA> & fils").set("end_date", "29/02/2024");
    values.set("account_url", "https://backup.example.com/account/?lang=fr");
    const auto email =
        EmailTemplates::embedded().render("renewal_reminder", "fr", "a@example.com", values);
    EXPECT_EQ(email.templateName, "renewal_reminder");
    EXPECT_EQ(email.locale, "fr");
    EXPECT_EQ(email.recipient, "a@example.com");
    EXPECT_TRUE(contains(email.subject, "Wouri <SA> & fils")) << email.subject;
    EXPECT_TRUE(contains(email.subject, "29/02/2024")) << email.subject;
    EXPECT_TRUE(email.bodyText.starts_with("Bonjour,\n\n")) << email.bodyText;
    EXPECT_TRUE(contains(email.bodyText, "Wouri <SA> & fils")) << email.bodyText;
    EXPECT_TRUE(contains(email.bodyText, "\n\n-- \nESXi Backup Manager Cloud\n"));
    EXPECT_FALSE(contains(email.bodyText, "\n\n\n")) << email.bodyText;
    EXPECT_FALSE(contains(email.bodyText, "Subject:"));
    EXPECT_TRUE(email.bodyHtml.starts_with("<!DOCTYPE html>"));
    EXPECT_TRUE(contains(email.bodyHtml, "<html lang=\"fr\">"));
    EXPECT_TRUE(contains(email.bodyHtml, "<title>Votre abonnement"));
    EXPECT_TRUE(contains(email.bodyHtml, "Wouri &lt;SA&gt; &amp; fils"));
    EXPECT_FALSE(contains(email.bodyHtml, "<SA>"));
    EXPECT_TRUE(
        contains(email.bodyHtml,
                 "<a class=\"button\" href=\"https://backup.example.com/account/?lang=fr\">"));
}

TEST(EmailTemplatesTest, AnUnknownEmailOrAMissingValueIsAnError)
{
    EXPECT_THROW(EmailTemplates::embedded().render("no_such_email", "en", "a@example.com", {}),
                 std::logic_error);
    EXPECT_THROW(EmailTemplates::embedded().render("renewal_reminder", "en", "a@example.com", {}),
                 std::logic_error);
}

TEST(EmailTemplatesTest, AnUnsupportedLanguageGetsEnglish)
{
    TemplateContext values;
    values.set("link", "https://backup.example.com/reset-password?token=t");
    const auto email =
        EmailTemplates::embedded().render("password_reset", "de", "a@example.com", values);
    EXPECT_EQ(email.locale, "en");
    EXPECT_TRUE(email.bodyText.starts_with("Hello,")) << email.bodyText;
}

} // namespace
} // namespace ebm::mail
