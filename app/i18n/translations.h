#pragma once

// The user interface language: BatchDesk's own translations (embedded as :/i18n/*.qm) and
// Qt's (standard buttons, wizard navigation), installed on the application and swapped while
// it runs. Widgets retranslate on QEvent::LanguageChange; numbers, dates and percentages follow
// QLocale(), which is set to the chosen language here.

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

#include <memory>

class QSettings;
class QTranslator;

namespace BatchDesk::App {

struct LanguageOption
{
    QString code;       // "de", "en", … (ISO 639-1)
    QString nativeName; // "Deutsch", "English", … — written in the language itself on purpose
};

class Translations final : public QObject
{
    Q_OBJECT

public:
    // `settings` (may be null) holds the user's choice under kSettingsKey; it must outlive this.
    explicit Translations(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~Translations() override;

    // The settings key of the override; an empty or missing value follows the system.
    static constexpr const char *kSettingsKey = "ui/language";

    // English (the source language) and every language with an embedded translation.
    static QList<LanguageOption> languages();
    // The language the system asks for, as one of languages() ("en" when none matches).
    static QString systemLanguage();

    // Installs the saved choice (or the system language). Call once at start-up.
    void restore();
    // The user's choice: a code from languages(), or empty to follow the system. Saved and
    // applied at once; unknown codes are refused (returns false, nothing changes).
    bool choose(const QString &code);

    QString choice() const { return m_choice; }   // what the user chose ("" = system)
    QString language() const { return m_language; } // the language in effect

signals:
    void languageChanged(const QString &language);

private:
    void apply(const QString &language);

    QSettings *m_settings;
    QString m_choice;
    QString m_language;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace BatchDesk::App
