#pragma once

// Choosing technicians: the users catalog with a check box per person, searchable, loaded
// page by page, and a line naming who is chosen (in the order chosen, which round-robin
// follows). Shared by the split and assign wizards.
//
// With the planning desk's monitor, each person also shows their role, the queues they can
// work and their load in days, and the list is narrowed to who can work the target queue(s)
// (TechnicianAccessProxy); the others are behind "Show all", each saying why. Without a
// monitor (or before its first figures) everybody is offered, as before.

#include "client/domain.h"
#include "models/planning/planningmonitor.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;

namespace BatchDesk {
class CatalogPager;
class PlanningMonitor;
class PlanningService;
class TechnicianAccessProxy;
class UserCatalogModel;
} // namespace BatchDesk

namespace BatchDesk::Ui {

class CatalogBrowser;

class TechnicianPicker final : public QWidget
{
    Q_OBJECT

public:
    // The users catalog through the planning service (nullptr: nothing loads).
    explicit TechnicianPicker(PlanningService *service, QWidget *parent = nullptr);
    ~TechnicianPicker() override;

    // The desk's figures: role, queues and load per person, and queue access (nullptr: none).
    void setPlanningMonitor(PlanningMonitor *monitor);
    // The queues the chosen people will work: (id, label) pairs.
    void setTargetQueues(const QList<std::pair<QString, QString>> &queues);

    // Loads the first page (once).
    void start();

    QStringList chosenIds() const;
    // The chosen users that are loaded. An id ticked in the list always is; one put back from a
    // draft (setChosenIds) is once its page arrives (the pages are fetched until it does).
    QList<Niagara::User> chosenUsers() const;
    // `knownNames` (id → name, e.g. from a draft) name the people whose page has not arrived.
    void setChosenIds(const QStringList &ids, const QHash<QString, QString> &knownNames = {});
    // Chosen ids whose users have not loaded yet (empty: chosenUsers() is everyone chosen).
    QStringList waitingIds() const;
    bool allChosenLoaded() const { return waitingIds().isEmpty(); }
    // Id → name of everyone chosen (loaded or named by setChosenIds).
    QHash<QString, QString> chosenNames() const;
    // Id → display name of every loaded user, for previews.
    QHash<QString, QString> names() const;

    CatalogBrowser *browser() const { return m_browser; }
    UserCatalogModel *model() const { return m_model; }
    TechnicianAccessProxy *accessProxy() const { return m_access; }
    QCheckBox *showAllCheck() const { return m_showAll; }
    QString summaryText() const;
    // What the filter does (who is offered, who is hidden, or that access is not known).
    QString accessNoteText() const;

Q_SIGNALS:
    // The choice changed, or a chosen person that was waited for loaded.
    void chosenChanged();

private:
    void applyFigures();
    void updateAccess();
    void updateSummary();
    // Fetches the next page while a chosen person has not loaded (after the first page).
    void chaseWaiting();
    QString nameOf(const QString &id) const;

    QPointer<PlanningMonitor> m_monitor;
    QHash<QString, QString> m_knownNames;
    qsizetype m_waiting = 0;
    QList<std::pair<QString, QString>> m_targets;
    UserCatalogModel *m_model = nullptr;
    TechnicianAccessProxy *m_access = nullptr;
    CatalogPager *m_pager = nullptr;
    CatalogBrowser *m_browser = nullptr;
    QCheckBox *m_showAll = nullptr;
    QLabel *m_accessNote = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace BatchDesk::Ui
