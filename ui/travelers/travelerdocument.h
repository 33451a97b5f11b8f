#pragma once

// Batch travelers on paper: the sheet or label that goes on a box of devices, one page per
// batch. Every format is painted by paintTraveler(); the PDF, the printer and the PNG preview
// differ only in the device. What a traveler shows comes from TravelerData; remote text in it
// is painted as plain text, and shrinks or wraps to fit its box, never cut.

#include "models/travelers/travelerdata.h"

#include <QFont>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QString>

#include <optional>

class QLocale;
class QPaintDevice;
class QPainter;
class QPrinter;

namespace BatchDesk::Ui {

enum class TravelerFormat {
    A4,       // sheet
    Letter,   // sheet
    Label4x6, // thermal label, 4 × 6 inches (101.6 × 152.4 mm), portrait
};

inline constexpr TravelerFormat kTravelerFormats[] = {TravelerFormat::A4, TravelerFormat::Letter, TravelerFormat::Label4x6};

// The format's name for people (translated).
QString travelerFormatName(TravelerFormat format);
// A stable name for settings files ("A4", "Letter", "Label4x6"), and back (nullopt: unknown).
QString travelerFormatKey(TravelerFormat format);
std::optional<TravelerFormat> travelerFormatFromKey(const QString &key);

// The page size, orientation (portrait) and margins of a format.
QPageLayout travelerPageLayout(TravelerFormat format);

// The sheet people in `locale`'s country print on: Letter where the US customary measurement
// system is used and in the other countries whose paper is Letter (Canada, Mexico, …), else A4.
TravelerFormat defaultTravelerFormat(const QLocale &locale);

// Paints one traveler into `page`: the printable area of the page (the layout's paint rect) in
// the painter's coordinates. Sizes follow the page, so any resolution gives the same traveler.
void paintTraveler(QPainter &painter, const QRectF &page, const TravelerData &traveler, TravelerFormat format);

// Writes a PDF at 300 dpi, one page per traveler. An empty string on success, else the reason
// (translated).
QString writeTravelersPdf(const QString &path, const QList<TravelerData> &travelers, TravelerFormat format);

// Prints one page per traveler on `printer` (already set up: QPrintDialog).
void printTravelers(QPrinter *printer, const QList<TravelerData> &travelers, TravelerFormat format);

// The whole page at `dpi` on white (a preview, and what the tests scan).
QImage renderTraveler(const TravelerData &traveler, TravelerFormat format, int dpi);

// --- how the text of a traveler is laid out (what paintTraveler draws; for tests)

enum class TravelerTextRole { Label, Payload, WorkOrder, Queue, Cycles, Due, Technicians };

struct TravelerTextBlock
{
    TravelerTextRole role = TravelerTextRole::Label;
    QString text;         // as painted (one line of plain text, to be wrapped)
    QFont font;           // the size it was fitted at
    QRectF box;           // the room it has
    QRectF textRect;      // what the laid-out text covers
    qsizetype charactersLaidOut = 0; // text.size() unless something was left out
    int lines = 0;
    bool wrapsAnywhere = false; // a word longer than the box is broken (else only between words)
};

// The text blocks of a traveler painted into `page` on `device` (font metrics; nullptr: the
// default, as for an image).
QList<TravelerTextBlock> travelerTextBlocks(const QRectF &page, const TravelerData &traveler, TravelerFormat format,
                                            QPaintDevice *device = nullptr);

} // namespace BatchDesk::Ui
