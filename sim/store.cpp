#include "store.h"

#include "auth.h"
#include "logging.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace sim {

namespace {

std::string str(const QVariant &v)
{
    return v.toString().toStdString();
}

// AUTOINCREMENT on batches and relations: a deleted row's seq is never reused, so a cursor
// handed out earlier can never land in front of a newer row.
constexpr const char *kSchema[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE locations (location_id TEXT PRIMARY KEY, label TEXT NOT NULL, location_type TEXT NOT NULL,"
    " formatted_address TEXT NOT NULL, address TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL)",
    "CREATE TABLE customers (customer_id TEXT PRIMARY KEY, label TEXT NOT NULL, allowed_statuses TEXT NOT NULL,"
    " created TEXT NOT NULL, updated TEXT NOT NULL)",
    "CREATE TABLE programs (program_id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, label TEXT NOT NULL,"
    " start_date TEXT, end_date TEXT, created TEXT NOT NULL, updated TEXT NOT NULL)",
    "CREATE TABLE projects (project_id TEXT PRIMARY KEY, program_id TEXT NOT NULL, customer_id TEXT NOT NULL,"
    " label TEXT NOT NULL, description TEXT NOT NULL, start_date TEXT, end_date TEXT, created TEXT NOT NULL,"
    " updated TEXT NOT NULL)",
    "CREATE TABLE workflows (work_flow_id TEXT PRIMARY KEY, label TEXT NOT NULL, starts_at TEXT NOT NULL,"
    " workflow_version INTEGER NOT NULL, steps TEXT NOT NULL, metadata TEXT NOT NULL, created TEXT NOT NULL,"
    " updated TEXT NOT NULL)",
    "CREATE TABLE queues (seq INTEGER PRIMARY KEY AUTOINCREMENT, queue_id TEXT UNIQUE NOT NULL,"
    " label TEXT NOT NULL, priority INTEGER NOT NULL, location_id TEXT NOT NULL, created TEXT NOT NULL,"
    " updated TEXT NOT NULL)",
    "CREATE TABLE work_orders (seq INTEGER PRIMARY KEY AUTOINCREMENT, work_order_id TEXT UNIQUE NOT NULL,"
    " label TEXT NOT NULL, short_label TEXT NOT NULL, description TEXT NOT NULL, project_id TEXT NOT NULL,"
    " location_id TEXT NOT NULL, work_flow_id TEXT NOT NULL, needed INTEGER NOT NULL, begin_date TEXT NOT NULL,"
    " due_date TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT NOT NULL, created TEXT NOT NULL,"
    " updated TEXT NOT NULL)",
    "CREATE TABLE users (seq INTEGER PRIMARY KEY AUTOINCREMENT, user_id TEXT UNIQUE NOT NULL,"
    " email TEXT UNIQUE NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL, token TEXT UNIQUE NOT NULL,"
    " created TEXT NOT NULL, updated TEXT NOT NULL)",
    "CREATE TABLE queue_access (user_id TEXT NOT NULL, queue_id TEXT NOT NULL, PRIMARY KEY (user_id, queue_id))",
    "CREATE TABLE batches (seq INTEGER PRIMARY KEY AUTOINCREMENT, batch_id TEXT UNIQUE NOT NULL,"
    " label TEXT NOT NULL, queue_id TEXT NOT NULL, work_order_id TEXT NOT NULL, ord INTEGER NOT NULL,"
    " number_cycles INTEGER NOT NULL, pending INTEGER NOT NULL, in_progress INTEGER NOT NULL,"
    " verifying INTEGER NOT NULL, complete INTEGER NOT NULL, blocked INTEGER NOT NULL,"
    " cancelled INTEGER NOT NULL, status_category TEXT, status_label TEXT NOT NULL DEFAULT '',"
    " created TEXT NOT NULL, updated TEXT NOT NULL)",
    "CREATE INDEX batches_queue ON batches (queue_id, seq)",
    "CREATE INDEX batches_work_order ON batches (work_order_id)",
    "CREATE TABLE relations (seq INTEGER PRIMARY KEY AUTOINCREMENT, relation_id TEXT UNIQUE NOT NULL,"
    " batch_id TEXT NOT NULL, relation TEXT NOT NULL, label TEXT NOT NULL, direction TEXT NOT NULL,"
    " entity_type TEXT NOT NULL, entity_id TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL)",
    "CREATE INDEX relations_batch ON relations (batch_id, seq)",
};

// Not part of kSchema: run on every start, so that a database created before OAuth existed
// gets the tables too.
constexpr const char *kOAuthSchema[] = {
    "CREATE TABLE IF NOT EXISTS oauth_codes (code_hash TEXT PRIMARY KEY, grant_id TEXT NOT NULL,"
    " client_id TEXT NOT NULL, user_id TEXT NOT NULL, redirect_uri TEXT NOT NULL, code_challenge TEXT NOT NULL,"
    " expires_at INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS oauth_tokens (token_hash TEXT PRIMARY KEY,"
    " kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')), grant_id TEXT NOT NULL, client_id TEXT NOT NULL,"
    " user_id TEXT NOT NULL, expires_at INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS oauth_tokens_grant ON oauth_tokens (grant_id)",
};

// Also run on every start (see kOAuthSchema). No foreign key to batches: a deleted batch's
// completions stay, the work was done.
constexpr const char *kHistorySchema[] = {
    "CREATE TABLE IF NOT EXISTS completions (seq INTEGER PRIMARY KEY AUTOINCREMENT, completed_at TEXT NOT NULL,"
    " batch_id TEXT NOT NULL, queue_id TEXT NOT NULL, work_order_id TEXT NOT NULL, user_id TEXT,"
    " cycles INTEGER NOT NULL CHECK (cycles > 0))",
    "CREATE INDEX IF NOT EXISTS completions_time ON completions (completed_at)",
};

// Also run on every start: a database of an older sim gets the table, and its batches get
// their units when they are first asked for.
constexpr const char *kUnitsSchema[] = {
    "CREATE TABLE IF NOT EXISTS units (seq INTEGER PRIMARY KEY AUTOINCREMENT, cycle_id TEXT UNIQUE NOT NULL,"
    " batch_id TEXT NOT NULL, label TEXT NOT NULL, category TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',"
    " assigned_user TEXT, is_retry INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL, updated TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS units_batch ON units (batch_id, category, seq)",
};
constexpr const char *kUnitColumns =
    "seq, cycle_id, batch_id, label, category, reason, assigned_user, is_retry, created, updated";

constexpr const char *kBatchColumns =
    "seq, batch_id, label, queue_id, work_order_id, ord, number_cycles, pending, in_progress, verifying,"
    " complete, blocked, cancelled, status_category, status_label, created, updated";
constexpr const char *kRelationColumns =
    "seq, relation_id, batch_id, relation, label, direction, entity_type, entity_id, created, updated";

// "?, ?, ?" for an IN list; the values are bound, never spliced into SQL.
QString placeholders(std::size_t n)
{
    QStringList p;
    for (std::size_t i = 0; i < n; ++i)
        p << QStringLiteral("?");
    return p.join(QStringLiteral(", "));
}

QString relationWhere(const RelationFilter &f)
{
    QString where = QStringLiteral(" WHERE batch_id = ?");
    if (!f.entityType.empty())
        where += QStringLiteral(" AND entity_type = ?");
    if (!f.relation.empty())
        where += QStringLiteral(" AND relation = ?");
    if (!f.direction.empty())
        where += QStringLiteral(" AND direction = ?");
    return where;
}

void bindRelationFilter(QSqlQuery &q, const std::string &batchId, const RelationFilter &f)
{
    q.addBindValue(qs(batchId));
    if (!f.entityType.empty())
        q.addBindValue(qs(f.entityType));
    if (!f.relation.empty())
        q.addBindValue(qs(f.relation));
    if (!f.direction.empty())
        q.addBindValue(qs(f.direction));
}

} // namespace

Store::Store()
    : m_connectionName(QStringLiteral("niagara-sim-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Store::~Store()
{
    close();
}

namespace {

// The database holds the tenant's credentials (hashed) and its cursor secret: it is the
// owner's alone. A new file is created 0600 (SQLite gives its -wal, -shm and -journal files
// the database file's mode); an existing one, and its companions, are tightened to that.
bool makeOwnerOnly(const QString &path, QString *error)
{
    constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
    if (!QFile::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !file.setPermissions(kOwnerOnly)) {
            if (error)
                *error = file.errorString();
            return false;
        }
        return true;
    }
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString name = path + QLatin1String(suffix);
        if (QFile::exists(name) && QFile::permissions(name) != kOwnerOnly && !QFile::setPermissions(name, kOwnerOnly)) {
            if (error)
                *error = QStringLiteral("cannot make %1 readable by its owner only").arg(name);
            return false;
        }
    }
    return true;
}

bool isSecretHash(const std::string &text)
{
    return text.size() == 64
           && std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

} // namespace

bool Store::open(const QString &path, QString *error)
{
    if (!makeOwnerOnly(path, error))
        return false;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    // WAL keeps readers cheap; NORMAL sync is plenty for a demo server.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    // What is deleted or overwritten (a replaced token hash, a plain-text token of an old
    // database) is zeroed in the file rather than left in free space.
    q.exec(QStringLiteral("PRAGMA secure_delete=ON"));
    return true;
}

void Store::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Store::exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    qCWarning(lcSim) << "SQL error:" << q.lastError().text() << "in" << q.lastQuery();
    return false;
}

bool Store::hasSchema()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"));
    return exec(q) && q.next() && q.value(0).toInt() > 0;
}

