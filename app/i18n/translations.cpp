#include "app/i18n/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

// Quiet unless asked for (QT_LOGGING_RULES="batchdesk.i18n.debug=true"): the CLI writes to a terminal.
Q_LOGGING_CATEGORY(lcTranslations, "batchdesk.i18n", QtInfoMsg)

namespace BatchDesk::App {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");
const QString kSourceLanguage = QStringLiteral("en");

QString qmPath(const QString &language)
{
    return kResourceDir + QStringLiteral("/batchdesk_") + language + QStringLiteral(".qm");
}

// "de-AT", "de_AT" → "de".
QString languagePart(const QString &uiLanguage)
{
    return uiLanguage.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

// English (the source language) and every language with an embedded translation file.
QList<LanguageOption> embeddedLanguages()
{
    QList<LanguageOption> result;
    const QStringList files = QDir(kResourceDir).entryList({QStringLiteral("batchdesk_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = QFileInfo(file).completeBaseName().section(QLatin1Char('_'), 1);
        QString name = code == kSourceLanguage ? QStringLiteral("English") : QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        result.append({code, name});
    }
    if (std::none_of(result.cbegin(), result.cend(), [](const LanguageOption &o) { return o.code == kSourceLanguage; }))
        result.append({kSourceLanguage, QStringLiteral("English")});
    std::sort(result.begin(), result.end(), [](const LanguageOption &a, const LanguageOption &b) { return a.code < b.code; });
    return result;
}

bool isAvailable(const QString &code)
{
    const QList<LanguageOption> all = Translations::languages();
    return std::any_of(all.cbegin(), all.cend(), [&](const LanguageOption &o) { return o.code == code; });
}

// Qt's own strings (dialog buttons, the wizard's Back/Next). Debian installs them under
// Qt's translations path; windeployqt and macdeployqt copy them next to the application.
std::unique_ptr<QTranslator> loadQtTranslations(const QString &language)
{
    auto translator = std::make_unique<QTranslator>();
    const QStringList dirs{QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                           QCoreApplication::applicationDirPath() + QStringLiteral("/translations"),
                           QCoreApplication::applicationDirPath() + QStringLiteral("/../Resources/translations")};
    for (const QString &dir : dirs) {
        if (translator->load(QStringLiteral("qtbase_") + language, dir))
            return translator;
    }
    qCDebug(lcTranslations) << "no Qt translations for" << language << "in" << dirs;
    return nullptr;
}

} // namespace

Translations::Translations(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

Translations::~Translations()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QList<LanguageOption> Translations::languages()
{
    // The embedded files do not change while the program runs: listed once.
    static const QList<LanguageOption> all = embeddedLanguages();
    return all;
}

QString Translations::systemLanguage()
{
    // The first of the user's preferred languages that BatchDesk speaks.
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = languagePart(ui);
        if (isAvailable(code))
            return code;
    }
    return kSourceLanguage;
}

void Translations::restore()
{
    QString saved = m_settings ? m_settings->value(QLatin1String(kSettingsKey)).toString() : QString();
    if (!saved.isEmpty() && !isAvailable(saved)) {
        qCWarning(lcTranslations) << "the saved language" << saved << "is not available; following the system";
        saved.clear();
    }
    m_choice = saved;
    apply(saved.isEmpty() ? systemLanguage() : saved);
}

bool Translations::choose(const QString &code)
{
    if (!code.isEmpty() && !isAvailable(code))
        return false;
    m_choice = code;
    if (m_settings) {
        if (code.isEmpty())
            m_settings->remove(QLatin1String(kSettingsKey));
        else
            m_settings->setValue(QLatin1String(kSettingsKey), code);
    }
    apply(code.isEmpty() ? systemLanguage() : code);
    return true;
}

void Translations::apply(const QString &language)
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();

    // Numbers, dates and percentages: the system's own settings when it speaks this language
    // (de_AT stays Austrian), else the language's usual region.
    const QLocale system = QLocale::system();
    const QLocale locale = languagePart(system.name()) == language ? system : QLocale(language);
    QLocale::setDefault(locale);

    if (language != kSourceLanguage)
        m_qt = loadQtTranslations(language);
    // English has a file too: it holds only the plural forms ("1 batch", "2 batches").
    auto app = std::make_unique<QTranslator>();
    if (app->load(qmPath(language)))
        m_app = std::move(app);
    else
        qCWarning(lcTranslations) << "could not load" << qmPath(language);

    // Installed last, searched first: BatchDesk's words win over Qt's.
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    if (m_app)
        QCoreApplication::installTranslator(m_app.get());
    m_language = language;
    qCDebug(lcTranslations) << "language" << language << "locale" << locale.name();
    emit languageChanged(language);
}

} // namespace BatchDesk::App
