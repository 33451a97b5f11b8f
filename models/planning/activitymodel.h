#pragma once

// The Activity list as a model: one row per ActivityLog record, newest first, updated in place
// (inserts, removals of pruned rows and dataChanged; a reset only when the server changes).
// Whether a row can be undone is the planning service's answer (its clock, its undo window);
// a timer re-asks it so that Undo turns off when a deadline passes.

#include "models/planning/activitylog.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>

namespace BatchDesk {

class PlanningService;
class WriteRun;

class ActivityModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        SummaryRole = Qt::UserRole + 1, // QString, as recorded (also Qt::DisplayRole)
        TimeRole,                       // QDateTime (UTC): when the run finished
        OutcomeRole,                    // int: ActivityRecord::Outcome
        OutcomeTextRole,                // QString: "Done: 16 of 16"
        CanUndoRole,                    // bool: the service would undo it now
        DeadlineRole,                   // QDateTime (UTC): end of the undo window; invalid if none
        UndoHintRole,                   // QString: the time left, or why there is no undo
        ProblemRole,                    // QString: the first failure's message
        RecordIdRole,                   // QString
        KindRole,                       // int: ActivityRecord::Kind
    };
    Q_ENUM(Role)

    static constexpr int kDefaultRefreshMs = 15000;

    ActivityModel(ActivityLog *log, PlanningService *service, QObject *parent = nullptr);
    ~ActivityModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    ActivityRecord record(int row) const;
    // Makes and starts the undo run of the row (nullptr when it cannot be undone now). The run
    // belongs to the service; its result appears as a new row ("Undo of …") when it ends.
    WriteRun *undo(int row);

    // How often "can undo" and the time left are looked at again (tests shorten it).
    void setRefreshInterval(int ms) { m_timer.setInterval(ms); }
    // Re-asks the service now (what the timer does).
    void refresh();

Q_SIGNALS:
    // An undo run was started from the list.
    void undoStarted(BatchDesk::WriteRun *run);

private:
    int logIndex(int row) const;
    int rowOf(qsizetype logIndex) const;
    bool canUndoAt(qsizetype logIndex) const;
    QString undoHint(const ActivityRecord &record, bool canUndo) const;
    void rememberUndoStates();

    QPointer<ActivityLog> m_log;
    QPointer<PlanningService> m_service;
    QTimer m_timer;
    QList<bool> m_canUndo; // per log index, as last told to the views
};

} // namespace BatchDesk
