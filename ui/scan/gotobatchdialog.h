#pragma once

// "Go to batch" (Ctrl+G, wired by the main window): the codes a scanner reads — batch id,
// batch label, traveler code, unit serial — typed by hand, or scanned into the field (it asks
// for scans: a scan replaces what was typed and is looked up at once). A unique match emits
// chosen() and closes; two batches with one label are listed to pick from; an unknown code is
// said in the dialog, with a beep, and the text stays selected to type over.

#include "models/scan/codelookup.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace BatchDesk {
class BatchStore;
}

namespace BatchDesk::Ui {

class WedgeScanner;

class GoToBatchDialog final : public QDialog
{
    Q_OBJECT

public:
    // The store must outlive the dialog; `units` may be null (unit labels are not looked up).
    GoToBatchDialog(const BatchStore *store, const UnitLabelIndex *units, QWidget *parent);

    // Looks the code up; closes only on a unique match (or a candidate picked).
    void accept() override;

    // For tests: the widgets a user interacts with.
    QLineEdit *codeField() const { return m_code; }
    QLabel *messageLabel() const { return m_message; }
    QListWidget *candidateList() const { return m_candidates; }
    WedgeScanner *scanner() const { return m_scanner; }

Q_SIGNALS:
    // `cycleId` is the unit a unit label named, or empty.
    void chosen(const QString &batchId, const QString &cycleId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showCandidates();
    void clearProblem();
    void choose(const QString &batchId);

    const BatchStore *m_store;
    const UnitLabelIndex *m_units;
    QLabel *m_prompt;
    QLineEdit *m_code;
    QLabel *m_message;
    QListWidget *m_candidates;
    QDialogButtonBox *m_buttons;
    WedgeScanner *m_scanner;
    // The code last looked up and what it matched (the message is re-worded on a language
    // change; the candidates belong to it).
    QString m_lookedUp;
    CodeMatch m_match;
};

} // namespace BatchDesk::Ui
