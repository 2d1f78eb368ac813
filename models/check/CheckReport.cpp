#include "models/check/CheckReport.h"

#include "models/check/CheckRunner.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace scim {

namespace {

QString redactedTarget(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded);
}

QString pretty(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    return value.toString();
}

QString exchangeHtml(const CheckExchange &exchange)
{
    const QJsonObject request = exchange.requestJson();
    const QJsonObject response = exchange.responseJson();
    QString html;
    html += QStringLiteral("<div class=\"exchange\"><div class=\"step\">") + exchange.stepName.toHtmlEscaped() +
            QStringLiteral("</div><pre class=\"request\">");
    QString text = QString::fromLatin1(exchange.method) + QLatin1Char(' ') + exchange.url.toString(QUrl::FullyEncoded) +
                   QLatin1Char('\n');
    const QJsonObject requestHeaders = request.value(QStringLiteral("headers")).toObject();
    for (auto it = requestHeaders.begin(); it != requestHeaders.end(); ++it)
        text += it.key() + QStringLiteral(": ") + it.value().toString() + QLatin1Char('\n');
    if (!request.value(QStringLiteral("body")).isNull())
        text += QLatin1Char('\n') + pretty(request.value(QStringLiteral("body")));
    html += text.toHtmlEscaped() + QStringLiteral("</pre><pre class=\"response\">");
    if (!exchange.hasResponse()) {
        text = CheckReport::tr("No response: %1").arg(exchange.networkError);
    } else {
        text = QStringLiteral("HTTP %1  (%2 ms)\n").arg(exchange.status).arg(exchange.elapsedMs);
        const QJsonObject responseHeaders = response.value(QStringLiteral("headers")).toObject();
        for (auto it = responseHeaders.begin(); it != responseHeaders.end(); ++it)
            text += it.key() + QStringLiteral(": ") + it.value().toString() + QLatin1Char('\n');
        if (!response.value(QStringLiteral("body")).isNull())
            text += QLatin1Char('\n') + pretty(response.value(QStringLiteral("body")));
    }
    html += text.toHtmlEscaped() + QStringLiteral("</pre></div>");
    return html;
}

} // namespace

QJsonObject CheckReport::toJson(const CheckRunner &runner, const QString &profile)
{
    QJsonArray checks;
    for (const CheckResult &result : runner.results())
        checks.append(result.toJson());
    QJsonArray discovery;
    for (const CheckExchange &exchange : runner.discoveryExchanges())
        discovery.append(QJsonObject{{QStringLiteral("request"), exchange.requestJson()},
                                     {QStringLiteral("response"), exchange.responseJson()}});
    QJsonObject report{{QStringLiteral("target"), redactedTarget(runner.baseUrl())},
                       {QStringLiteral("started_at"), runner.startedAt().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("profile"), profile},
                       {QStringLiteral("prefix"), runner.prefix()},
                       {QStringLiteral("summary"),
                        QJsonObject{{QStringLiteral("passed"), runner.count(CheckResult::Status::Passed)},
                                    {QStringLiteral("failed"), runner.count(CheckResult::Status::Failed)},
                                    {QStringLiteral("skipped"), runner.count(CheckResult::Status::Skipped)}}},
                       {QStringLiteral("capabilities"), runner.capabilities().toJson()},
                       {QStringLiteral("checks"), checks},
                       {QStringLiteral("discovery"), discovery},
                       {QStringLiteral("cleanup"), runner.cleanup().toJson()}};
    if (!runner.fatalError().isEmpty())
        report.insert(QStringLiteral("fatal_error"), runner.fatalError());
    return report;
}

