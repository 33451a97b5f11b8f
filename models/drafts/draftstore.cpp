#include "models/drafts/draftstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>

namespace BatchDesk {

Q_LOGGING_CATEGORY(lcDrafts, "batchdesk.drafts", QtInfoMsg)

namespace {

constexpr QFileDevice::Permissions kDraftFolderMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kDraftFileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
// A draft is a few hundred bytes of inputs; anything this large is not one of ours.
constexpr qint64 kDraftMaxBytes = 1 << 20;
// A temporary file of an interrupted write (SIGKILL between QSaveFile's open and commit) older
// than this belongs to no writer that is still alive.
constexpr int kDraftStaleTemporarySeconds = 60;

QString draftKindName(DraftKind kind)
{
    switch (kind) {
    case DraftKind::SplitWorkOrder: return QStringLiteral("split");
    case DraftKind::AssignTechnicians: return QStringLiteral("assign");
    }
    return {};
}

bool draftKeyIsValid(const QString &key)
{
    // Only what keyFor() makes: a file name of our own, never a path.
    static const QRegularExpression pattern(QStringLiteral("^(split|assign)-[0-9a-f]{32}$"));
    return pattern.match(key).hasMatch();
}

// A field named like a secret anywhere in the draft (drafts hold inputs, never credentials).
bool draftNamesSecret(const QVariant &value)
{
    static const QRegularExpression secretName(QStringLiteral("token|secret|password|credential"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (value.metaType().id() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (secretName.match(it.key()).hasMatch() || draftNamesSecret(it.value()))
                return true;
        }
    } else if (value.metaType().id() == QMetaType::QVariantList) {
        const QVariantList list = value.toList();
        for (const QVariant &item : list) {
            if (draftNamesSecret(item))
                return true;
        }
    }
    return false;
}

} // namespace

DraftStore::DraftStore(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(QDir::cleanPath(folder))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

DraftStore::~DraftStore() = default;

void DraftStore::setClock(std::function<QDateTime()> now)
{
    m_now = now ? std::move(now) : std::function<QDateTime()>([] { return QDateTime::currentDateTimeUtc(); });
}

QString DraftStore::keyFor(DraftKind kind, const QString &profileId, const QString &userEmail)
{
    const QString email = userEmail.trimmed().toLower();
    if (profileId.isEmpty() || email.isEmpty())
        return {};
    // Length-prefixed parts: no profile id and email can be glued into another pair's key.
    QByteArray material("batchdesk-draft");
    for (const QString &part : {draftKindName(kind), profileId, email}) {
        const QByteArray bytes = part.toUtf8();
        material += '\n' + QByteArray::number(bytes.size()) + ':' + bytes;
    }
    const QByteArray hash = QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex().left(32);
    return draftKindName(kind) + QLatin1Char('-') + QString::fromLatin1(hash);
}

QString DraftStore::pathFor(const QString &key) const
{
    if (!draftKeyIsValid(key))
        return {};
    return m_folder + QLatin1Char('/') + key + QStringLiteral(".json");
}

bool DraftStore::ensureFolder() const
{
    if (!QDir().mkpath(m_folder))
        return false;
    // Owner only, also when the folder was there before: drafts name work orders and people.
    return QFile::setPermissions(m_folder, kDraftFolderMode);
}

bool DraftStore::save(const QString &key, const QVariantMap &fields)
{
    const QString path = pathFor(key);
    if (path.isEmpty())
        return false;
    if (draftNamesSecret(QVariant(fields))) {
        qCWarning(lcDrafts).noquote() << "refused to save a draft that names a secret:" << key;
        return false;
    }
    if (!ensureFolder()) {
        qCWarning(lcDrafts).noquote() << "cannot create the drafts folder" << m_folder;
        return false;
    }
    const QJsonObject root{
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("key"), key},
        {QStringLiteral("saved_at"), m_now().toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("fields"), QJsonObject::fromVariantMap(fields)},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcDrafts).noquote() << "cannot write the draft" << key << file.errorString();
        return false;
    }
    // The temporary file gets its mode before any byte is in it; commit() renames it into place.
    file.setPermissions(kDraftFileMode);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        qCWarning(lcDrafts).noquote() << "cannot write the draft" << key << file.errorString();
        return false;
    }
    Q_EMIT saved(key);
    return true;
}

std::optional<Draft> DraftStore::load(const QString &key)
{
    const QString path = pathFor(key);
    if (path.isEmpty())
        return std::nullopt;
    removeStaleTemporaries(path);
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    const auto reject = [&](const char *why) -> std::optional<Draft> {
        // Removed, not kept: a draft that cannot be read now will not be readable later, and
        // the wizard would report it every time it opens.
        qCWarning(lcDrafts).noquote() << "ignored and removed the draft" << key << "-" << why;
        file.close();
        QFile::remove(path);
        return std::nullopt;
    };
    if (!file.open(QIODevice::ReadOnly))
        return reject("it cannot be read");
    if (file.size() > kDraftMaxBytes)
        return reject("it is too large to be a draft");
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return reject("it is not a JSON object");
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt(-1) != kFormatVersion)
        return reject("its format version is not one this build reads");
    if (root.value(QStringLiteral("key")).toString() != key)
        return reject("it belongs to another key");
    Draft draft;
    draft.savedAt = QDateTime::fromString(root.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs);
    if (!draft.savedAt.isValid())
        return reject("it has no valid time");
    draft.savedAt = draft.savedAt.toUTC();
    const QJsonValue fields = root.value(QStringLiteral("fields"));
    if (!fields.isObject())
        return reject("it has no fields");
    draft.fields = fields.toObject().toVariantMap();
    return draft;
}

bool DraftStore::discard(const QString &key)
{
    const QString path = pathFor(key);
    if (path.isEmpty())
        return false;
    if (!QFile::exists(path))
        return true;
    if (!QFile::remove(path)) {
        qCWarning(lcDrafts).noquote() << "cannot remove the draft" << key;
        return false;
    }
    Q_EMIT discarded(key);
    return true;
}

bool DraftStore::contains(const QString &key) const
{
    const QString path = pathFor(key);
    return !path.isEmpty() && QFile::exists(path);
}

void DraftStore::removeStaleTemporaries(const QString &path) const
{
    // QSaveFile writes "<name>.XXXXXX" next to the draft (where the platform has no unnamed
    // temporary files); a process killed before commit() leaves it behind.
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QFileInfoList leftovers = dir.entryInfoList({info.fileName() + QStringLiteral(".*")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &leftover : leftovers) {
        if (leftover.lastModified().toUTC().secsTo(now) > kDraftStaleTemporarySeconds)
            QFile::remove(leftover.absoluteFilePath());
    }
}

} // namespace BatchDesk
