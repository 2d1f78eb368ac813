// The check file format: the built-in checks load and cover what the issue asks for; malformed files are reported
// with the file, the check and the reason, never crashed on, and the good checks next to them still load; the
// expectation language evaluates real responses as documented; the CLI reports malformed files and usage errors.

#include "models/check/CheckCapabilities.h"
#include "models/check/CheckExchange.h"
#include "models/check/CheckExpectation.h"
#include "models/check/CheckJsonPath.h"
#include "models/check/CheckLoader.h"
#include "models/check/CheckRunner.h"
#include "models/check/CheckSchemaConformance.h"
#include "models/check/CheckTemplate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kGoodCheck = R"({
  "id": "good-check", "title": "A good check", "profile": "rfc", "reference": "RFC 7644 §3.4.1",
  "steps": [{"name": "read the config", "method": "GET", "path": "/ServiceProviderConfig", "expect": {"status": 200}}]
})";

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(content);
}

// A response as the runner records it.
scim::CheckExchange exchange(int status, const QByteArray &body, const scim::CheckHeaders &headers = {})
{
    scim::CheckExchange result;
    result.method = "GET";
    result.url = QUrl(u"http://127.0.0.1:1/scim/v2/Users"_s);
    result.status = status;
    result.responseBody = body;
    result.responseHeaders = headers;
    return result;
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QString scimCheckPath()
{
    return QCoreApplication::applicationDirPath() + u"/scim-check"_s;
}

} // namespace

class CheckFormatTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInChecksLoadAndCoverTheIssue();
    void everyCheckFileIsBuiltIn();
    void malformedFileIsReported_data();
    void malformedFileIsReported();
    void goodChecksBesideABadOneInAGroupStillLoad();
    void duplicateIdsAreReported();
    void missingDirectoryIsReported();
    void cliListsAndReportsMalformedFiles();
    void cliUsageErrors_data();
    void cliUsageErrors();
    void jsonPathsFollowUrnKeysAndIgnoreCase();
    void templatesKeepTypesAndApplyFilters();
    void expectationsReportWhatIsWrong_data();
    void expectationsReportWhatIsWrong();
    void capturesTakeBodyAndHeaders();
    void schemaConformanceHoldsResourcesToTheServersSchemas();
    void capabilitiesComeFromTheDiscoveryDocuments();
};

// moc cannot tokenise some raw string literals; it only needs the declarations above.
#ifndef Q_MOC_RUN
void CheckFormatTest::builtInChecksLoadAndCoverTheIssue()
{
    const scim::CheckLoadResult loaded = scim::CheckLoader::loadDirectory(scim::CheckLoader::builtInDirectory());
    for (const scim::CheckLoadProblem &problem : loaded.problems)
        qWarning("%s %s: %s", qPrintable(problem.file), qPrintable(problem.checkId), qPrintable(problem.reason));
    QVERIFY(loaded.problems.isEmpty());
    QVERIFY2(loaded.checks.size() >= 60, qPrintable(QString::number(loaded.checks.size())));

    QHash<QString, int> perProfile;
    QSet<QString> ids;
    for (const scim::CheckDefinition &check : loaded.checks) {
        QVERIFY2(!ids.contains(check.id), qPrintable(check.id));
        ids.insert(check.id);
        ++perProfile[check.profile];
        QVERIFY2(!check.title.isEmpty() && !check.steps.isEmpty(), qPrintable(check.id));
        // Every check says where its rule comes from: an RFC section, or the IdP's documentation.
        if (check.profile == u"rfc"_s)
            QVERIFY2(check.reference.startsWith(u"RFC "_s), qPrintable(check.id + u": "_s + check.reference));
        else
            QVERIFY2(check.reference.startsWith(u"https://"_s), qPrintable(check.id + u": "_s + check.reference));
    }
    QVERIFY(perProfile.value(u"rfc"_s) >= 40);
    QVERIFY(perProfile.value(u"okta"_s) >= 10);
    QVERIFY(perProfile.value(u"entra"_s) >= 10);
    // The request sequences the issue names, each as its own check.
    for (const QString &id : {u"rfc-discovery-spc"_s,
                              u"rfc-discovery-schemas"_s,
                              u"rfc-user-create"_s,
                              u"rfc-filter-value-case"_s,
                              u"rfc-filter-externalid-case-exact"_s,
                              u"rfc-paging-pages"_s,
                              u"rfc-attributes-get"_s,
                              u"rfc-excluded-attributes-get"_s,
                              u"rfc-patch-atomic"_s,
                              u"rfc-patch-remove-without-path"_s,
                              u"rfc-etag-stale-if-match"_s,
                              u"rfc-error-uniqueness"_s,
                              u"rfc-error-invalid-filter"_s,
                              u"rfc-bulk-create"_s,
                              u"okta-user-lookup-before-create"_s,
                              u"okta-user-deactivate"_s,
                              u"okta-user-reactivate"_s,
                              u"okta-group-create"_s,
                              u"okta-group-rename"_s,
                              u"entra-test-connection"_s,
                              u"entra-user-update-multivalued"_s,
                              u"entra-user-disable-pathless"_s,
                              u"entra-group-remove-member"_s})
        QVERIFY2(ids.contains(id), qPrintable(id));
}

