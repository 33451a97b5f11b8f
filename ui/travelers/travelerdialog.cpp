#include "ui/travelers/travelerdialog.h"

#include "models/displaytext.h"
#include "ui/plaintext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace BatchDesk::Ui {

namespace {

const QString kTravelerFormatSetting = QStringLiteral("travelers/format");

} // namespace

TravelerDialog::TravelerDialog(QList<TravelerData> travelers, QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_travelers(std::move(travelers))
    , m_settings(settings)
{
    m_count = plainLabel(this);
    m_formatLabel = plainLabel(this);
    m_format = new QComboBox(this);
    for (TravelerFormat format : kTravelerFormats)
        m_format->addItem(QString(), static_cast<int>(format));
    std::optional<TravelerFormat> chosen;
    if (m_settings)
        chosen = travelerFormatFromKey(m_settings->value(kTravelerFormatSetting).toString());
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(chosen.value_or(defaultTravelerFormat(QLocale())))));
    m_formatLabel->setBuddy(m_format);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_print = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_save = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_print->setDefault(true);
    const bool any = !m_travelers.isEmpty();
    m_print->setEnabled(any);
    m_save->setEnabled(any);

    auto *form = new QFormLayout;
    form->addRow(m_formatLabel, m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // The choice is remembered as soon as it is made: a label printer's desk keeps printing labels.
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        if (m_settings)
            m_settings->setValue(kTravelerFormatSetting, travelerFormatKey(format()));
    });
    connect(m_print, &QPushButton::clicked, this, &TravelerDialog::print);
    connect(m_save, &QPushButton::clicked, this, &TravelerDialog::saveAsPdf);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

TravelerFormat TravelerDialog::format() const
{
    return static_cast<TravelerFormat>(m_format->currentData().toInt());
}

QString TravelerDialog::savePdf(const QString &path)
{
    return writeTravelersPdf(path, m_travelers, format());
}

QString TravelerDialog::suggestedPdfName() const
{
    // The label is the server's: anything a file system refuses or a shell trips over becomes
    // a dash, and a long label is shortened (this is a file name, not the traveler).
    QString label = m_travelers.isEmpty() ? QString() : DisplayText::singleLine(m_travelers.constFirst().label);
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\s]+)"));
    label = label.replace(unsafe, QStringLiteral("-")).left(60);
    while (label.startsWith(QLatin1Char('-')) || label.startsWith(QLatin1Char('.')))
        label.remove(0, 1);
    while (label.endsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('.')))
        label.chop(1);
    return label.isEmpty() ? QStringLiteral("travelers.pdf") : QStringLiteral("travelers-%1.pdf").arg(label);
}

void TravelerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TravelerDialog::retranslateUi()
{
    setWindowTitle(tr("Print travelers"));
    m_count->setText(tr("Travelers for %Ln batch(es)", nullptr, static_cast<int>(m_travelers.size())));
    //: Label of the paper format choice (A4 sheet, Letter sheet, 4 x 6 label).
    m_formatLabel->setText(tr("&Format:"));
    for (int i = 0; i < m_format->count(); ++i)
        m_format->setItemText(i, travelerFormatName(static_cast<TravelerFormat>(m_format->itemData(i).toInt())));
    m_print->setText(tr("&Print…"));
    m_save->setText(tr("&Save as PDF…"));
}

void TravelerDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(travelerPageLayout(format()));
    printer.setDocName(tr("Batch travelers"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print travelers"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printTravelers(&printer, m_travelers, format());
}

void TravelerDialog::saveAsPdf()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
                          + suggestedPdfName();
    QString path = QFileDialog::getSaveFileName(this, tr("Save travelers as PDF"), start, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    const QString error = savePdf(path);
    if (error.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Save as PDF"), tr("The travelers were not saved."),
                                QMessageBox::Ok, this);
    makePlain(box);
    box->setInformativeText(error);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace BatchDesk::Ui
