#pragma once

// The board's tree view: queue → work order → batch rows with their delegates, columns sized
// to what they hold, and the groups the user opened kept open while filters and pages take
// rows away and bring them back.

#include <QHash>
#include <QSet>
#include <QTreeView>

class QTimer;

namespace BatchDesk::Ui {

class BoardTree final : public QTreeView
{
    Q_OBJECT

public:
    explicit BoardTree(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    // Expanded groups by key (q/<queue>, w/<queue>/<work order>). Without a saved set the first
    // load opens every queue so the work orders show.
    void setExpandedKeys(const QStringList &keys, bool saved);
    QStringList expandedKeys() const;
    // After a load: from now on only the saved keys open groups.
    void setFirstLoadDone(bool done) { m_firstLoadDone = done; }

    // Makes every column except the label wide enough for its header text and for the widest
    // value shown; the label column takes what is left and elides in the middle. Only when
    // the label column's header would be cut do the free-text columns (cycles bar,
    // technicians, status) give up width, down to a floor; Status never below its groups' counts.
    void fitColumns();
    // The width a column needs for its header text (margins included) and its shown values.
    int neededWidth(int column) const;
    // The width its header needs: the text and margins, and the sort indicator if it is the
    // sorted column.
    int headerWidth(int column) const;
    // The widest text of a queue or work order row in `column`, margins included.
    int groupTextWidth(int column) const;

    QString currentBatchId() const;
    QString currentQueueId() const;
    // Selects the first batch in view order, expanding its parents.
    bool selectFirstBatch();
    // The batch rows on screen now, top to bottom.
    QStringList visibleBatchIds() const;

Q_SIGNALS:
    // The batch rows on screen may be others now (300 ms after a scroll, an expansion or rows
    // coming in): the store reads their technicians first.
    void visibleBatchesChanged(const QStringList &batchIds);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    static QString groupKey(const QModelIndex &index);
    void restoreExpansion(const QModelIndex &parent, int first, int last);

    QTimer *m_visibleRowsTimer = nullptr;
    QSet<QString> m_expanded;
    bool m_hadSavedExpansion = false;
    bool m_firstLoadDone = false;
    // Free-text columns narrowed for the label column's header, by the width they were given.
    QHash<int, int> m_givenUp;
};

} // namespace BatchDesk::Ui
