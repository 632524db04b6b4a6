#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

// Installs the console's Qt Linguist catalogue for the user's chosen language, or for the
// system locale when none is chosen; the choice is kept in QSettings.
class Translations final : public QObject
{
    Q_OBJECT

public:
    explicit Translations(QObject* parent = nullptr);
    ~Translations() override;

    static QStringList availableLanguages();
    static QString matchLanguage(const QStringList& uiLanguages);

    QString preferredLanguage() const;
    void setPreferredLanguage(const QString& language);
    QString activeLanguage() const;
    void apply();

signals:
    void languageChanged(const QString& language);

private:
    bool install(const QString& language);
    void uninstall();

    QTranslator m_consoleTranslator;
    QTranslator m_qtTranslator;
    QString m_activeLanguage;
};