// The resource lists its files one by one; a file added to the folder but not to CMakeLists.txt would never run.
void CheckFormatTest::everyCheckFileIsBuiltIn()
{
    const QStringList inSources =
        QDir(QStringLiteral(SCIM_CHECK_SOURCE_DIR)).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    const QStringList built =
        QDir(scim::CheckLoader::builtInDirectory()).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY(!inSources.isEmpty());
    QCOMPARE(built, inSources);
}

void CheckFormatTest::malformedFileIsReported_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<QString>("reason");

    QTest::newRow("not JSON") << QByteArray("{\"checks\": [\n  {\"id\": \"x\",\n") << QString()
                              << u"Not valid JSON at line 3"_s;
    QTest::newRow("an array") << QByteArray("[]") << QString() << u"must hold a JSON object"_s;
    QTest::newRow("unknown group field") << QByteArray(R"({"checks": [], "profle": "rfc"})") << QString()
                                         << u"Unknown field \"profle\" in the group"_s;
    QTest::newRow("unknown check field")
        << QByteArray(R"({"id": "typo", "titel": "x", "title": "t", "profile": "rfc", "reference": "RFC 1",
             "steps": [{"name": "n", "method": "GET", "path": "/Users", "expect": {}}]})")
        << u"typo"_s << u"Unknown field \"titel\""_s;
    QTest::newRow("no reference") << QByteArray(R"({"id": "noref", "title": "t", "profile": "rfc",
             "steps": [{"name": "n", "method": "GET", "path": "/Users", "expect": {}}]})")
                                  << u"noref"_s << u"needs a \"reference\""_s;
    QTest::newRow("bad profile") << QByteArray(R"({"id": "prof", "title": "t", "profile": "onelogin", "reference": "x",
             "steps": [{"name": "n", "method": "GET", "path": "/Users", "expect": {}}]})")
                                 << u"prof"_s << u"\"profile\" must be one of rfc, okta, entra"_s;
    QTest::newRow("unknown capability")
        << QByteArray(R"({"id": "cap", "title": "t", "profile": "rfc", "reference": "x", "requires": ["pagination"],
             "steps": [{"name": "n", "method": "GET", "path": "/Users", "expect": {}}]})")
        << u"cap"_s << u"\"pagination\" is neither a known capability"_s;
    QTest::newRow("unknown matcher") << QByteArray(
                                            R"({"id": "matcher", "title": "t", "profile": "rfc", "reference": "x",
             "steps": [{"name": "n", "method": "GET", "path": "/Users",
                        "expect": {"json": {"Resources": {"lenght": 1}}}}]})")
                                     << u"matcher"_s << u"unknown matcher \"lenght\""_s;
    QTest::newRow("variable never captured")
        << QByteArray(R"({"id": "vars", "title": "t", "profile": "rfc", "reference": "x",
             "steps": [{"name": "read", "method": "GET", "path": "/Users/{{userId}}", "expect": {}}]})")
        << u"vars"_s << u"uses {{userId}}, which no earlier step captures"_s;
    QTest::newRow("unknown template filter")
        << QByteArray(R"({"id": "filter", "title": "t", "profile": "rfc", "reference": "x",
             "steps": [{"name": "n", "method": "GET", "path": "/Users/{{p|reverse}}", "expect": {}}]})")
        << u"filter"_s << u"unknown template filter \"reverse\""_s;
    QTest::newRow("bad regular expression")
        << QByteArray(R"({"id": "regex", "title": "t", "profile": "rfc", "reference": "x",
             "steps": [{"name": "n", "method": "GET", "path": "/Users",
                        "expect": {"headers": {"ETag": {"matches": "W/([0-9"}}}}]})")
        << u"regex"_s << u"not a valid regular expression"_s;
    QTest::newRow("bad status") << QByteArray(R"({"id": "status", "title": "t", "profile": "rfc", "reference": "x",
             "steps": [{"name": "n", "method": "GET", "path": "/Users", "expect": {"status": "ok"}}]})")
                                << u"status"_s << u"expect.status must be"_s;
    QTest::newRow("method") << QByteArray(R"({"id": "method", "title": "t", "profile": "rfc", "reference": "x",
             "steps": [{"name": "n", "method": "FETCH", "path": "/Users", "expect": {}}]})")
                            << u"method"_s << u"\"method\" must be one of"_s;
    QTest::newRow("relative path") << QByteArray(R"({"id": "path", "title": "t", "profile": "rfc", "reference": "x",
             "steps": [{"name": "n", "method": "GET", "path": "Users", "expect": {}}]})")
                                   << u"path"_s << u"\"path\" must be a string starting with /"_s;
    QTest::newRow("body and rawBody") << QByteArray(
                                             R"({"id": "bodies", "title": "t", "profile": "rfc", "reference": "x",
             "steps": [{"name": "n", "method": "POST", "path": "/Users", "body": {}, "rawBody": "{", "expect": {}}]})")
                                      << u"bodies"_s << u"has both \"body\" and \"rawBody\""_s;
    QTest::newRow("no steps") << QByteArray(R"({"id": "empty", "title": "t", "profile": "rfc", "reference": "x",
                                               "steps": []})")
                              << u"empty"_s << u"non-empty \"steps\" array"_s;
}

