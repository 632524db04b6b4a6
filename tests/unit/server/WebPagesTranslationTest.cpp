// French is complete on the customer pages: every {{"…"}} string of every embedded template has
// a French translation in translations/ebm_server_fr.ts, and the templates compile in both
// languages with their strings translated and escaped.
#include "app/EmbeddedFiles.h"
#include "i18n/Translator.h"
#include "web/PageRenderer.h"
#include "web/Template.h"

#include <gtest/gtest.h>
#include <set>
#include <string>

namespace ebm::web
{
namespace
{

// Strings that read the same in French.
const std::set<std::string> kSameInFrench = {
    "Confirmation", "Contact", "FAQ",   "Total",         "BIC",          "PDF",
    "Actions",      "Date",    "Pages", "Documentation", "Notifications"};

TEST(WebPagesTranslationTest, EveryTemplateStringHasAFrenchTranslation)
{
    const i18n::Translator french("fr");
    int strings = 0;
    for (const embedded::EmbeddedFile& file : embedded::webFiles()) {
        if (!file.path.starts_with("templates/"))
            continue;
        for (const std::string& text : Template::translatableStrings(file.content)) {
            ++strings;
            if (kSameInFrench.contains(text))
                continue;
            EXPECT_NE(french.translate("Web", text.c_str()), text)
                << file.path << ": \"" << text << "\" has no French translation";
        }
    }
    EXPECT_GT(strings, 150);
}

TEST(WebPagesTranslationTest, TemplateStringsAreTranslatedAtCompileTimeAndEscaped)
{
    const Template page("page", "<p title=\"{{\"Say <hi>\"}}\">{{\"Sign in\"}} {{name}}</p>",
                        [](const std::string& text) {
                            return text == "Sign in" ? std::string("Se connecter") : text;
                        });
    TemplateContext context;
    context.set("name", "Ana");
    EXPECT_EQ(page.render(context).markup, "<p title=\"Say &lt;hi&gt;\">Se connecter Ana</p>");
    EXPECT_EQ(Template::translatableStrings("a {{\"One\"}} b {{two}} {{\"Three\"}}"),
              (std::vector<std::string>{"One", "Three"}));
}

TEST(WebPagesTranslationTest, EveryEmbeddedTemplateCompilesInBothLanguages)
{
    EXPECT_NO_THROW(PageRenderer());
    const PageRenderer renderer;
    EXPECT_TRUE(renderer.assetUrl("app.css").starts_with("/static/app.css?v="));
    EXPECT_THROW(renderer.assetUrl("missing.css"), std::logic_error);
}

} // namespace
} // namespace ebm::web
