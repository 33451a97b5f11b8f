#include "models/planning/splitplan.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace BatchDesk {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([^{}]*)\\}"));
    return re;
}

// Sizes of `count` batches holding `cycles`, per policy. For LastSmaller `size` is fixed.
QList<qint64> lastSmaller(qint64 cycles, qint64 size)
{
    QList<qint64> sizes;
    const qint64 full = cycles / size;
    const qint64 rest = cycles % size;
    sizes.reserve(static_cast<qsizetype>(full + (rest > 0 ? 1 : 0)));
    for (qint64 i = 0; i < full; ++i)
        sizes.append(size);
    if (rest > 0)
        sizes.append(rest);
    return sizes;
}

QList<qint64> spreadEvenly(qint64 cycles, qint64 count)
{
    QList<qint64> sizes;
    const qint64 base = cycles / count;
    const qint64 bigger = cycles % count; // these get one cycle more, and come first
    sizes.reserve(static_cast<qsizetype>(count));
    for (qint64 i = 0; i < count; ++i)
        sizes.append(base + (i < bigger ? 1 : 0));
    return sizes;
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}

} // namespace

QStringList SplitPlan::placeholders()
{
    return {QStringLiteral("{work_order}"), QStringLiteral("{queue}"), QStringLiteral("{n}"),
            QStringLiteral("{total}"), QStringLiteral("{size}")};
}

QString SplitPlan::label(const QString &pattern, const SplitInput &input, int number, int total, qint64 size)
{
    QString out;
    out.reserve(pattern.size() + input.workOrderLabel.size());
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(pattern);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(pattern).mid(last, match.capturedStart() - last);
        const QStringView name = match.capturedView(1);
        if (name == u"work_order")
            out += input.workOrderLabel;
        else if (name == u"queue")
            out += input.queueLabel;
        else if (name == u"n")
            out += QString::number(number);
        else if (name == u"total")
            out += QString::number(total);
        else if (name == u"size")
            out += QString::number(size);
        else
            out += match.captured(0); // unknown: left as typed (compute() reports it)
        last = match.capturedEnd();
    }
    out += QStringView(pattern).mid(last);
    return out.simplified();
}

SplitPlan SplitPlan::compute(const SplitInput &input)
{
    SplitPlan plan;
    plan.m_input = input;
    auto &problems = plan.m_problems;

    if (input.workOrderId.isEmpty())
        problems.append(Problem::NoWorkOrder);
    if (input.queueId.isEmpty())
        problems.append(Problem::NoQueue);

    const qint64 remaining = plan.cyclesRemaining();
    const qint64 toSplit = input.cyclesToSplit.value_or(remaining);
    plan.m_cyclesToSplit = toSplit;
    if (toSplit <= 0) {
        problems.append(input.cyclesToSplit ? Problem::CyclesToSplitNotPositive : Problem::NothingLeftToSplit);
    } else if (toSplit > remaining) {
        if (input.allowOverSplit)
            plan.m_notes.append(Note::OverSplit);
        else
            problems.append(remaining == 0 ? Problem::NothingLeftToSplit : Problem::ExceedsRemaining);
    }

    const QString pattern = input.labelPattern.trimmed();
    if (pattern.isEmpty()) {
        problems.append(Problem::EmptyLabelPattern);
    } else {
        auto it = placeholderPattern().globalMatch(pattern);
        bool numbered = false;
        while (it.hasNext()) {
            const auto match = it.next();
            if (!placeholders().contains(match.captured(0)) && plan.m_unknownPlaceholder.isEmpty()) {
                plan.m_unknownPlaceholder = match.captured(0);
                problems.append(Problem::UnknownPlaceholder);
            }
            numbered = numbered || match.captured(1) == u"n";
        }
        if (!numbered)
            plan.m_notes.append(Note::LabelsNotNumbered);
    }

    if (input.sizingValue <= 0) {
        problems.append(Problem::SizingNotPositive);
        return plan;
    }
    if (toSplit <= 0)
        return plan;

    QList<qint64> sizes;
    if (input.sizing == SizingMode::BatchSize) {
        if (input.sizingValue > kMaxBatchSize) {
            problems.append(Problem::BatchSizeTooLarge);
            return plan;
        }
        const qint64 count = ceilDiv(toSplit, input.sizingValue);
        if (count > kMaxBatches) {
            problems.append(Problem::TooManyBatches);
            return plan;
        }
        sizes = input.remainder == RemainderPolicy::LastSmaller ? lastSmaller(toSplit, input.sizingValue)
                                                                : spreadEvenly(toSplit, count);
    } else {
        const qint64 count = input.sizingValue;
        if (count > toSplit) {
            problems.append(Problem::MoreBatchesThanCycles);
            return plan;
        }
        if (count > kMaxBatches) {
            problems.append(Problem::TooManyBatches);
            return plan;
        }
        if (input.remainder == RemainderPolicy::SpreadEvenly) {
            sizes = spreadEvenly(toSplit, count);
        } else {
            sizes = lastSmaller(toSplit, ceilDiv(toSplit, count));
            if (sizes.size() < count)
                plan.m_notes.append(Note::FewerBatchesThanAsked);
        }
        if (sizes.constFirst() > kMaxBatchSize) {
            problems.append(Problem::BatchSizeTooLarge);
            return plan;
        }
    }
    if (sizes.size() <= 1)
        plan.m_notes.removeAll(Note::LabelsNotNumbered); // one batch needs no number

    const int total = static_cast<int>(sizes.size());
    const qsizetype technicians = input.technicianIds.size();
    plan.m_batches.reserve(total);
    bool labelTooLong = false;
    for (int i = 0; i < total; ++i) {
        PlannedBatch b;
        b.number = i + 1;
        b.numberCycles = sizes.at(i);
        b.order = input.firstOrder + i;
        b.label = label(pattern, input, b.number, total, b.numberCycles);
        labelTooLong = labelTooLong || b.label.size() > kMaxLabelLength;
        if (technicians > 0) {
            if (input.technicianMode == TechnicianMode::AllBatches)
                b.technicianIds = input.technicianIds;
            else if (input.technicianMode == TechnicianMode::RoundRobin)
                b.technicianIds = {input.technicianIds.at(i % technicians)};
        }
        plan.m_batches.append(std::move(b));
    }
    if (labelTooLong)
        problems.append(Problem::LabelTooLong);
    return plan;
}

