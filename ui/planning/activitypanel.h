#pragma once

// The Activity list on the planning desk: the splits, assignments, undos and deletions made
// from this app (newest first), each with its outcome, and Undo for the current entry while its
// window lasts (the minutes left in the tooltip; the reason when it is over). Presentation
// only: the entries, "can undo" and the undo itself are ActivityModel's.

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QToolButton;

namespace BatchDesk {
class ActivityModel;
} // namespace BatchDesk

namespace BatchDesk::Ui {

class ActivityPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPanel(ActivityModel *model, QWidget *parent = nullptr);
    ~ActivityPanel() override;

    QListView *list() const { return m_list; }
    // Undo of the current entry (also the button and the context menu).
    QAction *undoAction() const { return m_undo; }
    QLabel *emptyLabel() const { return m_empty; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateUndo();
    void undoCurrent();

    QPointer<ActivityModel> m_model;
    QLabel *m_title;
    QLabel *m_empty;
    QListView *m_list;
    QAction *m_undo;
    QToolButton *m_undoButton;
};

} // namespace BatchDesk::Ui
