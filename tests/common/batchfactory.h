#pragma once

// Builds domain values for model and listing tests without any JSON or network.

#include "client/domain.h"

#include <initializer_list>

namespace TestSupport {

struct BatchSpec
{
    QString id;
    QString queueId = QStringLiteral("q-fast");
    QString workOrderId = QStringLiteral("wo-ipad");
    // pending, in progress, verifying, complete, blocked, cancelled
    std::array<qint64, 6> cycles{10, 0, 0, 0, 0, 0};
    double order = 1;
    Niagara::StatusCategory status = Niagara::StatusCategory::Pending;
    QStringList technicianIds = {};
};

// A batch with these counts (display order) and order, assigned to `technicianIds`.
BatchSpec assignedSpec(const QString &id, std::array<qint64, 6> cycles, double order, QStringList technicianIds);

Niagara::Queue makeQueue(const QString &id, double priority = 1);
Niagara::WorkOrder makeWorkOrder(const QString &id, const QDateTime &due = QDateTime());
Niagara::Batch makeBatch(const BatchSpec &spec);
// Counts in display order: pending, in progress, verifying, complete, blocked, cancelled.
Niagara::CycleCounts countsOf(std::initializer_list<qint64> values);
Niagara::Page<Niagara::Batch> makePage(std::initializer_list<BatchSpec> specs, qint64 total = -1);
Niagara::Page<Niagara::Batch> makePage(const QList<BatchSpec> &specs, qint64 total = -1);

} // namespace TestSupport
