#pragma once

#include <string>
#include <vector>

class QTranslator;

// Marks a source text for lupdate where it is declared (in a table); translate it where it is
// used with Translator::translate and the same context. Same name as Qt's macro on purpose.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, sourceText) sourceText
#endif

namespace ebm::i18n
{

// Translates the server's user-visible strings (emails, invoices, pages) for one locale through
// the Qt Linguist files.
class Translator final
{
public:
    // "fr" or "en"; anything else falls back to "en", the source language.
    explicit Translator(std::string locale);

    const std::string& locale() const;
    // UTF-8 in and out; the source text itself when the catalogue has no translation. Write
    // calls with literal arguments, translate("Context", "Text"), so lupdate extracts them.
    std::string translate(const char* context, const char* sourceText) const;
    // The name of a supported locale in this translator's language ("en" → "Anglais" in French).
    std::string languageName(const std::string& locale) const;

private:
    std::string m_locale;
    const QTranslator* m_catalogue;
};

// Replaces each %1..%9 with the matching UTF-8 argument in one pass, the way QString::arg does;
// inserted text is not scanned again, and placeholders without an argument stay as they are.
std::string substitute(std::string text, const std::vector<std::string>& arguments);

} // namespace ebm::i18n
