#include "mail/EmailHtml.h"

#include <gtest/gtest.h>
#include <string>

namespace ebm::mail
{
namespace
{

const EmailHtmlLabels kLabels{"Ouvrir le lien", "Pied de page"};

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

TEST(EmailHtmlTest, ParagraphsAreEscapedInTheLayout)
{
    const std::string html = renderEmailHtml(
        "fr", "Bienvenue chez <Wouri>", "Bonjour,\n\nSociété <script>x</script> & Co", kLabels);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_TRUE(contains(html, "<html lang=\"fr\">"));
    EXPECT_TRUE(contains(html, "<title>Bienvenue chez &lt;Wouri&gt;</title>"));
    EXPECT_TRUE(contains(html, ">Bonjour,</p>"));
    EXPECT_TRUE(contains(html, "Société &lt;script&gt;x&lt;/script&gt; &amp; Co"));
    EXPECT_FALSE(contains(html, "<script>"));
    EXPECT_TRUE(contains(html, "Pied de page"));
}

TEST(EmailHtmlTest, ALinkParagraphBecomesAButtonWithTheAddressBelow)
{
    const std::string url = "https://backup.example.com/set-password?token=a&b";
    const std::string html =
        renderEmailHtml("en", "Subject", "Open this:\n\n" + url + "\n", kLabels);
    EXPECT_TRUE(contains(html, "href=\"https://backup.example.com/set-password?token=a&amp;b\""));
    EXPECT_TRUE(contains(html, ">Ouvrir le lien</a>"));
}

TEST(EmailHtmlTest, LinesWithinAParagraphKeepTheirBreaks)
{
    const std::string html = renderEmailHtml("en", "S", "first line\nsecond line", kLabels);
    EXPECT_TRUE(contains(html, "first line<br>second line"));
}

TEST(EmailHtmlTest, PlaceholdersInTheTextAreNotFilled)
{
    const std::string html =
        renderEmailHtml("en", "{{footer}}", "Text {{content}} {{lang}}", kLabels);
    EXPECT_TRUE(contains(html, "<title>{{footer}}</title>"));
    EXPECT_TRUE(contains(html, "Text {{content}} {{lang}}"));
}

} // namespace
} // namespace ebm::mail
