#include "models/check/CheckRunner.h"

#include "models/check/CheckExpectation.h"
#include "models/check/CheckJsonPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

namespace scim {

namespace {

const QByteArray kScimJson = "application/scim+json";

QString randomHex(int digits)
{
    QString text;
    while (text.size() < digits)
        text += QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, QLatin1Char('0'));
    return text.left(digits);
}

QString firstSegment(const QString &relativePath)
{
    return relativePath.section(QLatin1Char('/'), 1, 1, QString::SectionSkipEmpty).toLower();
}

} // namespace

CheckRunner::CheckRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<scim::CheckExchange>();
    qRegisterMetaType<scim::CheckResult>();
}

CheckRunner::~CheckRunner()
{
    if (m_reply)
        m_reply->abort();
}

void CheckRunner::setTarget(const QUrl &baseUrl, const QString &token)
{
    m_baseUrl = baseUrl;
    m_token = token;
}

void CheckRunner::setChecks(const CheckLoadResult &loaded)
{
    m_loaded = loaded;
    plan();
}

void CheckRunner::setProfiles(const QStringList &profiles)
{
    m_profiles = profiles;
    m_profiles.removeAll(QStringLiteral("all"));
    plan();
}

void CheckRunner::setSelection(const QStringList &patterns)
{
    m_selection = patterns;
    plan();
}

void CheckRunner::plan()
{
    m_results.clear();
    m_definitionOf.clear();
    for (const CheckLoadProblem &problem : std::as_const(m_loaded.problems)) {
        CheckResult result;
        result.id = problem.checkId.isEmpty() ? problem.file : problem.checkId;
        result.title = tr("Malformed check file %1").arg(problem.file);
        result.reference = problem.file;
        result.sourceFile = problem.file;
        result.status = CheckResult::Status::Failed;
        result.detail = problem.reason;
        m_results.append(result);
        m_definitionOf.append(-1);
    }
    for (qsizetype i = 0; i < m_loaded.checks.size(); ++i) {
        const CheckDefinition &check = m_loaded.checks.at(i);
        if (!m_profiles.isEmpty() && !m_profiles.contains(check.profile))
            continue;
        if (!m_selection.isEmpty()) {
            const bool selected = std::any_of(m_selection.begin(), m_selection.end(), [&check](const QString &pattern) {
                return QRegularExpression::fromWildcard(pattern, Qt::CaseInsensitive).match(check.id).hasMatch();
            });
            if (!selected)
                continue;
        }
        CheckResult result;
        result.id = check.id;
        result.profile = check.profile;
        result.title = check.title;
        result.reference = check.reference;
        result.group = check.group;
        result.sourceFile = check.sourceFile;
        m_results.append(result);
        m_definitionOf.append(int(i));
    }
}

const CheckDefinition *CheckRunner::definitionAt(int index) const
{
    if (index < 0 || index >= m_definitionOf.size() || m_definitionOf.at(index) < 0)
        return nullptr;
    return &m_loaded.checks.at(m_definitionOf.at(index));
}

int CheckRunner::count(CheckResult::Status status) const
{
    return int(std::count_if(m_results.begin(), m_results.end(),
                             [status](const CheckResult &result) { return result.status == status; }));
}

QString CheckRunner::summaryLine() const
{
    // Fixed wording: scripts parse it.
    return QStringLiteral("%1 passed, %2 failed, %3 skipped")
        .arg(count(CheckResult::Status::Passed))
        .arg(count(CheckResult::Status::Failed))
        .arg(count(CheckResult::Status::Skipped));
}

