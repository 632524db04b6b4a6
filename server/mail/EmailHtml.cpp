#include "mail/EmailHtml.h"

#include "app/EmbeddedFiles.h"
#include "web/Template.h"

#include <vector>

namespace ebm::mail
{

using web::escapeHtml;

namespace
{

std::vector<std::string> paragraphsOf(const std::string& text)
{
    std::vector<std::string> paragraphs;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find("\n\n", start);
        std::string paragraph = text.substr(start, end == std::string::npos ? end : end - start);
        while (!paragraph.empty() && (paragraph.back() == '\n' || paragraph.back() == ' '))
            paragraph.pop_back();
        if (!paragraph.empty())
            paragraphs.push_back(paragraph);
        if (end == std::string::npos)
            break;
        start = end + 2;
    }
    return paragraphs;
}

bool isLink(const std::string& paragraph)
{
    return (paragraph.rfind("https://", 0) == 0 || paragraph.rfind("http://", 0) == 0) &&
           paragraph.find_first_of(" \n") == std::string::npos;
}

std::string withLineBreaks(const std::string& escaped)
{
    std::string html;
    for (const char c : escaped)
        html += c == '\n' ? std::string("<br>") : std::string(1, c);
    return html;
}

std::string linkHtml(const std::string& url, const std::string& label)
{
    const std::string href = escapeHtml(url);
    return "<p style=\"margin:24px 0;\"><a href=\"" + href +
           "\" style=\"display:inline-block;padding:12px 20px;background:#1f4e79;color:#ffffff;"
           "text-decoration:none;border-radius:6px;font-weight:bold;\">" +
           escapeHtml(label) + "</a></p>\n<p style=\"font-size:12px;color:#6b7280;" +
           "word-break:break-all;\">" + href + "</p>\n";
}

} // namespace

std::string renderEmailHtml(const std::string& locale, const std::string& subject,
                            const std::string& bodyText, const EmailHtmlLabels& labels)
{
    std::string content;
    for (const std::string& paragraph : paragraphsOf(bodyText))
        content += isLink(paragraph) ? linkHtml(paragraph, labels.openLink)
                                     : "<p style=\"margin:0 0 16px;\">" +
                                           withLineBreaks(escapeHtml(paragraph)) + "</p>\n";
    static const web::Template layout("email layout", embedded::file_layout());
    web::TemplateContext values;
    values.set("content", web::Html{content})
        .set("lang", locale)
        .set("title", subject)
        .set("footer", labels.footer);
    return layout.render(values).markup;
}

} // namespace ebm::mail
