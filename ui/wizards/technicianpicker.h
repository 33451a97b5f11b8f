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
    // The chosen users that are loaded (a chosen id is always loaded: it was ticked in the list).
    QList<Niagara::User> chosenUsers() const;
    void setChosenIds(const QStringList &ids);
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
    void chosenChanged();

private:
    void applyFigures();
    void updateAccess();
    void updateSummary();

    QPointer<PlanningMonitor> m_monitor;
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
