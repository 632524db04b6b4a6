#include "web/Template.h"

#include <gtest/gtest.h>
#include <stdexcept>

namespace ebm::web
{
namespace
{

std::vector<TemplateContext> items(std::initializer_list<const char*> names)
{
    std::vector<TemplateContext> list;
    for (const char* name : names)
        list.push_back(TemplateContext().set("name", name));
    return list;
}

TEST(TemplateTest, TextIsEscapedAndHtmlIsNot)
{
    const Template page("page", "<p title=\"{{title}}\">{{body}}</p>{{footer}}");
    TemplateContext context;
    context.set("title", "\"quoted\" & 'single'")
        .set("body", "<script>alert(1)</script>")
        .set("footer", Html{"<footer>ok</footer>"});
    EXPECT_EQ(page.render(context).markup,
              "<p title=\"&quot;quoted&quot; &amp; &#39;single&#39;\">&lt;script&gt;alert(1)&lt;/"
              "script&gt;</p><footer>ok</footer>");
}

TEST(TemplateTest, SectionsRepeatListsAndNamesAreFoundOutwards)
{
    const Template list("list", "<ul>{{#plans}}<li>{{name}} {{currency}}</li>{{/plans}}</ul>");
    TemplateContext context;
    context.set("plans", items({"Bronze", "Silver"})).set("currency", "EUR");
    EXPECT_EQ(list.render(context).markup, "<ul><li>Bronze EUR</li><li>Silver EUR</li></ul>");
}

TEST(TemplateTest, FlagsTextAndInvertedSections)
{
    const Template badge("badge", "{{#popular}}[popular]{{/popular}}{{^popular}}[plain]{{/popular}}"
                                  "{{#note}}({{note}}){{/note}}{{^plans}}none{{/plans}}");
    TemplateContext context;
    context.set("popular", true).set("note", "").set("plans", std::vector<TemplateContext>{});
    EXPECT_EQ(badge.render(context).markup, "[popular]none");
    context.set("popular", false).set("note", "x");
    EXPECT_EQ(badge.render(context).markup, "[plain](x)none");
}

TEST(TemplateTest, ValuesAreNotScannedAgain)
{
    const Template page("page", "{{a}}{{b}}");
    TemplateContext context;
    context.set("a", "{{b}}").set("b", Html{"{{a}}"});
    EXPECT_EQ(page.render(context).markup, "{{b}}{{a}}");
}

TEST(TemplateTest, UnbalancedTemplatesAreRefusedWhenCompiled)
{
    EXPECT_THROW(Template("a", "{{#list}}never closed"), std::invalid_argument);
    EXPECT_THROW(Template("b", "{{/list}}"), std::invalid_argument);
    EXPECT_THROW(Template("c", "{{#a}}{{/b}}"), std::invalid_argument);
    EXPECT_THROW(Template("d", "{{open"), std::invalid_argument);
    EXPECT_THROW(Template("e", "{{}}"), std::invalid_argument);
}

TEST(TemplateTest, AnUndefinedNameIsAnErrorNotAnEmptySpot)
{
    const Template page("page", "Hello {{nmae}}");
    TemplateContext context;
    context.set("name", "Awa");
    try {
        page.render(context);
        FAIL() << "expected an error";
    } catch (const std::logic_error& error) {
        EXPECT_NE(std::string(error.what()).find("{{nmae}}"), std::string::npos);
    }
}

TEST(TemplateTest, ASentenceIsTranslatedWholeThenFilledWithEscapedValues)
{
    const Template page(
        "page", "<p>{{\"Paid until %1 by %2\" end payer}}</p>", [](const std::string& text) {
            return text == "Paid until %1 by %2" ? std::string("%2 a payé <%1>") : text;
        });
    TemplateContext context;
    context.set("end", "2024-02-29").set("payer", "A&B <Co>");
    EXPECT_EQ(page.render(context).markup, "<p>A&amp;B &lt;Co&gt; a payé &lt;2024-02-29&gt;</p>");
    EXPECT_THROW(page.render(TemplateContext().set("end", "x")), std::logic_error);
}

TEST(TemplateTest, ATextTemplateEscapesNothing)
{
    const Template text("text", "{{\"Hello <%1>\" name}} & {{name}}", {}, Template::Output::Text);
    EXPECT_EQ(text.render(TemplateContext().set("name", "A&B")).markup, "Hello <A&B> & A&B");
}

TEST(TemplateTest, SentenceSourceTextsAreListedWithoutTheirValues)
{
    EXPECT_EQ(Template::translatableStrings("{{\"One\"}} {{two}} {{\"Three %1 %2\" a b}}"),
              (std::vector<std::string>{"One", "Three %1 %2"}));
}

} // namespace
} // namespace ebm::web
