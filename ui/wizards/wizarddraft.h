#pragma once

// What both planning wizards share to keep their inputs as a draft (models/drafts/draftstore.h):
//
// - WizardDraft decides when the draft is written and when it goes. Every change of an input
//   schedules a save (at most kSaveDelayMs later: a burst of keystrokes is one write, yet the
//   last of them is on disk within that time); a page change saves at once. Only what differs
//   from the last write is written, so reopening a restored wizard keeps the time it was left.
//   The draft goes when the run it describes finished with every item done, and when the
//   manager cancels before committing; it stays when the app is killed, when the wizard closes
//   any other way, and when a commit failed (cancelling then leaves it for another try, unless
//   the inputs changed since that commit: those were never committed, so Cancel abandons them).
// - DraftNote is the strip on the wizard's first page: "Restored the draft you left at 10:42."
//   with Start over.

#include "models/drafts/draftstore.h"

#include <QFrame>
#include <QPointer>
#include <QVariantMap>

class QWizard;

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTimer;

namespace BatchDesk::Ui {

class WizardDraft final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSaveDelayMs = 250;

    // `collect` gives the wizard's inputs as they are now.
    explicit WizardDraft(std::function<QVariantMap()> collect, QObject *parent = nullptr);

    // Keeps drafts under `key` in `store` (an empty key or no store: nothing is kept) and
    // returns the draft already there, if any.
    std::optional<Draft> attach(DraftStore *store, const QString &key);
    bool isAttached() const { return m_store && !m_key.isEmpty(); }
    QString key() const { return m_key; }

    // An input changed: saved within kSaveDelayMs.
    void scheduleSave();
    // A page changed: saved now.
    void saveNow();
    // What the inputs hold now counts as written (after a restore or a start over): nothing is
    // written until one of them changes.
    void markSaved();
    // Fields that only name what an input holds (a work order's label): written with the
    // draft, but a change of theirs alone (the catalog's label arriving for a restored id) is
    // no change of the manager's.
    void setDescriptiveFields(const QStringList &names) { m_descriptive = names; }
    // While a restore or reset sets the inputs, their change signals are not the manager's.
    void setPaused(bool paused) { m_paused = paused; }
    bool isPaused() const { return m_paused; }

    // Saves at once whenever `wizard` turns a page (a moment the manager expects to have been
    // kept); reaching `commitPageId` with a run not seen before is commitStarted(). `runOf`
    // says which run the commit page holds.
    void followPages(QWizard *wizard, int commitPageId, std::function<const QObject *()> runOf);
    // Whether `run` is the one followPages saw start for these inputs (not an undo's).
    bool isCommittedRun(const QObject *run) const { return run && run == m_lastRun; }
    // The run of the current inputs started (the commit page); it finished (all: every item done).
    void commitStarted();
    void commitFinished(bool allSucceeded);
    // The manager cancelled the wizard.
    void abandon();
    // Removes the draft (Start over, a finished run).
    void discard();

private:
    bool sameInputs(const QVariantMap &a, const QVariantMap &b) const;

    QPointer<DraftStore> m_store;
    QPointer<const QObject> m_lastRun; // the run followPages last reported started
    QString m_key;
    std::function<QVariantMap()> m_collect;
    QTimer *m_timer;
    QVariantMap m_written;   // what the draft on disk holds (or the state nothing is written for)
    QVariantMap m_committed; // the inputs of the last run started
    QStringList m_descriptive;
    bool m_commitFailed = false;
    bool m_paused = false;
};

class DraftNote final : public QFrame
{
    Q_OBJECT

public:
    explicit DraftNote(QWidget *parent = nullptr);

    // Shows "Restored the draft you left at …" for `savedAt`, and `extra` after it (e.g. that
    // the board's selection was not used).
    void showRestored(const QDateTime &savedAt, const QString &extra = {});
    QString text() const;
    QPushButton *startOverButton() const { return m_startOver; }

Q_SIGNALS:
    void startOverClicked();

private:
    QLabel *m_text;
    QPushButton *m_startOver;
};

} // namespace BatchDesk::Ui
