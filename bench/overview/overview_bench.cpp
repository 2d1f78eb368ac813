// Overview benchmark: the console's Overview page (offscreen, in this process) against an engine with many
// connections and a large request log (bench/overview-bench.sh prepares it). An "opening" is what happens when the
// admin switches to the page: it asks the engine for the statistics (per connection and tenant-wide) and the recent
// failures, fills every card and chart and paints. Prints each opening's time, p50, p99 and max, and the first
// opening including the connections list.

#include "models/api/ManagementClient.h"
#include "models/connections/ConnectionsModel.h"
#include "models/overview/ActivityStats.h"
#include "models/overview/RecentFailuresModel.h"
#include "views/overview/OverviewPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace scim;

namespace {

template <typename Predicate> bool waitFor(Predicate done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype index = qMin(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("scim-console-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("overview_bench"));
    QSettings().clear();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("url"), QStringLiteral("Engine base URL"), QStringLiteral("url")});
    parser.addOption({QStringLiteral("token"), QStringLiteral("Admin token"), QStringLiteral("token")});
    parser.addOption({QStringLiteral("openings"), QStringLiteral("Number of timed openings"), QStringLiteral("n"),
                      QStringLiteral("30")});
    parser.process(app);
    const int openings = qMax(1, parser.value(QStringLiteral("openings")).toInt());

    ManagementClient client;
    client.setEndpoint(QUrl(parser.value(QStringLiteral("url"))), parser.value(QStringLiteral("token")));
    ConnectionsModel connections(&client);
    OverviewPage page(&client, &connections);
    page.resize(1280, 800);
    ActivityStats *stats = page.stats();
    RecentFailuresModel *failures = page.failures();

    // One opening: show the page (it refreshes), until both answers are in, every card is filled, and it painted.
    auto open = [&](bool withConnections) -> double {
        bool statsIn = false, failuresIn = false, connectionsIn = false;
        QObject context;
        QObject::connect(stats, &ActivityStats::refreshed, &context, [&] { statsIn = true; });
        QObject::connect(failures, &QAbstractItemModel::modelReset, &context, [&] { failuresIn = true; });
        QObject::connect(&connections, &ConnectionsModel::refreshed, &context, [&] { connectionsIn = true; });
        page.hide();
        QElapsedTimer timer;
        timer.start();
        if (withConnections)
            connections.refresh();
        page.show();
        if (!waitFor(
                [&] {
                    return (!withConnections || connectionsIn) && statsIn && failuresIn &&
                           page.cardCount() == connections.rowCount();
                },
                60000)) {
            std::fprintf(stderr, "the overview did not load within 60 s\n");
            return -1;
        }
        page.grab(); // the paint, charts included
        return timer.nsecsElapsed() / 1e6;
    };

    const double first = open(true);
    if (first < 0)
        return 1;
    std::printf("connections: %d, first opening (with the connections list): %.1f ms\n", connections.rowCount(), first);
    std::printf("tenant totals, last 24 h: %d succeeded, %d failed; recent failures: %d\n", stats->tenantSuccess(),
                stats->tenantFailure(), failures->rowCount());
    QList<double> times;
    for (int i = 0; i < openings; ++i) {
        const double ms = open(false);
        if (ms < 0)
            return 1;
        times.append(ms);
    }
    std::printf("openings: %d  p50 %.1f ms  p99 %.1f ms  max %.1f ms  (%.1f openings/s)\n", openings,
                percentile(times, 0.5), percentile(times, 0.99), *std::max_element(times.begin(), times.end()),
                1000.0 * openings / std::accumulate(times.begin(), times.end(), 0.0));
    return 0;
}