qint64 SplitPlan::cyclesRemaining() const
{
    return std::max<qint64>(0, m_input.cyclesNeeded - m_input.cyclesBatched);
}

qint64 SplitPlan::cyclesPlanned() const
{
    qint64 sum = 0;
    for (const PlannedBatch &b : m_batches)
        sum += b.numberCycles;
    return sum;
}

QList<SizeGroup> SplitPlan::sizeGroups() const
{
    std::map<qint64, SizeGroup> bySize;
    for (int i = 0; i < m_batches.size(); ++i) {
        SizeGroup &g = bySize[m_batches.at(i).numberCycles];
        g.numberCycles = m_batches.at(i).numberCycles;
        g.batchIndexes.append(i);
    }
    QList<SizeGroup> groups;
    for (auto &[size, group] : bySize)
        groups.append(std::move(group));
    std::stable_sort(groups.begin(), groups.end(), [](const SizeGroup &a, const SizeGroup &b) {
        if (a.batchIndexes.size() != b.batchIndexes.size())
            return a.batchIndexes.size() > b.batchIndexes.size();
        return a.numberCycles > b.numberCycles;
    });
    return groups;
}

QString SplitPlan::message(Problem problem) const
{
    const QLocale locale;
    switch (problem) {
    case Problem::NoWorkOrder:
        return tr("Choose the work order to split.");
    case Problem::NoQueue:
        return tr("Choose the queue the new batches go into.");
    case Problem::SizingNotPositive:
        return m_input.sizing == SizingMode::BatchSize ? tr("The batch size must be at least 1 cycle.")
                                                       : tr("Make at least one batch.");
    case Problem::BatchSizeTooLarge:
        return tr("A batch can hold at most %1 cycles.").arg(locale.toString(kMaxBatchSize));
    case Problem::TooManyBatches:
        return tr("This would make more than %1 batches; choose a larger batch size or fewer batches.")
            .arg(locale.toString(kMaxBatches));
    case Problem::MoreBatchesThanCycles:
        return tr("%Ln batch(es) cannot share %1 cycles: every batch needs at least one cycle.", nullptr,
                  static_cast<int>(m_input.sizingValue))
            .arg(locale.toString(m_cyclesToSplit));
    case Problem::NothingLeftToSplit:
        return tr("All %1 cycles of this work order are already in batches. To add more batches anyway, "
                  "enter the number of cycles and allow splitting more than is needed.")
            .arg(locale.toString(m_input.cyclesNeeded));
    case Problem::ExceedsRemaining:
        return tr("Only %1 of the work order's %2 cycles are not in a batch yet; splitting %3 needs your "
                  "explicit permission.")
            .arg(locale.toString(cyclesRemaining()), locale.toString(m_input.cyclesNeeded),
                 locale.toString(m_cyclesToSplit));
    case Problem::CyclesToSplitNotPositive:
        return tr("The number of cycles to split must be at least 1.");
    case Problem::EmptyLabelPattern:
        return tr("Enter a label pattern, for example {work_order} {n}/{total}.");
    case Problem::UnknownPlaceholder:
        return tr("The label pattern uses %1, which is not a placeholder. Use %2.")
            .arg(m_unknownPlaceholder, placeholders().join(QStringLiteral(", ")));
    case Problem::LabelTooLong:
        return tr("Labels would be longer than %1 characters; shorten the pattern.").arg(kMaxLabelLength);
    }
    return {};
}

QString SplitPlan::message(Note note) const
{
    const QLocale locale;
    switch (note) {
    case Note::FewerBatchesThanAsked:
        return tr("With the last batch smaller, %1 cycles fit in %Ln batch(es); choose \"spread evenly\" to get "
                  "exactly %2.", nullptr, static_cast<int>(m_batches.size()))
            .arg(locale.toString(m_cyclesToSplit), locale.toString(m_input.sizingValue));
    case Note::LabelsNotNumbered:
        return tr("The label pattern has no {n}: every batch gets the same label.");
    case Note::OverSplit:
        return tr("%1 cycles more than the work order still needs will be put in batches.")
            .arg(locale.toString(m_cyclesToSplit - cyclesRemaining()));
    }
    return {};
}

QStringList SplitPlan::problemMessages() const
{
    QStringList out;
    for (Problem p : m_problems)
        out.append(message(p));
    return out;
}

QStringList SplitPlan::noteMessages() const
{
    QStringList out;
    for (Note n : m_notes)
        out.append(message(n));
    return out;
}

} // namespace BatchDesk
