#pragma once

// SplitPlan: pure planning logic for breaking a work order into batches. No network, no
// Qt objects: the wizard's preview, the CLI's --dry-run and the executor all read the same
// plan, so what the manager sees is what gets sent.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace BatchDesk {

enum class SizingMode : quint8 {
    BatchSize,  // the manager chooses how many cycles go in each batch
    BatchCount, // the manager chooses how many batches to make
};

enum class RemainderPolicy : quint8 {
    LastSmaller,  // full batches, then one smaller batch: 500 / 30 = 16 × 30 + 1 × 20
    SpreadEvenly, // sizes differ by at most one: 500 in 17 = 7 × 30 + 10 × 29
};

enum class TechnicianMode : quint8 {
    None,       // no technicians
    AllBatches, // every chosen technician on every batch
    RoundRobin, // batch n gets technician n mod k
};

struct SplitInput
{
    QString workOrderId;
    QString workOrderLabel;
    QString queueId;
    QString queueLabel;
    qint64 cyclesNeeded = 0;  // what the work order needs in all
    qint64 cyclesBatched = 0; // what its existing batches already hold
    // How many cycles to split; unset = all that are still needed.
    std::optional<qint64> cyclesToSplit;
    // Splitting more than is still needed (or anything when nothing is) must be asked for.
    bool allowOverSplit = false;

    SizingMode sizing = SizingMode::BatchSize;
    qint64 sizingValue = 0; // batch size or batch count, per `sizing`
    RemainderPolicy remainder = RemainderPolicy::LastSmaller;

    // Placeholders: {work_order} {queue} {n} {total} {size}. See SplitPlan::placeholders().
    QString labelPattern = QStringLiteral("{work_order} {n}/{total}");
    // Queue order of the first new batch (the queue's highest order + 1); later ones follow.
    qint64 firstOrder = 1;

    QStringList technicianIds;
    TechnicianMode technicianMode = TechnicianMode::None;
};

struct PlannedBatch
{
    int number = 0; // 1-based position in the plan
    QString label;
    qint64 numberCycles = 0;
    qint64 order = 0;
    QStringList technicianIds;
    bool operator==(const PlannedBatch &) const = default;
};

// Batches of one size, in plan order: what one PATCH /batches can create.
struct SizeGroup
{
    qint64 numberCycles = 0;
    QList<int> batchIndexes; // indexes into SplitPlan::batches()
};

class SplitPlan final
{
    Q_DECLARE_TR_FUNCTIONS(BatchDesk::SplitPlan)

public:
    // Problems block the plan; notes are worth showing but do not.
    enum class Problem : quint8 {
        NoWorkOrder,
        NoQueue,
        SizingNotPositive,
        BatchSizeTooLarge,
        TooManyBatches,
        MoreBatchesThanCycles,
        NothingLeftToSplit,
        ExceedsRemaining,
        CyclesToSplitNotPositive,
        EmptyLabelPattern,
        UnknownPlaceholder,
        LabelTooLong,
    };
    enum class Note : quint8 {
        FewerBatchesThanAsked, // last-smaller with a batch count can need fewer batches
        LabelsNotNumbered,     // the pattern has no {n}: every batch gets the same label
        OverSplit,             // more than is still needed, as the manager allowed
    };

    static constexpr qint64 kMaxBatchSize = 100000;
    static constexpr int kMaxBatches = 2000;
    static constexpr int kMaxLabelLength = 200;

    static SplitPlan compute(const SplitInput &input);
    static QStringList placeholders();

    const SplitInput &input() const { return m_input; }
    const QList<PlannedBatch> &batches() const { return m_batches; }
    const QList<Problem> &problems() const { return m_problems; }
    const QList<Note> &notes() const { return m_notes; }
    bool isValid() const { return m_problems.isEmpty() && !m_batches.isEmpty(); }

    qint64 cyclesRemaining() const;  // needed − batched, never below 0
    qint64 cyclesToSplit() const { return m_cyclesToSplit; }
    qint64 cyclesPlanned() const;    // sum over the planned batches
    // Batches grouped by size, largest group first (ties: larger size first).
    QList<SizeGroup> sizeGroups() const;

    // Translated text for each problem and note, in the order found.
    QStringList problemMessages() const;
    QStringList noteMessages() const;
    QString message(Problem problem) const;
    QString message(Note note) const;

    // The label a pattern gives batch `number` of `total` (`size` cycles).
    static QString label(const QString &pattern, const SplitInput &input, int number, int total, qint64 size);

private:
    SplitInput m_input;
    qint64 m_cyclesToSplit = 0;
    QList<PlannedBatch> m_batches;
    QList<Problem> m_problems;
    QList<Note> m_notes;
    QString m_unknownPlaceholder;
};

} // namespace BatchDesk
