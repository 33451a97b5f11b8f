// DraftStore: one draft per (wizard, server profile, user) as a small JSON file, written
// atomically, read back or ignored (and removed) when damaged or of an unknown version. The
// atomic replace is checked the hard way: a child process (this binary with --writer) saves two
// drafts in turn as fast as it can and is killed with SIGKILL in the middle; the file left must
// be one of the two, every time.

#include "models/drafts/draftstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <sys/types.h>
#include <unistd.h>

using namespace BatchDesk;

namespace {

const QString kProfile = QStringLiteral("profile-3f2a");
const QString kEmail = QStringLiteral("dana.whitfield@demo.batchdesk.test");

// The two drafts the writer child alternates between; big enough that a write is not one
// page of the file system.
QVariantMap writerDraft(int which)
{
    QVariantMap fields;
    fields.insert(QStringLiteral("which"), which);
    QStringList ids;
    for (int i = 0; i < 2000; ++i)
        ids << QStringLiteral("user-%1-%2").arg(which).arg(i);
    fields.insert(QStringLiteral("technicianIds"), ids);
    return fields;
}

int runWriter(const QString &folder)
{
    DraftStore store(folder);
    const QString key = DraftStore::keyFor(DraftKind::SplitWorkOrder, kProfile, kEmail);
    const QVariantMap drafts[2] = {writerDraft(0), writerDraft(1)};
    if (!store.save(key, drafts[0]))
        return 1;
    std::printf("ready\n");
    std::fflush(stdout);
    for (int i = 1;; ++i)
        store.save(key, drafts[i % 2]);
}

} // namespace

class TestDraftStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void keysSeparateKindServerAndUser();
    void atomicReplaceSurvivesSigkill();
    void strayTemporaryIsIgnored();
    void damagedFileIsIgnoredAndRemoved_data();
    void damagedFileIsIgnoredAndRemoved();
    void unknownVersionIsIgnoredAndRemoved();
    void perKeyIsolation();
    void ownerOnlyPermissions();
    void noEmailOrServerInFileNames();
    void refusesSecrets();
    void invalidKeysDoNothing();

private:
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static void writeRaw(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
};

void TestDraftStore::roundTrip()
{
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    const QDateTime when = QDateTime(QDate(2024, 3, 12), QTime(10, 42, 7, 250), Qt::UTC);
    store.setClock([when] { return when; });
    const QString key = DraftStore::keyFor(DraftKind::SplitWorkOrder, kProfile, kEmail);
    QVERIFY(!key.isEmpty());
    QVERIFY(!store.load(key));
    QVERIFY(!store.contains(key));

    QVariantMap fields{{QStringLiteral("workOrderId"), QStringLiteral("wo-ipad-500")},
                       {QStringLiteral("workOrderLabel"), QStringLiteral("iPad <b>refurb</b> “500”")},
                       {QStringLiteral("sizingValue"), 30},
                       {QStringLiteral("allowOverSplit"), true},
                       {QStringLiteral("technicianIds"), QStringList{QStringLiteral("u-3"), QStringLiteral("u-1")}},
                       {QStringLiteral("technicianNames"), QVariantMap{{QStringLiteral("u-3"), QStringLiteral("Mei Chen")}}}};
    QSignalSpy saved(&store, &DraftStore::saved);
    QVERIFY(store.save(key, fields));
    QCOMPARE(saved.count(), 1);
    QVERIFY(store.contains(key));

    const std::optional<Draft> draft = store.load(key);
    QVERIFY(draft);
    QCOMPARE(draft->savedAt, when);
    QCOMPARE(draft->savedAt.timeSpec(), Qt::UTC);
    QCOMPARE(draft->fields.value(QStringLiteral("workOrderId")).toString(), QStringLiteral("wo-ipad-500"));
    QCOMPARE(draft->fields.value(QStringLiteral("workOrderLabel")).toString(), QStringLiteral("iPad <b>refurb</b> “500”"));
    QCOMPARE(draft->fields.value(QStringLiteral("sizingValue")).toInt(), 30);
    QCOMPARE(draft->fields.value(QStringLiteral("allowOverSplit")).toBool(), true);
    // Order kept: round-robin follows it.
    QCOMPARE(draft->fields.value(QStringLiteral("technicianIds")).toStringList(),
             (QStringList{QStringLiteral("u-3"), QStringLiteral("u-1")}));
    QCOMPARE(draft->fields.value(QStringLiteral("technicianNames")).toMap().value(QStringLiteral("u-3")).toString(),
             QStringLiteral("Mei Chen"));
    // Read again: nothing was consumed.
    QVERIFY(store.load(key));

    QSignalSpy discarded(&store, &DraftStore::discarded);
    QVERIFY(store.discard(key));
    QCOMPARE(discarded.count(), 1);
    QVERIFY(!store.load(key));
    QVERIFY(!QFile::exists(store.pathFor(key)));
    QVERIFY(store.discard(key)); // nothing left is no failure
}

