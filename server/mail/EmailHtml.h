#pragma once

#include <string>

namespace ebm::mail
{

// The words of an email's HTML part that are not in its text: the link button's label and the
// footer, already translated.
struct EmailHtmlLabels
{
    std::string openLink;
    std::string footer;
};

// Renders an email's plain-text body as its HTML part inside the embedded layout
// (resources/email/layout.html): blank lines separate paragraphs, a paragraph that is only a
// link becomes a button followed by the address, everything else is escaped text.
std::string renderEmailHtml(const std::string& locale, const std::string& subject,
                            const std::string& bodyText, const EmailHtmlLabels& labels);

} // namespace ebm::mail
