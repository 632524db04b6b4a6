#include "mail/EmailHtml.h"

#include "app/EmbeddedFiles.h"

#include <map>
#include <string_view>
#include <vector>

namespace ebm::mail
{

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

// Replaces each {{name}} of the template in one pass, so inserted text is never scanned again.
std::string fillTemplate(std::string_view layout, const std::map<std::string, std::string>& values)
{
    std::string filled;
    std::size_t at = 0;
    for (std::size_t open = layout.find("{{"); open != std::string_view::npos;
         open = layout.find("{{", at)) {
        const std::size_t close = layout.find("}}", open);
        if (close == std::string_view::npos)
            break;
        filled.append(layout.substr(at, open - at));
        const auto value = values.find(std::string(layout.substr(open + 2, close - open - 2)));
        filled.append(value == values.end() ? std::string(layout.substr(open, close + 2 - open))
                                            : value->second);
        at = close + 2;
    }
    filled.append(layout.substr(at));
    return filled;
}

} // namespace

std::string escapeHtml(const std::string& text)
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

std::string renderEmailHtml(const std::string& locale, const std::string& subject,
                            const std::string& bodyText, const EmailHtmlLabels& labels)
{
    std::string content;
    for (const std::string& paragraph : paragraphsOf(bodyText))
        content += isLink(paragraph) ? linkHtml(paragraph, labels.openLink)
                                     : "<p style=\"margin:0 0 16px;\">" +
                                           withLineBreaks(escapeHtml(paragraph)) + "</p>\n";
    return fillTemplate(embedded::file_layout(), {{"content", content},
                                                  {"lang", escapeHtml(locale)},
                                                  {"title", escapeHtml(subject)},
                                                  {"footer", escapeHtml(labels.footer)}});
}

} // namespace ebm::mail