void TestDraftStore::keysSeparateKindServerAndUser()
{
    const QString split = DraftStore::keyFor(DraftKind::SplitWorkOrder, kProfile, kEmail);
    QCOMPARE(DraftStore::keyFor(DraftKind::SplitWorkOrder, kProfile, kEmail), split);
    // An email is the same person in any case and with stray spaces.
    QCOMPARE(DraftStore::keyFor(DraftKind::SplitWorkOrder, kProfile, QStringLiteral(" Dana.Whitfield@DEMO.batchdesk.test ")), split);
    QVERIFY(DraftStore::keyFor(DraftKind::AssignTechnicians, kProfile, kEmail) != split);
    QVERIFY(DraftStore::keyFor(DraftKind::SplitWorkOrder, QStringLiteral("other"), kEmail) != split);
    QVERIFY(DraftStore::keyFor(DraftKind::SplitWorkOrder, kProfile, QStringLiteral("marcus@x.test")) != split);
    // Parts cannot be moved between server and user to forge another pair's key.
    QVERIFY(DraftStore::keyFor(DraftKind::SplitWorkOrder, QStringLiteral("a\nb"), QStringLiteral("c"))
            != DraftStore::keyFor(DraftKind::SplitWorkOrder, QStringLiteral("a"), QStringLiteral("b\nc")));
    // Nobody signed in, or no server: no key, no draft.
    QVERIFY(DraftStore::keyFor(DraftKind::SplitWorkOrder, QString(), kEmail).isEmpty());
    QVERIFY(DraftStore::keyFor(DraftKind::SplitWorkOrder, kProfile, QStringLiteral("  ")).isEmpty());
}

void TestDraftStore::atomicReplaceSurvivesSigkill()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("drafts"));
    const QString key = DraftStore::keyFor(DraftKind::SplitWorkOrder, kProfile, kEmail);
    constexpr int kRounds = 6;
    for (int round = 0; round < kRounds; ++round) {
        QProcess writer;
        writer.setProgram(QCoreApplication::applicationFilePath());
        writer.setArguments({QStringLiteral("--writer"), folder});
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start();
        QVERIFY(writer.waitForStarted(30000));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += writer.readAllStandardOutput()).contains("ready") || writer.state() != QProcess::Running,
                                 60000);
        QCOMPARE(writer.state(), QProcess::Running);
        // Somewhere in the middle of its writes: a different moment each round.
        QTest::qWait(20 + round * 37);
        QCOMPARE(::kill(static_cast<pid_t>(writer.processId()), SIGKILL), 0);
        QVERIFY(writer.waitForFinished(30000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        DraftStore store(folder);
        const std::optional<Draft> draft = store.load(key);
        QVERIFY2(draft, qPrintable(QStringLiteral("round %1: the draft did not survive").arg(round)));
        const int which = draft->fields.value(QStringLiteral("which")).toInt();
        QVERIFY(which == 0 || which == 1);
        QCOMPARE(draft->fields.value(QStringLiteral("technicianIds")).toStringList(),
                 writerDraft(which).value(QStringLiteral("technicianIds")).toStringList());
    }
}

void TestDraftStore::strayTemporaryIsIgnored()
{
    // What a process killed between QSaveFile's open and commit may leave: a half-written
    // temporary next to the draft. It is not the draft, and an old one is swept away.
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    const QString key = DraftStore::keyFor(DraftKind::SplitWorkOrder, kProfile, kEmail);
    QVERIFY(store.save(key, {{QStringLiteral("sizingValue"), 10}}));
    const QString stray = store.pathFor(key) + QStringLiteral(".aB3xYz");
    writeRaw(stray, QByteArrayLiteral("{\"version\":1,\"key\":\"spl"));
    QFile file(stray);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
    file.close();

    const std::optional<Draft> draft = store.load(key);
    QVERIFY(draft);
    QCOMPARE(draft->fields.value(QStringLiteral("sizingValue")).toInt(), 10);
    QVERIFY(!QFile::exists(stray));
}