void CheckFormatTest::malformedFileIsReported()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, checkId);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(u"10-good.json"_s), kGoodCheck);
    writeFile(dir.filePath(u"20-bad.json"_s), content);

    const scim::CheckLoadResult loaded = scim::CheckLoader::loadDirectory(dir.path());
    QCOMPARE(loaded.checks.size(), 1);
    QCOMPARE(loaded.checks.first().id, u"good-check"_s);
    QCOMPARE(loaded.problems.size(), 1);
    const scim::CheckLoadProblem &problem = loaded.problems.first();
    QCOMPARE(problem.file, u"20-bad.json"_s);
    QCOMPARE(problem.checkId, checkId);
    QVERIFY2(problem.reason.contains(reason), qPrintable(problem.reason));

    // The runner shows it as a failed result naming the file, before the checks that loaded.
    scim::CheckRunner runner;
    runner.setChecks(loaded);
    QCOMPARE(runner.results().size(), 2);
    const scim::CheckResult &result = runner.results().first();
    QCOMPARE(result.status, scim::CheckResult::Status::Failed);
    QVERIFY(result.title.contains(u"20-bad.json"_s));
    QCOMPARE(result.detail, problem.reason);
    QCOMPARE(runner.results().at(1).status, scim::CheckResult::Status::Pending);
    QVERIFY(!runner.definitionAt(0));
    QVERIFY(runner.definitionAt(1));
    QCOMPARE(runner.definitionAt(1)->steps.size(), 1);
}

