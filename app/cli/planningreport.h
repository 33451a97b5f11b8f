#pragma once

// `batchdesk-cli planning report`: the planning desk's figures (PlanningMonitor over the same
// BatchStore, completion history and server metrics the desktop app uses) as JSON, CSV or a
// table. The JSON's fields and definitions are fixed by issue 16 (README "Planning").

#include "models/planning/planningfigures.h"

#include <QByteArray>
#include <QCoreApplication>

namespace BatchDesk::Cli {

class PlanningReport final
{
    Q_DECLARE_TR_FUNCTIONS(BatchDesk::Cli::PlanningReport)

public:
    explicit PlanningReport(const PlanningFigures &figures);

    QByteArray toJson() const;
    // Three sections (queues, work orders, technicians), each with its own header row; the
    // first column names the section, so that a reader can split them.
    QByteArray toCsv() const;
    QByteArray toTable() const;

private:
    const PlanningFigures &m_figures;
};

} // namespace BatchDesk::Cli
