#pragma once

// The My work desk's list: the signed-in technician's batches under four section rows
// (Blocked, In progress, Next, Done today; always there, each titled with its count), in the
// order planMyWork() gives. Batch rows carry BatchRoles (label, cycle counts, due date, ...),
// so the board's progress delegate paints them too.
//
// It follows the store: rows are removed as soon as the store drops a batch, and any other
// change is applied on the next event-loop turn as differences (rows removed, moved between
// or within sections, inserted, changed in place): never a reset, so the selection stays.
//
// "What changed since you last looked": given what the user had seen (SeenState, which the
// desk keeps per server and user), rows newly assigned or newly blocked are marked
// (ChangedRole) and changeSummary() sums them up.

#include "models/batchroles.h"
#include "models/mywork/myworkplan.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

class QSettings;

namespace BatchDesk {

class BatchStore;

// What the user had seen when they last looked.
struct SeenState
{
    QDateTime at; // invalid: never looked (nothing is new then)
    QSet<QString> assigned;
    QSet<QString> blocked;
    bool operator==(const SeenState &) const = default;
};

// SeenState kept in the settings, one per server (profile id) and user: the highlight of
// what changed survives a restart and does not mix two technicians sharing a bench PC.
SeenState readSeenState(const QSettings &settings, const QString &profileId, const QString &userId);
void writeSeenState(QSettings &settings, const QString &profileId, const QString &userId, const SeenState &seen);

class MyWorkModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { BatchColumn, WorkOrderColumn, QueueColumn, ProgressColumn, DueColumn, ColumnCount };
    enum Role {
        SectionRole = Qt::UserRole + 100, // int(WorkSection), on section and batch rows
        IsSectionRole,                    // bool
        ChangedRole,                      // bool: newly assigned or newly blocked since last seen
        NewlyBlockedRole,                 // bool
    };

    explicit MyWorkModel(BatchStore *store, QObject *parent = nullptr);

    void setUserId(const QString &userId);
    QString userId() const { return m_userId; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // Works the plan out again now (the store's signals do it on the next turn).
    void refresh();

    void setSeen(const SeenState &seen);
    // What is shown now, to be remembered as seen.
    SeenState seenNow() const;
    // "2 batches assigned to you since 10:42, 1 became blocked" (translated); empty: nothing new.
    QString changeSummary() const;
    const QSet<QString> &newlyAssigned() const { return m_newlyAssigned; }
    const QSet<QString> &newlyBlocked() const { return m_newlyBlocked; }
    int newlyAssignedCount() const { return static_cast<int>(m_newlyAssigned.size()); }
    int newlyBlockedCount() const { return static_cast<int>(m_newlyBlocked.size()); }

    int count(WorkSection section) const { return static_cast<int>(m_rows[static_cast<std::size_t>(section)].size()); }
    QStringList batchIds(WorkSection section) const { return m_rows[static_cast<std::size_t>(section)]; }
    QModelIndex sectionIndex(WorkSection section, int column = 0) const;
    QModelIndex indexOfBatch(const QString &batchId, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

Q_SIGNALS:
    // After every recomputation (counts, the summary may have changed).
    void planChanged();

private:
    QDateTime now() const;
    void scheduleRefresh();
    void removeBatches(const QStringList &ids);
    void syncSection(std::size_t section, const QStringList &ids);
    void updateChanges();
    QVariant batchData(const QString &batchId, WorkSection section, int column, int role) const;

    QPointer<BatchStore> m_store;
    QString m_userId;
    std::function<QDateTime()> m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::array<QStringList, 4> m_rows;
    SeenState m_seen;
    QSet<QString> m_newlyAssigned;
    QSet<QString> m_newlyBlocked;
    QTimer m_refreshTimer;
};

// A desktop notification's memory: each newly assigned or newly blocked batch is reported
// once in a session, however often the list is worked out again.
class ChangeNotices final
{
public:
    // The text for the changes `model` shows that were not reported yet ("Assigned to you:
    // B-0012, B-0013. Blocked: B-0007."), and marks them reported; empty when nothing is new.
    QString take(const MyWorkModel &model);
    // Another user or server: nothing was reported to them yet.
    void clear();

private:
    QSet<QString> m_assigned;
    QSet<QString> m_blocked;
};

} // namespace BatchDesk
