#include "models/mywork/myworkmodel.h"

#include "models/batchstore.h"
#include "models/batchtreemodel.h"
#include "models/displaytext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QUrl>

namespace BatchDesk {

namespace {

// Section rows have internal id 0; a batch row's internal id is its section + 1.
constexpr quintptr kMyWorkSectionRow = 0;

QString myWorkColumnTitle(int column)
{
    switch (column) {
    case MyWorkModel::BatchColumn:
        return QCoreApplication::translate("BatchDesk::MyWork", "Batch");
    case MyWorkModel::WorkOrderColumn:
        return QCoreApplication::translate("BatchDesk::MyWork", "Work order");
    case MyWorkModel::QueueColumn:
        return QCoreApplication::translate("BatchDesk::MyWork", "Queue");
    case MyWorkModel::ProgressColumn:
        return QCoreApplication::translate("BatchDesk::MyWork", "Cycles");
    case MyWorkModel::DueColumn:
        return QCoreApplication::translate("BatchDesk::MyWork", "Due");
    default:
        return {};
    }
}

qint64 myWorkOpenCycles(const Niagara::CycleCounts &c)
{
    using C = Niagara::StatusCategory;
    return c[C::Pending] + c[C::InProgress] + c[C::Verifying] + c[C::Blocked];
}

} // namespace

namespace {

QString seenGroup(const QString &profileId, const QString &userId)
{
    // Ids may hold characters QSettings treats as separators; percent-encode both.
    return QStringLiteral("myWork/seen/%1/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(profileId)), QString::fromLatin1(QUrl::toPercentEncoding(userId)));
}

QSet<QString> seenIdSet(const QStringList &ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend());
}

QStringList sortedSeenIds(const QSet<QString> &ids)
{
    QStringList list(ids.cbegin(), ids.cend());
    list.sort();
    return list;
}

} // namespace

SeenState readSeenState(const QSettings &settings, const QString &profileId, const QString &userId)
{
    const QString group = seenGroup(profileId, userId);
    SeenState seen;
    seen.at = QDateTime::fromString(settings.value(group + QStringLiteral("/at")).toString(), Qt::ISODateWithMs);
    if (!seen.at.isValid())
        return {}; // never looked, or a damaged entry: nothing is new rather than everything
    seen.assigned = seenIdSet(settings.value(group + QStringLiteral("/assigned")).toStringList());
    seen.blocked = seenIdSet(settings.value(group + QStringLiteral("/blocked")).toStringList());
    return seen;
}

void writeSeenState(QSettings &settings, const QString &profileId, const QString &userId, const SeenState &seen)
{
    const QString group = seenGroup(profileId, userId);
    if (!seen.at.isValid()) {
        settings.remove(group);
        return;
    }
    settings.setValue(group + QStringLiteral("/at"), seen.at.toUTC().toString(Qt::ISODateWithMs));
    settings.setValue(group + QStringLiteral("/assigned"), sortedSeenIds(seen.assigned));
    settings.setValue(group + QStringLiteral("/blocked"), sortedSeenIds(seen.blocked));
}

MyWorkModel::MyWorkModel(BatchStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MyWorkModel::refresh);
    if (m_store) {
        // Removed records are gone right after the signal: their rows go now.
        connect(m_store, &BatchStore::batchesRemoved, this, &MyWorkModel::removeBatches);
        connect(m_store, &BatchStore::batchesAdded, this, &MyWorkModel::scheduleRefresh);
        connect(m_store, &BatchStore::batchesChanged, this, &MyWorkModel::scheduleRefresh);
        connect(m_store, &BatchStore::queuesChanged, this, &MyWorkModel::scheduleRefresh);
        connect(m_store, &BatchStore::workOrdersChanged, this, &MyWorkModel::scheduleRefresh);
        connect(m_store, &BatchStore::generationEnded, this, &MyWorkModel::scheduleRefresh);
        connect(m_store, &BatchStore::techniciansLoaded, this, &MyWorkModel::scheduleRefresh);
    }
}

QDateTime MyWorkModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

void MyWorkModel::setUserId(const QString &userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    refresh();
}

void MyWorkModel::scheduleRefresh()
{
    m_refreshTimer.start();
}

