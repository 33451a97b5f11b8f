#include "models/planning/catalogmodels.h"

#include "models/requestqueue.h"

#include "client/niagaraclient.h"
#include "models/batchroles.h"
#include "models/displaytext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>

namespace BatchDesk {

namespace {

QVariant rightAligned()
{
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString shortDate(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// PagedCatalogModel

PagedCatalogModel::PagedCatalogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

PagedCatalogModel::~PagedCatalogModel() = default;

int PagedCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

bool PagedCatalogModel::canFetchMore(const QModelIndex &parent) const
{
    // A flat list: nothing hangs below a row. After a failure views must not hammer the server
    // by scrolling; retryAfterFailure() opens the gate again.
    if (parent.isValid())
        return false;
    return m_morePages && m_state != State::Failed;
}

void PagedCatalogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !canFetchMore(parent) || m_state == State::Loading)
        return;
    setState(State::Loading);
    Q_EMIT fetchRequested();
}

Qt::ItemFlags PagedCatalogModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_checkable && index.column() == 0)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool PagedCatalogModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_checkable || role != Qt::CheckStateRole || !index.isValid() || index.column() != 0
        || index.row() >= m_ids.size())
        return false;
    const QString &id = m_ids.at(index.row());
    const bool on = value.toInt() == Qt::Checked;
    if (on == m_checked.contains(id))
        return true;
    if (on)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    m_checkOrder.removeAll(id);
    if (on)
        m_checkOrder.append(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedIdsChanged();
    return true;
}

QString PagedCatalogModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

void PagedCatalogModel::clear()
{
    if (!m_ids.isEmpty()) {
        beginRemoveRows({}, 0, static_cast<int>(m_ids.size()) - 1);
        m_ids.clear();
        m_rowById.clear();
        clearItems();
        endRemoveRows();
    }
    // Check marks stay: a refresh must not undo the manager's choices.
    m_morePages = true;
    m_totalCount = 0;
    m_error = {};
    setState(State::Idle);
}

void PagedCatalogModel::retryAfterFailure()
{
    if (m_state != State::Failed)
        return;
    m_error = {};
    setState(State::Idle);
}

void PagedCatalogModel::pageFailed(const Niagara::ApiError &error)
{
    m_error = error;
    setState(State::Failed);
}

void PagedCatalogModel::pageAbandoned()
{
    if (m_state == State::Loading)
        setState(State::Idle);
}

void PagedCatalogModel::setCheckable(bool checkable)
{
    if (m_checkable == checkable)
        return;
    m_checkable = checkable;
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
}

QStringList PagedCatalogModel::checkedIds() const
{
    return m_checkOrder;
}

void PagedCatalogModel::setCheckedIds(const QStringList &ids)
{
    QStringList order;
    for (const QString &id : ids) {
        if (!order.contains(id))
            order.append(id);
    }
    if (order == m_checkOrder)
        return;
    const QSet<QString> before = m_checked;
    m_checkOrder = order;
    m_checked = QSet<QString>(order.begin(), order.end());
    QSet<QString> changed = before;
    changed.unite(m_checked);
    changed.subtract(before & m_checked);
    for (const QString &id : std::as_const(changed)) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, 0), {Qt::CheckStateRole});
    }
    Q_EMIT checkedIdsChanged();
}

QVariant PagedCatalogModel::checkData(int row) const
{
    if (!m_checkable)
        return {};
    return m_checked.contains(m_ids.at(row)) ? Qt::Checked : Qt::Unchecked;
}

void PagedCatalogModel::beginAppend(const QStringList &newIds)
{
    const int first = static_cast<int>(m_ids.size());
    beginInsertRows({}, first, first + static_cast<int>(newIds.size()) - 1);
    m_pendingIds = newIds;
}

void PagedCatalogModel::endAppend()
{
    for (const QString &id : std::as_const(m_pendingIds)) {
        m_rowById.insert(id, static_cast<int>(m_ids.size()));
        m_ids.append(id);
    }
    m_pendingIds.clear();
    endInsertRows();
}

void PagedCatalogModel::finishPage(bool morePages, qint64 totalCount)
{
    m_morePages = morePages;
    m_totalCount = totalCount;
    m_error = {};
    setState(morePages ? State::Idle : State::Complete);
}

void PagedCatalogModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

