#pragma once

// SQLite persistence of the simulated tenant. Static entities (locations ... users) are
// read once into a Catalog; batches and relations stay in SQLite and are queried per request.

#include "model.h"
#include "units.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

class QSqlQuery;

namespace sim {

struct RelationFilter
{
    std::string entityType, relation, direction; // empty = no filter
};

// OAuth rows (see oauth.h). Codes and tokens are stored only as SHA-256 hex of their text;
// times are milliseconds since the epoch. A grant is one sign-in: its code and every token
// issued from it (through any number of refreshes) share the grant id.
struct OAuthCode
{
    std::string grantId, clientId, userId, redirectUri, challenge;
    std::int64_t expiresAt = 0;
    bool used = false;
};

// One row of the completion history: `cycles` cycles of a batch moved to COMPLETE at `at`
// (ISO 8601 UTC with ms, the format of every stored timestamp, so text order is time order),
// by `userId` (empty: not known). The queue and work order are the batch's when it happened;
// the rows stay when the batch is deleted (the work was done).
struct Completion
{
    std::string at, batchId, queueId, workOrderId, userId;
    int cycles = 0;
};

// Completions summed per UTC day (YYYY-MM-DD), user (empty: none), queue and work order.
struct CompletionSum
{
    std::string day, userId, queueId, workOrderId;
    std::int64_t cycles = 0;
};

struct OAuthToken
{
    std::string kind; // "access" or "refresh"
    std::string grantId, clientId, userId;
    std::int64_t expiresAt = 0;
    bool revoked = false;
};

class Store final
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    bool open(const QString &path, QString *error);
    void close();
    bool hasSchema();
    bool createSchema(QString *error);
    QSqlDatabase &database() { return m_db; }

    bool transaction() { return m_db.transaction(); }
    bool commit() { return m_db.commit(); }
    void rollback() { m_db.rollback(); }

    std::string meta(const std::string &key);
    void setMeta(const std::string &key, const std::string &value);

    bool loadCatalog(QString *error);
    const Catalog &catalog() const { return m_catalog; }
    // Personal tokens are kept as secretHash() only. A database written before that held
    // them in plain text: hashes them in place and wipes the old text from the file.
    bool hashPlainPersonalTokens(QString *error);
    // --dev-tokens: gives every user in `tokenHashByUser` (user_id -> secretHash(new token))
    // a new personal token; the old ones stop working. Updates the catalog too.
    bool replacePersonalTokens(const std::map<std::string, std::string> &tokenHashByUser, QString *error);
    void touchQueue(const std::string &queueId, const std::string &when);
    void touchWorkOrder(const std::string &workOrderId, const std::string &when);

    // Keyset paging: rows with seq > afterSeq, in seq order. An empty queue filter means
    // "all queues"; a filter with no entries means "no batches at all".
    std::vector<Batch> batches(std::int64_t afterSeq, int limit,
                               const std::optional<std::set<std::string>> &queues);
    std::int64_t batchCount(const std::optional<std::set<std::string>> &queues);
    std::optional<Batch> batch(const std::string &batchId);
    int batchCountForWorkOrder(const std::string &workOrderId);
    std::int64_t maxOrderInQueue(const std::string &queueId);
    bool insertBatch(Batch &b);
    bool deleteBatch(const std::string &batchId);
    // For --simulate-work: batches with cycles still pending, in progress, verifying or
    // blocked (seq order), and writing back a batch's cycles, status and `updated`.
    std::vector<Batch> unfinishedBatches();
    bool updateBatchProgress(const Batch &b);

    std::vector<Relation> relations(const std::string &batchId, const RelationFilter &f,
                                    std::int64_t afterSeq, int limit);
    std::int64_t relationCount(const std::string &batchId, const RelationFilter &f);
    std::optional<Relation> relation(const std::string &batchId, const std::string &relationId);
    bool hasRelation(const std::string &batchId, const std::string &relation,
                     const std::string &entityType, const std::string &entityId);
    bool insertRelation(Relation &r);
    bool deleteRelation(const std::string &batchId, const std::string &relationId);
    void touchBatch(const std::string &batchId, const std::string &when);
    // Technician user ids per batch (for assigned_users in the later revision).
    std::map<std::string, std::vector<std::string>> technicians(const std::vector<std::string> &batchIds);

    // The units of the batches (units.h). ensureUnitsSchema adds their table to any database.
    // ensureUnits makes a batch's units from its counts when it has none yet; after that,
    // updateBatchProgress moves them with the counts, and deleteBatch deletes them.
    bool ensureUnitsSchema(QString *error);
    bool ensureUnits(const Batch &b);
    std::vector<Unit> units(const std::string &batchId, std::optional<Category> category, std::int64_t afterSeq,
                            int limit);
    std::int64_t unitCount(const std::string &batchId, std::optional<Category> category);

    // Totals per queue and work order. Every page of a listing embeds them; they are worked
    // out again only after a write (a full scan of the batches otherwise runs per page).
    Aggregates aggregates();

    // The completion history (POST /metrics). ensureHistorySchema adds its table to any
    // database, new or old; createSchema() runs it too, so that a seed can write history.
    bool ensureHistorySchema(QString *error);
    bool insertCompletion(const Completion &c);
    // Completions with from <= at < to (both in the stored format), summed per day, user, queue
    // and work order, ordered by day, then user (none first), queue and work order (ids).
    std::vector<CompletionSum> completionSums(const std::string &from, const std::string &to);

    // OAuth persistence. ensureOAuthSchema adds the tables to any database, new or old.
    bool ensureOAuthSchema(QString *error);
    bool insertOAuthCode(const std::string &codeHash, const OAuthCode &code);
    std::optional<OAuthCode> oauthCode(const std::string &codeHash);
    // Marks the code used; false if it was already used (or is unknown).
    bool consumeOAuthCode(const std::string &codeHash);
    bool insertOAuthToken(const std::string &tokenHash, const OAuthToken &token);
    std::optional<OAuthToken> oauthToken(const std::string &tokenHash);
    // Both return the number of tokens newly revoked.
    int revokeOAuthToken(const std::string &tokenHash);
    int revokeOAuthGrant(const std::string &grantId);
    // --faults expire: a live access token's lifetime ends at `at` (ms since the epoch).
    // Returns whether such a token was found (refresh tokens are left alone).
    bool expireOAuthAccessToken(const std::string &tokenHash, std::int64_t at);
    // Forgets codes and tokens that expired before `before` (ms since the epoch).
    void purgeOAuth(std::int64_t before);

private:
    bool exec(QSqlQuery &q);
    static Batch batchFromQuery(const QSqlQuery &q);
    static Relation relationFromQuery(const QSqlQuery &q);

    // SQLite's total_changes() of this connection: rows written since it opened. Answers
    // worked out from the tables stay valid while it does not move.
    std::int64_t changeCount();

    QString m_connectionName;
    QSqlDatabase m_db;
    Catalog m_catalog;
    struct CachedCount
    {
        std::int64_t changeCount = -1;
        std::int64_t value = 0;
    };
    std::map<std::optional<std::set<std::string>>, CachedCount> m_batchCounts; // by readable queues
    std::int64_t m_aggregatesChangeCount = -1;
    Aggregates m_aggregates;
};

} // namespace sim