void MyWorkModel::refresh()
{
    m_refreshTimer.stop();
    std::array<QStringList, 4> next;
    if (m_store && !m_userId.isEmpty()) {
        const auto sections = planMyWork(batchesOf(*m_store, m_userId), myWorkContext(*m_store, m_userId, now(), m_zone));
        for (std::size_t s = 0; s < sections.size(); ++s) {
            for (const BatchRecord *b : sections[s].batches)
                next[s].append(b->id);
        }
    }
    // Rows leaving a section first (so a batch is never in two at once), then each in order.
    for (std::size_t s = 0; s < next.size(); ++s) {
        const QSet<QString> keep(next[s].cbegin(), next[s].cend());
        QStringList staying;
        for (const QString &id : std::as_const(m_rows[s])) {
            if (keep.contains(id))
                staying.append(id);
        }
        syncSection(s, staying);
    }
    for (std::size_t s = 0; s < next.size(); ++s)
        syncSection(s, next[s]);
    // Every batch row may show new values (counts, dates, labels): one dataChanged per section.
    for (std::size_t s = 0; s < next.size(); ++s) {
        const QModelIndex parent = index(static_cast<int>(s), 0);
        Q_EMIT dataChanged(parent, index(static_cast<int>(s), ColumnCount - 1));
        if (!m_rows[s].isEmpty())
            Q_EMIT dataChanged(index(0, 0, parent), index(static_cast<int>(m_rows[s].size()) - 1, ColumnCount - 1, parent));
    }
    updateChanges();
    Q_EMIT planChanged();
}

void MyWorkModel::removeBatches(const QStringList &ids)
{
    const QSet<QString> gone(ids.cbegin(), ids.cend());
    for (std::size_t s = 0; s < m_rows.size(); ++s) {
        QStringList staying;
        for (const QString &id : std::as_const(m_rows[s])) {
            if (!gone.contains(id))
                staying.append(id);
        }
        if (staying.size() != m_rows[s].size())
            syncSection(s, staying);
    }
}

// Makes section `s` hold `ids` in that order: removals (runs), then moves and insertions
// walking the target order.
void MyWorkModel::syncSection(std::size_t s, const QStringList &ids)
{
    QStringList &rows = m_rows[s];
    const QModelIndex parent = index(static_cast<int>(s), 0);
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    for (qsizetype row = rows.size() - 1; row >= 0; --row) {
        if (wanted.contains(rows.at(row)))
            continue;
        qsizetype first = row;
        while (first > 0 && !wanted.contains(rows.at(first - 1)))
            --first;
        beginRemoveRows(parent, static_cast<int>(first), static_cast<int>(row));
        rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i < rows.size() && rows.at(i) == ids.at(i))
            continue;
        const qsizetype at = rows.indexOf(ids.at(i), i);
        if (at >= 0) {
            // Up from further down: rows [i, at) shift by one.
            beginMoveRows(parent, static_cast<int>(at), static_cast<int>(at), parent, static_cast<int>(i));
            rows.move(at, i);
            endMoveRows();
        } else {
            beginInsertRows(parent, static_cast<int>(i), static_cast<int>(i));
            rows.insert(i, ids.at(i));
            endInsertRows();
        }
    }
}

void MyWorkModel::setSeen(const SeenState &seen)
{
    m_seen = seen;
    updateChanges();
    for (std::size_t s = 0; s < m_rows.size(); ++s) {
        if (!m_rows[s].isEmpty()) {
            const QModelIndex parent = index(static_cast<int>(s), 0);
            Q_EMIT dataChanged(index(0, 0, parent), index(static_cast<int>(m_rows[s].size()) - 1, ColumnCount - 1, parent),
                               {ChangedRole, NewlyBlockedRole});
        }
    }
    Q_EMIT planChanged();
}

SeenState MyWorkModel::seenNow() const
{
    SeenState seen;
    seen.at = now();
    for (const QStringList &rows : m_rows)
        seen.assigned.unite(QSet<QString>(rows.cbegin(), rows.cend()));
    const QStringList &blocked = m_rows[static_cast<std::size_t>(WorkSection::Blocked)];
    seen.blocked = QSet<QString>(blocked.cbegin(), blocked.cend());
    return seen;
}

void MyWorkModel::updateChanges()
{
    m_newlyAssigned.clear();
    m_newlyBlocked.clear();
    if (!m_seen.at.isValid())
        return; // never looked: nothing is "new"
    for (const QStringList &rows : m_rows) {
        for (const QString &id : rows) {
            if (!m_seen.assigned.contains(id))
                m_newlyAssigned.insert(id);
        }
    }
    for (const QString &id : m_rows[static_cast<std::size_t>(WorkSection::Blocked)]) {
        if (!m_seen.blocked.contains(id) && m_seen.assigned.contains(id))
            m_newlyBlocked.insert(id);
    }
}