void CheckFormatTest::goodChecksBesideABadOneInAGroupStillLoad()
{
    const QByteArray group = R"({"group": "mixed", "profile": "okta", "requires": ["users"], "checks": [
        {"id": "fine", "title": "t", "reference": "https://example.com/doc",
         "steps": [{"name": "n", "method": "GET", "path": "/Users", "expect": {"status": 200}}]},
        {"id": "broken", "title": "t", "reference": "https://example.com/doc",
         "steps": [{"name": "n", "method": "GET", "path": "/Users", "expect": {"statsu": 200}}]}]})";
    const scim::CheckLoadResult loaded = scim::CheckLoader::parse(group, u"mixed.json"_s);
    QCOMPARE(loaded.checks.size(), 1);
    QCOMPARE(loaded.checks.first().id, u"fine"_s);
    QCOMPARE(loaded.checks.first().profile, u"okta"_s); // the group's default
    QCOMPARE(loaded.checks.first().requirements, QStringList{u"users"_s});
    QCOMPARE(loaded.problems.size(), 1);
    QCOMPARE(loaded.problems.first().checkId, u"broken"_s);
    QVERIFY(loaded.problems.first().reason.contains(u"unknown field \"statsu\""_s));
}

void CheckFormatTest::duplicateIdsAreReported()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"a.json"_s), kGoodCheck);
    writeFile(dir.filePath(u"b.json"_s), kGoodCheck);
    const scim::CheckLoadResult loaded = scim::CheckLoader::loadDirectory(dir.path());
    QCOMPARE(loaded.checks.size(), 1);
    QCOMPARE(loaded.problems.size(), 1);
    QCOMPARE(loaded.problems.first().file, u"b.json"_s);
    QVERIFY(loaded.problems.first().reason.contains(u"already defines the id good-check"_s));
}

void CheckFormatTest::missingDirectoryIsReported()
{
    const scim::CheckLoadResult loaded = scim::CheckLoader::loadDirectory(u"/nonexistent/scim-checks"_s);
    QVERIFY(loaded.checks.isEmpty());
    QCOMPARE(loaded.problems.size(), 1);
    QVERIFY(loaded.problems.first().reason.contains(u"does not exist"_s));
}

void CheckFormatTest::cliListsAndReportsMalformedFiles()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"10-good.json"_s), kGoodCheck);
    writeFile(dir.filePath(u"20-bad.json"_s), "{ not json");
    QProcess cli;
    cli.start(scimCheckPath(), {u"--list"_s, u"--checks-dir"_s, dir.path()});
    QVERIFY(cli.waitForFinished(20000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY2(out.contains(u"20-bad.json"_s) && out.contains(u"MALFORMED"_s) && out.contains(u"Not valid JSON"_s),
             qPrintable(out));
    QVERIFY2(out.contains(u"good-check"_s), qPrintable(out));

    cli.start(scimCheckPath(), {u"--list"_s});
    QVERIFY(cli.waitForFinished(20000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(QString::fromUtf8(cli.readAllStandardOutput()).contains(u"entra-test-connection"_s));
}

void CheckFormatTest::cliUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no base URL") << QStringList{u"--token"_s, u"t"_s} << u"--base-url is required"_s;
    QTest::newRow("no token") << QStringList{u"--base-url"_s, u"http://127.0.0.1:1/scim/v2"_s}
                              << u"A token is required"_s;
    QTest::newRow("not http") << QStringList{u"--base-url"_s, u"ftp://host/scim"_s, u"--token"_s, u"t"_s}
                              << u"must be an http or https URL"_s;
    QTest::newRow("profile") << QStringList{u"--base-url"_s, u"http://h/scim"_s, u"--token"_s,
                                            u"t"_s,          u"--profile"_s,     u"onelogin"_s}
                             << u"--profile must be rfc, okta, entra or all"_s;
    QTest::newRow("unknown flag") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
}

void CheckFormatTest::cliUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"SCIM_CHECK_TOKEN"_s);
    cli.setProcessEnvironment(environment);
    cli.start(scimCheckPath(), arguments);
    QVERIFY(cli.waitForFinished(20000));
    QCOMPARE(cli.exitCode(), 2);
    const QString error = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(error.contains(message), qPrintable(error));
}

