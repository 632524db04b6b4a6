#include "app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace
{
const QString SettingsKey = QStringLiteral("ui/language");
const QString SourceLanguage = QStringLiteral("en");
} // namespace

Translations::Translations(QObject* parent)
    : QObject(parent)
{
}

Translations::~Translations()
{
    uninstall();
}

QStringList Translations::availableLanguages()
{
    return {SourceLanguage, QStringLiteral("fr")};
}

QString Translations::matchLanguage(const QStringList& uiLanguages)
{
    for (const QString& uiLanguage : uiLanguages) {
        const QString language = QLocale(uiLanguage).name().section(QLatin1Char('_'), 0, 0);
        if (availableLanguages().contains(language)) {
            return language;
        }
    }
    return SourceLanguage;
}

QString Translations::preferredLanguage() const
{
    const QString language = QSettings().value(SettingsKey).toString();
    return availableLanguages().contains(language) ? language : QString();
}

void Translations::setPreferredLanguage(const QString& language)
{
    QSettings settings;
    if (availableLanguages().contains(language)) {
        settings.setValue(SettingsKey, language);
    } else {
        settings.remove(SettingsKey);
    }
    apply();
}

QString Translations::activeLanguage() const
{
    return m_activeLanguage;
}

void Translations::apply()
{
    QString language = preferredLanguage();
    if (language.isEmpty()) {
        language = matchLanguage(QLocale::system().uiLanguages());
    }
    if (language == m_activeLanguage) {
        return;
    }
    uninstall();
    m_activeLanguage = install(language) ? language : SourceLanguage;
    QLocale::setDefault(preferredLanguage().isEmpty() ? QLocale::system()
                                                      : QLocale(m_activeLanguage));
    emit languageChanged(language);
}

bool Translations::install(const QString& language)
{
    if (language == SourceLanguage) {
        return true;
    }
    if (!m_consoleTranslator.load(QStringLiteral("ebm_console_") + language,
                                  QStringLiteral(":/i18n"))) {
        return false;
    }
    QCoreApplication::installTranslator(&m_consoleTranslator);
    if (m_qtTranslator.load(QStringLiteral("qtbase_") + language,
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qtTranslator);
    }
    return true;
}

void Translations::uninstall()
{
    QCoreApplication::removeTranslator(&m_consoleTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
}
