#pragma once

// One swatch and the translated name per status category, side by side in display order:
// the key to the progress bar's colours and patterns, for the status bar or above the tree.

#include <QWidget>

#include <array>

#include "client/statuscategory.h"

class QLabel;

namespace BatchDesk::Ui {

class LegendWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit LegendWidget(QWidget *parent = nullptr);

    // The name label of a category; tests and accessibility tools read these.
    QLabel *label(Niagara::StatusCategory category) const;
    // "Not in a batch yet": the hatched part of a work order's bar.
    QLabel *unbatchedLabel() const { return m_unbatchedLabel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::array<QLabel *, Niagara::kStatusCategoryCount> m_labels{};
    QLabel *m_unbatchedLabel = nullptr;
};

} // namespace BatchDesk::Ui