// ---------------------------------------------------------------------------------------------
// WorkOrderCatalogModel

WorkOrderCatalogModel::WorkOrderCatalogModel(QObject *parent)
    : CatalogRows<Niagara::WorkOrder>(parent)
{
}

int WorkOrderCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkOrderCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Niagara::WorkOrder &wo = itemAt(index.row());
    const qint64 needed = wo.cyclesNeeded();
    const WorkOrderUsage used = m_usage.value(wo.id);
    const qint64 remaining = std::max<qint64>(0, needed - used.batchedCycles);
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    // The board's definition (models/batchroles.h): past due with cycles still to complete.
    qint64 complete = 0;
    for (const Niagara::WorkOrderCycles &c : wo.cycles)
        complete = Niagara::addCounts(complete, c.counts[Niagara::StatusCategory::Complete]);
    const bool overdue = isOverdue(wo.dueDate, needed, complete, now);

    switch (role) {
    case IdRole: return wo.id;
    case SearchTextRole: {
        QStringList parts{wo.label, wo.id, wo.description};
        if (wo.project) {
            parts << wo.project->label << wo.project->customer.label;
        }
        return parts.join(QLatin1Char(' '));
    }
    case CyclesNeededRole: return needed;
    case CyclesBatchedRole: return m_usageKnown ? QVariant(used.batchedCycles) : QVariant();
    case CyclesRemainingRole: return m_usageKnown ? QVariant(remaining) : QVariant();
    case OverdueRole: return overdue;
    case Qt::CheckStateRole: return index.column() == 0 ? checkData(index.row()) : QVariant();
    default: break;
    }

    switch (index.column()) {
    case LabelColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return wo.label.isEmpty() ? wo.id : wo.label;
        if (role == Qt::ToolTipRole) {
            QStringList lines{wo.label.isEmpty() ? wo.id : wo.label};
            if (wo.project)
                lines << tr("%1 · %2").arg(wo.project->customer.label, wo.project->label);
            if (!wo.description.isEmpty())
                lines << wo.description;
            return DisplayText::toolTip(lines.join(QLatin1Char('\n')));
        }
        break;
    case DueColumn:
        if (role == Qt::DisplayRole)
            return wo.dueDate.isValid() ? (overdue ? tr("%1 (overdue)").arg(shortDate(wo.dueDate)) : shortDate(wo.dueDate))
                                        : tr("none");
        if (role == SortRole)
            return wo.dueDate;
        break;
    case NeededColumn:
        if (role == Qt::DisplayRole)
            return number(needed);
        if (role == SortRole)
            return needed;
        if (role == Qt::TextAlignmentRole)
            return rightAligned();
        break;
    case BatchedColumn:
    case RemainingColumn: {
        const qint64 value = index.column() == BatchedColumn ? used.batchedCycles : remaining;
        if (role == Qt::DisplayRole)
            return m_usageKnown ? number(value) : QStringLiteral("…");
        if (role == SortRole)
            return m_usageKnown ? QVariant(value) : QVariant(qint64(-1));
        if (role == Qt::TextAlignmentRole)
            return rightAligned();
        if (role == Qt::ToolTipRole) {
            if (!m_usageKnown)
                return tr("Counting the batches on the server…");
            if (index.column() == BatchedColumn)
                return tr("%Ln batch(es) on the server hold these cycles", nullptr, used.batches);
        }
        break;
    }
    default: break;
    }
    return {};
}

QVariant WorkOrderCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section >= NeededColumn)
        return rightAligned();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn: return tr("Work order");
    case DueColumn: return tr("Due");
    case NeededColumn: return tr("Cycles needed");
    case BatchedColumn: return tr("In batches");
    case RemainingColumn: return tr("Still to split");
    default: return {};
    }
}

void WorkOrderCatalogModel::setUsage(const QHash<QString, WorkOrderUsage> &usage)
{
    m_usage = usage;
    m_usageKnown = true;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, BatchedColumn), index(rowCount() - 1, RemainingColumn));
}

// ---------------------------------------------------------------------------------------------
// QueueCatalogModel

QueueCatalogModel::QueueCatalogModel(QObject *parent)
    : CatalogRows<Niagara::Queue>(parent)
{
}

int QueueCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Niagara::Queue &queue = itemAt(index.row());
    const QueueLoad load = m_loads.value(queue.id);
    // Before the census, the queue's own counters (seed revision) are better than nothing.
    const std::optional<qint64> batches = m_loadsKnown ? std::optional<qint64>(load.activeBatches) : queue.activeBatches;
    const std::optional<qint64> cycles = m_loadsKnown ? std::optional<qint64>(load.activeCycles) : queue.activeCycles;

    switch (role) {
    case IdRole: return queue.id;
    case SearchTextRole:
        return QStringList{queue.label, queue.id, queue.location ? queue.location->label : QString()}.join(QLatin1Char(' '));
    case PriorityRole: return QVariant::fromValue(queue.priority);
    case ActiveBatchesRole: return batches ? QVariant(*batches) : QVariant();
    case ActiveCyclesRole: return cycles ? QVariant(*cycles) : QVariant();
    case HighestOrderRole: return load.highestOrder;
    case Qt::CheckStateRole: return index.column() == 0 ? checkData(index.row()) : QVariant();
    default: break;
    }

    switch (index.column()) {
    case LabelColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return queue.label.isEmpty() ? queue.id : queue.label;
        break;
    case PriorityColumn:
        if (role == Qt::DisplayRole)
            return queue.priority.isValid() ? queue.priority.toString() : QString();
        if (role == SortRole)
            return queue.priority.isNumber() ? QVariant(queue.priority.number()) : QVariant(queue.priority.toString());
        if (role == Qt::TextAlignmentRole)
            return rightAligned();
        if (role == Qt::ToolTipRole)
            return tr("Lower numbers are worked first");
        break;
    case LocationColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return queue.location ? queue.location->label : QString();
        if (role == Qt::ToolTipRole && queue.location)
            return DisplayText::toolTip(queue.location->formattedAddress);
        break;
    case BatchesColumn:
    case CyclesColumn: {
        const std::optional<qint64> value = index.column() == BatchesColumn ? batches : cycles;
        if (role == Qt::DisplayRole)
            return value ? number(*value) : QStringLiteral("…");
        if (role == SortRole)
            return value.value_or(-1);
        if (role == Qt::TextAlignmentRole)
            return rightAligned();
        if (role == Qt::ToolTipRole)
            return index.column() == BatchesColumn ? tr("Batches with cycles still to work (pending, in progress, "
                                                        "verifying or blocked)")
                                                   : tr("Cycles still to work in this queue");
        break;
    }
    default: break;
    }
    return {};
}

QVariant QueueCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == PriorityColumn || section >= BatchesColumn))
        return rightAligned();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn: return tr("Queue");
    case PriorityColumn: return tr("Priority");
    case LocationColumn: return tr("Location");
    case BatchesColumn: return tr("Active batches");
    case CyclesColumn: return tr("Active cycles");
    default: return {};
    }
}

void QueueCatalogModel::setLoads(const QHash<QString, QueueLoad> &loads)
{
    m_loads = loads;
    m_loadsKnown = true;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, BatchesColumn), index(rowCount() - 1, CyclesColumn));
}

// ---------------------------------------------------------------------------------------------
// UserCatalogModel

UserCatalogModel::UserCatalogModel(QObject *parent)
    : CatalogRows<Niagara::User>(parent)
{
}

int UserCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Niagara::User &user = itemAt(index.row());
    switch (role) {
    case IdRole: return user.id;
    case SearchTextRole: return QString(user.name + QLatin1Char(' ') + user.email);
    case Qt::CheckStateRole: return index.column() == NameColumn ? checkData(index.row()) : QVariant();
    case QueueIdsRole: return m_planning.value(user.id).queueIds;
    case LoadDaysRole: {
        const std::optional<double> load = m_planning.value(user.id).loadDays;
        return load ? QVariant(*load) : QVariant();
    }
    case InFiguresRole: return m_planning.value(user.id).inFigures;
    default: break;
    }
    if (role == Qt::TextAlignmentRole && index.column() == LoadColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    if (role == Qt::ToolTipRole && index.column() != QueuesColumn)
        return {};
    switch (index.column()) {
    case NameColumn: return DisplayText::userName(user);
    case EmailColumn: return user.email;
    case RoleColumn: {
        // The server's roles when it says who holds them; else derived: a technician relation
        // to a queue says "Technician".
        if (!m_hasPlanning)
            return QString();
        const Planning p = m_planning.value(user.id);
        if (!p.roles.isEmpty())
            return QLocale().createSeparatedList(p.roles);
        return !p.queueIds.isEmpty() && !m_rolesKnown
            ? QCoreApplication::translate("BatchDesk::UserCatalogModel", "Technician")
            : QString();
    }
    case QueuesColumn: return QLocale().createSeparatedList(m_planning.value(user.id).queueLabels);
    case LoadColumn: {
        if (role == SortRole) {
            // Unknown last, then no pace, then by load.
            const Planning p = m_planning.value(user.id);
            return p.loadDays ? *p.loadDays : (p.inFigures ? 1e12 : 2e12);
        }
        return loadText(user.id);
    }
    default: return {};
    }
}