QString MyWorkModel::changeSummary() const
{
    if (m_newlyAssigned.isEmpty() && m_newlyBlocked.isEmpty())
        return {};
    const QString since = QLocale().toString(m_seen.at.toTimeZone(m_zone).time(), QLocale::ShortFormat);
    QStringList parts;
    // The counts as plain ints first: lupdate does not see a call whose count is a cast.
    const int assigned = static_cast<int>(m_newlyAssigned.size());
    if (assigned > 0)
        parts << QCoreApplication::translate("BatchDesk::MyWork", "%n batch(es) assigned to you since %1", nullptr, assigned)
                     .arg(since);
    if (!m_newlyBlocked.isEmpty()) {
        const int blocked = static_cast<int>(m_newlyBlocked.size());
        parts << (m_newlyAssigned.isEmpty()
                      ? QCoreApplication::translate("BatchDesk::MyWork", "%n batch(es) became blocked since %1", nullptr,
                                                    blocked)
                            .arg(since)
                      : QCoreApplication::translate("BatchDesk::MyWork", "%n became blocked", nullptr, blocked));
    }
    return QLocale().createSeparatedList(parts);
}

QModelIndex MyWorkModel::sectionIndex(WorkSection section, int column) const
{
    return index(static_cast<int>(section), column);
}

QModelIndex MyWorkModel::indexOfBatch(const QString &batchId, int column) const
{
    for (std::size_t s = 0; s < m_rows.size(); ++s) {
        const qsizetype row = m_rows[s].indexOf(batchId);
        if (row >= 0)
            return index(static_cast<int>(row), column, index(static_cast<int>(s), 0));
    }
    return {};
}

QModelIndex MyWorkModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(m_rows.size()) ? createIndex(row, column, kMyWorkSectionRow) : QModelIndex();
    if (parent.internalId() != kMyWorkSectionRow || parent.row() < 0 || parent.row() >= static_cast<int>(m_rows.size()))
        return {};
    if (row >= m_rows[static_cast<std::size_t>(parent.row())].size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex MyWorkModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kMyWorkSectionRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kMyWorkSectionRow);
}

int MyWorkModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_rows.size());
    if (parent.internalId() != kMyWorkSectionRow || parent.column() != 0)
        return 0;
    return static_cast<int>(m_rows[static_cast<std::size_t>(parent.row())].size());
}

int MyWorkModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant MyWorkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kMyWorkSectionRow) {
        const auto section = static_cast<WorkSection>(index.row());
        switch (role) {
        case SectionRole:
            return index.row();
        case IsSectionRole:
            return true;
        case Qt::DisplayRole:
            if (index.column() != BatchColumn)
                return {};
            //: My work section title with its count, e.g. "Blocked (2)".
            return QCoreApplication::translate("BatchDesk::MyWork", "%1 (%2)")
                .arg(workSectionTitle(section), QLocale().toString(count(section)));
        case Qt::AccessibleTextRole:
            return QCoreApplication::translate("BatchDesk::MyWork", "%1: %n batch(es)", nullptr, count(section))
                .arg(workSectionTitle(section));
        default:
            return {};
        }
    }
    const auto section = static_cast<WorkSection>(index.internalId() - 1);
    return batchData(m_rows[static_cast<std::size_t>(section)].at(index.row()), section, index.column(), role);
}

