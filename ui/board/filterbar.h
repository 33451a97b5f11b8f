#pragma once

// The board's filter bar: search, status categories, "Assigned to me", "Overdue" and the sort
// order. It only says what the user chose (signals); the board applies it to its proxies.

#include "client/statuscategory.h"
#include "models/batchproxies.h"

#include <QSet>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSettings;
class QToolButton;

namespace BatchDesk::Ui {

class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    // Sets the widgets from the settings; every filter signal fires, edited() does not.
    void restore(const QSettings &settings);
    void save(QSettings &settings) const;
    // Moves the keyboard focus to the search field, its text selected (Ctrl+F).
    void focusSearch();
    // Every filter off (search, statuses, "Assigned to me", "Overdue"); the sort stays. Each
    // filter signal that changes fires, and edited() once.
    void clear();
    // The sort chosen elsewhere (a header click): the combo shows it, no sortChanged().
    void showSortKey(BatchSortProxy::SortBy key);
    BatchSortProxy::SortBy sortKey() const;
    // Any filter is on.
    bool isFiltering() const;

    QSet<Niagara::StatusCategory> categories() const;

    QLineEdit *searchField() const { return m_search; }
    QList<QAction *> categoryActions() const { return m_categoryActions; }
    QCheckBox *mineCheck() const { return m_mine; }
    QCheckBox *overdueCheck() const { return m_overdue; }
    QComboBox *sortCombo() const { return m_sort; }

Q_SIGNALS:
    void searchChanged(const QString &text);
    void categoriesChanged(const QSet<Niagara::StatusCategory> &categories);
    void assignedToMeChanged(bool on);
    void overdueChanged(bool on);
    void sortChanged(BatchSortProxy::SortBy key);
    // The user changed a filter (not restore()): time to save.
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onCategoriesToggled();
    void updateCategoryButton();
    void changed();

    QLineEdit *m_search = nullptr;
    QToolButton *m_categoryButton = nullptr;
    QMenu *m_categoryMenu = nullptr;
    QList<QAction *> m_categoryActions;
    QAction *m_showAllCategories = nullptr;
    QCheckBox *m_mine = nullptr;
    QCheckBox *m_overdue = nullptr;
    QLabel *m_sortLabel = nullptr;
    QComboBox *m_sort = nullptr;
    bool m_restoring = false;
};

} // namespace BatchDesk::Ui
