#pragma once

// The printable planning report (issue 16): the desk's three tables and its two charts in a
// PDF (QPdfWriter, A4 landscape), paginated, every page headed with the server, the user and
// the time the figures were computed, and numbered. What it prints is what the desk shows
// (the figures as the tables filter them).

#include "models/planning/planningfigures.h"

#include <QCoreApplication>
#include <QString>

namespace BatchDesk::Ui {

class PlanningReportPdf final
{
    Q_DECLARE_TR_FUNCTIONS(BatchDesk::Ui::PlanningReportPdf)

public:
    struct Heading
    {
        QString server;
        QString user;
    };
    // Writes `path`; an empty string on success, else the reason (translated).
    static QString write(const QString &path, const PlanningFigures &figures, const Heading &heading,
                         const QString &paceSummary, const QString &burnUpWorkOrderId);
    // The number of pages the last write() produced (tests).
    static int lastPageCount();
};

} // namespace BatchDesk::Ui
