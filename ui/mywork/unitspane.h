#pragma once

// The units (cycles) of one batch, under the My work list: a filter by status category (each
// choice with its count), the table (blocked units first, CycleFilterProxy), and in place of
// the table what the read says when there is nothing to show: loading, no access, the batch
// is gone, or this server does not list units (a seed-revision server). Presentation only: the
// rows and the read's state are BatchCyclesFeed's and CycleListModel's.

#include "models/cycles/batchcyclesfeed.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace BatchDesk::Ui {

class UnitsPane final : public QWidget
{
    Q_OBJECT

public:
    // The feed (and its model) must outlive the pane.
    explicit UnitsPane(BatchCyclesFeed *feed, QWidget *parent = nullptr);

    // Shows the units of `batchId` ("" = none); `label` names it in the heading.
    void setBatch(const QString &batchId, const QString &label);
    QString batchId() const;
    void refresh();
    // Selects a unit (a scanned serial); false when it is not among the rows.
    bool selectUnit(const QString &cycleId);

    QTableView *view() const { return m_view; }
    QComboBox *categoryCombo() const { return m_category; }
    QLabel *headingLabel() const { return m_heading; }
    QLabel *messageLabel() const { return m_message; }
    CycleFilterProxy *proxy() const { return m_proxy; }
    bool showsTable() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCategoryCounts();
    void updateState();

    QPointer<BatchCyclesFeed> m_feed;
    CycleFilterProxy *m_proxy = nullptr;
    QString m_label;
    QLabel *m_heading = nullptr;
    QLabel *m_filterLabel = nullptr;
    QComboBox *m_category = nullptr;
    QToolButton *m_refresh = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace BatchDesk::Ui