bool Store::createSchema(QString *error)
{
    QSqlQuery q(m_db);
    for (const char *sql : kSchema) {
        if (!q.exec(QString::fromLatin1(sql))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return ensureHistorySchema(error);
}

bool Store::ensureUnitsSchema(QString *error)
{
    QSqlQuery q(m_db);
    for (const char *sql : kUnitsSchema) {
        if (!q.exec(QString::fromLatin1(sql))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

namespace {

Unit unitFromQuery(const QSqlQuery &q)
{
    Unit u;
    u.seq = q.value(0).toLongLong();
    u.id = q.value(1).toString().toStdString();
    u.batchId = q.value(2).toString().toStdString();
    u.label = q.value(3).toString().toStdString();
    u.category = categoryFromName(q.value(4).toString().toStdString()).value_or(Category::Pending);
    u.reason = q.value(5).toString().toStdString();
    u.assignedUser = q.value(6).isNull() ? std::string() : q.value(6).toString().toStdString();
    u.retry = q.value(7).toInt() != 0;
    u.created = q.value(8).toString().toStdString();
    u.updated = q.value(9).toString().toStdString();
    return u;
}

QString unitWhere(std::optional<Category> category)
{
    return category ? QStringLiteral(" WHERE batch_id = ? AND category = ?") : QStringLiteral(" WHERE batch_id = ?");
}

void bindUnitWhere(QSqlQuery &q, const std::string &batchId, std::optional<Category> category)
{
    q.addBindValue(qs(batchId));
    if (category)
        q.addBindValue(QString::fromLatin1(categoryName(*category)));
}

} // namespace

bool Store::ensureUnits(const Batch &b)
{
    if (unitCount(b.id, std::nullopt) > 0)
        return true;
    const auto wo = m_catalog.workOrders.find(b.workOrderId);
    const std::vector<Unit> made = makeUnits(b.id, wo == m_catalog.workOrders.end() ? std::string() : wo->second.label,
                                             b.cycles, technicians({b.id})[b.id], b.created, b.updated);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO units (cycle_id, batch_id, label, category, reason, assigned_user, is_retry,"
                             " created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Unit &u : made) {
        q.addBindValue(qs(u.id));
        q.addBindValue(qs(u.batchId));
        q.addBindValue(qs(u.label));
        q.addBindValue(QString::fromLatin1(categoryName(u.category)));
        q.addBindValue(qs(u.reason));
        q.addBindValue(u.assignedUser.empty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(qs(u.assignedUser)));
        q.addBindValue(u.retry ? 1 : 0);
        q.addBindValue(qs(u.created));
        q.addBindValue(qs(u.updated));
        if (!exec(q))
            return false;
    }
    return true;
}

std::vector<Unit> Store::units(const std::string &batchId, std::optional<Category> category, std::int64_t afterSeq,
                               int limit)
{
    std::vector<Unit> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QString::fromLatin1(kUnitColumns) + QStringLiteral(" FROM units")
              + unitWhere(category) + QStringLiteral(" AND seq > ? ORDER BY seq LIMIT ?"));
    bindUnitWhere(q, batchId, category);
    q.addBindValue(QVariant::fromValue<qlonglong>(afterSeq));
    q.addBindValue(limit);
    if (!exec(q))
        return out;
    while (q.next())
        out.push_back(unitFromQuery(q));
    return out;
}

std::int64_t Store::unitCount(const std::string &batchId, std::optional<Category> category)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM units") + unitWhere(category));
    bindUnitWhere(q, batchId, category);
    if (exec(q) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool Store::ensureHistorySchema(QString *error)
{
    QSqlQuery q(m_db);
    for (const char *sql : kHistorySchema) {
        if (!q.exec(QString::fromLatin1(sql))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool Store::insertCompletion(const Completion &c)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO completions (completed_at, batch_id, queue_id, work_order_id, user_id, cycles)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(qs(c.at));
    q.addBindValue(qs(c.batchId));
    q.addBindValue(qs(c.queueId));
    q.addBindValue(qs(c.workOrderId));
    q.addBindValue(c.userId.empty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(qs(c.userId)));
    q.addBindValue(c.cycles);
    return exec(q);
}

std::vector<CompletionSum> Store::completionSums(const std::string &from, const std::string &to)
{
    std::vector<CompletionSum> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT substr(completed_at, 1, 10) AS day, coalesce(user_id, '') AS user,"
                             " queue_id, work_order_id, sum(cycles) FROM completions"
                             " WHERE completed_at >= ? AND completed_at < ?"
                             " GROUP BY day, user, queue_id, work_order_id"
                             " ORDER BY day, user, queue_id, work_order_id"));
    q.addBindValue(qs(from));
    q.addBindValue(qs(to));
    if (!exec(q))
        return out;
    while (q.next())
        out.push_back(CompletionSum{str(q.value(0)), str(q.value(1)), str(q.value(2)), str(q.value(3)),
                                    q.value(4).toLongLong()});
    return out;
}

std::string Store::meta(const std::string &key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(qs(key));
    if (exec(q) && q.next())
        return str(q.value(0));
    return {};
}

void Store::setMeta(const std::string &key, const std::string &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(qs(key));
    q.addBindValue(qs(value));
    exec(q);
}

bool Store::loadCatalog(QString *error)
{
    Catalog c;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    auto run = [&](const char *sql) {
        if (!q.exec(QString::fromLatin1(sql))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        return true;
    };

    if (!run("SELECT location_id, label, location_type, formatted_address, address, created, updated FROM locations"))
        return false;
    while (q.next()) {
        Location l{str(q.value(0)), str(q.value(1)), str(q.value(2)), str(q.value(3)),
                   str(q.value(5)), str(q.value(6)), Json::parse(str(q.value(4)))};
        c.locations.emplace(l.id, l);
    }
    if (!run("SELECT customer_id, label, allowed_statuses, created, updated FROM customers"))
        return false;
    while (q.next()) {
        Customer cu;
        cu.id = str(q.value(0));
        cu.label = str(q.value(1));
        cu.created = str(q.value(3));
        cu.updated = str(q.value(4));
        for (const Json &s : Json::parse(str(q.value(2)))) {
            AllowedStatus a;
            a.status = s.at("status").get<std::string>();
            a.description = s.value("description", std::string());
            a.category = categoryFromName(s.at("category").get<std::string>()).value_or(Category::Pending);
            a.order = s.value("order", 0);
            cu.statuses.push_back(a);
        }
        c.customers.emplace(cu.id, cu);
    }
    if (!run("SELECT program_id, customer_id, label, start_date, end_date, created, updated FROM programs"))
        return false;
    while (q.next()) {
        Program p{str(q.value(0)), str(q.value(1)), str(q.value(2)), str(q.value(3)),
                  str(q.value(4)), str(q.value(5)), str(q.value(6))};
        c.programs.emplace(p.id, p);
        ++c.customers[p.customerId].totalPrograms;
    }
    if (!run("SELECT project_id, program_id, customer_id, label, description, start_date, end_date, created,"
             " updated FROM projects"))
        return false;
    while (q.next()) {
        Project p{str(q.value(0)), str(q.value(1)), str(q.value(2)), str(q.value(3)), str(q.value(4)),
                  str(q.value(5)), str(q.value(6)), str(q.value(7)), str(q.value(8))};
        c.projects.emplace(p.id, p);
        ++c.customers[p.customerId].totalProjects;
    }
    if (!run("SELECT work_flow_id, label, starts_at, workflow_version, steps, metadata, created, updated FROM workflows"))
        return false;
    while (q.next()) {
        Workflow w;
        w.id = str(q.value(0));
        w.label = str(q.value(1));
        w.startsAt = str(q.value(2));
        w.version = q.value(3).toInt();
        w.steps = Json::parse(str(q.value(4)));
        w.metadata = Json::parse(str(q.value(5)));
        w.created = str(q.value(6));
        w.updated = str(q.value(7));
        c.workflows.emplace(w.id, w);
    }
    if (!run("SELECT seq, queue_id, label, priority, location_id, created, updated FROM queues"))
        return false;
    while (q.next()) {
        Queue qu;
        qu.seq = q.value(0).toLongLong();
        qu.id = str(q.value(1));
        qu.label = str(q.value(2));
        qu.priority = q.value(3).toInt();
        qu.locationId = str(q.value(4));
        qu.created = str(q.value(5));
        qu.updated = str(q.value(6));
        c.queues.emplace(qu.id, qu);
    }
    if (!run("SELECT seq, work_order_id, label, short_label, description, project_id, location_id, work_flow_id,"
             " needed, begin_date, due_date, start_date, end_date, created, updated FROM work_orders"))
        return false;
    while (q.next()) {
        WorkOrder w;
        w.seq = q.value(0).toLongLong();
        w.id = str(q.value(1));
        w.label = str(q.value(2));
        w.shortLabel = str(q.value(3));
        w.description = str(q.value(4));
        w.projectId = str(q.value(5));
        w.locationId = str(q.value(6));
        w.workflowId = str(q.value(7));
        w.needed = q.value(8).toInt();
        w.beginDate = str(q.value(9));
        w.dueDate = str(q.value(10));
        w.startDate = str(q.value(11));
        w.endDate = str(q.value(12));
        w.created = str(q.value(13));
        w.updated = str(q.value(14));
        c.workOrders.emplace(w.id, w);
    }
    if (!run("SELECT seq, user_id, email, name, role, token, created, updated FROM users"))
        return false;
    while (q.next()) {
        User u{q.value(0).toLongLong(), str(q.value(1)), str(q.value(2)), str(q.value(3)),
               str(q.value(4)), str(q.value(5)), str(q.value(6)), str(q.value(7))};
        c.userByTokenHash.emplace(u.tokenHash, u.id);
        c.users.emplace(u.id, u);
    }
    if (!run("SELECT user_id, queue_id FROM queue_access"))
        return false;
    while (q.next())
        c.queueAccess[str(q.value(0))].insert(str(q.value(1)));
    m_catalog = std::move(c);
    return true;
}

void Store::touchQueue(const std::string &queueId, const std::string &when)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE queues SET updated = ? WHERE queue_id = ?"));
    q.addBindValue(qs(when));
    q.addBindValue(qs(queueId));
    exec(q);
    if (auto it = m_catalog.queues.find(queueId); it != m_catalog.queues.end())
        it->second.updated = when;
}

void Store::touchWorkOrder(const std::string &workOrderId, const std::string &when)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE work_orders SET updated = ? WHERE work_order_id = ?"));
    q.addBindValue(qs(when));
    q.addBindValue(qs(workOrderId));
    exec(q);
    if (auto it = m_catalog.workOrders.find(workOrderId); it != m_catalog.workOrders.end())
        it->second.updated = when;
}

Batch Store::batchFromQuery(const QSqlQuery &q)
{
    Batch b;
    b.seq = q.value(0).toLongLong();
    b.id = str(q.value(1));
    b.label = str(q.value(2));
    b.queueId = str(q.value(3));
    b.workOrderId = str(q.value(4));
    b.order = q.value(5).toLongLong();
    b.numberCycles = q.value(6).toInt();
    for (std::size_t i = 0; i < kAllCategories.size(); ++i)
        b.cycles[kAllCategories[i]] = q.value(7 + static_cast<int>(i)).toInt();
    if (!q.value(13).isNull())
        b.statusCategory = categoryFromName(str(q.value(13)));
    b.statusLabel = str(q.value(14));
    b.created = str(q.value(15));
    b.updated = str(q.value(16));
    return b;
}

Relation Store::relationFromQuery(const QSqlQuery &q)
{
    return Relation{q.value(0).toLongLong(), str(q.value(1)), str(q.value(2)), str(q.value(3)),
                    str(q.value(4)),         str(q.value(5)), str(q.value(6)), str(q.value(7)),
                    str(q.value(8)),         str(q.value(9))};
}

std::vector<Batch> Store::batches(std::int64_t afterSeq, int limit,
                                  const std::optional<std::set<std::string>> &queues)
{
    std::vector<Batch> out;
    if (queues && queues->empty())
        return out;
    QString sql = QStringLiteral("SELECT ") + QString::fromLatin1(kBatchColumns)
                  + QStringLiteral(" FROM batches WHERE seq > ?");
    if (queues)
        sql += QStringLiteral(" AND queue_id IN (") + placeholders(queues->size()) + QStringLiteral(")");
    sql += QStringLiteral(" ORDER BY seq LIMIT ?");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(QVariant::fromValue<qlonglong>(afterSeq));
    if (queues) {
        for (const std::string &id : *queues)
            q.addBindValue(qs(id));
    }
    q.addBindValue(limit);
    if (!exec(q))
        return out;
    while (q.next())
        out.push_back(batchFromQuery(q));
    return out;
}

std::int64_t Store::changeCount()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT total_changes()")) && q.next())
        return q.value(0).toLongLong();
    return -1; // never equal to a cached count: nothing is served from the cache
}

std::int64_t Store::batchCount(const std::optional<std::set<std::string>> &queues)
{
    if (queues && queues->empty())
        return 0;
    const std::int64_t changes = changeCount();
    CachedCount &cached = m_batchCounts[queues];
    if (changes >= 0 && cached.changeCount == changes)
        return cached.value;
    cached.changeCount = -1;
    QString sql = QStringLiteral("SELECT count(*) FROM batches");
    if (queues)
        sql += QStringLiteral(" WHERE queue_id IN (") + placeholders(queues->size()) + QStringLiteral(")");
    QSqlQuery q(m_db);
    q.prepare(sql);
    if (queues) {
        for (const std::string &id : *queues)
            q.addBindValue(qs(id));
    }
    if (!exec(q) || !q.next())
        return 0;
    cached = CachedCount{changes, q.value(0).toLongLong()};
    return cached.value;
}

std::optional<Batch> Store::batch(const std::string &batchId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + QString::fromLatin1(kBatchColumns)
              + QStringLiteral(" FROM batches WHERE batch_id = ?"));
    q.addBindValue(qs(batchId));
    if (exec(q) && q.next())
        return batchFromQuery(q);
    return std::nullopt;
}

int Store::batchCountForWorkOrder(const std::string &workOrderId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM batches WHERE work_order_id = ?"));
    q.addBindValue(qs(workOrderId));
    if (exec(q) && q.next())
        return q.value(0).toInt();
    return 0;
}

std::int64_t Store::maxOrderInQueue(const std::string &queueId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT coalesce(max(ord), -1) FROM batches WHERE queue_id = ?"));
    q.addBindValue(qs(queueId));
    if (exec(q) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

bool Store::insertBatch(Batch &b)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO batches (batch_id, label, queue_id, work_order_id, ord, number_cycles, pending, in_progress,"
        " verifying, complete, blocked, cancelled, status_category, status_label, created, updated)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(qs(b.id));
    q.addBindValue(qs(b.label));
    q.addBindValue(qs(b.queueId));
    q.addBindValue(qs(b.workOrderId));
    q.addBindValue(QVariant::fromValue<qlonglong>(b.order));
    q.addBindValue(b.numberCycles);
    for (Category c : kAllCategories)
        q.addBindValue(b.cycles[c]);
    q.addBindValue(b.statusCategory ? QVariant(QString::fromLatin1(categoryName(*b.statusCategory)))
                                    : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(qs(b.statusLabel));
    q.addBindValue(qs(b.created));
    q.addBindValue(qs(b.updated));
    if (!exec(q))
        return false;
    b.seq = q.lastInsertId().toLongLong();
    return true;
}

bool Store::deleteBatch(const std::string &batchId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM relations WHERE batch_id = ?"));
    q.addBindValue(qs(batchId));
    if (!exec(q))
        return false;
    q.prepare(QStringLiteral("DELETE FROM units WHERE batch_id = ?"));
    q.addBindValue(qs(batchId));
    if (!exec(q))
        return false;
    q.prepare(QStringLiteral("DELETE FROM batches WHERE batch_id = ?"));
    q.addBindValue(qs(batchId));
    return exec(q) && q.numRowsAffected() > 0;
}

std::vector<Batch> Store::unfinishedBatches()
{
    std::vector<Batch> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QString::fromLatin1(kBatchColumns)
              + QStringLiteral(" FROM batches WHERE pending + in_progress + verifying + blocked > 0 ORDER BY seq"));
    if (!exec(q))
        return out;
    while (q.next())
        out.push_back(batchFromQuery(q));
    return out;
}

bool Store::updateBatchProgress(const Batch &b)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE batches SET pending = ?, in_progress = ?, verifying = ?, complete = ?,"
                             " blocked = ?, cancelled = ?, status_category = ?, status_label = ?, updated = ?"
                             " WHERE batch_id = ?"));
    for (Category c : kAllCategories)
        q.addBindValue(b.cycles[c]);
    q.addBindValue(b.statusCategory ? QVariant(QString::fromLatin1(categoryName(*b.statusCategory)))
                                    : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(qs(b.statusLabel));
    q.addBindValue(qs(b.updated));
    q.addBindValue(qs(b.id));
    if (!exec(q) || q.numRowsAffected() != 1)
        return false;
    // The units follow the counts (those not made yet will be made from the new counts).
    const std::vector<Unit> current = units(b.id, std::nullopt, 0, std::numeric_limits<int>::max());
    if (current.empty())
        return true;
    const std::vector<UnitMove> moves = planUnitMoves(current, b.cycles);
    if (moves.empty())
        return true;
    const std::vector<std::string> techs = technicians({b.id})[b.id];
    QSqlQuery step(m_db);
    step.prepare(QStringLiteral("UPDATE units SET category = ?, reason = ?, assigned_user = coalesce(assigned_user, ?),"
                                " updated = ? WHERE seq = ?"));
    std::size_t turn = 0;
    for (const UnitMove &m : moves) {
        const Unit &u = current[m.index];
        step.addBindValue(QString::fromLatin1(categoryName(m.to)));
        step.addBindValue(m.to == Category::Blocked ? qs(blockedReason(static_cast<std::uint64_t>(u.seq)))
                                                    : QStringLiteral("")); // empty, not NULL
        step.addBindValue(techs.empty() || m.to == Category::Pending ? QVariant(QMetaType(QMetaType::QString))
                                                                     : QVariant(qs(techs[turn++ % techs.size()])));
        step.addBindValue(qs(b.updated));
        step.addBindValue(QVariant::fromValue<qlonglong>(u.seq));
        if (!exec(step))
            return false;
    }
    return true;
}

std::vector<Relation> Store::relations(const std::string &batchId, const RelationFilter &f,
                                       std::int64_t afterSeq, int limit)
{
    std::vector<Relation> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QString::fromLatin1(kRelationColumns) + QStringLiteral(" FROM relations")
              + relationWhere(f) + QStringLiteral(" AND seq > ? ORDER BY seq LIMIT ?"));
    bindRelationFilter(q, batchId, f);
    q.addBindValue(QVariant::fromValue<qlonglong>(afterSeq));
    q.addBindValue(limit);
    if (!exec(q))
        return out;
    while (q.next())
        out.push_back(relationFromQuery(q));
    return out;
}

std::int64_t Store::relationCount(const std::string &batchId, const RelationFilter &f)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM relations") + relationWhere(f));
    bindRelationFilter(q, batchId, f);
    if (exec(q) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

std::optional<Relation> Store::relation(const std::string &batchId, const std::string &relationId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + QString::fromLatin1(kRelationColumns)
              + QStringLiteral(" FROM relations WHERE batch_id = ? AND relation_id = ?"));
    q.addBindValue(qs(batchId));
    q.addBindValue(qs(relationId));
    if (exec(q) && q.next())
        return relationFromQuery(q);
    return std::nullopt;
}

bool Store::hasRelation(const std::string &batchId, const std::string &relation,
                        const std::string &entityType, const std::string &entityId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM relations WHERE batch_id = ? AND relation = ?"
                             " AND entity_type = ? AND entity_id = ?"));
    q.addBindValue(qs(batchId));
    q.addBindValue(qs(relation));
    q.addBindValue(qs(entityType));
    q.addBindValue(qs(entityId));
    return exec(q) && q.next() && q.value(0).toInt() > 0;
}

