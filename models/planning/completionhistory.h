#pragma once

// The app's own record of completed cycles, one SQLite database per server (issue 16): every
// load observes each batch's COMPLETE count; completions are the increases between two
// observations, spread evenly over the time between them and kept per UTC day, attributed to
// the batch's work order, queue and technicians (a batch's technicians share its completions
// equally). Days older than 90 days are dropped. No token or other secret is ever stored.
//
// Thread-agnostic: every call opens its own connection (a QSqlDatabase may only be used on
// the thread that made it) and closes it, so the planning worker records and reads off the GUI
// thread. Writes run in one BEGIN IMMEDIATE transaction: a second app instance (or the CLI) on
// the same file waits for the lock and then sees the first one's observations, so an increase
// is never counted twice and a half-written observation is never read.

#include "models/planning/planningfigures.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <vector>

namespace BatchDesk {

struct BatchObservation
{
    QString batchId;
    QString queueId;
    QString workOrderId;
    qint64 complete = 0;
    QDateTime created; // the batch's own `created`: completions of a batch new since the last
                       // observation happened after it was created
    QStringList technicianIds;
};

class CompletionHistory final
{
public:
    static constexpr int kKeepDays = 90;

    explicit CompletionHistory(QString path);

    // <dataDir>/history/<first 32 hex digits of SHA-256 of serverKey>.sqlite; dataDir is the
    // desktop app's data folder (App::dataDir(), shared with the CLI); serverKey is the saved
    // server's profile id (stable, where the demo's address changes with every start), else
    // its URL.
    static QString defaultPath(const QString &dataDir, const QString &serverKey);

    QString path() const { return m_path; }

    // Records one observation of every batch listed at `now`. False, with a translated
    // message in *error, when the database cannot be written (nothing is half-written).
    bool record(const std::vector<BatchObservation> &batches, const QDateTime &now, QString *error);

    // Marks the window's days the own history covers (it began before the day did) as
    // PaceSource::OwnHistory and fills their completions. False with *error on a read failure.
    bool fill(PaceWindow &window, QString *error) const;

    // When the history began (the first recording); null when it has none.
    QDateTime historyStart(QString *error = nullptr) const;

private:
    QString m_path;
};

} // namespace BatchDesk
