// The translation files against the sources: lupdate runs here over the same directories and
// with the same options as the build's update_translations target, into copies of the
// committed .ts files. Any message it adds (a source string missing from a .ts), marks
// obsolete (a .ts entry no longer in the sources) or leaves unfinished fails the test, as do
// translations that drop a placeholder, markup or a plural form. The compiled .qm files are
// then loaded through App::Translations, which the app uses, and asked for real strings.

#include "app/i18n/translations.h"
#include "tsfile.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using BatchDesk::App::Translations;
using TestSupport::TsFile;
using TestSupport::TsMessage;

namespace {

const QString kSourceDir = QStringLiteral(BATCHDESK_SOURCE_DIR);
const QStringList kTranslatedLanguages{QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                                       QStringLiteral("pl")};

QString tsPath(const QString &language)
{
    return kSourceDir + QStringLiteral("/translations/batchdesk_") + language + QStringLiteral(".ts");
}

// Plural forms per language in Qt's rules: Polish has three (1, 2–4, 5+).
int pluralForms(const QString &language)
{
    return language == QLatin1String("pl") ? 3 : 2;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?n|%\\d+"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    QStringList list(found.cbegin(), found.cend());
    list.sort();
    return list;
}

QStringList markup(const QString &text)
{
    // The HTML the sources use; "<server URL>" and the like are words to translate.
    static const QRegularExpression re(QStringLiteral("</?(?:b|i|p|br|h[1-6]|ul|ol|li|a|span|small|table|tr|td|th|code|tt)\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    QStringList tags;
    for (auto it = re.globalMatch(text); it.hasNext();)
        tags << it.next().captured().toLower();
    tags.sort();
    return tags;
}

int accelerators(const QString &text)
{
    QString t = text;
    t.remove(QStringLiteral("&&"));
    return static_cast<int>(t.count(QLatin1Char('&')));
}

// Runs lupdate as the build does (app/CMakeLists.txt) on a copy of `language`'s file.
TsFile updatedCopy(const QString &language, const QTemporaryDir &dir, QString *log)
{
    const QString copy = dir.filePath(QStringLiteral("batchdesk_") + language + QStringLiteral(".ts"));
    QFile::remove(copy);
    if (!QFile::copy(tsPath(language), copy))
        return {{}, {}, QStringLiteral("cannot copy %1").arg(tsPath(language))};
    QStringList args;
    if (language == QLatin1String("en"))
        args << QStringLiteral("-pluralonly");
    // Not -no-obsolete: an entry the sources no longer have must show up as obsolete here.
    args << QStringLiteral("-locations") << QStringLiteral("none") << QStringLiteral("-I") << kSourceDir;
    for (const QString &sub : {QStringLiteral("client"), QStringLiteral("models"), QStringLiteral("ui"), QStringLiteral("app")})
        args << kSourceDir + QLatin1Char('/') + sub;
    args << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LUPDATE_PATH), args);
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0)
        return {{}, {}, QStringLiteral("lupdate failed: ") + QString::fromLocal8Bit(lupdate.readAll())};
    *log = QString::fromLocal8Bit(lupdate.readAll());
    return TestSupport::readTsFile(copy);
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tsFilesMatchTheSources_data();
    void tsFilesMatchTheSources();
    void translationsKeepPlaceholdersMarkupAndPlurals_data();
    void translationsKeepPlaceholdersMarkupAndPlurals();
    void everyContextIsAClass();
    void compiledLanguagesAreOffered();
    void chosenLanguageTranslatesAndFormats_data();
    void chosenLanguageTranslatesAndFormats();
    void englishPluralsComeFromTheEnglishFile();
    void choiceIsSavedAndRestored();
    void systemLocaleChoosesTheLanguage_data();
    void systemLocaleChoosesTheLanguage();

private:
    QTemporaryDir m_dir;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(LUPDATE_PATH)), LUPDATE_PATH);
}

void TestTranslations::tsFilesMatchTheSources_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : kTranslatedLanguages)
        QTest::newRow(qPrintable(language)) << language;
    QTest::newRow("en (plurals only)") << QStringLiteral("en");
}

void TestTranslations::tsFilesMatchTheSources()
{
    QFETCH(QString, language);
    const TsFile committed = TestSupport::readTsFile(tsPath(language));
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    QCOMPARE(committed.language, language);
    QString log;
    const TsFile updated = updatedCopy(language, m_dir, &log);
    QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
    // lupdate must have found the sources (an empty scan would "match" an empty file).
    QVERIFY2(updated.messages.size() > (language == QLatin1String("en") ? 20 : 400), qPrintable(log));

    QSet<QString> committedKeys;
    for (const TsMessage &m : committed.messages)
        committedKeys.insert(m.key());
    QStringList problems;
    for (const TsMessage &m : updated.messages) {
        if (!committedKeys.contains(m.key()))
            problems << QStringLiteral("missing from the .ts file: ") + m.where();
        else if (m.translationType == QLatin1String("obsolete") || m.translationType == QLatin1String("vanished"))
            problems << QStringLiteral("obsolete (no longer in the sources): ") + m.where();
        else if (m.translationType == QLatin1String("unfinished"))
            problems << QStringLiteral("unfinished: ") + m.where();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s) in %2 — run the update_translations target "
                                                           "and translate:\n")
                                                .arg(problems.size())
                                                .arg(tsPath(language))
                                            + problems.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestTranslations::translationsKeepPlaceholdersMarkupAndPlurals_data()
{
    tsFilesMatchTheSources_data();
}

