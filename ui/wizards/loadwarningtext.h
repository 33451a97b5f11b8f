#pragma once

// The over-threshold warning both wizards show before sending (LoadProjection's answer in
// words): who the plan puts over the planning desk's threshold, and with what load. A
// warning, not a block: the commit stays possible.

#include "models/planning/loadprojection.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace BatchDesk::Ui {

inline QStringList loadWarningLines(const std::vector<ProjectedLoad> &over, double thresholdDays)
{
    if (over.empty())
        return {};
    const QLocale locale;
    QStringList people;
    for (const ProjectedLoad &p : over) {
        // Just over the threshold must not read as the threshold itself ("5.0 days" over 5).
        const int decimals = p.loadDays && std::round(*p.loadDays * 10) / 10 <= thresholdDays ? 2 : 1;
        people << (p.loadDays ? QCoreApplication::translate("BatchDesk::Ui::LoadWarning", "%1 (%2 days of work)")
                                    .arg(p.name, locale.toString(*p.loadDays, 'f', decimals))
                              : QCoreApplication::translate("BatchDesk::Ui::LoadWarning",
                                                            "%1 (%2 cycles, none completed in the pace window)")
                                    .arg(p.name, locale.toString(p.openCycles + p.change, 'f', 0)));
    }
    return {QCoreApplication::translate("BatchDesk::Ui::LoadWarning",
                                        "This plan puts people over %1 days of work at their pace: %2.")
                .arg(locale.toString(thresholdDays), locale.createSeparatedList(people)),
            QCoreApplication::translate("BatchDesk::Ui::LoadWarning",
                                        "You can still go ahead, or go back and choose someone else.")};
}

} // namespace BatchDesk::Ui