void TestDraftStore::damagedFileIsIgnoredAndRemoved_data()
{
    QTest::addColumn<QByteArray>("content");
    const QString key = DraftStore::keyFor(DraftKind::SplitWorkOrder, kProfile, kEmail);
    const QByteArray k = key.toLatin1();
    QTest::newRow("torn") << QByteArray("{\"version\":1,\"key\":\"" + k + "\",\"saved_at\":\"2024-03-12T10:4");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArrayLiteral("\x00\x01garbage\xff");
    QTest::newRow("array") << QByteArrayLiteral("[1,2,3]");
    QTest::newRow("no fields") << QByteArray("{\"version\":1,\"key\":\"" + k + "\",\"saved_at\":\"2024-03-12T10:42:00.000Z\"}");
    QTest::newRow("fields not an object")
        << QByteArray("{\"version\":1,\"key\":\"" + k + "\",\"saved_at\":\"2024-03-12T10:42:00.000Z\",\"fields\":[]}");
    QTest::newRow("bad time") << QByteArray("{\"version\":1,\"key\":\"" + k + "\",\"saved_at\":\"yesterday\",\"fields\":{}}");
    QTest::newRow("another key's")
        << QByteArray("{\"version\":1,\"key\":\"assign-0123456789abcdef0123456789abcdef\",\"saved_at\":"
                      "\"2024-03-12T10:42:00.000Z\",\"fields\":{}}");
}

void TestDraftStore::damagedFileIsIgnoredAndRemoved()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    const QString key = DraftStore::keyFor(DraftKind::SplitWorkOrder, kProfile, kEmail);
    writeRaw(store.pathFor(key), content);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ignored and removed the draft split-")));
    QVERIFY(!store.load(key));
    QVERIFY(!QFile::exists(store.pathFor(key)));
    // The next save works as if nothing had been there.
    QVERIFY(store.save(key, {{QStringLiteral("labelPattern"), QStringLiteral("{wo} {n}/{total}")}}));
    QVERIFY(store.load(key));
}

void TestDraftStore::unknownVersionIsIgnoredAndRemoved()
{
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    const QString key = DraftStore::keyFor(DraftKind::AssignTechnicians, kProfile, kEmail);
    QVERIFY(store.save(key, {{QStringLiteral("mode"), QStringLiteral("replace")}}));
    // The same draft as a later version of the app would write it.
    QJsonObject root = QJsonDocument::fromJson(readAll(store.pathFor(key))).object();
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), DraftStore::kFormatVersion);
    for (const QJsonValue &version : {QJsonValue(DraftStore::kFormatVersion + 1), QJsonValue(0), QJsonValue(QStringLiteral("1")),
                                     QJsonValue(1.5)}) {
        root.insert(QStringLiteral("version"), version);
        writeRaw(store.pathFor(key), QJsonDocument(root).toJson());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("format version")));
        QVERIFY(!store.load(key));
        QVERIFY(!QFile::exists(store.pathFor(key)));
    }
}

void TestDraftStore::perKeyIsolation()
{
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    const QString mine = DraftStore::keyFor(DraftKind::SplitWorkOrder, kProfile, kEmail);
    const QString myAssign = DraftStore::keyFor(DraftKind::AssignTechnicians, kProfile, kEmail);
    const QString colleague = DraftStore::keyFor(DraftKind::SplitWorkOrder, kProfile, QStringLiteral("marcus.ortega@demo.batchdesk.test"));
    const QString otherServer = DraftStore::keyFor(DraftKind::SplitWorkOrder, QStringLiteral("plant-2"), kEmail);
    const QStringList keys{mine, myAssign, colleague, otherServer};
    for (const QString &key : keys)
        QVERIFY(store.save(key, {{QStringLiteral("owner"), key}}));
    QCOMPARE(QDir(store.folder()).entryList(QDir::Files).size(), keys.size());
    for (const QString &key : keys)
        QCOMPARE(store.load(key)->fields.value(QStringLiteral("owner")).toString(), key);
    // Replacing or discarding one leaves the others as they were.
    QVERIFY(store.save(mine, {{QStringLiteral("owner"), QStringLiteral("replaced")}}));
    QVERIFY(store.discard(colleague));
    QCOMPARE(store.load(mine)->fields.value(QStringLiteral("owner")).toString(), QStringLiteral("replaced"));
    QCOMPARE(store.load(myAssign)->fields.value(QStringLiteral("owner")).toString(), myAssign);
    QVERIFY(!store.load(colleague));
    QCOMPARE(store.load(otherServer)->fields.value(QStringLiteral("owner")).toString(), otherServer);
}

