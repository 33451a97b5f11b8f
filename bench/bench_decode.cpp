// Decoding a page of 100 batches (about 1 MB, the largest page the contract allows):
// the project's SAX decoder against two baselines measured in the same run — nlohmann's DOM
// parser and QJsonDocument — parsing the same bytes. Figures are reported as ratios to the
// nlohmann DOM baseline, so they compare across machines.

#include "client/decode.h"

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

// One seed-revision batch with a realistic embedded work order and workflow.
QByteArray batchJson(int i)
{
    const QByteArray id = "batch-" + QByteArray::number(i);
    QByteArray steps;
    for (int s = 0; s < 12; ++s) {
        if (s)
            steps += ',';
        steps += "\"step-" + QByteArray::number(s) + "\":{\"step_type\":\"task\",\"label\":\"Step " + QByteArray::number(s)
                 + "\",\"on_start\":[],\"on_complete\":[{\"action\":\"notify\",\"target\":\"lead\"}]}";
    }
    const QByteArray statuses =
        R"([{"category":"PENDING","description":"Waiting at intake","status":"Awaiting Intake","order":1},)"
        R"({"category":"IN_PROGRESS","description":"Being imaged","status":"Imaging","order":2},)"
        R"({"category":"VERIFYING","description":"Second check","status":"QA Check","order":3},)"
        R"({"category":"COMPLETE","description":"Sent","status":"Shipped","order":4},)"
        R"({"category":"BLOCKED","description":"Paused","status":"On Hold","order":5},)"
        R"({"category":"CANCELLED","description":"Dropped","status":"Voided","order":6}])";
    const QByteArray location =
        R"({"location_id":"loc-albany","label":"Albany Provisioning","created":"2025-01-02T08:00:00.000Z",)"
        R"("updated":"2025-01-02T08:00:00.000Z","location_type":"warehouse","formatted_address":"Albany\n431 Broadway\nMenands NY 12204 USA",)"
        R"("address":{"country":"USA","administrative_area":"NY","sub_administrative_area":"Albany","locality":"Menands",)"
        R"("postal_code":"12204","thoroughfare":"431 Broadway","premise":"Suite C"}})";
    const QByteArray customer = R"({"customer_id":"cust-northwind","label":"Northwind Schools","created":"2025-01-02T08:00:00.000Z",)"
                                R"("updated":"2025-01-02T08:00:00.000Z","external_platform":{},"total_programs":2,"total_projects":4,"allowed_statuses":)"
                                + statuses + "}";
    return R"({"batch_id":")" + id + R"(","label":"NWS iPad Air )" + QByteArray::number(i) + R"(/100",)"
           R"("created":"2026-11-01T08:00:00.000Z","updated":"2026-11-02T09:30:00.000Z",)"
           R"("queue":{"queue_id":"queue-imaging-bay","label":"Imaging Bay","created":"2025-01-02T08:00:00.000Z",)"
           R"("updated":"2025-01-02T08:00:00.000Z","priority":1,"active_work_orders":7,"active_batches":96,"active_cycles":394,)"
           R"("total_work_orders":{"pending":3,"in_progress":2,"verifying":1,"complete":9,"blocked":0,"cancelled":1},"total_batches":240,"location":)"
           + location + R"(},"order":)" + QByteArray::number(i) + R"(,"number_cycles":10,)"
           R"("cycles":{"pending":4,"in_progress":2,"verifying":1,"complete":3,"blocked":0,"cancelled":0},)"
           R"("work_order":{"work_order_id":"wo-northwind-ipad-500","label":"Provision 500 iPad Air — Northwind Schools",)"
           R"("created":"2026-10-01T08:00:00.000Z","updated":"2026-11-01T08:00:00.000Z","description":"500 iPad Air for district 7",)"
           R"("work_order_type":"device","begin_date":"2026-10-05T08:00:00.000Z","due_date":"2026-12-15T08:00:00.000Z",)"
           R"("start_date":"2026-10-06T08:00:00.000Z","end_date":"2026-12-15T08:00:00.000Z",)"
           R"("project":{"project_id":"prj-district-7","label":"District 7","description":"Refresh","created":"2025-01-02T08:00:00.000Z",)"
           R"("updated":"2025-01-02T08:00:00.000Z","start_date":null,"end_date":null,"customer":)"
           + customer + R"(,"program":{"program_id":"pgm-refresh","label":"Refresh 2026","created":"2025-01-02T08:00:00.000Z",)"
           R"("updated":"2025-01-02T08:00:00.000Z","start_date":null,"end_date":null,"customer":)"
           + customer + R"(,"allowed_statuses":)" + statuses + R"(},"allowed_statuses":)" + statuses + R"(},"location":)" + location
           + R"(,"current_status":{"category":"IN_PROGRESS","status":"Imaging","order":2},)"
           R"("cycles":[{"needed":500,"pending":300,"in_progress":50,"verifying":20,"complete":120,"blocked":5,"cancelled":5,)"
           R"("work_flow":{"entity_type":"WKF","entity_id":"wkf-apple","created":"2025-01-02T08:00:00.000Z","updated":"2025-01-02T08:00:00.000Z",)"
           R"("label":"Apple provisioning","schema_version":"1.0","workflow_version":7,"applies_to":"UNIT","starts_at":"step-0",)"
           R"("metadata":{"owner":"imaging"},"steps":{)"
           + steps + R"(},"triggered_by":["UNIT.created"]}}],"input_filter":[]},)"
           R"("current_status":{"status":"Imaging","description":"Being imaged","category":"IN_PROGRESS","order":2},)"
           R"("_links":{"self":{"href":"https://api.example.test/batches/)" + id + R"("}}})";
}

