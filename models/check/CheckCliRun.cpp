#include "models/check/CheckCliRun.h"

#include "models/check/CheckLoader.h"
#include "models/check/CheckReport.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace scim {

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe calls here; the event loop reads the byte.
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}
#endif

QString indent(const QString &text)
{
    QString indented = text;
    indented.replace(QLatin1Char('\n'), QStringLiteral("\n        "));
    return QStringLiteral("        ") + indented;
}

} // namespace

CheckCliRun::CheckCliRun(const CheckOptions &options, std::FILE *out, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_out(out)
{
    connect(&m_runner, &CheckRunner::checkFinished, this,
            [this](int, const CheckResult &result) { printResult(result); });
    connect(&m_runner, &CheckRunner::cleanupStarted, this, [this] {
        if (!m_options.quiet && !m_options.keep)
            std::fprintf(m_out, "cleaning up…\n");
        std::fflush(m_out);
    });
    connect(&m_runner, &CheckRunner::finished, this, &CheckCliRun::finish);
}

CheckCliRun::~CheckCliRun()
{
#ifdef Q_OS_UNIX
    if (m_signalNotifier) {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        ::close(g_signalPipe[0]);
        ::close(g_signalPipe[1]);
        g_signalPipe[0] = g_signalPipe[1] = -1;
    }
#endif
}

void CheckCliRun::watchSignals()
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0)
        return;
    m_signalNotifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
    connect(m_signalNotifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalPipe[0], &byte, 1);
        std::fprintf(m_out, "interrupted: cancelling%s\n",
                     m_runner.isRunning() && !m_options.keep ? " and cleaning up" : "");
        std::fflush(m_out);
        m_runner.cancel();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
#endif
}

void CheckCliRun::start()
{
    const CheckLoadResult loaded = m_options.checksDirectory.isEmpty()
                                       ? CheckLoader::loadDirectory(CheckLoader::builtInDirectory())
                                       : CheckLoader::loadDirectory(m_options.checksDirectory);
    m_runner.setChecks(loaded);
    m_runner.setProfiles({m_options.profile});
    m_runner.setSelection(m_options.selection);
    if (m_options.list) {
        for (const CheckResult &result : m_runner.results()) {
            if (result.status == CheckResult::Status::Failed)
                std::fprintf(m_out, "%-44s MALFORMED  %s\n", qUtf8Printable(result.id), qUtf8Printable(result.detail));
            else
                std::fprintf(m_out, "%-44s %-6s %s\n", qUtf8Printable(result.id), qUtf8Printable(result.profile),
                             qUtf8Printable(result.title));
        }
        std::fprintf(m_out, "%d checks\n", int(m_runner.results().size()));
        std::fflush(m_out);
        const bool malformed = m_runner.count(CheckResult::Status::Failed) > 0;
        QTimer::singleShot(0, this, [this, malformed] { Q_EMIT finished(malformed ? 1 : 0); });
        return;
    }
    m_runner.setTarget(m_options.baseUrl, m_options.token);
    m_runner.setKeepResources(m_options.keep);
    m_runner.setPrefix(m_options.prefix);
    m_runner.setTimeout(m_options.timeoutMs);
    m_runner.setIgnoreTlsErrors(m_options.insecure);
    watchSignals();
    std::fprintf(m_out, "scim-check: %d checks against %s\n", int(m_runner.results().size()),
                 qUtf8Printable(m_options.baseUrl.toString(QUrl::RemoveUserInfo)));
    std::fflush(m_out);
    m_runner.start();
}

void CheckCliRun::printResult(const CheckResult &result)
{
    const bool failed = result.status == CheckResult::Status::Failed;
    if (m_options.quiet && !failed)
        return;
    const char *label = failed ? "FAIL" : result.status == CheckResult::Status::Passed ? "PASS" : "SKIP";
    std::fprintf(m_out, "%s  %-44s %s\n", label, qUtf8Printable(result.id), qUtf8Printable(result.title));
    if (!result.detail.isEmpty() && result.status != CheckResult::Status::Passed)
        std::fprintf(m_out, "%s\n", qUtf8Printable(indent(result.detail)));
    if (failed && m_options.verbose && result.decisiveExchange >= 0) {
        const CheckExchange &exchange = result.exchanges.at(result.decisiveExchange);
        const QJsonObject report{{QStringLiteral("request"), exchange.requestJson()},
                                 {QStringLiteral("response"), exchange.responseJson()}};
        std::fprintf(
            m_out, "%s\n",
            qUtf8Printable(indent(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)).trimmed())));
    }
    std::fflush(m_out);
}

bool CheckCliRun::writeFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        std::fprintf(stderr, "scim-check: cannot write %s: %s\n", qUtf8Printable(path),
                     qUtf8Printable(file.errorString()));
        return false;
    }
    return true;
}

void CheckCliRun::finish()
{
    const CheckCleanup &cleanup = m_runner.cleanup();
    if (cleanup.kept) {
        std::fprintf(m_out, "kept %d resources (--keep):\n", int(cleanup.remaining.size()));
        for (const QString &item : cleanup.remaining)
            std::fprintf(m_out, "    %s\n", qUtf8Printable(item));
    } else {
        if (!m_options.quiet)
            std::fprintf(m_out, "deleted %d resources\n", int(cleanup.deleted.size()));
        if (!cleanup.remaining.isEmpty()) {
            std::fprintf(m_out, "could not delete %d resources:\n", int(cleanup.remaining.size()));
            for (const QString &item : cleanup.remaining)
                std::fprintf(m_out, "    %s\n", qUtf8Printable(item));
        }
    }
    if (!m_runner.fatalError().isEmpty())
        std::fprintf(stderr, "scim-check: %s\n", qUtf8Printable(m_runner.fatalError()));
    if (!m_options.jsonPath.isEmpty() &&
        !writeFile(m_options.jsonPath,
                   QJsonDocument(CheckReport::toJson(m_runner, m_options.profile)).toJson(QJsonDocument::Indented)))
        m_writeFailed = true;
    if (!m_options.htmlPath.isEmpty() &&
        !writeFile(m_options.htmlPath, CheckReport::toHtml(m_runner, m_options.profile)))
        m_writeFailed = true;
    std::fprintf(m_out, "%s\n", qUtf8Printable(m_runner.summaryLine()));
    std::fflush(m_out);
    int code = m_runner.count(CheckResult::Status::Failed) > 0 ? 1 : 0;
    if (!m_runner.fatalError().isEmpty() || m_writeFailed)
        code = 2;
    Q_EMIT finished(code);
}

} // namespace scim
