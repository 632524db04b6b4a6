#pragma once

#include "store/OutboxRepository.h"
#include "web/Template.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace ebm::mail
{

// The emails' templates from resources/email, compiled once for each language: <name>.txt is
// the subject line ("Subject: …") then the text part, <name>.html the HTML part's content;
// layout.txt and layout.html wrap every email.
class EmailTemplates final
{
public:
    // The templates embedded in the binary.
    static const EmailTemplates& embedded();

    // The email `name` for `recipient` in `locale` ("fr", else English), its {{names}} filled
    // from `values`. Throws std::logic_error for an unknown email or a value nothing defines.
    store::OutboundEmail render(const std::string& name, const std::string& locale,
                                const std::string& recipient,
                                const web::TemplateContext& values) const;

    // Every email's name, in order.
    std::vector<std::string> names() const;

private:
    EmailTemplates();

    struct Parts
    {
        web::Template text;
        web::Template html;
    };

    const Parts& parts(const std::string& name, const std::string& locale) const;

    std::map<std::pair<std::string, std::string>, Parts> m_emails; // (locale, name)
    std::map<std::string, Parts> m_layouts;                        // by locale
};

} // namespace ebm::mail