void CheckFormatTest::jsonPathsFollowUrnKeysAndIgnoreCase()
{
    const QJsonObject user = object(R"({"userName": "a", "Name": {"GivenName": "Ann"},
        "emails": [{"value": "x@example.com"}, {"value": "y@example.com"}],
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"manager": {"value": "m-1"}}})");
    QCOMPARE(scim::CheckJsonPath::resolve(user, u"name.givenName"_s), QJsonValue(u"Ann"_s));
    QCOMPARE(scim::CheckJsonPath::resolve(user, u"emails.1.value"_s), QJsonValue(u"y@example.com"_s));
    QCOMPARE(scim::CheckJsonPath::resolve(
                 user, u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.manager.value"_s),
             QJsonValue(u"m-1"_s));
    QVERIFY(!scim::CheckJsonPath::resolve(user, u"emails.2.value"_s));
    QVERIFY(!scim::CheckJsonPath::resolve(user, u"password"_s));
    QCOMPARE(scim::CheckJsonPath::resolve(user, u"$"_s), QJsonValue(user));
}

void CheckFormatTest::templatesKeepTypesAndApplyFilters()
{
    scim::CheckTemplate vars;
    vars.set(u"p"_s, u"scimcheck-ab12cd-c001-"_s);
    vars.set(u"id"_s, u"a/b c"_s);
    vars.setServiceProviderConfig(object(R"({"filter": {"maxResults": 200}})"));
    QString error;
    QCOMPARE(vars.expand(QJsonValue(u"{{spc.filter.maxResults}}"_s), &error), QJsonValue(200));
    QCOMPARE(vars.expandString(u"{{p|upper}}ANN@EXAMPLE.COM"_s, &error), u"SCIMCHECK-AB12CD-C001-ANN@EXAMPLE.COM"_s);
    QCOMPARE(vars.expandString(u"/Users/{{id}}"_s, &error, true), u"/Users/a%2Fb%20c"_s);
    QVERIFY(error.isEmpty());
    vars.expandString(u"/Users/{{missing}}"_s, &error);
    QVERIFY(error.contains(u"missing"_s));
}

