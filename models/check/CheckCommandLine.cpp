#include "models/check/CheckCommandLine.h"

#include <QCommandLineParser>

namespace scim {

CheckCommandLine::Result CheckCommandLine::parse(const QStringList &arguments, const QString &environmentToken)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs SCIM 2.0 conformance checks (RFC 7643/7644, Okta and Microsoft Entra ID request sequences) against a "
           "SCIM endpoint. It creates users and groups whose names start with a unique prefix and deletes them at "
           "the end. Exit status: 0 when no check failed, 1 when one did, 2 when the run could not happen."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     tr("SCIM base URL, e.g. https://host/scim/v2 (required)."), QStringLiteral("URL"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   tr("Bearer token (default: the environment variable SCIM_CHECK_TOKEN)."),
                                   QStringLiteral("TOKEN"));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Checks to run: rfc, okta, entra or all (default)."),
                                     QStringLiteral("PROFILE"), QStringLiteral("all"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write the results as JSON to FILE."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption html(QStringLiteral("html"), tr("Write a self-contained HTML report to FILE."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption keep(QStringLiteral("keep"), tr("Keep the users and groups the checks created."));
    const QCommandLineOption checksDir(QStringLiteral("checks-dir"),
                                       tr("Load the check files from DIR instead of the built-in ones."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption check(QStringLiteral("check"),
                                   tr("Run only checks whose id matches PATTERN (wildcards allowed; repeatable)."),
                                   QStringLiteral("PATTERN"));
    const QCommandLineOption list(QStringLiteral("list"), tr("List the selected checks and exit."));
    const QCommandLineOption prefix(
        QStringLiteral("prefix"),
        tr("Start the names of created resources with PREFIX (default: scimcheck-<random>-)."),
        QStringLiteral("PREFIX"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Seconds to wait for each response (default 30)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption insecure(QStringLiteral("insecure"),
                                      tr("Accept any TLS certificate (test servers only)."));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     tr("Print the request and response of every failed check."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("Print only failed checks and the summary."));
    parser.addOptions(
        {baseUrl, token, profile, json, html, keep, checksDir, check, list, prefix, timeout, insecure, verbose, quiet});

    Result result;
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        result.exitCode = 2;
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.output = QCoreApplication::applicationName() + QLatin1Char(' ') +
                        QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = tr("Unexpected argument %1.").arg(parser.positionalArguments().first());
        result.exitCode = 2;
        return result;
    }
    CheckOptions options;
    options.list = parser.isSet(list);
    options.profile = parser.value(profile).toLower();
    static const QStringList profiles{QStringLiteral("rfc"), QStringLiteral("okta"), QStringLiteral("entra"),
                                      QStringLiteral("all")};
    if (!profiles.contains(options.profile)) {
        result.error = tr("--profile must be rfc, okta, entra or all, not %1.").arg(parser.value(profile));
        result.exitCode = 2;
        return result;
    }
    if (!options.list) {
        options.baseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
        if (!parser.isSet(baseUrl)) {
            result.error = tr("--base-url is required.");
            result.exitCode = 2;
            return result;
        }
        if (!options.baseUrl.isValid() || options.baseUrl.host().isEmpty() ||
            (options.baseUrl.scheme() != QLatin1String("http") && options.baseUrl.scheme() != QLatin1String("https"))) {
            result.error = tr("--base-url must be an http or https URL, not %1.").arg(parser.value(baseUrl));
            result.exitCode = 2;
            return result;
        }
        options.token = parser.isSet(token) ? parser.value(token) : environmentToken;
        if (options.token.isEmpty()) {
            result.error = tr("A token is required: --token TOKEN or the environment variable SCIM_CHECK_TOKEN.");
            result.exitCode = 2;
            return result;
        }
    }
    bool ok = false;
    const double seconds = parser.value(timeout).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600) {
        result.error =
            tr("--timeout must be a number of seconds between 0 and 3600, not %1.").arg(parser.value(timeout));
        result.exitCode = 2;
        return result;
    }
    options.timeoutMs = int(seconds * 1000);
    options.jsonPath = parser.value(json);
    options.htmlPath = parser.value(html);
    options.checksDirectory = parser.value(checksDir);
    options.selection = parser.values(check);
    options.prefix = parser.value(prefix);
    options.keep = parser.isSet(keep);
    options.insecure = parser.isSet(insecure);
    options.verbose = parser.isSet(verbose);
    options.quiet = parser.isSet(quiet);
    result.options = options;
    return result;
}

} // namespace scim
