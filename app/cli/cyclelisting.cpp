// `batchdesk-cli batches cycles BATCH_ID [--status CATEGORY]`: a batch's units, every page of
// GET /batches/{id}/cycles, in the server's order.

#include "app/cli/batchlisting.h"
#include "app/cli/clirunner.h"
#include "client/pagewalk.h"

#include <nlohmann/json.hpp>

namespace BatchDesk::Cli {

using namespace Niagara;

namespace {

std::string cycleText(const QString &text)
{
    return text.toStdString();
}

QString cycleCategoryWire(const Cycle &c)
{
    const std::string_view name = categoryWireName(c.category());
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

// The blocked unit's reason (its status's description), empty otherwise.
QString cycleNote(const Cycle &c)
{
    return c.category() == StatusCategory::Blocked && c.currentStatus ? c.currentStatus->description : QString();
}

nlohmann::ordered_json cycleJson(const Cycle &c)
{
    nlohmann::ordered_json j;
    j["cycle_id"] = cycleText(c.id);
    j["label"] = cycleText(c.label);
    j["status"] = c.currentStatus ? nlohmann::ordered_json(cycleText(c.currentStatus->label)) : nlohmann::ordered_json(nullptr);
    j["category"] = cycleText(cycleCategoryWire(c));
    j["assigned_user"] = c.assignedUserId.isEmpty() ? nlohmann::ordered_json(nullptr)
                                                    : nlohmann::ordered_json(cycleText(c.assignedUserId));
    j["is_retry"] = c.isRetry;
    j["updated"] = c.updated.isValid() ? nlohmann::ordered_json(cycleText(c.updated.toUTC().toString(Qt::ISODateWithMs)))
                                       : nlohmann::ordered_json(nullptr);
    j["note"] = cycleText(cycleNote(c));
    return j;
}

} // namespace

void CliRunner::listCycles()
{
    const int pageSize = m_pageSize;
    const std::optional<StatusCategory> status = m_status;
    const QString batchId = m_args.at(0);
    PageFetch<Cycle> fetch = [this, batchId, status, pageSize](const PageRequest &page, QObject *ctx, auto cb) {
        PageRequest request = page;
        request.limit = pageSize;
        return m_client.listBatchCycles(batchId, status, request, ctx, std::move(cb));
    };
    collectAllPages<Cycle>(Operation::ListBatchCycles, fetch, this, [this](Outcome<QList<Cycle>> all) {
        if (!all.ok())
            return fail(all.error);
        if (m_format == Format::Json) {
            nlohmann::ordered_json arr = nlohmann::ordered_json::array();
            for (const Cycle &c : std::as_const(*all.value))
                arr.push_back(cycleJson(c));
            writeOut(QByteArray::fromStdString(arr.dump(2)) + '\n');
            finish(ExitOk);
            return;
        }
        QByteArray text = m_format == Format::Csv
                              ? csvRecord({QStringLiteral("cycle_id"), QStringLiteral("label"), QStringLiteral("status"),
                                           QStringLiteral("category"), QStringLiteral("assigned_user"),
                                           QStringLiteral("is_retry"), QStringLiteral("updated"),
                                           QStringLiteral("note")})
                              : QByteArray();
        for (const Cycle &c : std::as_const(*all.value)) {
            const QString updated = c.updated.isValid() ? c.updated.toUTC().toString(Qt::ISODateWithMs) : QString();
            const QStringList fields{c.id,
                                     c.label,
                                     c.currentStatus ? c.currentStatus->label : QString(),
                                     cycleCategoryWire(c),
                                     c.assignedUserId,
                                     c.isRetry ? QStringLiteral("true") : QStringLiteral("false"),
                                     updated,
                                     cycleNote(c)};
            text += fieldRecord(fields, m_format == Format::Csv);
        }
        writeOut(text);
        finish(ExitOk);
    });
}

} // namespace BatchDesk::Cli