QVariant MyWorkModel::batchData(const QString &batchId, WorkSection section, int column, int role) const
{
    switch (role) {
    case SectionRole:
        return static_cast<int>(section);
    case IsSectionRole:
        return false;
    case ChangedRole:
        return m_newlyAssigned.contains(batchId) || m_newlyBlocked.contains(batchId);
    case NewlyBlockedRole:
        return m_newlyBlocked.contains(batchId);
    case BatchRoles::IdRole:
        return batchId;
    default:
        break;
    }
    const BatchRecord *b = m_store ? m_store->batch(batchId) : nullptr;
    if (!b)
        return {};
    const Niagara::WorkOrder *wo = m_store->workOrder(b->workOrderId);
    const Niagara::Queue *queue = m_store->queue(b->queueId);
    const QDateTime due = wo ? wo->dueDate : QDateTime();
    const bool overdue = due.isValid() && due < now() && myWorkOpenCycles(b->cycles) > 0;
    switch (role) {
    case BatchRoles::LevelRole:
        return static_cast<int>(TreeLevel::Batch);
    case BatchRoles::LabelRole:
        return b->label;
    case BatchRoles::CycleCountsRole:
        return QVariant::fromValue(b->cycles);
    case BatchRoles::NumberCyclesRole:
        return b->numberCycles;
    case BatchRoles::DueDateRole:
        return due;
    case BatchRoles::OverdueRole:
        return overdue;
    case BatchRoles::QueueIdRole:
        return b->queueId;
    case BatchRoles::WorkOrderIdRole:
        return b->workOrderId;
    case BatchRoles::StatusCategoryRole:
        return b->status ? static_cast<int>(b->status->category) : -1;
    case Qt::DisplayRole:
        switch (column) {
        case BatchColumn:
            return DisplayText::label(b->label);
        case WorkOrderColumn:
            return wo ? DisplayText::label(wo->label) : DisplayText::label(b->workOrderId);
        case QueueColumn:
            return queue ? DisplayText::label(queue->label) : DisplayText::label(b->queueId);
        case ProgressColumn: {
            // What a technician reads off the bar: done of all, and what stops them.
            const qint64 base = std::max(b->numberCycles, b->cycles.total());
            const QString done = QCoreApplication::translate("BatchDesk::MyWork", "%1 / %2 done")
                                     .arg(QLocale().toString(b->cycles[Niagara::StatusCategory::Complete]),
                                          QLocale().toString(base));
            const qint64 blocked = b->cycles[Niagara::StatusCategory::Blocked];
            if (blocked == 0)
                return done;
            return QString(done + QStringLiteral(" · ")
                           + QCoreApplication::translate("BatchDesk::MyWork", "%1 blocked").arg(QLocale().toString(blocked)));
        }
        case DueColumn:
            if (!due.isValid())
                return {};
            return overdue ? QCoreApplication::translate("BatchDesk::MyWork", "%1 (overdue)")
                                 .arg(QLocale().toString(due.toTimeZone(m_zone).date(), QLocale::ShortFormat))
                           : QLocale().toString(due.toTimeZone(m_zone).date(), QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == BatchColumn)
            return DisplayText::toolTip(b->label);
        if (column == WorkOrderColumn && wo)
            return DisplayText::toolTip(wo->label);
        if (column == ProgressColumn)
            return BatchTreeModel::cyclesToolTip(b->cycles);
        return {};
    default:
        return {};
    }
}

QVariant MyWorkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < ColumnCount)
        return myWorkColumnTitle(section);
    return QAbstractItemModel::headerData(section, orientation, role);
}

void MyWorkModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (std::size_t s = 0; s < m_rows.size(); ++s) {
        const QModelIndex parent = index(static_cast<int>(s), 0);
        Q_EMIT dataChanged(parent, index(static_cast<int>(s), ColumnCount - 1));
        if (!m_rows[s].isEmpty())
            Q_EMIT dataChanged(index(0, 0, parent), index(static_cast<int>(m_rows[s].size()) - 1, ColumnCount - 1, parent));
    }
}

QString ChangeNotices::take(const MyWorkModel &model)
{
    const auto labelsOf = [&model](const QSet<QString> &ids, QSet<QString> &reported) {
        QStringList labels;
        for (const QString &id : ids) {
            if (reported.contains(id))
                continue;
            reported.insert(id);
            const QString label = model.indexOfBatch(id).data(BatchRoles::LabelRole).toString();
            labels << DisplayText::label(label.isEmpty() ? id : label);
        }
        labels.sort(Qt::CaseInsensitive);
        return labels;
    };
    const QStringList assigned = labelsOf(model.newlyAssigned(), m_assigned);
    const QStringList blocked = labelsOf(model.newlyBlocked(), m_blocked);
    QStringList parts;
    if (!assigned.isEmpty())
        parts << QCoreApplication::translate("BatchDesk::MyWork", "Assigned to you: %1.")
                     .arg(QLocale().createSeparatedList(assigned));
    if (!blocked.isEmpty())
        parts << QCoreApplication::translate("BatchDesk::MyWork", "Blocked: %1.").arg(QLocale().createSeparatedList(blocked));
    return parts.join(QLatin1Char(' '));
}

void ChangeNotices::clear()
{
    m_assigned.clear();
    m_blocked.clear();
}

} // namespace BatchDesk
