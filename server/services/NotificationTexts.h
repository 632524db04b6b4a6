#pragma once

#include "i18n/Translator.h"
#include "store/NotificationRepository.h"

#include <string>

namespace ebm::services
{

// The title and text of an in-portal notification in one language, through the Linguist files;
// rendered when read, so they follow the organization's current language.
class NotificationTexts final
{
public:
    struct Rendered
    {
        std::string title;
        std::string text;
    };

    // An unknown kind shows its event type as the title.
    static Rendered render(const store::NotificationRecord& notification,
                           const i18n::Translator& t);
};

} // namespace ebm::services