bool Store::insertRelation(Relation &r)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO relations (relation_id, batch_id, relation, label, direction, entity_type,"
                             " entity_id, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const std::string *s : {&r.id, &r.batchId, &r.relation, &r.label, &r.direction, &r.entityType,
                                 &r.entityId, &r.created, &r.updated})
        q.addBindValue(qs(*s));
    if (!exec(q))
        return false;
    r.seq = q.lastInsertId().toLongLong();
    return true;
}

bool Store::deleteRelation(const std::string &batchId, const std::string &relationId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM relations WHERE batch_id = ? AND relation_id = ?"));
    q.addBindValue(qs(batchId));
    q.addBindValue(qs(relationId));
    return exec(q) && q.numRowsAffected() > 0;
}

void Store::touchBatch(const std::string &batchId, const std::string &when)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE batches SET updated = ? WHERE batch_id = ?"));
    q.addBindValue(qs(when));
    q.addBindValue(qs(batchId));
    exec(q);
}

std::map<std::string, std::vector<std::string>> Store::technicians(const std::vector<std::string> &batchIds)
{
    std::map<std::string, std::vector<std::string>> out;
    if (batchIds.empty())
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT batch_id, entity_id FROM relations WHERE relation = 'technician'"
                             " AND entity_type = 'USER' AND batch_id IN (")
              + placeholders(batchIds.size()) + QStringLiteral(") ORDER BY seq"));
    for (const std::string &id : batchIds)
        q.addBindValue(qs(id));
    if (!exec(q))
        return out;
    while (q.next())
        out[str(q.value(0))].push_back(str(q.value(1)));
    return out;
}

