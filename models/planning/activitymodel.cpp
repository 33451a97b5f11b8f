#include "models/planning/activitymodel.h"

#include "models/planning/planningservice.h"
#include "models/planning/writerun.h"

#include <QLocale>

#include <cmath>

namespace BatchDesk {

ActivityModel::ActivityModel(ActivityLog *log, PlanningService *service, QObject *parent)
    : QAbstractListModel(parent)
    , m_log(log)
    , m_service(service)
{
    if (m_log) {
        // Rows are newest first: log index i is row count-1-i.
        connect(m_log, &ActivityLog::aboutToReload, this, [this] { beginResetModel(); });
        connect(m_log, &ActivityLog::reloaded, this, [this] {
            rememberUndoStates();
            endResetModel();
        });
        connect(m_log, &ActivityLog::aboutToInsert, this, [this](qsizetype) {
            beginInsertRows({}, 0, 0); // appended to the log = the new first row
        });
        connect(m_log, &ActivityLog::inserted, this, [this] {
            m_canUndo.append(canUndoAt(m_log->records().size() - 1));
            endInsertRows();
        });
        connect(m_log, &ActivityLog::aboutToRemove, this, [this](qsizetype first, qsizetype last) {
            // Oldest first in the log = the last rows here.
            const int count = static_cast<int>(m_log->records().size());
            beginRemoveRows({}, count - 1 - static_cast<int>(last), count - 1 - static_cast<int>(first));
            m_canUndo.remove(first, last - first + 1);
        });
        connect(m_log, &ActivityLog::removed, this, [this] { endRemoveRows(); });
        connect(m_log, &ActivityLog::changed, this, [this](qsizetype i) {
            if (i < m_canUndo.size())
                m_canUndo[i] = canUndoAt(i);
            const QModelIndex at = index(rowOf(i));
            Q_EMIT dataChanged(at, at);
        });
    }
    rememberUndoStates();
    m_timer.setInterval(kDefaultRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &ActivityModel::refresh);
    m_timer.start();
}

ActivityModel::~ActivityModel() = default;

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_log)
        return 0;
    return static_cast<int>(m_log->records().size());
}

int ActivityModel::logIndex(int row) const
{
    return rowCount() - 1 - row;
}

int ActivityModel::rowOf(qsizetype logIndex) const
{
    return rowCount() - 1 - static_cast<int>(logIndex);
}

bool ActivityModel::canUndoAt(qsizetype logIndex) const
{
    if (!m_log || !m_service || logIndex < 0 || logIndex >= m_log->records().size())
        return false;
    return m_service->canUndo(m_log->records().at(logIndex));
}

void ActivityModel::rememberUndoStates()
{
    m_canUndo.clear();
    if (!m_log)
        return;
    for (qsizetype i = 0; i < m_log->records().size(); ++i)
        m_canUndo.append(canUndoAt(i));
}

ActivityRecord ActivityModel::record(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_log->records().at(logIndex(row));
}

QString ActivityModel::undoHint(const ActivityRecord &r, bool canUndo) const
{
    const QLocale locale;
    if (canUndo) {
        const qint64 seconds = m_service->now().secsTo(r.undoDeadline);
        const int minutes = static_cast<int>(std::ceil(static_cast<double>(std::max<qint64>(seconds, 0)) / 60.0));
        return tr("Undo is possible for %Ln more minute(s), until %1.", nullptr, minutes)
            .arg(locale.toString(r.undoDeadline.toLocalTime().time(), QLocale::ShortFormat));
    }
    switch (r.kind) {
    case ActivityRecord::Kind::Undo:
        return tr("An undo is not undone.");
    case ActivityRecord::Kind::Delete:
        return tr("Deleted batches cannot be brought back from here.");
    case ActivityRecord::Kind::Split:
    case ActivityRecord::Kind::Assignment:
        break;
    }
    if (r.undone)
        return tr("Already undone.");
    if (!r.hasUndoData() || !r.undoDeadline.isValid())
        return tr("Nothing was done, so there is nothing to undo.");
    return tr("The undo window ended at %1.")
        .arg(locale.toString(r.undoDeadline.toLocalTime(), QLocale::ShortFormat));
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_log)
        return {};
    const qsizetype i = logIndex(index.row());
    const ActivityRecord &r = m_log->records().at(i);
    const bool canUndo = i < m_canUndo.size() && m_canUndo.at(i);
    switch (role) {
    case Qt::DisplayRole:
    case SummaryRole:
        return r.summary;
    case Qt::ToolTipRole: {
        QStringList lines{r.summary, r.outcomeText()};
        if (!r.problem.isEmpty())
            lines << r.problem;
        lines << undoHint(r, canUndo);
        return lines.join(QLatin1Char('\n'));
    }
    case TimeRole:
        return r.finishedAt;
    case OutcomeRole:
        return static_cast<int>(r.outcome);
    case OutcomeTextRole:
        return r.outcomeText();
    case CanUndoRole:
        return canUndo;
    case DeadlineRole:
        return r.undoDeadline;
    case UndoHintRole:
        return undoHint(r, canUndo);
    case ProblemRole:
        return r.problem;
    case RecordIdRole:
        return r.id;
    case KindRole:
        return static_cast<int>(r.kind);
    default:
        return {};
    }
}

QHash<int, QByteArray> ActivityModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SummaryRole, "summary");
    names.insert(TimeRole, "time");
    names.insert(OutcomeRole, "outcome");
    names.insert(OutcomeTextRole, "outcomeText");
    names.insert(CanUndoRole, "canUndo");
    names.insert(DeadlineRole, "deadline");
    names.insert(UndoHintRole, "undoHint");
    names.insert(ProblemRole, "problem");
    names.insert(RecordIdRole, "recordId");
    names.insert(KindRole, "kind");
    return names;
}

void ActivityModel::refresh()
{
    if (!m_log)
        return;
    for (qsizetype i = 0; i < m_canUndo.size() && i < m_log->records().size(); ++i) {
        const bool now = canUndoAt(i);
        const bool was = m_canUndo.at(i);
        if (!now && !was)
            continue; // nothing on this row depends on the clock
        m_canUndo[i] = now;
        const QModelIndex at = index(rowOf(i));
        // In place: the flip, or the minutes left in the hint.
        if (now != was)
            Q_EMIT dataChanged(at, at, {CanUndoRole, UndoHintRole, Qt::ToolTipRole});
        else
            Q_EMIT dataChanged(at, at, {UndoHintRole, Qt::ToolTipRole});
    }
}

WriteRun *ActivityModel::undo(int row)
{
    if (!m_service || row < 0 || row >= rowCount())
        return nullptr;
    WriteRun *run = m_service->createUndoRun(record(row)); // marks the record undone (changed → dataChanged)
    if (!run)
        return nullptr;
    Q_EMIT undoStarted(run);
    run->start();
    return run;
}

} // namespace BatchDesk