void CheckFormatTest::expectationsReportWhatIsWrong_data()
{
    QTest::addColumn<QByteArray>("expect");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("failure"); // empty: passes

    const QByteArray list = R"({"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], "totalResults": 2,
        "Resources": [{"id": "1", "userName": "alice"}, {"id": "2", "userName": "Bob"}]})";
    QTest::newRow("status class") << QByteArray(R"({"status": "2xx"})") << 204 << QByteArray() << QString();
    QTest::newRow("no status means 2xx") << QByteArray("{}") << 500 << QByteArray()
                                         << u"Expected status 2xx, got 500"_s;
    QTest::newRow("status list") << QByteArray(R"({"status": [200, 204]})") << 201 << QByteArray()
                                 << u"Expected status 200 or 204, got 201"_s;
    QTest::newRow("equals") << QByteArray(R"({"json": {"totalResults": 2}})") << 200 << list << QString();
    QTest::newRow("equals fails") << QByteArray(R"({"json": {"totalResults": 1}})") << 200 << list
                                  << u"totalResults is 2; expected 1."_s;
    QTest::newRow("some") << QByteArray(R"({"json": {"Resources": {"some": {"userName": "Bob"}}}})") << 200 << list
                          << QString();
    QTest::newRow("none") << QByteArray(R"({"json": {"Resources": {"none": {"id": "2"}}}})") << 200 << list
                          << u"Resources.1 matches {\"id\":\"2\"}, which no element may."_s;
    QTest::newRow("sorted ignoring case")
        << QByteArray(R"({"json": {"Resources": {"sorted": {"by": "userName"}}}})") << 200 << list << QString();
    QTest::newRow("not sorted descending")
        << QByteArray(R"({"json": {"Resources": {"sorted": {"by": "userName", "order": "descending"}}}})") << 200
        << list << u"Resources is not sorted descending by userName: \"alice\" comes before \"Bob\"."_s;
    QTest::newRow("absent") << QByteArray(R"({"json": {"Resources.0.password": {"exists": false}}})") << 200 << list
                            << QString();
    QTest::newRow("empty body on 204") << QByteArray(R"({"status": 204, "json": {"password": {"exists": false}}})")
                                       << 204 << QByteArray() << QString();
    QTest::newRow("optional") << QByteArray(R"({"json": {"itemsPerPage": {"optional": true, "atMost": 1}}})") << 200
                              << list << QString();
    QTest::newRow("scimType") << QByteArray(R"({"status": 400, "error": "invalidFilter"})") << 400
                              << QByteArray(
                                     R"({"schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"], "status": "400",
                         "scimType": "invalidSyntax", "detail": "bad"})")
                              << u"The error's scimType is \"invalidSyntax\"; expected invalidFilter"_s;
    QTest::newRow("status as a number")
        << QByteArray(R"({"status": 404, "error": true})") << 404
        << QByteArray(R"({"schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"], "status": 404})")
        << u"requires the HTTP status as a JSON string (\"404\")"_s;
    QTest::newRow("not an error body") << QByteArray(R"({"status": 404, "error": true})") << 404
                                       << QByteArray("Not Found") << u"Expected a SCIM Error body"_s;
    QTest::newRow("header equals body") << QByteArray(R"({"headers": {"Location": {"equalsPath": "meta.location"}}})")
                                        << 201 << QByteArray(R"({"meta": {"location": "http://h/Users/1"}})")
                                        << u"The Location header is absent"_s;
}

void CheckFormatTest::expectationsReportWhatIsWrong()
{
    QFETCH(QByteArray, expect);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, failure);
    QVERIFY(scim::CheckExpectation::validate(object(expect)).isEmpty());
    const scim::CheckCapabilities capabilities;
    const auto outcome = scim::CheckExpectation::evaluate(object(expect), exchange(status, body), capabilities);
    if (failure.isEmpty()) {
        QVERIFY2(outcome.passed, qPrintable(outcome.failure));
    } else {
        QVERIFY(!outcome.passed);
        QVERIFY2(outcome.failure.contains(failure), qPrintable(outcome.failure));
    }
}

void CheckFormatTest::capturesTakeBodyAndHeaders()
{
    const QByteArray etag = "W/\"3\"";
    const auto outcome = scim::CheckExpectation::evaluate(
        object(R"({"captures": {"id": "id", "etag": {"header": "etag"}}})"),
        exchange(201, R"({"id": "u-1"})", {{"ETag", etag}}), scim::CheckCapabilities());
    QVERIFY2(outcome.passed, qPrintable(outcome.failure));
    QCOMPARE(outcome.captures.value(u"id"_s), QJsonValue(u"u-1"_s));
    QCOMPARE(outcome.captures.value(u"etag"_s), QJsonValue(u"W/\"3\""_s));
    const auto missing = scim::CheckExpectation::evaluate(object(R"({"captures": {"id": "id"}})"), exchange(201, "{}"),
                                                          scim::CheckCapabilities());
    QVERIFY(!missing.passed);
    QVERIFY(missing.failure.contains(u"Cannot capture id"_s));
}

