// Decoding a page of 100 batches (about 1 MB, the largest page the contract allows):
// the project's SAX decoder, with simdjson in front (the app) and with nlohmann's own lexer,
// against two baselines measured in the same run — nlohmann's DOM parser and QJsonDocument —
// parsing the same bytes. Figures are reported as ratios to the
// nlohmann DOM baseline, so they compare across machines. The page comes from pagegen.cpp
// (BenchPages::uniformPage), shared with bench_ingest.

#include "client/decode.h"

#include "pagegen.h"

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
    const QByteArray page = BenchPages::uniformPage();
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
    const auto decodePage = [&] { sink += static_cast<std::size_t>(Niagara::Decode::batchPage(view).value->items.size()); };
    const double sax = medianSeconds(decodePage, rounds);
    // The same decoders with nlohmann's own lexer in front (what it was before simdjson).
    Niagara::Decode::setFastLexerEnabled(false);
    const double saxNlohmann = medianSeconds(decodePage, rounds);
    Niagara::Decode::setFastLexerEnabled(true);

    std::printf("page: 100 batches, %.2f MB; median of %d rounds (sink %zu)\n", megabytes, rounds, sink);
    std::printf("%-44s %9s %9s %12s\n", "", "ms", "MB/s", "vs baseline");
    auto row = [&](const char *name, double seconds) {
        std::printf("%-44s %9.2f %9.1f %11.2fx\n", name, seconds * 1e3, megabytes / seconds, dom / seconds);
    };
    row("nlohmann DOM parse only (baseline)", dom);
    row("QJsonDocument parse only", qjson);
    row("Decode::batchPage, nlohmann's lexer", saxNlohmann);
    row("Decode::batchPage, simdjson in front (app)", sax);
    return 0;
}