QByteArray pageJson()
{
    QByteArrayList items;
    for (int i = 0; i < 100; ++i)
        items << batchJson(i);
    return R"({"total_count":1200,"limit":100,"offset":"cursor-2","_embedded":{"nter:batches":[)" + items.join(',')
           + R"(]},"_links":{"self":{"href":"https://api.example.test/batches?limit=100"}}})";
}

template <typename F>
double medianSeconds(F &&work, int rounds)
{
    std::vector<double> times;
    times.reserve(static_cast<std::size_t>(rounds));
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main()
{
    const QByteArray page = pageJson();
    const std::string_view view(page.constData(), static_cast<std::size_t>(page.size()));
    const double megabytes = static_cast<double>(page.size()) / (1024.0 * 1024.0);

    // Sanity: the decoder must accept the page whole, or the figures mean nothing.
    const auto check = Niagara::Decode::batchPage(view);
    if (!check || check.value->items.size() != 100 || !check.value->skipped.isEmpty()) {
        std::fprintf(stderr, "benchmark page does not decode: %s %s\n", qPrintable(check.error.path),
                     qPrintable(check.error.message));
        return 1;
    }

    constexpr int rounds = 41;
    std::size_t sink = 0;
    const double dom = medianSeconds([&] { sink += nlohmann::json::parse(view).size(); }, rounds);
    const double qjson = medianSeconds([&] { sink += QJsonDocument::fromJson(page).object().size(); }, rounds);
    const double sax = medianSeconds([&] { sink += static_cast<std::size_t>(Niagara::Decode::batchPage(view).value->items.size()); }, rounds);

    std::printf("page: 100 batches, %.2f MB; median of %d rounds (sink %zu)\n", megabytes, rounds, sink);
    std::printf("%-44s %9s %9s %12s\n", "", "ms", "MB/s", "vs baseline");
    auto row = [&](const char *name, double seconds) {
        std::printf("%-44s %9.2f %9.1f %11.2fx\n", name, seconds * 1e3, megabytes / seconds, dom / seconds);
    };
    row("nlohmann DOM parse only (baseline)", dom);
    row("QJsonDocument parse only", qjson);
    row("Decode::batchPage (SAX into domain types)", sax);
    return 0;
}