void CheckFormatTest::schemaConformanceHoldsResourcesToTheServersSchemas()
{
    scim::CheckCapabilities capabilities;
    capabilities.setSchemas(object(R"({"Resources": [{"id": "urn:ietf:params:scim:schemas:core:2.0:User",
        "attributes": [
          {"name": "userName", "type": "string", "multiValued": false, "required": true},
          {"name": "active", "type": "boolean", "multiValued": false},
          {"name": "password", "type": "string", "returned": "never"},
          {"name": "emails", "type": "complex", "multiValued": true,
           "subAttributes": [{"name": "value", "type": "string"}, {"name": "primary", "type": "boolean"}]}]}]})"));
    const QJsonObject good = object(R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "id": "1",
        "userName": "a", "active": true, "emails": [{"value": "a@example.com", "primary": true}],
        "meta": {"created": "2024-01-02T03:04:05.123Z", "resourceType": "User"}})");
    QVERIFY(scim::CheckSchemaConformance::violations(good, capabilities).isEmpty());

    const QJsonObject bad = object(R"({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "id": "1",
        "active": "true", "password": "x", "nickname": "n", "emails": {"value": "a@example.com"},
        "meta": {"created": "yesterday"}})");
    const QString problems = scim::CheckSchemaConformance::violations(bad, capabilities).join(u' ');
    QVERIFY2(problems.contains(u"active is a JSON string, but /Schemas declares it with type boolean"_s),
             qPrintable(problems));
    QVERIFY2(problems.contains(u"password is returned, but /Schemas declares it with returned \"never\""_s),
             qPrintable(problems));
    QVERIFY2(problems.contains(u"nickname is not declared"_s), qPrintable(problems));
    QVERIFY2(problems.contains(u"emails is a JSON object, but /Schemas declares it multi-valued"_s),
             qPrintable(problems));
    QVERIFY2(problems.contains(u"userName is missing, but /Schemas declares it required"_s), qPrintable(problems));
    QVERIFY2(problems.contains(u"meta.created is not an xsd:dateTime"_s), qPrintable(problems));
}

void CheckFormatTest::capabilitiesComeFromTheDiscoveryDocuments()
{
    scim::CheckCapabilities capabilities;
    capabilities.setServiceProviderConfig(object(R"({"patch": {"supported": true}, "bulk": {"supported": false},
                                                     "etag": {"supported": "true"}})"));
    capabilities.setResourceTypes(object(R"({"Resources": [{"name": "User", "endpoint": "/Users",
        "schemaExtensions": [{"schema": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"}]}]})"));
    QVERIFY(capabilities.has(u"patch"_s));
    QVERIFY(!capabilities.has(u"bulk"_s));
    QVERIFY(!capabilities.has(u"etag"_s)); // a string is not true
    QVERIFY(capabilities.has(u"users"_s));
    QVERIFY(!capabilities.has(u"groups"_s));
    QVERIFY(capabilities.has(u"enterpriseUser"_s));
    QVERIFY(capabilities.has(u"userNameCaseInsensitive"_s)); // no schema published: RFC 7643's caseExact false
    QString reason;
    QVERIFY(!capabilities.satisfies(u"bulk"_s, &reason));
    QCOMPARE(reason, u"/ServiceProviderConfig does not advertise bulk (bulk.supported is not true)."_s);
    QVERIFY(capabilities.satisfies(u"!bulk"_s, &reason));
    QVERIFY(!capabilities.satisfies(u"groups"_s, &reason));
    QVERIFY(reason.contains(u"/Groups"_s));
}
#endif

QTEST_GUILESS_MAIN(CheckFormatTest)
#include "tst_check_format.moc"
