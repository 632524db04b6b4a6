#pragma once

#include "i18n/Translator.h"
#include "store/NotificationRepository.h"

#include <string>
#include <vector>

namespace ebm::services
{

// The title and text of an in-portal notification in one language, from its kind's template in
// resources/notifications (<kind>.txt: "Title: …", a blank line, then the text), compiled once
// for each language with the emails' Linguist context, so a sentence an email also says has one
// translation. The stored arguments are named by their position: {{"… %1 … %2" 1 2}}. Rendered
// when read, so they follow the organization's current language.
class NotificationTexts final
{
public:
    struct Rendered
    {
        std::string title;
        std::string text;
    };

    // An unknown kind shows its event type as the title. A placeholder without its argument stays
    // as it is; a quota's metric ("servers", …) is shown by its translated name.
    static Rendered render(const store::NotificationRecord& notification,
                           const i18n::Translator& t);

    // Every kind that has a template, sorted.
    static std::vector<std::string> kinds();
};

} // namespace ebm::services