void UserCatalogModel::setPlanningFigures(const PlanningFigures &figures)
{
    QHash<QString, Planning> next;
    for (const QueueFigures &q : figures.queues) {
        if (!q.technicianIds)
            continue;
        for (const QString &id : *q.technicianIds) {
            Planning &p = next[id];
            if (!p.queueIds.contains(q.queueId)) {
                p.queueIds << q.queueId;
                p.queueLabels << (q.label.isEmpty() ? q.queueId : q.label);
            }
        }
    }
    for (const TechnicianFigures &t : figures.technicians) {
        Planning &p = next[t.userId];
        p.inFigures = true;
        p.loadDays = t.loadDays;
    }
    for (auto it = figures.userRoles.cbegin(); it != figures.userRoles.cend(); ++it)
        next[it.key()].roles = it.value();
    m_rolesKnown = !figures.userRoles.isEmpty();
    m_planning = std::move(next);
    m_hasPlanning = true;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, RoleColumn), index(rowCount() - 1, LoadColumn));
}

QString UserCatalogModel::loadText(const QString &userId) const
{
    if (!m_hasPlanning)
        return {};
    const auto it = m_planning.constFind(userId);
    if (it == m_planning.cend() || !it->inFigures)
        return QStringLiteral("\u2014");
    if (!it->loadDays)
        return QCoreApplication::translate("BatchDesk::UserCatalogModel", "no pace");
    return QCoreApplication::translate("BatchDesk::UserCatalogModel", "%1 days").arg(QLocale().toString(*it->loadDays, 'f', 1));
}

QVariant UserCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    // The context spelled out: lupdate 6.4 loses track of this class in this file and would
    // file plain tr() under "UserCatalogModel", which the running app never asks for.
    switch (section) {
    case NameColumn: return QCoreApplication::translate("BatchDesk::UserCatalogModel", "Name");
    case EmailColumn: return QCoreApplication::translate("BatchDesk::UserCatalogModel", "Email");
    case RoleColumn: return QCoreApplication::translate("BatchDesk::UserCatalogModel", "Role");
    case QueuesColumn: return QCoreApplication::translate("BatchDesk::UserCatalogModel", "Can work");
    case LoadColumn: return QCoreApplication::translate("BatchDesk::UserCatalogModel", "Load");
    default: return {};
    }
}

QString UserCatalogModel::displayName(const QString &userId) const
{
    const Niagara::User *user = item(userId);
    if (user == nullptr)
        return userId;
    return DisplayText::userName(*user);
}

// ---------------------------------------------------------------------------------------------
// CatalogPager

CatalogPager::CatalogPager(Niagara::NiagaraClient *client, PagedCatalogModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
    connect(model, &PagedCatalogModel::fetchRequested, this, &CatalogPager::fetchNext);
}

CatalogPager::CatalogPager(Niagara::NiagaraClient *client, WorkOrderCatalogModel *model, QObject *parent)
    : CatalogPager(client, static_cast<PagedCatalogModel *>(model), parent)
{
    bind(model, &Niagara::NiagaraClient::listWorkOrders);
}

CatalogPager::CatalogPager(Niagara::NiagaraClient *client, QueueCatalogModel *model, QObject *parent)
    : CatalogPager(client, static_cast<PagedCatalogModel *>(model), parent)
{
    bind(model, &Niagara::NiagaraClient::listQueues);
}

CatalogPager::CatalogPager(Niagara::NiagaraClient *client, UserCatalogModel *model, QObject *parent)
    : CatalogPager(client, static_cast<PagedCatalogModel *>(model), parent)
{
    bind(model, &Niagara::NiagaraClient::listUsers);
}

