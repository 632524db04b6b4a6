#include "services/NotificationTexts.h"

#include "app/EmbeddedFiles.h"
#include "billing/LocaleFormat.h"
#include "domain/DomainError.h"
#include "mail/EmailComposer.h"
#include "web/Template.h"

#include <map>
#include <regex>
#include <stdexcept>
#include <string_view>
#include <utility>

namespace ebm::services
{

namespace
{

constexpr std::string_view kTitlePrefix = "Title: ";
constexpr std::string_view kExtension = ".txt";
constexpr std::size_t kMaxArguments = 9; // %1 … %9
const char* const kLocales[] = {"fr", "en"};

// One kind's template, split into its title line and its text.
struct Parts
{
    web::Template title;
    web::Template text;
};

std::string_view trimmed(std::string_view text)
{
    constexpr std::string_view kSpace = " \t\r\n";
    const std::size_t first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

Parts compile(const std::string& path, std::string_view source,
              const web::Template::Translate& translate)
{
    const std::size_t endOfTitle = source.find('\n');
    const std::string_view rest =
        endOfTitle == std::string_view::npos ? std::string_view() : source.substr(endOfTitle + 1);
    if (!source.starts_with(kTitlePrefix) || endOfTitle == std::string_view::npos ||
        !trimmed(rest.substr(0, rest.find('\n'))).empty())
        throw std::logic_error("notification template " + path +
                               " does not start with its title line and a blank line");
    const std::string_view title =
        trimmed(source.substr(kTitlePrefix.size(), endOfTitle - kTitlePrefix.size()));
    const std::string_view text = trimmed(rest);
    using web::Template;
    return {Template(path + " (title)", title, translate, Template::Output::Text),
            Template(path, text, translate, Template::Output::Text)};
}

// Every embedded template compiled for each language, by (locale, kind).
const std::map<std::pair<std::string, std::string>, Parts>& templates()
{
    static const auto compiled = [] {
        std::map<std::pair<std::string, std::string>, Parts> all;
        for (const char* locale : kLocales) {
            const i18n::Translator translator(locale);
            const web::Template::Translate translate = [&translator](const std::string& text) {
                return translator.translate("Email", text.c_str());
            };
            for (const embedded::EmbeddedFile& file : embedded::notificationFiles()) {
                if (!file.path.ends_with(kExtension))
                    continue;
                const std::string path(file.path);
                const std::string kind = path.substr(0, path.size() - kExtension.size());
                all.emplace(std::make_pair(std::string(locale), kind),
                            compile(path, file.content, translate));
            }
        }
        return all;
    }();
    return compiled;
}

// One stored argument as the reader's language writes it. CustomerEvents stores dates as
// "2024-02-29" and amounts as "1234.50 EUR", free of any language; anything else is shown as is.
std::string inLanguage(const std::string& argument, const std::string& locale)
{
    static const std::regex kDate(R"(\d{4}-\d{2}-\d{2})");
    static const std::regex kAmount(R"((-?\d+(?:\.\d+)?) ([A-Z]{3}))");
    if (std::regex_match(argument, kDate))
        return billing::formatDay(argument + "T00:00:00Z", locale);
    std::smatch amount;
    if (!std::regex_match(argument, amount, kAmount) || !Currency::isKnown(amount.str(2)))
        return argument;
    try {
        return billing::formatMoney(Money::parse(amount.str(1), Currency::fromCode(amount.str(2))),
                                    locale);
    } catch (const DomainError&) {
        return argument; // more decimals than the currency has: not an amount CustomerEvents wrote
    }
}

// The arguments as the text shows them, named by their position ("1", "2", …): a quota's metric
// by its translated name, dates and amounts in the reader's language, a missing one as its own
// placeholder.
web::TemplateContext shownArguments(const store::NotificationRecord& notification,
                                    const i18n::Translator& t)
{
    std::vector<std::string> arguments = notification.arguments;
    for (std::string& argument : arguments)
        argument = inLanguage(argument, t.locale());
    if (notification.kind == "quota_threshold" && !arguments.empty())
        arguments.front() = mail::EmailComposer::metricLabel(t.locale(), arguments.front());
    web::TemplateContext values;
    for (std::size_t position = 1; position <= kMaxArguments; ++position) {
        const std::string name = std::to_string(position);
        values.set(name, position <= arguments.size() ? arguments[position - 1] : "%" + name);
    }
    return values;
}

} // namespace

NotificationTexts::Rendered NotificationTexts::render(const store::NotificationRecord& notification,
                                                      const i18n::Translator& t)
{
    const auto found = templates().find({t.locale(), notification.kind});
    if (found == templates().end())
        return {notification.eventType, {}};
    const web::TemplateContext values = shownArguments(notification, t);
    return {found->second.title.render(values).markup, found->second.text.render(values).markup};
}

std::vector<std::string> NotificationTexts::kinds()
{
    std::vector<std::string> kinds;
    for (const auto& [key, parts] : templates())
        if (key.first == kLocales[0])
            kinds.push_back(key.second);
    return kinds;
}

} // namespace ebm::services