Aggregates Store::aggregates()
{
    const std::int64_t changes = changeCount();
    if (changes >= 0 && changes == m_aggregatesChangeCount)
        return m_aggregates;
    m_aggregatesChangeCount = -1;
    Aggregates a;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT queue_id, work_order_id, count(*), sum(number_cycles), sum(pending), sum(in_progress),"
            " sum(verifying), sum(complete), sum(blocked), sum(cancelled),"
            " sum(CASE WHEN pending + in_progress + verifying + blocked > 0 THEN 1 ELSE 0 END)"
            " FROM batches GROUP BY queue_id, work_order_id"))) {
        qCWarning(lcSim) << "aggregate query failed:" << q.lastError().text();
        return a;
    }
    while (q.next()) {
        const std::string queueId = str(q.value(0));
        const std::string workOrderId = str(q.value(1));
        CycleCounts c;
        for (std::size_t i = 0; i < kAllCategories.size(); ++i)
            c[kAllCategories[i]] = q.value(4 + static_cast<int>(i)).toInt();
        const int activeBatches = q.value(10).toInt();

        WorkOrderAggregate &w = a.workOrders[workOrderId];
        w.cycles += c;
        w.assigned += q.value(3).toInt();
        w.batches += q.value(2).toInt();

        QueueAggregate &qa = a.queues[queueId];
        qa.totalBatches += q.value(2).toInt();
        qa.activeBatches += activeBatches;
        qa.activeCycles += c.active();
        qa.workOrders.insert(workOrderId);
        if (activeBatches > 0)
            qa.activeWorkOrders.insert(workOrderId);
    }
    m_aggregates = a;
    m_aggregatesChangeCount = changes;
    return a;
}

