#pragma once

// The My work desk (issue 17): "what do I work on next" for the signed-in technician. One list
// of their batches in four sections (Blocked, In progress, Next, Done today) in the order to
// work them (MyWorkModel, planMyWork), with the units of the chosen batch below (UnitsPane,
// blocked units first). What changed since the user last looked is highlighted and summed up
// in a banner; "Mark as seen" remembers the list as seen, per server and user, in the
// settings. An optional desktop notification (off by default) reports each change once.
// Presentation only: sections, order, counts and changes are the models'.

#include "ui/shell/desk.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QSplitter;
class QSystemTrayIcon;
class QTreeView;

namespace BatchDesk {
class BatchCyclesFeed;
class BatchStore;
class ChangeNotices;
class MyWorkModel;
class Session;
} // namespace BatchDesk

namespace BatchDesk::Ui {

class MyWorkTree;
class UnitsPane;

class MyWorkDesk final : public Desk
{
    Q_OBJECT

public:
    // `feed` reads the units of the chosen batch; store, feed and settings must outlive the desk.
    MyWorkDesk(BatchStore *store, BatchCyclesFeed *feed, QSettings *settings, QWidget *parent = nullptr);
    ~MyWorkDesk() override;

    QString title() const override;
    QIcon icon() const override;
    QList<QAction *> menuActions() const override;
    QList<QAction *> toolBarActions() const override;
    QList<QWidget *> statusWidgets() const override;
    void activate() override;
    void saveSettings(QSettings &settings) const override;
    void showError(const QString &message) override;

    // Who is signed in where: the list follows the signed-in user, the seen state is theirs.
    void setSession(Session *session);
    // Without a session (tests): the user and the server's profile id by hand.
    void setUser(const QString &profileId, const QString &userId);

    // Selects a batch of the list (and a unit of it when `cycleId` is given); false when the
    // batch is not in My work.
    bool openBatch(const QString &batchId, const QString &cycleId = {}) override;
    QString currentBatchId() const;
    // The batch ids of the list in view order (what `batches mine` prints, section by section).
    QStringList shownBatchIds() const;
    // Remembers the list as seen now: the highlight and the summary go.
    void markSeen();

    MyWorkModel *model() const { return m_model; }
    QTreeView *view() const;
    UnitsPane *unitsPane() const { return m_units; }
    QLabel *changeLabel() const { return m_changeText; }
    QWidget *changeBanner() const { return m_banner; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *markSeenAction() const { return m_markSeen; }
    QAction *notifyAction() const { return m_notify; }
    QAction *printAction() const { return m_print; }
    QAction *showOnBoardAction() const { return m_showOnBoard; }
    // "7 batches: 1 blocked, 2 in progress, 4 next, 0 done today".
    QString countsText() const;

Q_SIGNALS:
    // Reload the board's data (the store is the board's; it loads for every desk).
    void refreshRequested();
    // Print travelers for these batches.
    void printRequested(const QStringList &batchIds);
    // Open the board on this batch.
    void showOnBoardRequested(const QString &batchId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onPlanChanged();
    void onCurrentChanged();
    void restoreSeen();
    void notifyChanges();
    void updateActions();
    QString currentLabel() const;

    QPointer<BatchStore> m_store;
    QPointer<BatchCyclesFeed> m_feed;
    QPointer<Session> m_session;
    QSettings *m_settings;
    QString m_profileId;
    QString m_userId;
    MyWorkModel *m_model = nullptr;
    ChangeNotices *m_notices = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_changeText = nullptr;
    QPushButton *m_markSeenButton = nullptr;
    MyWorkTree *m_view = nullptr;
    UnitsPane *m_units = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_markSeen = nullptr;
    QAction *m_notify = nullptr;
    QAction *m_print = nullptr;
    QAction *m_showOnBoard = nullptr;
    QAction *m_separator = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_seenRestored = false;
};

} // namespace BatchDesk::Ui