QByteArray CheckReport::toHtml(const CheckRunner &runner, const QString &profile)
{
    const QString title = tr("SCIM conformance: %1").arg(redactedTarget(runner.baseUrl()));
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>") +
            title.toHtmlEscaped() + QStringLiteral("</title><style>\n");
    // Readable without colour too: every status is also a word, and the page follows the reader's dark mode.
    html += QStringLiteral(
        ":root{color-scheme:light dark;--pass:#1a7f37;--fail:#cf222e;--skip:#7d4e00;--line:#d0d7de;--code:#f6f8fa}"
        "@media (prefers-color-scheme:dark){:root{--pass:#3fb950;--fail:#f85149;--skip:#d29922;--line:#30363d;"
        "--code:#161b22}}"
        "body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em}"
        "h1{font-size:1.4em}table{border-collapse:collapse;width:100%}"
        "th,td{text-align:left;padding:.3em .5em;border-bottom:1px solid var(--line);vertical-align:top}"
        ".passed .status{color:var(--pass)}.failed .status{color:var(--fail);font-weight:bold}"
        ".skipped .status{color:var(--skip)}.detail{white-space:pre-wrap}"
        "pre{background:var(--code);padding:.6em;overflow:auto;font-size:13px;margin:.3em 0}"
        ".exchange{margin:.5em 0 1em}.step{font-weight:bold}summary{cursor:pointer}"
        ".summary{font-size:1.1em;margin:1em 0}code{font-size:13px}\n");
    html += QStringLiteral("</style></head><body>\n<h1>") + title.toHtmlEscaped() + QStringLiteral("</h1>\n");
    html += QStringLiteral("<p>") +
            tr("Started %1 · profile %2 · prefix %3")
                .arg(runner.startedAt().toString(Qt::ISODate), profile, runner.prefix())
                .toHtmlEscaped() +
            QStringLiteral("</p>\n<p class=\"summary\"><strong>") + runner.summaryLine().toHtmlEscaped() +
            QStringLiteral("</strong></p>\n");
    if (!runner.fatalError().isEmpty())
        html += QStringLiteral("<p class=\"failed\"><span class=\"status\">") +
                tr("The run stopped: %1").arg(runner.fatalError()).toHtmlEscaped() + QStringLiteral("</span></p>\n");

    QStringList capabilities;
    const QJsonObject advertised = runner.capabilities().toJson();
    for (auto it = advertised.begin(); it != advertised.end(); ++it)
        capabilities.append(it.key() + (it.value().toBool() ? QStringLiteral(" ✓") : QStringLiteral(" ✕")));
    html += QStringLiteral("<p>") +
            tr("Capabilities: %1").arg(capabilities.join(QStringLiteral(", "))).toHtmlEscaped() +
            QStringLiteral("</p>\n");

    html += QStringLiteral("<table><thead><tr><th>") + tr("Status") + QStringLiteral("</th><th>") + tr("Check") +
            QStringLiteral("</th><th>") + tr("Profile") + QStringLiteral("</th><th>") + tr("Detail") +
            QStringLiteral("</th></tr></thead><tbody>\n");
    for (const CheckResult &result : runner.results()) {
        const QString status = CheckResult::statusName(result.status);
        html += QStringLiteral("<tr class=\"") + status + QStringLiteral("\"><td class=\"status\">") + status +
                QStringLiteral("</td><td><details><summary><code>") + result.id.toHtmlEscaped() +
                QStringLiteral("</code> ") + result.title.toHtmlEscaped() + QStringLiteral("</summary><p>");
        const bool link = result.reference.startsWith(QLatin1String("https://"));
        html += tr("Reference:").toHtmlEscaped() + QLatin1Char(' ') +
                (link ? QStringLiteral("<a href=\"") + result.reference.toHtmlEscaped() + QStringLiteral("\">") +
                            result.reference.toHtmlEscaped() + QStringLiteral("</a>")
                      : result.reference.toHtmlEscaped()) +
                QStringLiteral("</p>");
        for (const CheckExchange &exchange : result.exchanges)
            html += exchangeHtml(exchange);
        html += QStringLiteral("</details></td><td>") + result.profile.toHtmlEscaped() +
                QStringLiteral("</td><td class=\"detail\">") + result.detail.toHtmlEscaped() +
                QStringLiteral("</td></tr>\n");
    }
    html += QStringLiteral("</tbody></table>\n");

    const CheckCleanup &cleanup = runner.cleanup();
    html += QStringLiteral("<h2>") + tr("Cleanup") + QStringLiteral("</h2><p>");
    if (cleanup.kept)
        html += tr("Kept %n resource(s) (--keep).", nullptr, int(cleanup.remaining.size())).toHtmlEscaped();
    else
        html += tr("Deleted %n resource(s).", nullptr, int(cleanup.deleted.size())).toHtmlEscaped();
    html += QStringLiteral("</p>");
    if (!cleanup.remaining.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString &item : cleanup.remaining)
            html += QStringLiteral("<li><code>") + item.toHtmlEscaped() + QStringLiteral("</code></li>");
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<details><summary>") + tr("Discovery requests") + QStringLiteral("</summary>");
    for (const CheckExchange &exchange : runner.discoveryExchanges())
        html += exchangeHtml(exchange);
    html += QStringLiteral("</details>\n</body></html>\n");
    return html.toUtf8();
}

} // namespace scim
