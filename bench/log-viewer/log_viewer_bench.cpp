// Log viewer benchmark: the console's Logs page (offscreen, in this process) against an engine that already holds
// many log events (bench/log-viewer-bench.sh loads them). Prints: time to the first rows, time to page in the whole
// history, paint time while scrolling, RSS after scrolling to the end, and the time to apply filters.

#include "models/api/ManagementClient.h"
#include "models/connections/ConnectionsModel.h"
#include "models/logs/LogFilterProxyModel.h"
#include "models/logs/LogModel.h"
#include "views/logs/LogsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

#include <cstdio>

using namespace scim;

namespace {

double rssMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

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

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures show as they come, also into a file
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("scim-console-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("log_viewer_bench"));
    QSettings().clear();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("url"), QStringLiteral("Engine base URL"), QStringLiteral("url")});
    parser.addOption({QStringLiteral("token"), QStringLiteral("Admin token"), QStringLiteral("token")});
    parser.addOption({QStringLiteral("text"), QStringLiteral("Free-text filter to time"), QStringLiteral("text"),
                      QStringLiteral("user1234@")});
    parser.process(app);

    ManagementClient client;
    client.setEndpoint(QUrl(parser.value(QStringLiteral("url"))), parser.value(QStringLiteral("token")));
    ConnectionsModel connections(&client);
    LogsPage page(&client, &connections);
    page.resize(1280, 900);
    page.show();
    QTableView *table = page.table();
    LogModel *model = page.model();
    std::printf("RSS before loading: %.0f MiB\n", rssMiB("VmRSS"));

    QElapsedTimer timer;
    timer.start();
    page.start();
    // The first history page (the newest event alone may arrive first, through the live tail).
    if (!waitFor([&] { return table->model()->rowCount() > 1 || model->isHistoryComplete(); }, 60000)) {
        std::printf("no rows after 60 s\n");
        return 1;
    }
    const qint64 firstRows = timer.elapsed();
    std::printf("time to first rows: %lld ms (%d rows)\n", firstRows, table->model()->rowCount());

    // Scroll to the top until the whole history is paged in (as an admin dragging the scroll bar up would).
    timer.restart();
    QScrollBar *bar = table->verticalScrollBar();
    int lastReport = 0;
    while (!model->isHistoryComplete()) {
        bar->setValue(bar->minimum());
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (model->rowCount() - lastReport >= 100000) {
            lastReport = model->rowCount();
            std::printf("  %d rows after %.1f s, RSS %.0f MiB\n", lastReport, timer.elapsed() / 1000.0,
                        rssMiB("VmRSS"));
            std::fflush(stdout);
        }
    }
    const qint64 pagedIn = timer.elapsed();
    const int rows = model->rowCount();
    std::printf("whole history paged in: %d rows in %.1f s (%.0f rows/s)\n", rows, pagedIn / 1000.0,
                rows * 1000.0 / qMax<qint64>(1, pagedIn));

    // Scroll from the top to the end in 200 jumps, painting each position.
    timer.restart();
    qint64 worst = 0;
    for (int step = 0; step <= 200; ++step) {
        QElapsedTimer frame;
        frame.start();
        bar->setValue(int(qint64(bar->maximum()) * step / 200));
        table->viewport()->repaint();
        worst = qMax(worst, frame.elapsed());
    }
    bar->setValue(bar->maximum());
    table->viewport()->repaint();
    std::printf("scrolling to the end: 201 positions painted in %lld ms (worst frame %lld ms)\n", timer.elapsed(),
                worst);
    QCoreApplication::processEvents();
    std::printf("RSS after scrolling to the end: %.0f MiB (peak %.0f MiB) for %d rows\n", rssMiB("VmRSS"),
                rssMiB("VmHWM"), rows);

    // Filters on the loaded rows (the proxy only: every event is loaded, no engine round trip).
    auto *result = page.findChild<QComboBox *>(QStringLiteral("logFilterResult"));
    timer.restart();
    result->setCurrentIndex(2); // Failure
    const qint64 resultFilter = timer.elapsed();
    std::printf("apply filter result=Failure: %lld ms (%d of %d rows shown)\n", resultFilter,
                table->model()->rowCount(), rows);
    auto *text = page.findChild<QLineEdit *>(QStringLiteral("logFilterText"));
    text->setText(parser.value(QStringLiteral("text")));
    timer.restart();
    page.applyFilter();
    std::printf("apply filter result=Failure + text '%s': %lld ms (%d rows shown)\n",
                qPrintable(parser.value(QStringLiteral("text"))), timer.elapsed(), table->model()->rowCount());
    timer.restart();
    page.clearFilters();
    std::printf("clear filters: %lld ms (%d rows shown)\n", timer.elapsed(), table->model()->rowCount());

    // A filter applied before the history is loaded goes to the engine (q): time to its first rows.
    LogsPage filtered(&client, &connections);
    filtered.resize(1280, 900);
    filtered.show();
    timer.restart();
    filtered.findChild<QComboBox *>(QStringLiteral("logFilterResult"))->setCurrentIndex(2);
    filtered.start();
    if (waitFor([&] { return filtered.table()->model()->rowCount() > 0; }, 60000))
        std::printf("engine-side filter (fresh page, q=type:fscim): first rows after %lld ms\n", timer.elapsed());
    else
        std::printf("engine-side filter: no rows after 60 s\n");
    return 0;
}