CatalogPager::CatalogPager(PlanningService *service, WorkOrderCatalogModel *model, QObject *parent)
    : CatalogPager(service ? service->m_client : nullptr, model, parent)
{
    m_service = service;
}

CatalogPager::CatalogPager(PlanningService *service, QueueCatalogModel *model, QObject *parent)
    : CatalogPager(service ? service->m_client : nullptr, model, parent)
{
    m_service = service;
}

CatalogPager::CatalogPager(PlanningService *service, UserCatalogModel *model, QObject *parent)
    : CatalogPager(service ? service->m_client : nullptr, model, parent)
{
    m_service = service;
}

CatalogPager::~CatalogPager()
{
    abandon();
}

template <typename Model, typename List>
void CatalogPager::bind(Model *model, List list)
{
    using Item = typename Model::Item;
    QPointer<Model> target(model);
    m_send = [target, list](const Niagara::PageRequest &request, CatalogPager *self, std::function<void()> answered) {
        const quint64 generation = ++self->m_generation;
        return (self->m_client->*list)(request, self, [self, target, generation, answered](Niagara::Outcome<Niagara::Page<Item>> outcome) {
            if (answered)
                answered();
            // An answer to a request that refresh() or cancel() abandoned changes nothing.
            if (generation != self->m_generation || !target)
                return;
            self->m_request = 0;
            if (!outcome.ok()) {
                if (outcome.error.kind() != Niagara::ApiError::Kind::Cancelled)
                    target->pageFailed(outcome.error);
                return;
            }
            const bool more = self->advance(outcome.value->offset);
            target->appendItems(outcome.value->items, more, outcome.value->totalCount);
        });
    };
}

bool CatalogPager::advance(const std::optional<QString> &nextCursor)
{
    ++m_pages;
    if (!nextCursor || nextCursor->isEmpty())
        return false;
    // A cursor handed out twice would page forever; what we have is all we get.
    if (m_cursorsSeen.contains(*nextCursor)) {
        qWarning("catalog: the server repeated a paging cursor; stopping after %d pages", m_pages);
        return false;
    }
    m_cursorsSeen.insert(*nextCursor);
    m_cursor = *nextCursor;
    return true;
}

void CatalogPager::start()
{
    if (m_model && m_model->rowCount() == 0 && m_model->state() == PagedCatalogModel::State::Idle)
        m_model->fetchMore({});
}

void CatalogPager::refresh()
{
    cancel();
    m_cursor.clear();
    m_cursorsSeen.clear();
    m_pages = 0;
    if (!m_model)
        return;
    m_model->clear();
    m_model->fetchMore({});
}

void CatalogPager::retry()
{
    if (!m_model)
        return;
    m_model->retryAfterFailure();
    m_model->fetchMore({});
}

void CatalogPager::abandon()
{
    ++m_generation;
    if (m_service)
        m_service->requestQueue()->cancelQueued(this); // a page still waiting for its slot
    if (m_request != 0 && m_client)
        m_client->cancel(m_request);
    m_request = 0;
}

void CatalogPager::cancel()
{
    abandon();
    // A model left "loading" would never ask again.
    if (m_model)
        m_model->pageAbandoned();
}

void CatalogPager::fetchNext()
{
    if (!m_client || !m_model || !m_send || isBusy())
        return;
    Niagara::PageRequest request;
    request.limit = m_pageSize;
    request.offset = m_cursor;
    if (!m_service) {
        m_request = m_send(request, this, {});
        return;
    }
    // One page at a time, through the service's queue: the slot comes back with the answer.
    const quint64 generation = m_generation;
    m_service->requestQueue()->enqueue(this, [this, request, generation](RequestQueue::Done done) {
        if (generation != m_generation || !m_client || !m_send) {
            done();
            return;
        }
        m_request = m_send(request, this, [done] { done(); });
    });
}

bool CatalogPager::isBusy() const
{
    return m_request != 0 || (m_service && m_service->requestQueue()->queued(this) > 0);
}

// ---------------------------------------------------------------------------------------------
// CatalogSearchProxy

