#pragma once

// Wizard drafts: what a manager typed into a wizard, kept on disk so that a crash, a killed app
// or a server that cannot be reached does not lose it. One draft per (wizard, server profile,
// user) as a small JSON file in a folder the app names (<App::dataDir()>/drafts): the folder
// 0700, each file 0600, its name a hash (no server, no email in it). Writes go through QSaveFile
// (a temporary file renamed into place), so a SIGKILL at any moment leaves the old draft or the
// new one, never a torn file. A file that does not parse, or of a format version this build does
// not know, is ignored and removed, with a line in `batchdesk.drafts`.
//
// A draft holds inputs only (ids, labels, numbers, choices) — never a token or any secret;
// save() refuses a map that has a field named like one.

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace BatchDesk {

enum class DraftKind : quint8 {
    SplitWorkOrder,    // SplitWorkOrderWizard
    AssignTechnicians, // AssignTechniciansWizard
};

struct Draft
{
    QVariantMap fields; // as saved, read back through JSON (numbers as qint64 or double, lists as QVariantList)
    QDateTime savedAt;  // UTC
};

class DraftStore final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kFormatVersion = 1;

    // `folder` is created (0700) on the first save; it may not exist yet.
    explicit DraftStore(const QString &folder, QObject *parent = nullptr);
    ~DraftStore() override;

    QString folder() const { return m_folder; }

    // The key of one draft: the wizard's kind in clear and a hash of the server profile and the
    // user (the email compared case-insensitively). Empty when either part is empty: without a
    // server and a user there is nothing to key a draft on, and every call below ignores it.
    static QString keyFor(DraftKind kind, const QString &profileId, const QString &userEmail);
    // Where the draft of `key` lives (empty for a key keyFor() cannot have made).
    QString pathFor(const QString &key) const;

    // Replaces the draft of `key` (savedAt: now). False (with a log line) when it could not be
    // written or `fields` names a secret; the draft on disk is then the one before.
    bool save(const QString &key, const QVariantMap &fields);
    // The draft of `key`, if there is one that reads. A damaged or unknown-version file is
    // removed (the wizard starts empty rather than failing every time it opens).
    std::optional<Draft> load(const QString &key);
    // Removes the draft of `key` (a finished run, an abandoned wizard). True when none is left.
    bool discard(const QString &key);
    bool contains(const QString &key) const;

    // The clock savedAt is read from (tests pin it); the default is the system's, in UTC.
    void setClock(std::function<QDateTime()> now);

Q_SIGNALS:
    void saved(const QString &key);
    void discarded(const QString &key);

private:
    bool ensureFolder() const;
    void removeStaleTemporaries(const QString &path) const;

    QString m_folder;
    std::function<QDateTime()> m_now;
};

} // namespace BatchDesk
