#include "web/Template.h"

#include "i18n/Translator.h"

#include <sstream>
#include <stdexcept>

namespace ebm::web
{

// One piece of a compiled template: literal markup, a value, or a (possibly inverted) section.
struct Template::Node
{
    enum class Kind
    {
        Literal,
        Value,
        Sentence,
        Section,
        InvertedSection
    };

    Kind kind = Kind::Literal;
    std::string text; // the markup of a literal or a sentence, the name of the others
    std::vector<Node> children;
    std::vector<std::string> arguments; // the names a sentence's %1, %2… stand for
};

namespace
{

using Node = Template::Node;
using Stack = std::vector<const TemplateContext*>;

bool isTranslatable(const std::string& tag)
{
    return tag.size() >= 2 && tag.front() == '"' && tag.find('"', 1) != std::string::npos;
}

std::string escaped(std::string_view text, Template::Output output)
{
    return output == Template::Output::Html ? escapeHtml(text) : std::string(text);
}

struct Parser
{
    const std::string& name;
    std::string_view source;
    const Template::Translate& translate;
    Template::Output output;
    std::size_t position = 0;

    [[noreturn]] void fail(const std::string& problem) const
    {
        throw std::invalid_argument("template " + name + ": " + problem);
    }

    // Parses until {{/closing}} (or the end when closing is empty).
    std::vector<Node> parse(const std::string& closing)
    {
        std::vector<Node> nodes;
        while (position < source.size()) {
            const std::size_t open = source.find("{{", position);
            if (open != position) {
                const std::size_t end = open == std::string_view::npos ? source.size() : open;
                nodes.push_back({Node::Kind::Literal,
                                 std::string(source.substr(position, end - position)),
                                 {},
                                 {}});
                position = end;
                continue;
            }
            const std::size_t close = source.find("}}", open);
            if (close == std::string_view::npos)
                fail("a {{ is never closed");
            const std::string tag(source.substr(open + 2, close - open - 2));
            position = close + 2;
            if (tag.empty())
                fail("an empty {{}}");
            if (tag[0] == '/') {
                if (tag.substr(1) != closing)
                    fail("{{" + tag + "}} closes nothing open");
                return nodes;
            }
            nodes.push_back(tagNode(tag));
        }
        if (!closing.empty())
            fail("{{#" + closing + "}} is never closed");
        return nodes;
    }

    // {{"Text"}} or {{"Text with %1 and %2" first second}}.
    Node sentenceNode(const std::string& tag)
    {
        const std::size_t close = tag.find('"', 1);
        const std::string sourceText = tag.substr(1, close - 1);
        Node node{Node::Kind::Literal,
                  escaped(translate ? translate(sourceText) : sourceText, output),
                  {},
                  {}};
        std::istringstream names(tag.substr(close + 1));
        for (std::string argument; names >> argument;)
            node.arguments.push_back(argument);
        if (!node.arguments.empty())
            node.kind = Node::Kind::Sentence;
        return node;
    }

    Node tagNode(const std::string& tag)
    {
        if (isTranslatable(tag))
            return sentenceNode(tag);
        if (tag[0] != '#' && tag[0] != '^')
            return {Node::Kind::Value, tag, {}, {}};
        const std::string section = tag.substr(1);
        if (section.empty())
            fail("a section without a name");
        return {tag[0] == '#' ? Node::Kind::Section : Node::Kind::InvertedSection,
                section,
                parse(section),
                {}};
    }
};

const TemplateValue* lookup(const Stack& stack, const std::string& name)
{
    for (auto context = stack.rbegin(); context != stack.rend(); ++context) {
        const auto found = (*context)->values.find(name);
        if (found != (*context)->values.end())
            return &found->second;
    }
    return nullptr;
}

bool isTruthy(const TemplateValue& value)
{
    if (const auto* flag = std::get_if<bool>(&value))
        return *flag;
    if (const auto* text = std::get_if<std::string>(&value))
        return !text->empty();
    if (const auto* html = std::get_if<Html>(&value))
        return !html->markup.empty();
    return !std::get<std::vector<TemplateContext>>(value).empty();
}

// Renders the nodes of one template into `out`, escaping values for its output.
struct Renderer
{
    const std::string& templateName;
    Template::Output output;
    Stack stack;
    std::string out;

    const TemplateValue& required(const std::string& name) const
    {
        const TemplateValue* value = lookup(stack, name);
        if (value == nullptr)
            throw std::logic_error("template " + templateName + ": nothing defines {{" + name +
                                   "}}");
        return *value;
    }

    // A value as it is shown: text escaped, Html as it is.
    std::string shown(const std::string& name) const
    {
        const TemplateValue& value = required(name);
        if (const auto* text = std::get_if<std::string>(&value))
            return escaped(*text, output);
        if (const auto* html = std::get_if<Html>(&value))
            return html->markup;
        throw std::logic_error("template " + templateName + ": {{" + name +
                               "}} is a flag or a list, not something to show");
    }

    void renderSentence(const Node& node)
    {
        std::vector<std::string> arguments;
        for (const std::string& name : node.arguments)
            arguments.push_back(shown(name));
        out += i18n::substitute(node.text, arguments);
    }

    void renderSection(const Node& node)
    {
        const TemplateValue& value = required(node.text);
        const bool truthy = isTruthy(value);
        if (node.kind == Node::Kind::InvertedSection) {
            if (!truthy)
                render(node.children);
            return;
        }
        if (!truthy)
            return;
        const auto* list = std::get_if<std::vector<TemplateContext>>(&value);
        if (list == nullptr) {
            render(node.children);
            return;
        }
        for (const TemplateContext& item : *list) {
            stack.push_back(&item);
            render(node.children);
            stack.pop_back();
        }
    }

    void render(const std::vector<Node>& nodes)
    {
        for (const Node& node : nodes) {
            if (node.kind == Node::Kind::Literal)
                out += node.text;
            else if (node.kind == Node::Kind::Value)
                out += shown(node.text);
            else if (node.kind == Node::Kind::Sentence)
                renderSentence(node);
            else
                renderSection(node);
        }
    }
};

} // namespace

Template::Template(std::string name, std::string_view source, const Translate& translate,
                   Output output)
    : m_name(std::move(name))
    , m_output(output)
{
    Parser parser{m_name, source, translate, output};
    m_nodes = std::make_shared<const std::vector<Node>>(parser.parse(""));
}

std::vector<std::string> Template::translatableStrings(std::string_view source)
{
    std::vector<std::string> strings;
    std::size_t position = 0;
    while ((position = source.find("{{\"", position)) != std::string_view::npos) {
        const std::size_t close = source.find('"', position + 3);
        if (close == std::string_view::npos)
            break;
        strings.emplace_back(source.substr(position + 3, close - position - 3));
        position = close + 1;
    }
    return strings;
}

Html Template::render(const TemplateContext& context) const
{
    Renderer renderer{m_name, m_output, {&context}, {}};
    renderer.render(*m_nodes);
    return {std::move(renderer.out)};
}

std::string escapeHtml(std::string_view text)
{
    std::string escaped;
    escaped.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            escaped += "&amp;";
            break;
        case '<':
            escaped += "&lt;";
            break;
        case '>':
            escaped += "&gt;";
            break;
        case '"':
            escaped += "&quot;";
            break;
        case '\'':
            escaped += "&#39;";
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

} // namespace ebm::web
