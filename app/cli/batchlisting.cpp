#include "app/cli/batchlisting.h"

#include "models/batchroles.h"
#include "models/displaytext.h"

#include <nlohmann/json.hpp>

#include <QLocale>
#include <QTextStream>

namespace BatchDesk::Cli {

using namespace Niagara;

namespace {

nlohmann::ordered_json sortKeyJson(const SortKey &key)
{
    if (!key.isValid())
        return nullptr;
    if (key.isNumber())
        return key.number();
    return key.toString().toStdString();
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

QString id(const QModelIndex &index)
{
    return index.data(BatchRoles::IdRole).toString();
}

} // namespace

BatchListing::BatchListing(const BatchStore &store, const QAbstractItemModel &sortedTree)
    : m_store(store)
    , m_tree(sortedTree)
{
}

template <typename F>
void BatchListing::forEachBatch(F &&f) const
{
    for (int q = 0; q < m_tree.rowCount(); ++q) {
        const QModelIndex queue = m_tree.index(q, 0);
        for (int w = 0; w < m_tree.rowCount(queue); ++w) {
            const QModelIndex wo = m_tree.index(w, 0, queue);
            for (int b = 0; b < m_tree.rowCount(wo); ++b) {
                if (const BatchRecord *batch = m_store.batch(id(m_tree.index(b, 0, wo))))
                    f(queue, wo, *batch);
            }
        }
    }
}

QByteArray BatchListing::toJson() const
{
    nlohmann::ordered_json root;
    root["total_count"] = m_store.serverTotal();
    nlohmann::ordered_json queues = nlohmann::ordered_json::array();
    for (int q = 0; q < m_tree.rowCount(); ++q) {
        const QModelIndex queueIndex = m_tree.index(q, 0);
        const Queue *queue = m_store.queue(id(queueIndex));
        nlohmann::ordered_json jq;
        jq["queue_id"] = utf8(id(queueIndex));
        jq["label"] = utf8(queue ? queue->label : QString());
        jq["priority"] = queue ? sortKeyJson(queue->priority) : nullptr;
        jq["work_orders"] = nlohmann::ordered_json::array();
        for (int w = 0; w < m_tree.rowCount(queueIndex); ++w) {
            const QModelIndex woIndex = m_tree.index(w, 0, queueIndex);
            const WorkOrder *wo = m_store.workOrder(id(woIndex));
            nlohmann::ordered_json jw;
            jw["work_order_id"] = utf8(id(woIndex));
            jw["label"] = utf8(wo ? wo->label : QString());
            jw["batches"] = nlohmann::ordered_json::array();
            for (int b = 0; b < m_tree.rowCount(woIndex); ++b) {
                const BatchRecord *batch = m_store.batch(id(m_tree.index(b, 0, woIndex)));
                if (!batch)
                    continue;
                nlohmann::ordered_json jb;
                jb["batch_id"] = utf8(batch->id);
                jb["label"] = utf8(batch->label);
                jb["order"] = sortKeyJson(batch->order);
                jb["number_cycles"] = batch->numberCycles;
                jb["current_status"] = batch->status ? nlohmann::ordered_json(utf8(batch->status->label))
                                                     : nlohmann::ordered_json(nullptr);
                nlohmann::ordered_json cycles;
                for (StatusCategory c : kAllStatusCategories)
                    cycles[std::string(categoryCountKey(c))] = batch->cycles[c];
                jb["cycles"] = cycles;
                jw["batches"].push_back(std::move(jb));
            }
            jq["work_orders"].push_back(std::move(jw));
        }
        queues.push_back(std::move(jq));
    }
    root["queues"] = std::move(queues);
    root["skipped"] = nlohmann::ordered_json::array();
    for (const DecodeIssue &issue : m_store.skipped()) {
        nlohmann::ordered_json s;
        s["index"] = issue.index;
        s["reason"] = utf8(issue.path + QLatin1String(": ") + issue.message);
        root["skipped"].push_back(std::move(s));
    }
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

QByteArray BatchListing::toCsv() const
{
    QList<CsvCell> header{QStringLiteral("queue_id"), QStringLiteral("queue_label"), QStringLiteral("queue_priority"),
                          QStringLiteral("work_order_id"), QStringLiteral("work_order_label"), QStringLiteral("batch_id"),
                          QStringLiteral("batch_label"), QStringLiteral("order"), QStringLiteral("number_cycles"),
                          QStringLiteral("current_status"), QStringLiteral("status_category")};
    for (StatusCategory c : kAllStatusCategories)
        header << QString::fromLatin1(categoryCountKey(c));
    QByteArray out = csvRecord(header);
    // A sort key is a number the CLI formats only when the server sent a number.
    const auto sortKey = [](const SortKey &key) {
        return CsvCell(key.toString(), key.isNumber() ? CsvKind::Number : CsvKind::Text);
    };
    const auto number = [](qint64 n) { return CsvCell(QString::number(n), CsvKind::Number); };
    forEachBatch([&](const QModelIndex &queueIndex, const QModelIndex &woIndex, const BatchRecord &batch) {
        const Queue *queue = m_store.queue(id(queueIndex));
        const WorkOrder *wo = m_store.workOrder(id(woIndex));
        QList<CsvCell> row{id(queueIndex), queue ? queue->label : QString(),
                           queue ? sortKey(queue->priority) : CsvCell(QString()),
                           id(woIndex), wo ? wo->label : QString(), batch.id, batch.label, sortKey(batch.order),
                           number(batch.numberCycles), batch.status ? batch.status->label : QString(),
                           batch.status ? QString::fromLatin1(categoryWireName(batch.status->category)) : QString()};
        for (StatusCategory c : kAllStatusCategories)
            row << number(batch.cycles[c]);
        out += csvRecord(row);
    });
    return out;
}

QByteArray BatchListing::toTable() const
{
    // Every piece of server text goes through terminalText(), ids and sort keys included.
    const auto text = [](const QString &s, qsizetype maxLength = DisplayText::kMaxDisplayLength) {
        return terminalText(DisplayText::elided(s, maxLength));
    };
    QString out;
    QTextStream stream(&out);
    for (int q = 0; q < m_tree.rowCount(); ++q) {
        const QModelIndex queueIndex = m_tree.index(q, 0);
        const Queue *queue = m_store.queue(id(queueIndex));
        //: CLI table, queue line: label, [id], priority, number of batches.
        stream << tr("%1  [%2]  priority %3  %Ln batch(es)", nullptr,
                     static_cast<int>(queueIndex.data(BatchRoles::BatchCountRole).toLongLong()))
                      .arg(text(queue ? queue->label : id(queueIndex)), text(id(queueIndex)),
                           queue ? text(queue->priority.toString()) : QString())
               << '\n';
        for (int w = 0; w < m_tree.rowCount(queueIndex); ++w) {
            const QModelIndex woIndex = m_tree.index(w, 0, queueIndex);
            const WorkOrder *wo = m_store.workOrder(id(woIndex));
            stream << "  " << text(wo ? wo->label : id(woIndex)) << "  [" << text(id(woIndex)) << "]";
            if (wo && wo->dueDate.isValid())
                stream << "  " << tr("due %1").arg(QLocale().toString(wo->dueDate.toLocalTime().date(), QLocale::ShortFormat));
            stream << '\n';
            for (int b = 0; b < m_tree.rowCount(woIndex); ++b) {
                const BatchRecord *batch = m_store.batch(id(m_tree.index(b, 0, woIndex)));
                if (!batch)
                    continue;
                const qint64 done = batch->cycles[StatusCategory::Complete];
                stream << "    " << qSetFieldWidth(6) << Qt::right << text(batch->order.toString()) << qSetFieldWidth(0)
                       << Qt::left << "  " << qSetFieldWidth(28) << text(batch->label, 60) << qSetFieldWidth(0) << "  "
                       << qSetFieldWidth(9) << (QLocale().toString(done) + QLatin1Char('/') + QLocale().toString(batch->numberCycles))
                       << qSetFieldWidth(0) << "  " << (batch->status ? text(batch->status->label) : QStringLiteral("-")) << '\n';
            }
        }
    }
    stream << tr("%Ln batch(es)", nullptr, static_cast<int>(m_store.size()));
    if (m_store.serverTotal() != m_store.size())
        stream << ' ' << tr("(server total %1)").arg(QLocale().toString(m_store.serverTotal()));
    if (!m_store.skipped().isEmpty())
        stream << ", " << tr("%Ln skipped", nullptr, static_cast<int>(m_store.skipped().size()));
    stream << '\n';
    for (const DecodeIssue &issue : m_store.skipped())
        stream << terminalText(tr("skipped item %1: %2: %3").arg(QString::number(issue.index), issue.path, issue.message))
               << '\n';
    stream.flush();
    return out.toUtf8();
}

} // namespace BatchDesk::Cli
