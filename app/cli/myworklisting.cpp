// `batchdesk-cli batches mine`: the signed-in user's batches in the My work desk's sections and
// order (models/mywork/myworkplan.h: one implementation for both).

#include "app/cli/batchlisting.h"
#include "app/cli/clirunner.h"
#include "models/batchstore.h"
#include "models/mywork/myworkplan.h"

#include <nlohmann/json.hpp>

namespace BatchDesk::Cli {

using namespace Niagara;

namespace {

std::string myWorkText(const QString &text)
{
    return text.toStdString();
}

} // namespace

void CliRunner::listMyWork()
{
    // Who "mine" is: GET /me, then the board's own load (technicians included: the seed
    // revision's come from relations, after the pages).
    m_client.getMe(this, [this](Outcome<Me> me) {
        if (!me.ok())
            return fail(me.error);
        m_userId = me.value->user.id;
        makeStore();
        connect(m_store.get(), &BatchStore::loadFinished, this, [this] {
            if (m_store->pendingTechnicianFetches() == 0)
                printMyWork();
        });
        connect(m_store.get(), &BatchStore::techniciansLoaded, this, &CliRunner::printMyWork);
        m_store->reload();
    });
}

void CliRunner::printMyWork()
{
    if (m_printed)
        return;
    m_printed = true;
    const QDateTime now = QDateTime::currentDateTime();
    const auto sections = planMyWork(batchesOf(*m_store, m_userId), myWorkContext(*m_store, m_userId, now));
    if (m_format == Format::Json) {
        nlohmann::ordered_json out;
        out["user_id"] = myWorkText(m_userId);
        out["sections"] = nlohmann::ordered_json::array();
        for (const MyWorkSection &s : sections) {
            nlohmann::ordered_json js;
            js["section"] = myWorkText(workSectionWireName(s.section));
            js["batches"] = nlohmann::ordered_json::array();
            for (const BatchRecord *b : s.batches) {
                nlohmann::ordered_json jb;
                jb["batch_id"] = myWorkText(b->id);
                jb["label"] = myWorkText(b->label);
                jb["queue_id"] = myWorkText(b->queueId);
                jb["work_order_id"] = myWorkText(b->workOrderId);
                jb["number_cycles"] = b->numberCycles;
                nlohmann::ordered_json cycles;
                for (const StatusCategory c : kAllStatusCategories)
                    cycles[std::string(categoryCountKey(c))] = b->cycles[c];
                jb["cycles"] = std::move(cycles);
                js["batches"].push_back(std::move(jb));
            }
            out["sections"].push_back(std::move(js));
        }
        writeOut(QByteArray::fromStdString(out.dump(2)) + '\n');
    } else {
        QByteArray text = m_format == Format::Csv
                              ? csvRecord({QStringLiteral("section"), QStringLiteral("batch_id"), QStringLiteral("label"),
                                           QStringLiteral("queue_id"), QStringLiteral("work_order_id"),
                                           QStringLiteral("number_cycles")})
                              : QByteArray();
        for (const MyWorkSection &s : sections) {
            if (m_format == Format::Table)
                text += terminalText(workSectionTitle(s.section)).toUtf8() + '\n';
            for (const BatchRecord *b : s.batches) {
                if (m_format == Format::Csv) {
                    text += csvRecord({workSectionWireName(s.section), b->id, b->label, b->queueId, b->workOrderId,
                                       CsvCell(QString::number(b->numberCycles), CsvKind::Number)});
                } else {
                    const QStringList cells{terminalText(b->label), terminalText(b->queueId), terminalText(b->workOrderId),
                                            QString::number(b->numberCycles)};
                    text += "  " + cells.join(QLatin1Char('\t')).toUtf8() + '\n';
                }
            }
        }
        writeOut(text);
    }
    finish(ExitOk);
}

} // namespace BatchDesk::Cli