void TestDraftStore::ownerOnlyPermissions()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("drafts"));
    // A folder that was there before, too open: tightened.
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                              | QFileDevice::ExeOther));
    DraftStore store(folder);
    const QString key = DraftStore::keyFor(DraftKind::SplitWorkOrder, kProfile, kEmail);
    QVERIFY(store.save(key, {{QStringLiteral("sizingValue"), 10}}));
    const auto ownerOnlyFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
    const auto ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
    QCOMPARE(QFileInfo(folder).permissions(), ownerOnlyFolder);
    QCOMPARE(QFileInfo(store.pathFor(key)).permissions(), ownerOnlyFile);
    // A replacement keeps the mode (QSaveFile would copy the old file's otherwise).
    QVERIFY(QFile::setPermissions(store.pathFor(key), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    QVERIFY(store.save(key, {{QStringLiteral("sizingValue"), 12}}));
    QCOMPARE(QFileInfo(store.pathFor(key)).permissions(), ownerOnlyFile);
}

void TestDraftStore::noEmailOrServerInFileNames()
{
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    const QString profile = QStringLiteral("https://niagara.plant-7.example.com");
    for (const DraftKind kind : {DraftKind::SplitWorkOrder, DraftKind::AssignTechnicians})
        QVERIFY(store.save(DraftStore::keyFor(kind, profile, kEmail), {{QStringLiteral("x"), 1}}));
    const QStringList names = QDir(store.folder()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(names.size(), 2);
    for (const QString &name : names) {
        QVERIFY2(QRegularExpression(QStringLiteral("^(split|assign)-[0-9a-f]{32}\\.json$")).match(name).hasMatch(), qPrintable(name));
        for (const QString &part : {QStringLiteral("dana"), QStringLiteral("whitfield"), QStringLiteral("demo"),
                                    QStringLiteral("@"), QStringLiteral("plant"), QStringLiteral("niagara")})
            QVERIFY2(!name.contains(part, Qt::CaseInsensitive), qPrintable(name));
    }
}

void TestDraftStore::refusesSecrets()
{
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    const QString key = DraftStore::keyFor(DraftKind::SplitWorkOrder, kProfile, kEmail);
    QVERIFY(store.save(key, {{QStringLiteral("sizingValue"), 10}}));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("names a secret")));
    QVERIFY(!store.save(key, {{QStringLiteral("accessToken"), QStringLiteral("eyJ...")}}));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("names a secret")));
    QVERIFY(!store.save(key, {{QStringLiteral("batches"), QVariantList{QVariantMap{{QStringLiteral("refresh_token"), 1}}}}}));
    // The draft before stays.
    QCOMPARE(store.load(key)->fields.value(QStringLiteral("sizingValue")).toInt(), 10);
    QVERIFY(!readAll(store.pathFor(key)).contains("eyJ"));
}

void TestDraftStore::invalidKeysDoNothing()
{
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    for (const QString &key : {QString(), QStringLiteral("../../etc/passwd"), QStringLiteral("split-XYZ"),
                               QStringLiteral("split-0123456789abcdef0123456789abcdef/../x")}) {
        QVERIFY(store.pathFor(key).isEmpty());
        QVERIFY(!store.save(key, {{QStringLiteral("x"), 1}}));
        QVERIFY(!store.load(key));
        QVERIFY(!store.contains(key));
    }
    QVERIFY(!QFileInfo::exists(store.folder()));
}

int main(int argc, char *argv[])
{
    // The writer child of atomicReplaceSurvivesSigkill.
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0) {
        QCoreApplication app(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestDraftStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_draftstore.moc"
