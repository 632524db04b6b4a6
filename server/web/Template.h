#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ebm::web
{

// HTML the server produced itself (a rendered template): inserted as it is, never escaped.
struct Html
{
    std::string markup;
};

struct TemplateContext;

// What a template name stands for: text (escaped when shown), trusted Html, a flag, or a list of
// contexts that a section repeats.
using TemplateValue = std::variant<std::string, Html, bool, std::vector<TemplateContext>>;

// The names a template can use, and their values.
struct TemplateContext
{
    std::map<std::string, TemplateValue> values;

    TemplateContext& set(const std::string& name, TemplateValue value)
    {
        values[name] = std::move(value);
        return *this;
    }
};

// A compiled page template in a Mustache subset: {{name}} shows a value (text HTML-escaped,
// Html as it is), {{#name}}…{{/name}} renders its body for each context of a list, once for a
// true flag or non-empty text, never otherwise; {{^name}}…{{/name}} renders it only for what
// {{#name}} skips. Names are looked up in the section's context, then outwards. {{"Some text"}}
// is a user-visible string: translated when the template is compiled (for one language) and
// escaped; {{"Paid until %1 by %2" end payer}} fills its %1, %2… with the named values when
// rendered, so translators see whole sentences. Compiling refuses an unbalanced template;
// rendering refuses a name that nothing defines, so a typo is an error, never an empty spot.
// A Text template (an email's plain-text part) escapes nothing.
class Template final
{
public:
    // Turns the source text of a {{"…"}} string into the language the template is compiled for.
    using Translate = std::function<std::string(const std::string& sourceText)>;

    enum class Output
    {
        Html,
        Text
    };

    // Throws std::invalid_argument naming the template and the problem. Without `translate`,
    // {{"…"}} strings stay as written.
    Template(std::string name, std::string_view source, const Translate& translate = {},
             Output output = Output::Html);

    // The source text of every {{"…"}} string of a template, in order (for the translators'
    // catalogue).
    static std::vector<std::string> translatableStrings(std::string_view source);

    Html render(const TemplateContext& context) const;

    struct Node;

private:
    std::string m_name;
    Output m_output;
    std::shared_ptr<const std::vector<Node>> m_nodes;
};

// Escapes &, <, >, " and ' for HTML text and quoted attribute values.
std::string escapeHtml(std::string_view text);

} // namespace ebm::web
