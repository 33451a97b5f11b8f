#pragma once

// The planning desk's tables as CSV (models/textexport.h's rules: RFC 4180, formula guard),
// the same columns and values as `batchdesk-cli planning report --format csv`, which is three
// of these with the section column.

#include "models/planning/planningfigures.h"

#include <QByteArray>

namespace BatchDesk {

enum class PlanningTable : quint8 { Queues, WorkOrders, Technicians };

// A header row and one record per row; numbers in the C locale with every digit needed to read
// them back; times in RFC 3339 (UTC). `sectionColumn`: a first column naming the table
// ("queues", "work_orders", "technicians"; "table" in the header).
QByteArray planningCsv(const PlanningFigures &figures, PlanningTable table, bool sectionColumn = false);

} // namespace BatchDesk
