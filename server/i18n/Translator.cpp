#include "i18n/Translator.h"

#include <QString>
#include <QTranslator>

#include <memory>
#include <utility>

namespace ebm::i18n
{
namespace
{

const std::string SourceLocale = "en";
const std::string FrenchLocale = "fr";

std::string supportedLocale(std::string locale)
{
    return locale == FrenchLocale ? locale : SourceLocale;
}

// Loads :/i18n/ebm_server_<locale>.qm, which qt_add_translations embeds in ebm_server_lib.
std::unique_ptr<QTranslator> loadCatalogue(const std::string& locale)
{
    auto catalogue = std::make_unique<QTranslator>();
    const QString name = QStringLiteral("ebm_server_") + QString::fromStdString(locale);
    if (!catalogue->load(name, QStringLiteral(":/i18n"))) {
        return nullptr;
    }
    return catalogue;
}

// One catalogue per locale for the whole process, loaded on first use; the initialisation of a
// function-local static is thread-safe, and QTranslator::translate is read-only afterwards.
const QTranslator* catalogueFor(const std::string& locale)
{
    if (locale != FrenchLocale) {
        return nullptr;
    }
    static const std::unique_ptr<QTranslator> french = loadCatalogue(FrenchLocale);
    return french.get();
}

std::size_t argumentIndex(char digit)
{
    return digit >= '1' && digit <= '9' ? static_cast<std::size_t>(digit - '1') : std::string::npos;
}

} // namespace

Translator::Translator(std::string locale)
    : m_locale(supportedLocale(std::move(locale)))
    , m_catalogue(catalogueFor(m_locale))
{
}

const std::string& Translator::locale() const
{
    return m_locale;
}

std::string Translator::translate(const char* context, const char* sourceText) const
{
    if (m_catalogue == nullptr) {
        return sourceText;
    }
    const QString translated = m_catalogue->translate(context, sourceText);
    return translated.isEmpty() ? std::string(sourceText) : translated.toStdString();
}

std::string Translator::languageName(const std::string& locale) const
{
    if (supportedLocale(locale) == FrenchLocale) {
        return translate("Locale", "French");
    }
    return translate("Locale", "English");
}

std::string substitute(std::string text, const std::vector<std::string>& arguments)
{
    std::size_t position = text.find('%');
    while (position != std::string::npos && position + 1 < text.size()) {
        const std::size_t index = argumentIndex(text[position + 1]);
        if (index < arguments.size()) {
            text.replace(position, 2, arguments[index]);
            position += arguments[index].size();
        } else {
            ++position;
        }
        position = text.find('%', position);
    }
    return text;
}

} // namespace ebm::i18n
