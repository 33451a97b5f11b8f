#pragma once

// A horizontal header whose labels wrap onto two lines instead of widening their column.
//
// Tables of figures have short numbers under long words: "Tage bis Fälligkeit" over "3,5". A
// plain QHeaderView sizes such a column to its one-line label, and at 1366 px the last columns
// of a German table fall off the edge. Here a label of several words is measured at the
// narrowest width that holds it in two lines (never narrower than its longest word), and it is
// painted wrapped; the header is two lines tall. A label that fits the column on one line
// stays on one line.

#include <QHeaderView>

namespace BatchDesk::Ui {

class WrappingHeaderView final : public QHeaderView
{
    Q_OBJECT

public:
    explicit WrappingHeaderView(QWidget *parent = nullptr);

    // The narrowest width at which `text` takes at most `lines` lines (pure: for tests too).
    static int wrappedWidth(const QFontMetrics &metrics, const QString &text, int lines);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;

private:
    static constexpr int kLines = 2;
};

} // namespace BatchDesk::Ui
