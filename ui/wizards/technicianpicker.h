#pragma once

// Choosing technicians: the users catalog with a check box per person, searchable, loaded
// page by page, and a line naming who is chosen (in the order chosen, which round-robin
// follows). Shared by the split and assign wizards.

#include "client/domain.h"

#include <QWidget>

class QLabel;

namespace BatchDesk {
class CatalogPager;
class PlanningService;
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
    QString summaryText() const;

Q_SIGNALS:
    void chosenChanged();

private:
    void updateSummary();

    UserCatalogModel *m_model = nullptr;
    CatalogPager *m_pager = nullptr;
    CatalogBrowser *m_browser = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace BatchDesk::Ui