void CheckRunner::start()
{
    if (isRunning())
        return;
    plan();
    m_cancelled = false;
    m_fatalError.clear();
    m_discovery.clear();
    m_capabilities = CheckCapabilities();
    m_created.clear();
    m_cleanup = CheckCleanup();
    m_missingScopes.clear();
    m_prefix = m_requestedPrefix.isEmpty() ? QStringLiteral("scimcheck-") + randomHex(6) + QLatin1Char('-')
                                           : m_requestedPrefix;
    m_startedAt = QDateTime::currentDateTimeUtc();
    delete m_network;
    m_network = new QNetworkAccessManager(this);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setCookieJar(nullptr);
    m_phase = Phase::Discovery;
    Q_EMIT started();
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_definitionOf.at(i) < 0)
            Q_EMIT checkFinished(i, m_results.at(i));
    }
    if (!m_baseUrl.isValid() ||
        !(m_baseUrl.scheme() == QLatin1String("http") || m_baseUrl.scheme() == QLatin1String("https"))) {
        m_fatalError = tr("The base URL %1 is not an http or https URL.").arg(m_baseUrl.toString());
        skipRemaining(tr("Not run: %1").arg(m_fatalError));
        finishRun();
        return;
    }
    discover(0);
}

void CheckRunner::cancel()
{
    if (!isRunning())
        return;
    if (m_phase == Phase::Cleanup) {
        // Cancelling the cleanup: what is left is listed as remaining.
        m_phase = Phase::Done;
        for (const Created &created : std::as_const(m_toDelete))
            m_cleanup.remaining.append(created.endpoint + QLatin1Char('/') + created.id + QStringLiteral(": ") +
                                       tr("cleanup cancelled"));
        m_toDelete.clear();
        if (m_fatalError.isEmpty())
            m_fatalError = tr("The cleanup was cancelled.");
        if (m_reply)
            m_reply->abort();
        m_current = -1;
        Q_EMIT finished();
        return;
    }
    m_cancelled = true;
    // A cancelled run is incomplete: it must not look like a clean pass to a script.
    if (m_fatalError.isEmpty())
        m_fatalError = tr("The run was cancelled.");
    if (m_reply)
        m_reply->abort();
}