// ------------------------------------------------------------------------------------ OAuth

bool Store::hashPlainPersonalTokens(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT user_id, token FROM users"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    std::map<std::string, std::string> hashes;
    while (q.next()) {
        const std::string token = str(q.value(1));
        if (!isSecretHash(token))
            hashes.emplace(str(q.value(0)), secretHash(token));
    }
    if (hashes.empty())
        return true;
    if (!replacePersonalTokens(hashes, error))
        return false;
    // The old pages of the write-ahead log still hold the plain text: fold them in and empty it.
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    qCInfo(lcSim) << "personal tokens of" << hashes.size() << "users are now stored hashed";
    return true;
}

bool Store::replacePersonalTokens(const std::map<std::string, std::string> &tokenHashByUser, QString *error)
{
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET token = ? WHERE user_id = ?"));
    for (const auto &[userId, hash] : tokenHashByUser) {
        q.addBindValue(qs(hash));
        q.addBindValue(qs(userId));
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    for (const auto &[userId, hash] : tokenHashByUser) {
        const auto user = m_catalog.users.find(userId);
        if (user == m_catalog.users.end())
            continue;
        m_catalog.userByTokenHash.erase(user->second.tokenHash);
        user->second.tokenHash = hash;
        m_catalog.userByTokenHash[hash] = userId;
    }
    return true;
}

bool Store::ensureOAuthSchema(QString *error)
{
    QSqlQuery q(m_db);
    for (const char *sql : kOAuthSchema) {
        if (!q.exec(QString::fromLatin1(sql))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool Store::insertOAuthCode(const std::string &codeHash, const OAuthCode &c)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO oauth_codes (code_hash, grant_id, client_id, user_id, redirect_uri,"
                             " code_challenge, expires_at, used) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const std::string *s : {&codeHash, &c.grantId, &c.clientId, &c.userId, &c.redirectUri, &c.challenge})
        q.addBindValue(qs(*s));
    q.addBindValue(QVariant::fromValue<qlonglong>(c.expiresAt));
    q.addBindValue(c.used ? 1 : 0);
    return exec(q);
}

std::optional<OAuthCode> Store::oauthCode(const std::string &codeHash)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT grant_id, client_id, user_id, redirect_uri, code_challenge, expires_at, used"
                             " FROM oauth_codes WHERE code_hash = ?"));
    q.addBindValue(qs(codeHash));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return OAuthCode{str(q.value(0)), str(q.value(1)), str(q.value(2)), str(q.value(3)), str(q.value(4)),
                     q.value(5).toLongLong(), q.value(6).toInt() != 0};
}

bool Store::consumeOAuthCode(const std::string &codeHash)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE oauth_codes SET used = 1 WHERE code_hash = ? AND used = 0"));
    q.addBindValue(qs(codeHash));
    return exec(q) && q.numRowsAffected() == 1;
}

