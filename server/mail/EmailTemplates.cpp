#include "mail/EmailTemplates.h"

#include "app/EmbeddedFiles.h"
#include "i18n/Translator.h"

#include <set>
#include <stdexcept>

namespace ebm::mail
{

namespace
{

constexpr std::string_view kSubjectPrefix = "Subject: ";
constexpr std::string_view kLayout = "layout";
constexpr std::string_view kSignatureSeparator = "-- "; // keeps its space (RFC 3676)
const char* const kLocales[] = {"fr", "en"};

std::string_view contentOf(const std::string& path)
{
    for (const embedded::EmbeddedFile& file : embedded::emailFiles())
        if (file.path == path)
            return file.content;
    throw std::logic_error("no email template " + path);
}

// The names of the embedded emails: every <name>.txt but the layout.
std::set<std::string> embeddedNames()
{
    std::set<std::string> names;
    for (const embedded::EmbeddedFile& file : embedded::emailFiles())
        if (file.path.ends_with(".txt"))
            names.emplace(file.path.substr(0, file.path.size() - 4));
    names.erase(std::string(kLayout));
    return names;
}

// Rendered text as it is sent: no trailing spaces, at most one blank line in a row (sections
// leave empty lines behind), none at the start or the end.
std::string tidy(const std::string& text)
{
    std::string tidied;
    std::string line;
    int blankLines = 0;
    auto flush = [&]() {
        while (line != kSignatureSeparator && !line.empty() &&
               (line.back() == ' ' || line.back() == '\r'))
            line.pop_back();
        blankLines = line.empty() ? blankLines + 1 : 0;
        if (blankLines == 0 || (blankLines == 1 && !tidied.empty()))
            tidied += line + "\n";
        line.clear();
    };
    for (const char c : text) {
        if (c == '\n')
            flush();
        else
            line += c;
    }
    flush();
    while (!tidied.empty() && tidied.back() == '\n')
        tidied.pop_back();
    return tidied;
}

} // namespace

const EmailTemplates& EmailTemplates::embedded()
{
    static const EmailTemplates templates;
    return templates;
}

EmailTemplates::EmailTemplates()
{
    using web::Template;
    for (const char* locale : kLocales) {
        const i18n::Translator translator(locale);
        const Template::Translate translate = [&translator](const std::string& text) {
            return translator.translate("Email", text.c_str());
        };
        auto compile = [&](const std::string& name) {
            return Parts{Template(name + ".txt", contentOf(name + ".txt"), translate,
                                  Template::Output::Text),
                         Template(name + ".html", contentOf(name + ".html"), translate)};
        };
        m_layouts.emplace(locale, compile(std::string(kLayout)));
        for (const std::string& name : embeddedNames())
            m_emails.emplace(std::make_pair(std::string(locale), name), compile(name));
    }
}

std::vector<std::string> EmailTemplates::names() const
{
    const std::set<std::string> names = embeddedNames();
    return {names.begin(), names.end()};
}

const EmailTemplates::Parts& EmailTemplates::parts(const std::string& name,
                                                   const std::string& locale) const
{
    const auto found = m_emails.find({locale == "fr" ? "fr" : "en", name});
    if (found == m_emails.end())
        throw std::logic_error("no email template " + name);
    return found->second;
}

store::OutboundEmail EmailTemplates::render(const std::string& name, const std::string& locale,
                                            const std::string& recipient,
                                            const web::TemplateContext& values) const
{
    const Parts& email = parts(name, locale);
    const std::string text = tidy(email.text.render(values).markup);
    const std::size_t endOfSubject = text.find('\n');
    if (!text.starts_with(kSubjectPrefix) || endOfSubject == std::string::npos)
        throw std::logic_error("email template " + name + ".txt does not start with its subject");

    store::OutboundEmail rendered;
    rendered.templateName = name;
    rendered.locale = locale == "fr" ? "fr" : "en";
    rendered.recipient = recipient;
    rendered.subject = text.substr(kSubjectPrefix.size(), endOfSubject - kSubjectPrefix.size());

    const Parts& layout = m_layouts.at(rendered.locale);
    web::TemplateContext page;
    page.set("lang", rendered.locale)
        .set("title", rendered.subject)
        .set("content", tidy(text.substr(endOfSubject + 1)));
    rendered.bodyText = tidy(layout.text.render(page).markup) + "\n";
    page.set("content", email.html.render(values));
    rendered.bodyHtml = layout.html.render(page).markup;
    return rendered;
}

} // namespace ebm::mail