CheckRunner::PreparedRequest CheckRunner::prepare(const QByteArray &method, const QString &relativePath,
                                                  const QJsonObject &query, const QByteArray &body,
                                                  const QString &contentType, const QString &auth) const
{
    PreparedRequest request;
    request.method = method;
    QString target;
    if (relativePath.startsWith(QLatin1String("http://")) || relativePath.startsWith(QLatin1String("https://"))) {
        target = relativePath;
        request.relativePath = QUrl(relativePath).path();
        const QString basePath = m_baseUrl.path();
        if (request.relativePath.startsWith(basePath))
            request.relativePath = request.relativePath.mid(basePath.size());
    } else {
        QUrl base = m_baseUrl;
        base.setQuery(QString());
        base.setFragment(QString());
        QString baseText = base.toString(QUrl::FullyEncoded);
        while (baseText.endsWith(QLatin1Char('/')))
            baseText.chop(1);
        target = baseText + relativePath;
        request.relativePath = relativePath.section(QLatin1Char('?'), 0, 0);
    }
    QStringList items;
    for (auto it = query.begin(); it != query.end(); ++it) {
        const QByteArray name = QUrl::toPercentEncoding(it.key());
        if (it.value().isNull()) {
            items.append(QString::fromLatin1(name));
            continue;
        }
        QString value = it.value().toVariant().toString();
        if (it.value().isBool())
            value = it.value().toBool() ? QStringLiteral("true") : QStringLiteral("false");
        items.append(QString::fromLatin1(name + '=' + QUrl::toPercentEncoding(value)));
    }
    if (m_baseUrl.hasQuery())
        items.append(m_baseUrl.query(QUrl::FullyEncoded));
    if (!items.isEmpty())
        target +=
            (target.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + items.join(QLatin1Char('&'));
    request.url = QUrl::fromEncoded(target.toUtf8(), QUrl::TolerantMode);
    request.target = relativePath.startsWith(QLatin1String("http")) ? request.relativePath : relativePath;
    QStringList shownQuery;
    for (auto it = query.begin(); it != query.end(); ++it)
        shownQuery.append(it.value().isNull() ? it.key()
                                              : it.key() + QLatin1Char('=') + it.value().toVariant().toString());
    if (!shownQuery.isEmpty())
        request.target += (request.target.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
                          shownQuery.join(QLatin1Char('&'));

    auto add = [&request](const QByteArray &name, const QByteArray &value) { request.headers.append({name, value}); };
    add("Accept", kScimJson + ", application/json");
    add("User-Agent", QByteArrayLiteral("scim-check/" SCIM_CHECK_VERSION));
    if (auth == QLatin1String("token"))
        add("Authorization", "Bearer " + m_token.toUtf8());
    else if (auth == QLatin1String("invalid"))
        add("Authorization", "Bearer scimcheck-invalid-" + randomHex(32).toLatin1());
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH") {
        add("Content-Type", contentType.isEmpty() ? kScimJson : contentType.toUtf8());
        request.body = body;
    }
    return request;
}

void CheckRunner::send(const PreparedRequest &request, const QString &stepName, Handler handler)
{
    sendAttempt(request, stepName, std::move(handler), 0);
}

void CheckRunner::sendAttempt(const PreparedRequest &request, const QString &stepName, Handler handler, int retries)
{
    QNetworkRequest networkRequest(request.url);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    networkRequest.setTransferTimeout(m_timeoutMs);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply =
        request.body.isEmpty() && request.method != "POST" && request.method != "PUT" && request.method != "PATCH"
            ? m_network->sendCustomRequest(networkRequest, request.method)
            : m_network->sendCustomRequest(networkRequest, request.method, request.body);
    m_reply = reply;
    if (m_ignoreTlsErrors)
        connect(reply, &QNetworkReply::sslErrors, reply,
                [reply](const QList<QSslError> &) { reply->ignoreSslErrors(); });
    connect(reply, &QNetworkReply::finished, this, [this, reply, request, stepName, handler, timer, retries] {
        reply->deleteLater();
        if (m_reply == reply)
            m_reply = nullptr;
        // A server's rate limit is not a finding: wait as long as it asks (RFC 9110 Retry-After, in seconds, within
        // reason) and send the same request again, like an identity provider does.
        bool delayOk = false;
        const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&delayOk);
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 429 && delayOk && retryAfter >= 0 &&
            retryAfter <= kMaxRetryAfterSeconds && retries < kMaxRateLimitRetries && !m_cancelled) {
            QTimer::singleShot(retryAfter * 1000, this, [this, request, stepName, handler, retries] {
                if (m_cancelled) {
                    CheckExchange cancelled;
                    cancelled.stepName = stepName;
                    cancelled.method = request.method;
                    cancelled.url = request.url;
                    cancelled.target = request.target;
                    cancelled.networkError = tr("cancelled while waiting for the server's rate limit");
                    handler(cancelled);
                    return;
                }
                sendAttempt(request, stepName, handler, retries + 1);
            });
            return;
        }
        CheckExchange exchange;
        exchange.stepName = stepName;
        exchange.method = request.method;
        exchange.url = request.url;
        exchange.target = request.target;
        exchange.requestHeaders = request.headers;
        exchange.requestBody = request.body;
        exchange.elapsedMs = timer->elapsed();
        exchange.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (exchange.status != 0) {
            exchange.responseHeaders = reply->rawHeaderPairs();
            exchange.responseBody = reply->readAll();
        } else {
            exchange.networkError = reply->error() == QNetworkReply::OperationCanceledError && !m_cancelled
                                        ? tr("timed out after %1 ms").arg(m_timeoutMs)
                                        : reply->errorString();
        }
        handler(exchange);
    });
}