bool Store::insertOAuthToken(const std::string &tokenHash, const OAuthToken &t)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO oauth_tokens (token_hash, kind, grant_id, client_id, user_id, expires_at,"
                             " revoked) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const std::string *s : {&tokenHash, &t.kind, &t.grantId, &t.clientId, &t.userId})
        q.addBindValue(qs(*s));
    q.addBindValue(QVariant::fromValue<qlonglong>(t.expiresAt));
    q.addBindValue(t.revoked ? 1 : 0);
    return exec(q);
}

std::optional<OAuthToken> Store::oauthToken(const std::string &tokenHash)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kind, grant_id, client_id, user_id, expires_at, revoked FROM oauth_tokens"
                             " WHERE token_hash = ?"));
    q.addBindValue(qs(tokenHash));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return OAuthToken{str(q.value(0)), str(q.value(1)), str(q.value(2)), str(q.value(3)), q.value(4).toLongLong(),
                      q.value(5).toInt() != 0};
}

int Store::revokeOAuthToken(const std::string &tokenHash)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE oauth_tokens SET revoked = 1 WHERE token_hash = ? AND revoked = 0"));
    q.addBindValue(qs(tokenHash));
    return exec(q) ? q.numRowsAffected() : 0;
}

bool Store::expireOAuthAccessToken(const std::string &tokenHash, std::int64_t at)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE oauth_tokens SET expires_at = ? WHERE token_hash = ? AND kind = 'access'"
                             " AND revoked = 0 AND expires_at > ?"));
    q.addBindValue(static_cast<qlonglong>(at));
    q.addBindValue(qs(tokenHash));
    q.addBindValue(static_cast<qlonglong>(at));
    return exec(q) && q.numRowsAffected() > 0;
}

int Store::revokeOAuthGrant(const std::string &grantId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE oauth_tokens SET revoked = 1 WHERE grant_id = ? AND revoked = 0"));
    q.addBindValue(qs(grantId));
    return exec(q) ? q.numRowsAffected() : 0;
}

void Store::purgeOAuth(std::int64_t before)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM oauth_codes WHERE expires_at < ?"));
    q.addBindValue(QVariant::fromValue<qlonglong>(before));
    exec(q);
    q.prepare(QStringLiteral("DELETE FROM oauth_tokens WHERE expires_at < ?"));
    q.addBindValue(QVariant::fromValue<qlonglong>(before));
    exec(q);
}

} // namespace sim
