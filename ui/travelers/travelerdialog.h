#pragma once

// "Print travelers": the travelers of the chosen batches, printed or saved as a PDF, in the
// format chosen last time (else the sheet of the user's country). Layout and painting are
// travelerdocument's; this only asks where to.

#include "models/travelers/travelerdata.h"
#include "ui/travelers/travelerdocument.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSettings;

namespace BatchDesk::Ui {

class TravelerDialog final : public QDialog
{
    Q_OBJECT

public:
    // `settings` may be null (nothing remembered); it must outlive the dialog.
    TravelerDialog(QList<TravelerData> travelers, QSettings *settings, QWidget *parent = nullptr);

    TravelerFormat format() const;
    // For tests.
    QComboBox *formatCombo() const { return m_format; }
    // Writes the PDF to `path` without asking: an empty string on success, else the reason.
    QString savePdf(const QString &path);
    // The file name offered by Save as PDF ("travelers-<first label>.pdf").
    QString suggestedPdfName() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void print();
    void saveAsPdf();

    QList<TravelerData> m_travelers;
    QSettings *m_settings;
    QLabel *m_count = nullptr;
    QLabel *m_formatLabel = nullptr;
    QComboBox *m_format = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace BatchDesk::Ui