// Discovery: the three documents every check may depend on. Their failures are findings of the discovery checks,
// except a refused token or an unreachable endpoint, which stop the run.
void CheckRunner::discover(int step)
{
    static const QStringList paths{QStringLiteral("/ServiceProviderConfig"), QStringLiteral("/ResourceTypes"),
                                   QStringLiteral("/Schemas")};
    if (m_cancelled) {
        skipRemaining(tr("Cancelled before it ran."));
        finishRun();
        return;
    }
    if (step >= paths.size()) {
        m_template.setServiceProviderConfig(m_capabilities.serviceProviderConfig());
        Q_EMIT discoveryFinished();
        m_phase = Phase::Checks;
        m_current = -1;
        runNextCheck();
        return;
    }
    const PreparedRequest request = prepare("GET", paths.at(step), {}, {}, {}, QStringLiteral("token"));
    send(request, tr("discovery: GET %1").arg(paths.at(step)), [this, step](const CheckExchange &exchange) {
        m_discovery.append(exchange);
        if (step == 0 && (!exchange.hasResponse() || exchange.status == 401)) {
            m_fatalError = exchange.hasResponse()
                               ? tr("The server refused the token (401 on %1).").arg(exchange.summary())
                               : tr("Cannot reach %1: %2.").arg(exchange.url.toString(), exchange.networkError);
            if (m_cancelled)
                m_fatalError = tr("The run was cancelled.");
            skipRemaining(tr("Not run: %1").arg(m_fatalError));
            finishRun();
            return;
        }
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(exchange.responseBody, &error);
        QString problem;
        if (!exchange.hasResponse())
            problem = exchange.networkError;
        else if (exchange.status != 200)
            problem = tr("HTTP %1").arg(exchange.status);
        else if (error.error != QJsonParseError::NoError)
            problem = tr("the body is not JSON");
        const QJsonValue body = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        if (step == 0)
            m_capabilities.setServiceProviderConfig(problem.isEmpty() ? body.toObject() : QJsonObject(), problem);
        else if (step == 1)
            m_capabilities.setResourceTypes(problem.isEmpty() ? body : QJsonValue(), problem);
        else
            m_capabilities.setSchemas(problem.isEmpty() ? body : QJsonValue(), problem);
        discover(step + 1);
    });
}

void CheckRunner::runNextCheck()
{
    int next = m_current + 1;
    while (next < m_results.size() && m_definitionOf.at(next) < 0)
        ++next;
    if (next >= m_results.size()) {
        startCleanup();
        return;
    }
    runCheck(next);
}