CatalogSearchProxy::CatalogSearchProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterRole(PagedCatalogModel::SearchTextRole);
    setSortRole(PagedCatalogModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CatalogSearchProxy::setSourceModel(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    QSortFilterProxyModel::setSourceModel(source);
    if (source == nullptr)
        return;
    // Queued: asking for a page from inside the insertion's notification would nest changes.
    const auto later = [this] { QTimer::singleShot(0, this, &CatalogSearchProxy::fetchRestWhileSearching); };
    m_sourceConnections << connect(source, &QAbstractItemModel::rowsInserted, this, later);
    // The catalog may sit behind another proxy (the technician picker's access filter).
    QAbstractItemModel *model = source;
    while (auto *proxy = qobject_cast<QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    if (auto *catalog = qobject_cast<PagedCatalogModel *>(model))
        m_sourceConnections << connect(catalog, &PagedCatalogModel::stateChanged, this, later);
}

void CatalogSearchProxy::setText(const QString &text)
{
    QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() re-runs filterAcceptsRow.
    m_words = std::move(words);
    invalidateFilter();
    fetchRestWhileSearching();
}

bool CatalogSearchProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString haystack =
        sourceModel()->index(sourceRow, 0, sourceParent).data(PagedCatalogModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

void CatalogSearchProxy::fetchRestWhileSearching()
{
    QAbstractItemModel *source = sourceModel();
    if (m_words.isEmpty() || source == nullptr)
        return;
    if (source->canFetchMore({}))
        source->fetchMore({});
}

} // namespace BatchDesk

namespace BatchDesk {

// ---------------------------------------------------------------------------------------------
// TechnicianAccessProxy

TechnicianAccessProxy::TechnicianAccessProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void TechnicianAccessProxy::setTargetQueues(const QList<TargetQueue> &queues)
{
    // Qt 6.4 has no begin/endFilterChange; invalidate() re-runs the filter and the data.
    m_targets = queues;
    invalidateFilter();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void TechnicianAccessProxy::setShowAll(bool showAll)
{
    if (showAll == m_showAll)
        return;
    m_showAll = showAll;
    invalidateFilter();
}

QStringList TechnicianAccessProxy::unknownQueueLabels() const
{
    QStringList out;
    for (const TargetQueue &q : m_targets) {
        if (!q.technicianIds)
            out << (q.label.isEmpty() ? q.id : q.label);
    }
    return out;
}

QString TechnicianAccessProxy::reasonFor(const QString &userId) const
{
    QStringList cannot;
    for (const TargetQueue &q : m_targets) {
        if (q.technicianIds && !q.technicianIds->contains(userId))
            cannot << (q.label.isEmpty() ? q.id : q.label);
    }
    if (cannot.isEmpty())
        return {};
    //: Why a person is not offered for the batches: the queue(s) they are not related to.
    return QCoreApplication::translate("BatchDesk::TechnicianAccessProxy", "cannot work %1").arg(QLocale().createSeparatedList(cannot));
}

int TechnicianAccessProxy::hiddenCount() const
{
    const QAbstractItemModel *source = sourceModel();
    if (source == nullptr)
        return 0;
    int hidden = 0;
    for (int row = 0; row < source->rowCount(); ++row) {
        if (!canWork(source->index(row, 0).data(PagedCatalogModel::IdRole).toString()))
            ++hidden;
    }
    return hidden;
}

QVariant TechnicianAccessProxy::data(const QModelIndex &index, int role) const
{
    if (role != AccessReasonRole && role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QSortFilterProxyModel::data(index, role);
    if (!index.isValid())
        return {};
    const QString reason = reasonFor(index.data(PagedCatalogModel::IdRole).toString());
    if (role == AccessReasonRole)
        return reason;
    if (reason.isEmpty() || index.column() != UserCatalogModel::QueuesColumn)
        return QSortFilterProxyModel::data(index, role);
    const QString queues = QSortFilterProxyModel::data(index, Qt::DisplayRole).toString();
    if (role == Qt::ToolTipRole)
        return queues.isEmpty() ? reason : queues + QLatin1Char('\n') + reason;
    //: A person's queues, then why they are not offered: "Fast Lane · cannot work Imaging Bay".
    return queues.isEmpty() ? reason : QCoreApplication::translate("BatchDesk::TechnicianAccessProxy", "%1 · %2").arg(queues, reason);
}

bool TechnicianAccessProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_showAll)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return canWork(index.data(PagedCatalogModel::IdRole).toString());
}

} // namespace BatchDesk