void TestTranslations::translationsKeepPlaceholdersMarkupAndPlurals()
{
    QFETCH(QString, language);
    const TsFile ts = TestSupport::readTsFile(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (m.numerus && m.translations.size() != pluralForms(language))
            problems << QStringLiteral("%1 plural forms instead of %2: ").arg(m.translations.size()).arg(pluralForms(language))
                            + m.where();
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty()) {
                problems << QStringLiteral("empty translation: ") + m.where();
                continue;
            }
            if (placeholders(t) != placeholders(m.source))
                problems << QStringLiteral("placeholders %1 instead of %2: ")
                                .arg(placeholders(t).join(QLatin1Char(' ')), placeholders(m.source).join(QLatin1Char(' ')))
                                + m.where();
            if (markup(t) != markup(m.source))
                problems << QStringLiteral("markup differs: ") + m.where();
            if (accelerators(t) != accelerators(m.source))
                problems << QStringLiteral("keyboard accelerator (&) differs: ") + m.where();
            // Suffixes like " cycles per batch" sit next to a number in a spin box.
            if (t.front().isSpace() != m.source.front().isSpace() || t.back().isSpace() != m.source.back().isSpace())
                problems << QStringLiteral("leading or trailing space differs: ") + m.where();
            if (m.source.count(QLatin1Char('\n')) > 0 && !t.contains(QLatin1Char('\n')))
                problems << QStringLiteral("line breaks lost: ") + m.where();
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestTranslations::everyContextIsAClass()
{
    // Every class of ours lives in a namespace; a context without one means lupdate could not
    // place a tr() call, and the running app (which asks under the full class name) would
    // never find its translation.
    const TsFile ts = TestSupport::readTsFile(tsPath(QStringLiteral("de")));
    QSet<QString> contexts;
    for (const TsMessage &m : ts.messages)
        contexts.insert(m.context);
    QVERIFY(contexts.size() > 20);
    for (const QString &context : std::as_const(contexts)) {
        QVERIFY2(context.startsWith(QLatin1String("BatchDesk::")) || context.startsWith(QLatin1String("Niagara::")),
                 qPrintable(context));
    }
}

void TestTranslations::compiledLanguagesAreOffered()
{
    QStringList codes;
    for (const BatchDesk::App::LanguageOption &option : Translations::languages()) {
        codes << option.code;
        QVERIFY2(!option.nativeName.isEmpty(), qPrintable(option.code));
    }
    QCOMPARE(codes, (QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
                                 QStringLiteral("pl")}));
    const auto nameOf = [](const QString &code) {
        for (const BatchDesk::App::LanguageOption &option : Translations::languages()) {
            if (option.code == code)
                return option.nativeName;
        }
        return QString();
    };
    // Offered in their own words, so that a user who cannot read the current one finds theirs.
    QCOMPARE(nameOf(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(nameOf(QStringLiteral("pl")), QStringLiteral("Polski"));
    QCOMPARE(nameOf(QStringLiteral("en")), QStringLiteral("English"));
}

void TestTranslations::chosenLanguageTranslatesAndFormats_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("thousands");
    for (const QString &language : kTranslatedLanguages)
        QTest::newRow(qPrintable(language)) << language << QLocale(language).toString(1234567);
}

void TestTranslations::chosenLanguageTranslatesAndFormats()
{
    QFETCH(QString, language);
    QFETCH(QString, thousands);
    Translations translations;
    QVERIFY(translations.choose(language));
    QCOMPARE(translations.language(), language);

    // Every message of the file, asked for through the installed translators as the app asks.
    const TsFile ts = TestSupport::readTsFile(tsPath(language));
    int checked = 0;
    for (const TsMessage &m : ts.messages) {
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        if (!m.numerus) {
            const QString shown = QCoreApplication::translate(context.constData(), source.constData(),
                                                              comment.isEmpty() ? nullptr : comment.constData());
            QVERIFY2(shown == m.translations.constFirst(), qPrintable(m.where()));
        } else {
            // The plural form Qt picks for 1 and for 5 (and for 2 in Polish) is the file's.
            const QString one = QCoreApplication::translate(context.constData(), source.constData(),
                                                            comment.isEmpty() ? nullptr : comment.constData(), 1);
            const QString five = QCoreApplication::translate(context.constData(), source.constData(),
                                                             comment.isEmpty() ? nullptr : comment.constData(), 5);
            QString expectOne = m.translations.constFirst();
            QString expectFive = m.translations.constLast();
            expectOne.replace(QStringLiteral("%Ln"), QStringLiteral("1")).replace(QStringLiteral("%n"), QStringLiteral("1"));
            expectFive.replace(QStringLiteral("%Ln"), QStringLiteral("5")).replace(QStringLiteral("%n"), QStringLiteral("5"));
            QVERIFY2(one == expectOne, qPrintable(m.where() + QStringLiteral(" → ") + one));
            QVERIFY2(five == expectFive, qPrintable(m.where() + QStringLiteral(" → ") + five));
        }
        ++checked;
    }
    QVERIFY(checked > 400);

    // Numbers follow the language: 1.234.567 in German, 1 234 567 in French and Polish.
    QCOMPARE(QLocale().toString(1234567), thousands);
    QCOMPARE(QLocale().language(), QLocale(language).language());
    // %Ln in a plural message uses the locale too.
    const QString many = QCoreApplication::translate("BatchDesk::Ui::MainWindow", "%Ln batch(es)", nullptr, 1234567);
    QVERIFY2(many.contains(thousands), qPrintable(many));
}

void TestTranslations::englishPluralsComeFromTheEnglishFile()
{
    Translations translations;
    QVERIFY(translations.choose(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "%Ln batch(es)", nullptr, 1), QStringLiteral("1 batch"));
    QCOMPARE(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "%Ln batch(es)", nullptr, 1200),
             QLocale().toString(1200) + QStringLiteral(" batches"));
    // Strings without a count are the sources themselves.
    QCOMPARE(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Refresh"), QStringLiteral("Refresh"));
}

void TestTranslations::choiceIsSavedAndRestored()
{
    QSettings settings(m_dir.filePath(QStringLiteral("choice.ini")), QSettings::IniFormat);
    {
        Translations translations(&settings);
        translations.restore();
        QVERIFY(translations.choice().isEmpty()); // nothing saved: the system's language
        QCOMPARE(translations.language(), Translations::systemLanguage());
        QVERIFY(translations.choose(QStringLiteral("fr")));
        QVERIFY(!translations.choose(QStringLiteral("tlh"))); // refused, nothing changes
        QCOMPARE(translations.language(), QStringLiteral("fr"));
    }
    QCOMPARE(settings.value(QLatin1String(Translations::kSettingsKey)).toString(), QStringLiteral("fr"));
    {
        Translations translations(&settings);
        translations.restore();
        QCOMPARE(translations.choice(), QStringLiteral("fr"));
        QCOMPARE(translations.language(), QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("Niagara::StatusCategory", "Pending") == QLatin1String("Pending"), false);
        QVERIFY(translations.choose(QString())); // back to the system's
    }
    QVERIFY(!settings.contains(QLatin1String(Translations::kSettingsKey)));
    // A saved language that no longer ships falls back to the system's.
    settings.setValue(QLatin1String(Translations::kSettingsKey), QStringLiteral("xx"));
    Translations translations(&settings);
    translations.restore();
    QVERIFY(translations.choice().isEmpty());
    QCOMPARE(translations.language(), Translations::systemLanguage());
}

void TestTranslations::systemLocaleChoosesTheLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("language");
    QTest::newRow("de_DE") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de");
    QTest::newRow("fr_CA") << QStringLiteral("fr_CA.UTF-8") << QStringLiteral("fr");
    QTest::newRow("pl_PL") << QStringLiteral("pl_PL.UTF-8") << QStringLiteral("pl");
    QTest::newRow("es_MX") << QStringLiteral("es_MX.UTF-8") << QStringLiteral("es");
    QTest::newRow("unknown language: English") << QStringLiteral("ja_JP.UTF-8") << QStringLiteral("en");
}

void TestTranslations::systemLocaleChoosesTheLanguage()
{
    // A process started in a German environment speaks German without being told: the CLI,
    // which follows its environment, shows its help text.
    QFETCH(QString, lang);
    QFETCH(QString, language);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES"), QStringLiteral("LANGUAGE")})
        env.remove(name);
    env.insert(QStringLiteral("LANG"), lang);
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(BATCHDESK_CLI_PATH), {QStringLiteral("--help")});
    QVERIFY(cli.waitForFinished(30000));
    const QString help = QString::fromUtf8(cli.readAllStandardOutput());
    QString expected = QStringLiteral("Command-line access to Niagara batches.");
    if (language != QLatin1String("en")) {
        const TsFile ts = TestSupport::readTsFile(tsPath(language));
        for (const TsMessage &m : ts.messages) {
            if (m.source.startsWith(expected))
                expected = m.translations.constFirst().section(QLatin1Char('\n'), 0, 0);
        }
        QVERIFY(expected != QLatin1String("Command-line access to Niagara batches."));
    }
    QVERIFY2(help.contains(expected), qPrintable(help.left(300)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
