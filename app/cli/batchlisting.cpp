#include "app/cli/batchlisting.h"

#include <nlohmann/json.hpp>

#include <QMap>
#include <QTextStream>

#include <algorithm>

namespace BatchDesk::Cli {

using namespace Niagara;

void BatchListing::addPage(const Page<Batch> &page)
{
    m_totalCount = page.totalCount;
    for (const DecodeIssue &issue : page.skipped) {
        DecodeIssue global = issue;
        global.index = static_cast<int>(m_itemsBefore) + issue.index;
        m_skipped.append(global);
    }
    for (const Batch &batch : page.items) {
        const auto found = m_indexById.constFind(batch.id);
        if (found != m_indexById.cend()) {
            m_batches[*found] = batch;
            ++m_duplicates;
            continue;
        }
        m_indexById.insert(batch.id, m_batches.size());
        m_batches.append(batch);
    }
    m_itemsBefore += page.items.size() + page.skipped.size();
}

QList<BatchListing::QueueGroup> BatchListing::groups() const
{
    QList<QueueGroup> queues;
    QHash<QString, qsizetype> queueIndex;
    QHash<QString, QHash<QString, qsizetype>> workOrderIndex;
    for (const Batch &batch : m_batches) {
        qsizetype qi = queueIndex.value(batch.queue.id, -1);
        if (qi < 0) {
            qi = queues.size();
            queueIndex.insert(batch.queue.id, qi);
            queues.append(QueueGroup{batch.queue, {}});
        }
        QueueGroup &queue = queues[qi];
        QHash<QString, qsizetype> &woIndex = workOrderIndex[batch.queue.id];
        qsizetype wi = woIndex.value(batch.workOrder.id, -1);
        if (wi < 0) {
            wi = queue.workOrders.size();
            woIndex.insert(batch.workOrder.id, wi);
            queue.workOrders.append(WorkOrderGroup{batch.workOrder, {}});
        }
        queue.workOrders[wi].batches.append(&batch);
    }

    std::sort(queues.begin(), queues.end(), [](const QueueGroup &a, const QueueGroup &b) {
        if (a.queue.priority != b.queue.priority)
            return a.queue.priority < b.queue.priority;
        return a.queue.label < b.queue.label;
    });
    for (QueueGroup &queue : queues) {
        std::sort(queue.workOrders.begin(), queue.workOrders.end(), [](const WorkOrderGroup &a, const WorkOrderGroup &b) {
            if (a.workOrder.dueDate != b.workOrder.dueDate)
                return a.workOrder.dueDate < b.workOrder.dueDate;
            return a.workOrder.label < b.workOrder.label;
        });
        for (WorkOrderGroup &wo : queue.workOrders) {
            std::sort(wo.batches.begin(), wo.batches.end(), [](const Batch *a, const Batch *b) {
                if (a->order != b->order)
                    return a->order < b->order;
                return a->label < b->label;
            });
        }
    }
    return queues;
}

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

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QByteArray BatchListing::toJson() const
{
    nlohmann::ordered_json root;
    root["total_count"] = m_totalCount;
    root["queues"] = nlohmann::ordered_json::array();
    for (const QueueGroup &queue : groups()) {
        nlohmann::ordered_json q;
        q["queue_id"] = utf8(queue.queue.id);
        q["label"] = utf8(queue.queue.label);
        q["priority"] = sortKeyJson(queue.queue.priority);
        q["work_orders"] = nlohmann::ordered_json::array();
        for (const WorkOrderGroup &wo : queue.workOrders) {
            nlohmann::ordered_json w;
            w["work_order_id"] = utf8(wo.workOrder.id);
            w["label"] = utf8(wo.workOrder.label);
            w["batches"] = nlohmann::ordered_json::array();
            for (const Batch *batch : wo.batches) {
                nlohmann::ordered_json b;
                b["batch_id"] = utf8(batch->id);
                b["label"] = utf8(batch->label);
                b["order"] = sortKeyJson(batch->order);
                b["number_cycles"] = batch->numberCycles;
                b["current_status"] = batch->currentStatus ? nlohmann::ordered_json(utf8(batch->currentStatus->label))
                                                           : nlohmann::ordered_json(nullptr);
                nlohmann::ordered_json cycles;
                for (StatusCategory c : kAllStatusCategories)
                    cycles[std::string(categoryCountKey(c))] = batch->cycles[c];
                b["cycles"] = cycles;
                w["batches"].push_back(std::move(b));
            }
            q["work_orders"].push_back(std::move(w));
        }
        root["queues"].push_back(std::move(q));
    }
    root["skipped"] = nlohmann::ordered_json::array();
    for (const DecodeIssue &issue : m_skipped) {
        nlohmann::ordered_json s;
        s["index"] = issue.index;
        s["reason"] = utf8(issue.path + QLatin1String(": ") + issue.message);
        root["skipped"].push_back(std::move(s));
    }
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

QByteArray BatchListing::toCsv() const
{
    QString out;
    QTextStream stream(&out);
    QStringList header{QStringLiteral("queue_id"), QStringLiteral("queue_label"), QStringLiteral("queue_priority"),
                       QStringLiteral("work_order_id"), QStringLiteral("work_order_label"), QStringLiteral("batch_id"),
                       QStringLiteral("batch_label"), QStringLiteral("order"), QStringLiteral("number_cycles"),
                       QStringLiteral("current_status"), QStringLiteral("status_category")};
    for (StatusCategory c : kAllStatusCategories)
        header << QString::fromLatin1(categoryCountKey(c));
    stream << header.join(QLatin1Char(',')) << "\r\n";
    for (const QueueGroup &queue : groups()) {
        for (const WorkOrderGroup &wo : queue.workOrders) {
            for (const Batch *batch : wo.batches) {
                QStringList row{queue.queue.id, queue.queue.label, queue.queue.priority.toString(), wo.workOrder.id,
                                wo.workOrder.label, batch->id, batch->label, batch->order.toString(),
                                QString::number(batch->numberCycles),
                                batch->currentStatus ? batch->currentStatus->label : QString(),
                                batch->currentStatus ? QString::fromLatin1(categoryWireName(batch->currentStatus->category))
                                                     : QString()};
                for (StatusCategory c : kAllStatusCategories)
                    row << QString::number(batch->cycles[c]);
                for (QString &field : row)
                    field = csvField(field);
                stream << row.join(QLatin1Char(',')) << "\r\n";
            }
        }
    }
    stream.flush();
    return out.toUtf8();
}

QByteArray BatchListing::toTable() const
{
    QString out;
    QTextStream stream(&out);
    for (const QueueGroup &queue : groups()) {
        qsizetype batches = 0;
        for (const WorkOrderGroup &wo : queue.workOrders)
            batches += wo.batches.size();
        stream << queue.queue.label << "  [" << queue.queue.id << "]  priority " << queue.queue.priority.toString()
               << "  " << batches << " batches\n";
        for (const WorkOrderGroup &wo : queue.workOrders) {
            stream << "  " << wo.workOrder.label << "  [" << wo.workOrder.id << "]";
            if (wo.workOrder.dueDate.isValid())
                stream << "  due " << wo.workOrder.dueDate.toString(Qt::ISODate);
            stream << '\n';
            for (const Batch *batch : wo.batches) {
                const qint64 done = batch->cycles[StatusCategory::Complete];
                stream << "    " << qSetFieldWidth(6) << Qt::right << batch->order.toString() << qSetFieldWidth(0)
                       << Qt::left << "  " << qSetFieldWidth(28) << batch->label << qSetFieldWidth(0) << "  "
                       << qSetFieldWidth(9) << (QString::number(done) + QLatin1Char('/') + QString::number(batch->numberCycles))
                       << qSetFieldWidth(0) << "  " << (batch->currentStatus ? batch->currentStatus->label : QStringLiteral("-"))
                       << '\n';
            }
        }
    }
    stream << m_batches.size() << " batches";
    if (m_totalCount != m_batches.size())
        stream << " (server total " << m_totalCount << ")";
    if (!m_skipped.isEmpty())
        stream << ", " << m_skipped.size() << " skipped";
    stream << '\n';
    for (const DecodeIssue &issue : m_skipped)
        stream << "skipped item " << issue.index << ": " << issue.path << ": " << issue.message << '\n';
    stream.flush();
    return out.toUtf8();
}

} // namespace BatchDesk::Cli
