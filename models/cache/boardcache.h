#pragma once

// The board's local cache: the last-known board of one server and user (a BoardSnapshot) in
// a SQLite file of its own under the app's data folder, so that the app starts from it
// instantly and reloads from the server behind it.
//
// Layout (kSchemaVersion 1): `meta` (key → value: schema, server_key, user_email, as_of in ms
// since the epoch, server_total and the number of queues, work orders and batches), and
// `queues`, `work_orders`, `batches`, each of rows (seq, items, data, digest): `data` is a
// SnapshotCodec list of `items` values (up to kBatchesPerBlob batches a row: a few large
// blobs decode faster than 10,000 small rows), `digest` its BLAKE2b-160, which catches damage
// the codec cannot see (a changed character in a label). Nothing in it is a secret: no token,
// no credential.
//
// Thread-agnostic: like CompletionHistory, every call opens its own uniquely named connection
// on the calling thread and removes it before returning, so saves run on a worker while the
// GUI thread loads another file. save() writes in one BEGIN IMMEDIATE transaction; load()
// reads in one transaction, so it sees a save either wholly or not at all.

#include "models/cache/boardsnapshot.h"

#include <QDateTime>
#include <QString>

namespace BatchDesk {

class BoardCache final
{
public:
    static constexpr int kSchemaVersion = 1;
    static constexpr qsizetype kBatchesPerBlob = 500;

    // <dataDir>/cache/<first 32 hex digits of SHA-256(serverKey + '\n' + userEmail)>.sqlite
    static QString pathFor(const QString &dataDir, const QString &serverKey, const QString &userEmail);

    explicit BoardCache(QString path);
    QString path() const { return m_path; }

    // Replaces the file's content in one transaction (the folder 0700, the file 0600).
    // Callable from any thread (its own uniquely named QSqlDatabase connection per call,
    // removed after). A file that is not a database is replaced. False, a translated message
    // in *error and a log line on failure; the previous content is then left as it was.
    bool save(const BoardSnapshot &snapshot, QString *error = nullptr) const;

    enum class LoadResult { Loaded, Missing, Discarded };
    // Loaded: `out` is the snapshot, whole. Missing: there is no file (or another process
    // held it locked past the busy timeout: nothing is deleted then); `out` is untouched.
    // Discarded: a file from another schema version, or damaged (not a database, integrity
    // failure, missing tables, an undecodable row, a serverKey/userEmail that does not match
    // the ones asked for) is deleted and reported with a qCWarning line on category
    // "batchdesk.cache" saying why — never trusted, never partially used; `out` is untouched.
    // *why says why in English (a developer-facing diagnostic) for Missing and Discarded.
    LoadResult load(const QString &serverKey, const QString &userEmail, BoardSnapshot &out,
                    QString *why = nullptr) const;

    // Moves the board's "as of" time to `asOf` and changes nothing else, when the file holds
    // this schema's board of serverKey and userEmail: what a save of an unchanged board
    // amounts to, without encoding and writing every batch again. False when it did not (no
    // such file, another board, the file busy or damaged): then a full save() is due.
    bool touch(const QString &serverKey, const QString &userEmail, const QDateTime &asOf) const;
    // Deletes the file (and SQLite's journal files next to it). Nothing happens when there is none.
    void remove() const;

private:
    QString m_path;
};

} // namespace BatchDesk