void CheckRunner::runCheck(int index)
{
    m_current = index;
    CheckResult &result = m_results[index];
    const CheckDefinition &check = m_loaded.checks.at(m_definitionOf.at(index));
    result.status = CheckResult::Status::Running;
    result.detail.clear();
    result.exchanges.clear();
    result.decisiveExchange = -1;
    result.missingScope.clear();
    m_checkTimer.start();
    m_step = 0;
    m_stepNotes.clear();
    Q_EMIT checkStarted(index);
    if (m_cancelled) {
        finishCheck(CheckResult::Status::Skipped, tr("Cancelled before it ran."));
        return;
    }

    for (const QString &requirement : check.requirements) {
        if (requirement.contains(QLatin1Char(':'))) {
            if (m_missingScopes.contains(requirement)) {
                finishCheck(CheckResult::Status::Skipped,
                            tr("The token lacks the scope %1 (found by %2).")
                                .arg(requirement, m_missingScopes.value(requirement)),
                            requirement);
                return;
            }
            continue;
        }
        QString reason;
        if (!m_capabilities.satisfies(requirement, &reason)) {
            finishCheck(CheckResult::Status::Skipped, reason);
            return;
        }
    }
    for (const CheckStep &step : check.steps) {
        const QString scope = step.scope.isEmpty() ? derivedScope(step.method.toLatin1(), step.path) : step.scope;
        if (!scope.isEmpty() && m_missingScopes.contains(scope)) {
            finishCheck(CheckResult::Status::Skipped,
                        tr("The token lacks the scope %1 (found by %2).").arg(scope, m_missingScopes.value(scope)),
                        scope);
            return;
        }
    }

    m_template = CheckTemplate();
    m_template.setServiceProviderConfig(m_capabilities.serviceProviderConfig());
    m_template.set(QStringLiteral("prefix"), m_prefix);
    m_template.set(QStringLiteral("p"),
                   QString(m_prefix + QStringLiteral("c%1-").arg(index + 1, 3, 10, QLatin1Char('0'))));
    m_template.set(QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_template.set(QStringLiteral("uuid2"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_template.set(QStringLiteral("random"), randomHex(8));
    m_template.set(QStringLiteral("check"), check.id);
    QUrl base = m_baseUrl;
    base.setQuery(QString());
    QString baseText = base.toString(QUrl::FullyEncoded);
    while (baseText.endsWith(QLatin1Char('/')))
        baseText.chop(1);
    m_template.set(QStringLiteral("base"), baseText);
    runStep();
}

void CheckRunner::runStep()
{
    const CheckDefinition &check = m_loaded.checks.at(m_definitionOf.at(m_current));
    if (m_step >= check.steps.size()) {
        finishCheck(CheckResult::Status::Passed, m_stepNotes.join(QLatin1Char(' ')));
        return;
    }
    const CheckStep &step = check.steps.at(m_step);
    for (const QString &requirement : step.requirements) {
        QString reason;
        if (!m_capabilities.satisfies(requirement, &reason)) {
            m_stepNotes.append(tr("Step %1 (%2) left out: %3").arg(m_step + 1).arg(step.name, reason));
            ++m_step;
            runStep();
            return;
        }
    }

    QString error;
    QString path;
    if (step.url.isEmpty()) {
        path = m_template.expandString(step.path, &error, true);
    } else {
        // A URI reference (an absolute URL, or an absolute path as some servers write meta.location).
        path = m_baseUrl.resolved(QUrl(m_template.expandString(step.url, &error), QUrl::TolerantMode))
                   .toString(QUrl::FullyEncoded);
    }
    const QJsonObject query = m_template.expand(step.query, &error).toObject();
    QByteArray body;
    if (step.rawBody)
        body = m_template.expandString(*step.rawBody, &error).toUtf8();
    else if (!step.body.isUndefined()) {
        const QJsonValue expanded = m_template.expand(step.body, &error);
        body = expanded.isArray() ? QJsonDocument(expanded.toArray()).toJson(QJsonDocument::Compact)
                                  : QJsonDocument(expanded.toObject()).toJson(QJsonDocument::Compact);
    }
    PreparedRequest request = prepare(step.method.toLatin1(), path, query, body, step.contentType, step.auth);
    for (auto it = step.headers.begin(); it != step.headers.end(); ++it) {
        const QByteArray name = it.key().toLatin1();
        request.headers.removeIf(
            [&name](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
        request.headers.append({name, m_template.expandString(it.value().toString(), &error).toUtf8()});
    }
    if (!error.isEmpty()) {
        finishCheck(CheckResult::Status::Failed, tr("Step %1 (%2): %3").arg(m_step + 1).arg(step.name, error));
        return;
    }
    m_lastRequest = request;
    send(request, step.name, [this](const CheckExchange &exchange) { onStepResponse(exchange); });
}

void CheckRunner::onStepResponse(const CheckExchange &exchange)
{
    CheckResult &result = m_results[m_current];
    result.exchanges.append(exchange);
    Q_EMIT exchangeFinished(m_current, exchange);
    track(m_lastRequest, exchange);
    const CheckDefinition &check = m_loaded.checks.at(m_definitionOf.at(m_current));
    const CheckStep &step = check.steps.at(m_step);
    const QString where = tr("Step %1 (%2)").arg(m_step + 1).arg(step.name);
    if (m_cancelled) {
        finishCheck(CheckResult::Status::Skipped, tr("Cancelled while it ran."));
        return;
    }
    const QJsonValue statusSpec = step.expect.value(QStringLiteral("status"));
    // A 403 the step did not ask for means the token may not do this: not the server's fault.
    if (exchange.status == 403 && !CheckExpectation::statusMatches(statusSpec, 403)) {
        QString scope = scopeFromResponse(exchange);
        if (scope.isEmpty())
            scope = step.scope.isEmpty() ? derivedScope(exchange.method, m_lastRequest.relativePath) : step.scope;
        if (scope.isEmpty())
            scope = tr("(unnamed)");
        m_missingScopes.insert(scope, check.id);
        result.decisiveExchange = int(result.exchanges.size()) - 1;
        finishCheck(CheckResult::Status::Skipped,
                    tr("The token lacks the scope %1: %2 got 403.").arg(scope, exchange.summary()), scope);
        return;
    }
    // The same inside a Bulk response: an operation refused with 403 names the scope the token lacks.
    if (exchange.status == 200 &&
        m_lastRequest.relativePath.compare(QLatin1String("/Bulk"), Qt::CaseInsensitive) == 0) {
        const QJsonArray requested =
            QJsonDocument::fromJson(m_lastRequest.body).object().value(QStringLiteral("Operations")).toArray();
        const QJsonArray answered =
            QJsonDocument::fromJson(exchange.responseBody).object().value(QStringLiteral("Operations")).toArray();
        for (qsizetype i = 0; i < answered.size(); ++i) {
            const QJsonObject operation = answered.at(i).toObject();
            if (operation.value(QStringLiteral("status")).toVariant().toString() != QLatin1String("403"))
                continue;
            CheckExchange inner;
            inner.responseBody = QJsonDocument(operation.value(QStringLiteral("response")).toObject()).toJson();
            QString scope = scopeFromResponse(inner);
            const QJsonObject request = requested.at(i).toObject();
            if (scope.isEmpty())
                scope = derivedScope(request.value(QStringLiteral("method")).toString().toUpper().toLatin1(),
                                     request.value(QStringLiteral("path")).toString());
            if (scope.isEmpty())
                scope = tr("(unnamed)");
            m_missingScopes.insert(scope, check.id);
            result.decisiveExchange = int(result.exchanges.size()) - 1;
            finishCheck(CheckResult::Status::Skipped,
                        tr("The token lacks the scope %1: operation %2 of %3 got 403.")
                            .arg(scope, QString::number(i + 1), exchange.summary()),
                        scope);
            return;
        }
    }
    QString error;
    const QJsonObject expect = m_template.expand(step.expect, &error).toObject();
    if (!error.isEmpty()) {
        result.decisiveExchange = int(result.exchanges.size()) - 1;
        finishCheck(CheckResult::Status::Failed, where + QStringLiteral(": ") + error);
        return;
    }
    const CheckExpectation::Outcome outcome = CheckExpectation::evaluate(expect, exchange, m_capabilities);
    if (!outcome.passed) {
        result.decisiveExchange = int(result.exchanges.size()) - 1;
        finishCheck(CheckResult::Status::Failed, tr("%1: %2 %3").arg(where, exchange.summary(), outcome.failure));
        return;
    }
    for (auto it = outcome.captures.begin(); it != outcome.captures.end(); ++it)
        m_template.set(it.key(), it.value());
    ++m_step;
    runStep();
}

void CheckRunner::finishCheck(CheckResult::Status status, const QString &detail, const QString &missingScope)
{
    CheckResult &result = m_results[m_current];
    result.status = status;
    result.detail = detail;
    result.missingScope = missingScope;
    result.durationMs = m_checkTimer.isValid() ? m_checkTimer.elapsed() : 0;
    Q_EMIT checkFinished(m_current, result);
    // Queued, so a long run of skipped checks does not grow the stack and a view can repaint between checks.
    QMetaObject::invokeMethod(this, &CheckRunner::runNextCheck, Qt::QueuedConnection);
}

void CheckRunner::skipRemaining(const QString &detail)
{
    for (int i = 0; i < m_results.size(); ++i) {
        CheckResult &result = m_results[i];
        if (m_definitionOf.at(i) < 0 || result.isFinished())
            continue;
        result.status = CheckResult::Status::Skipped;
        result.detail = detail;
        Q_EMIT checkFinished(i, result);
    }
}

QString CheckRunner::derivedScope(const QByteArray &method, const QString &relativePath)
{
    const QString resource = firstSegment(relativePath);
    if (resource != QLatin1String("users") && resource != QLatin1String("groups"))
        return {};
    if (method == "POST" && relativePath.contains(QLatin1String("/.search"), Qt::CaseInsensitive))
        return QStringLiteral("get:") + resource;
    return QString::fromLatin1(method).toLower() + QLatin1Char(':') + resource;
}

QString CheckRunner::scopeFromResponse(const CheckExchange &exchange)
{
    // RFC 6750 §3: WWW-Authenticate: Bearer error="insufficient_scope", scope="…"
    static const QRegularExpression header(QStringLiteral("scope=\"([^\"]+)\""));
    const QRegularExpressionMatch fromHeader =
        header.match(QString::fromLatin1(exchange.responseHeader("WWW-Authenticate")));
    if (fromHeader.hasMatch())
        return fromHeader.captured(1).section(QLatin1Char(' '), 0, 0);
    static const QRegularExpression named(QStringLiteral("\\b((?:get|post|put|patch|delete):(?:users|groups))\\b"));
    const QString detail =
        QJsonDocument::fromJson(exchange.responseBody).object().value(QStringLiteral("detail")).toString();
    const QRegularExpressionMatch fromDetail = named.match(detail);
    return fromDetail.hasMatch() ? fromDetail.captured(1) : QString();
}

// Every user or group a successful request created is remembered for cleanup, whatever status code the server
// chose; a successful DELETE forgets it.
void CheckRunner::track(const PreparedRequest &request, const CheckExchange &exchange)
{
    const bool success = exchange.status >= 200 && exchange.status < 300;
    const QStringList segments = request.relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    auto endpointName = [](const QString &segment) {
        if (segment.compare(QLatin1String("Users"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("Users");
        if (segment.compare(QLatin1String("Groups"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("Groups");
        return QString();
    };
    if (request.method == "POST" && success && segments.size() == 1) {
        if (segments.first().compare(QLatin1String("Bulk"), Qt::CaseInsensitive) == 0) {
            const QJsonArray operations =
                QJsonDocument::fromJson(exchange.responseBody).object().value(QStringLiteral("Operations")).toArray();
            for (const QJsonValue &value : operations) {
                const QJsonObject operation = value.toObject();
                if (operation.value(QStringLiteral("method"))
                            .toString()
                            .compare(QLatin1String("POST"), Qt::CaseInsensitive) != 0 ||
                    !operation.value(QStringLiteral("status")).toVariant().toString().startsWith(QLatin1Char('2')))
                    continue;
                const QStringList location = QUrl(operation.value(QStringLiteral("location")).toString())
                                                 .path()
                                                 .split(QLatin1Char('/'), Qt::SkipEmptyParts);
                if (location.size() >= 2 && !endpointName(location.at(location.size() - 2)).isEmpty())
                    m_created.append({endpointName(location.at(location.size() - 2)), location.last()});
            }
            return;
        }
        const QString endpoint = endpointName(segments.first());
        const QString id =
            QJsonDocument::fromJson(exchange.responseBody).object().value(QStringLiteral("id")).toString();
        if (!endpoint.isEmpty() && !id.isEmpty())
            m_created.append({endpoint, id});
        return;
    }
    if (request.method == "DELETE" && (success || exchange.status == 404) && segments.size() == 2) {
        const QString endpoint = endpointName(segments.first());
        const QString id = QUrl::fromPercentEncoding(segments.at(1).toUtf8());
        m_created.removeIf([&](const Created &created) { return created.endpoint == endpoint && created.id == id; });
    }
}

void CheckRunner::startCleanup()
{
    m_phase = Phase::Cleanup;
    Q_EMIT cleanupStarted();
    // Groups first: deleting a user that is still a member is fine, but some servers refuse it.
    m_toDelete.clear();
    for (const Created &created : std::as_const(m_created)) {
        if (created.endpoint == QLatin1String("Groups"))
            m_toDelete.append(created);
    }
    for (const Created &created : std::as_const(m_created)) {
        if (created.endpoint == QLatin1String("Users"))
            m_toDelete.append(created);
    }
    m_created.clear();
    m_sweepStage = 0;
    if (m_keep) {
        m_cleanup.kept = true;
        for (const Created &created : std::as_const(m_toDelete))
            m_cleanup.remaining.append(created.endpoint + QLatin1Char('/') + created.id);
        m_toDelete.clear();
        finishRun();
        return;
    }
    cleanupNext();
}

void CheckRunner::cleanupNext()
{
    if (m_phase != Phase::Cleanup)
        return;
    if (m_toDelete.isEmpty()) {
        sweep(m_sweepStage);
        return;
    }
    const Created created = m_toDelete.takeFirst();
    const QString path = QLatin1Char('/') + created.endpoint + QLatin1Char('/') +
                         QString::fromLatin1(QUrl::toPercentEncoding(created.id));
    const PreparedRequest request = prepare("DELETE", path, {}, {}, {}, QStringLiteral("token"));
    send(request, tr("cleanup"), [this, created](const CheckExchange &exchange) {
        m_cleanup.exchanges.append(exchange);
        const QString name = created.endpoint + QLatin1Char('/') + created.id;
        if ((exchange.status >= 200 && exchange.status < 300) || exchange.status == 404) {
            m_cleanup.deleted.append(name);
        } else {
            QString why = exchange.hasResponse() ? tr("HTTP %1").arg(exchange.status) : exchange.networkError;
            if (exchange.status == 403)
                why =
                    tr("the token lacks the scope %1").arg(derivedScope("DELETE", QLatin1Char('/') + created.endpoint));
            m_cleanup.remaining.append(name + QStringLiteral(": ") + why);
        }
        cleanupNext();
    });
}

// Looks for anything with the run's prefix that a server created without saying so (a 2xx without the resource),
// and deletes it. Only names that really start with the prefix are touched, so a server that ignores the filter
// cannot make the runner delete someone else's users.
void CheckRunner::sweep(int stage)
{
    if (m_phase != Phase::Cleanup)
        return;
    if (stage >= 2) {
        finishRun();
        return;
    }
    m_sweepStage = stage + 1;
    const bool users = stage == 0;
    if (!m_capabilities.has(users ? QStringLiteral("users") : QStringLiteral("groups"))) {
        sweep(stage + 1);
        return;
    }
    const QString attribute = users ? QStringLiteral("userName") : QStringLiteral("displayName");
    const QJsonObject query{{QStringLiteral("filter"), QStringLiteral("%1 sw \"%2\"").arg(attribute, m_prefix)},
                            {QStringLiteral("count"), 1000}};
    const QString endpoint = users ? QStringLiteral("Users") : QStringLiteral("Groups");
    const PreparedRequest request = prepare("GET", QLatin1Char('/') + endpoint, query, {}, {}, QStringLiteral("token"));
    send(request, tr("cleanup: look for leftovers"), [this, attribute, endpoint](const CheckExchange &exchange) {
        m_cleanup.exchanges.append(exchange);
        if (exchange.status == 200) {
            const QJsonArray resources =
                QJsonDocument::fromJson(exchange.responseBody).object().value(QStringLiteral("Resources")).toArray();
            for (const QJsonValue &value : resources) {
                const QJsonObject resource = value.toObject();
                const QString id = resource.value(QStringLiteral("id")).toString();
                const auto name = CheckJsonPath::resolve(resource, attribute);
                if (id.isEmpty() || !name || !name->toString().startsWith(m_prefix, Qt::CaseInsensitive))
                    continue;
                if (!m_cleanup.deleted.contains(endpoint + QLatin1Char('/') + id))
                    m_toDelete.append({endpoint, id});
            }
        }
        cleanupNext();
    });
}

void CheckRunner::finishRun()
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_current = -1;
    Q_EMIT finished();
}

} // namespace scim
