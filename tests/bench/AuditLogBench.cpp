#include "BenchDatabase.h"

#include <QCoreApplication>
#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace sd;

namespace {

constexpr qint64 kRows = 1000000;
constexpr int kPage = 200;

void requireOk(bool ok, benchmark::State &state, const char *what) {
    if (!ok) {
        state.SkipWithError(what);
    }
}

// What the audit viewer does when it opens: the newest page and the total.
void BM_AuditFirstPage(benchmark::State &state) {
    Application &app = bench::benchStation(kRows);
    AuditFilter filter;
    filter.limit = kPage;
    for (auto _ : state) {
        auto page = app.audit().list(filter);
        requireOk(page.ok() && page->size() == kPage, state, "first page");
        benchmark::DoNotOptimize(page);
    }
}
BENCHMARK(BM_AuditFirstPage)->Unit(benchmark::kMillisecond);

void BM_AuditCountAll(benchmark::State &state) {
    Application &app = bench::benchStation(kRows);
    for (auto _ : state) {
        auto count = app.audit().count(AuditFilter{});
        requireOk(count.ok() && *count > kRows, state, "count");
    }
}
BENCHMARK(BM_AuditCountAll)->Unit(benchmark::kMillisecond);

// A filter the viewer offers: one action, newest page, and its count.
void BM_AuditFilteredPageAndCount(benchmark::State &state) {
    Application &app = bench::benchStation(kRows);
    AuditFilter filter;
    filter.action = u"permission.denied"_s;
    filter.limit = kPage;
    for (auto _ : state) {
        auto page = app.audit().list(filter);
        auto count = app.audit().count(filter);
        requireOk(page.ok() && count.ok() && *count > 0, state, "filtered");
    }
}
BENCHMARK(BM_AuditFilteredPageAndCount)->Unit(benchmark::kMillisecond);

// Scrolling deep into the log: a page that starts half a million rows back.
void BM_AuditKeysetDeepPage(benchmark::State &state) {
    Application &app = bench::benchStation(kRows);
    AuditFilter filter;
    filter.limit = kPage;
    filter.beforeSeq = kRows / 2;
    for (auto _ : state) {
        auto page = app.audit().list(filter);
        requireOk(page.ok() && page->size() == kPage, state, "deep page");
    }
}
BENCHMARK(BM_AuditKeysetDeepPage)->Unit(benchmark::kMillisecond);

// The same depth reached with OFFSET, for comparison: why the viewer uses keyset paging.
void BM_AuditOffsetDeepPage(benchmark::State &state) {
    Application &app = bench::benchStation(kRows);
    AuditFilter filter;
    filter.limit = kPage;
    filter.offset = kRows / 2;
    for (auto _ : state) {
        auto page = app.audit().list(filter);
        requireOk(page.ok() && page->size() == kPage, state, "offset page");
    }
}
BENCHMARK(BM_AuditOffsetDeepPage)->Unit(benchmark::kMillisecond);

void BM_AuditVerifyWholeChain(benchmark::State &state) {
    Application &app = bench::benchStation(kRows);
    for (auto _ : state) {
        auto result = app.audit().verify();
        requireOk(result.ok() && result->intact, state, "verify");
        state.counters["rows"] = static_cast<double>(result.ok() ? result->rowsChecked : 0);
    }
}
BENCHMARK(BM_AuditVerifyWholeChain)->Unit(benchmark::kMillisecond)->Iterations(2);

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    bench::closeStations();
    return 0;
}
