// The console's Management API client and item models against a real engine (in-process, port 0, temporary
// database). Every model is watched by QAbstractItemModelTester while it loads and changes.

#include "TestEngine.h"
#include "models/api/ManagementClient.h"
#include "models/common/Localization.h"
#include "models/common/ModelRoles.h"
#include "models/connections/ConnectionsModel.h"
#include "models/connections/TokenInfo.h"
#include "models/connections/TokensModel.h"
#include "models/users/UsersModel.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using scim::ApiResult;
using scim::ConnectionsModel;
using scim::ManagementClient;
using scim::TokensModel;
using scim::UsersModel;
namespace ModelRoles = scim::ModelRoles;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void clientReportsApiErrors();
    void clientReportsUnreachableEngine();
    void connectionsModelLoadsCountsAndFollowsChanges();
    void connectionsModelSortsOnRawValues();
    void tokensModelListsAndLimitsTokens();
    void tokenLifetimeRules();
    void tokensIssuedForAnotherEndpoint();
    void usersModelPagesAndSearches();

private:
    ApiResult call(std::function<void(ManagementClient::Callback)> start);
    void clearEngine();

    TestEngine m_engine;
    ManagementClient m_client;
};

ApiResult TestModels::call(std::function<void(ManagementClient::Callback)> start)
{
    ApiResult out;
    bool done = false;
    start([&](const ApiResult &result) {
        out = result;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
    return out;
}

void TestModels::initTestCase()
{
    scim::Localization::install(u"en"_s); // the source catalog: English plural forms, as the console installs it
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_engine.start());
    m_client.setEndpoint(m_engine.url(), TestEngine::kAdminToken);
}

void TestModels::init()
{
    clearEngine();
}

void TestModels::clearEngine()
{
    for (const QJsonValue &connection : m_engine.api("GET", u"/api/v2/connections"_s).json.array())
        m_engine.api("DELETE", u"/api/v2/connections/"_s + connection.toObject().value(u"id"_s).toString());
}

void TestModels::clientReportsApiErrors()
{
    ApiResult created = call([&](auto cb) { m_client.createConnection(u"acme"_s, u"okta"_s, this, cb); });
    QCOMPARE(created.status, 201);
    QVERIFY(created.object().value(u"id"_s).toString().startsWith(u"con_"_s));

    const ApiResult duplicate = call([&](auto cb) { m_client.createConnection(u"ACME"_s, u"okta"_s, this, cb); });
    QCOMPARE(duplicate.status, 409);
    QCOMPARE(duplicate.errorCode, u"connection_conflict"_s);
    QVERIFY(!duplicate.networkFailure);
    const QString message = duplicate.describe(u"Could not create the connection: %1."_s);
    QVERIFY2(message.startsWith(u"Could not create the connection: A connection with the same name already exists"_s),
             qPrintable(message));

    const ApiResult missing = call([&](auto cb) { m_client.deleteConnection(u"con_doesnotexist00"_s, this, cb); });
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode, u"inexistent_connection"_s);

    // A wrong admin token is a 401 with a message telling the admin what to do.
    ManagementClient wrong;
    wrong.setEndpoint(m_engine.url(), u"wrong"_s);
    const ApiResult unauthorized = call([&](auto cb) { wrong.listConnections(this, cb); });
    QCOMPARE(unauthorized.status, 401);
    QVERIFY(unauthorized.describe(u"Could not load the connections: %1."_s).contains(u"Connect to engine"_s));

    // Callbacks of a destroyed context never run.
    bool ran = false;
    auto *context = new QObject;
    m_client.listConnections(context, [&](const ApiResult &) { ran = true; });
    delete context;
    QTRY_COMPARE(m_client.pendingRequests(), 0);
    QVERIFY(!ran);
}

void TestModels::clientReportsUnreachableEngine()
{
    TestEngine gone;
    QVERIFY(gone.start());
    const QUrl url = gone.url();
    gone.stop();
    ManagementClient client;
    client.setEndpoint(url, TestEngine::kAdminToken);
    QSignalSpy failures(&client, &ManagementClient::networkFailure);
    const ApiResult result = call([&](auto cb) { client.listConnections(this, cb); });
    QVERIFY(result.networkFailure);
    QCOMPARE(result.status, 0);
    QCOMPARE(failures.size(), 1);
    QVERIFY(result.describe(u"load the connections"_s).contains(u"reconnects automatically"_s));
}

void TestModels::connectionsModelLoadsCountsAndFollowsChanges()
{
    const QString withScim = m_engine.createScimConnection(u"globex-okta"_s, u"okta"_s);
    m_engine.createToken(withScim);
    m_engine.api("POST", u"/api/v2/connections"_s, {{u"name"_s, u"initech"_s}, {u"strategy"_s, u"waad"_s}});

    ConnectionsModel model(&m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&model, &ConnectionsModel::refreshed);
    QSignalSpy errors(&model, &ConnectionsModel::errorOccurred);
    // One request for the list with every connection's counts and tokens (the Overview opens with it).
    auto *network = m_client.findChild<QNetworkAccessManager *>();
    QVERIFY(network);
    QSignalSpy requests(network, &QNetworkAccessManager::finished);
    model.refresh();
    QVERIFY(model.isLoading());
    QVERIFY(refreshed.wait(10000));
    QVERIFY(!model.isLoading());
    QCOMPARE(requests.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ConnectionsModel::ColumnCount));

    const int row = model.rowForId(withScim);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ConnectionsModel::NameColumn).data().toString(), u"globex-okta"_s);
    QCOMPARE(model.index(row, ConnectionsModel::StrategyColumn).data().toString(), u"Okta Workforce"_s);
    QCOMPARE(model.index(row, ConnectionsModel::StrategyColumn).data(ModelRoles::RawValueRole).toString(), u"okta"_s);
    QCOMPARE(model.index(row, ConnectionsModel::ScimColumn).data(ModelRoles::RawValueRole).toBool(), true);
    QCOMPARE(model.index(row, ConnectionsModel::TokensColumn).data(ModelRoles::RawValueRole).toInt(), 1);
    QCOMPARE(model.index(row, ConnectionsModel::NameColumn).data(ModelRoles::IdRole).toString(), withScim);
    const int other = 1 - row;
    QCOMPARE(model.index(other, ConnectionsModel::ScimColumn).data().toString(), u"Off"_s);
    QCOMPARE(model.index(other, ConnectionsModel::TokensColumn).data(ModelRoles::RawValueRole).toInt(), 0);

    // Users column and groups: the engine's counts (what GET /api/v2/users and /groups report as totals).
    QCOMPARE(model.index(row, ConnectionsModel::UsersColumn).data(ModelRoles::RawValueRole), QVariant(0));
    QCOMPARE(model.index(row, 0).data(ConnectionsModel::GroupsCountRole), QVariant(0));
    QCOMPARE(model.index(row, 0).data(ConnectionsModel::StaleEndpointTokensRole).toJsonArray(), QJsonArray());

    // Changes made elsewhere: one deleted, one added, one renamed. Rows of surviving connections are kept.
    m_engine.api("DELETE", u"/api/v2/connections/"_s + model.index(other, 0).data(ModelRoles::IdRole).toString());
    m_engine.api("POST", u"/api/v2/connections"_s, {{u"name"_s, u"umbrella"_s}, {u"strategy"_s, u"samlp"_s}});
    m_engine.api("PATCH", u"/api/v2/connections/"_s + withScim, {{u"name"_s, u"globex"_s}});
    refreshed.clear();
    model.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(model.rowForId(withScim), 0).data().toString(), u"globex"_s);

    // Disabling SCIM revokes the tokens; refreshConnection picks that up.
    m_engine.api("DELETE", u"/api/v2/connections/%1/scim-configuration"_s.arg(withScim));
    refreshed.clear();
    model.refreshConnection(withScim);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(
        model.index(model.rowForId(withScim), ConnectionsModel::ScimColumn).data(ModelRoles::RawValueRole).toBool(),
        false);
    QCOMPARE(
        model.index(model.rowForId(withScim), ConnectionsModel::TokensColumn).data(ModelRoles::RawValueRole).toInt(),
        0);
    QVERIFY(errors.isEmpty());
}

void TestModels::connectionsModelSortsOnRawValues()
{
    const QString a = m_engine.createScimConnection(u"alpha"_s);
    const QString b = m_engine.createScimConnection(u"bravo"_s);
    m_engine.createToken(b);
    m_engine.createToken(b);
    m_engine.api("POST", u"/api/v2/connections"_s, {{u"name"_s, u"charlie"_s}, {u"strategy"_s, u"oidc"_s}});
    ConnectionsModel model(&m_client);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ModelRoles::RawValueRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&model, &ConnectionsModel::refreshed);
    model.refresh();
    QVERIFY(refreshed.wait(10000));
    proxy.sort(ConnectionsModel::TokensColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ConnectionsModel::NameColumn).data().toString(), u"bravo"_s);
    QCOMPARE(proxy.index(1, ConnectionsModel::NameColumn).data().toString(), u"alpha"_s);
    // Display text "Okta Workforce" vs "OpenID Connect" would sort the other way than the raw "okta" < "oidc".
    proxy.sort(ConnectionsModel::StrategyColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, ConnectionsModel::StrategyColumn).data(ModelRoles::RawValueRole).toString(), u"oidc"_s);
    Q_UNUSED(a)
}

void TestModels::tokensModelListsAndLimitsTokens()
{
    const QString id = m_engine.createScimConnection(u"tokens"_s);
    TokensModel model(&m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&model, &TokensModel::refreshed);
    model.setConnectionId(id);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canGenerate());

    const ApiResult first = call([&](auto cb) {
        m_client.createToken(id, {u"get:users"_s, u"post:users"_s}, 86400, this, cb);
    });
    QCOMPARE(first.status, 201);
    const QString secret = first.object().value(u"token"_s).toString();
    QVERIFY(secret.startsWith(first.object().value(u"token_id"_s).toString() + u'.'));
    const ApiResult second = call([&](auto cb) { m_client.createToken(id, {u"get:users"_s}, std::nullopt, this, cb); });
    QCOMPARE(second.status, 201);

    refreshed.clear();
    model.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.activeCount(), 2);
    QVERIFY(!model.canGenerate());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QJsonObject token = model.index(row, 0).data(ModelRoles::JsonRole).toJsonObject();
        QVERIFY(!token.contains(u"token"_s)); // the list never carries the secret
        const QString expires = model.index(row, TokensModel::ExpiresColumn).data().toString();
        if (token.value(u"token_id"_s) == first.object().value(u"token_id"_s)) {
            QVERIFY2(expires.contains(u"(in 23 hours)"_s) || expires.contains(u"(in 24 hours)"_s), qPrintable(expires));
            QCOMPARE(model.index(row, TokensModel::ScopesColumn).data().toString(), u"get:users post:users"_s);
            QCOMPARE(model.index(row, TokensModel::ScopesColumn).data(ModelRoles::RawValueRole).toStringList(),
                     QStringList({u"get:users"_s, u"post:users"_s}));
        } else {
            QCOMPARE(expires, u"never"_s);
            QVERIFY(!model.index(row, TokensModel::ExpiresColumn).data(ModelRoles::RawValueRole).isValid());
        }
        QCOMPARE(model.index(row, TokensModel::LastUsedColumn).data().toString(), u"never"_s);
    }

    const ApiResult third = call([&](auto cb) { m_client.createToken(id, {u"get:users"_s}, std::nullopt, this, cb); });
    QCOMPARE(third.status, 409);
    QCOMPARE(third.errorCode, u"too_many_tokens"_s);

    // Last used appears after the token is used against the SCIM endpoint.
    QCOMPARE(m_engine.scim("GET", id, u"/Users"_s, secret).status, 200);
    const QString firstId = first.object().value(u"token_id"_s).toString();
    const ApiResult revoked =
        call([&](auto cb) { m_client.revokeToken(id, second.object().value(u"token_id"_s).toString(), this, cb); });
    QCOMPARE(revoked.status, 204);
    refreshed.clear();
    model.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, TokensModel::IdColumn).data().toString(), firstId);
    QVERIFY(model.index(0, TokensModel::LastUsedColumn).data(ModelRoles::RawValueRole).toDateTime().isValid());
    QVERIFY(model.canGenerate());

    // Switching to a connection without SCIM empties the model without an error.
    const QString plain =
        m_engine.api("POST", u"/api/v2/connections"_s, {{u"name"_s, u"plain"_s}, {u"strategy"_s, u"oidc"_s}})
            .object()
            .value(u"id"_s)
            .toString();
    QSignalSpy errors(&model, &TokensModel::errorOccurred);
    refreshed.clear();
    model.setConnectionId(plain);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(errors.isEmpty());
}

void TestModels::tokensIssuedForAnotherEndpoint()
{
    using scim::TokenInfo;
    const QDateTime now = QDateTime::fromString(u"2026-12-04T08:00:00Z"_s, Qt::ISODate);
    const QString current = u"https://scim.example.test/scim/v2/connections/con_1"_s;
    const QString old = u"http://127.0.0.1:8443/scim/v2/connections/con_1"_s;
    const QJsonArray tokens{
        QJsonObject{{u"token_id"_s, u"tok_current"_s}, {u"scim_endpoint_url"_s, current}},
        QJsonObject{{u"token_id"_s, u"tok_old"_s}, {u"scim_endpoint_url"_s, old}},
        // Expired: provisioning with it has stopped anyway; the expiry warnings are about it.
        QJsonObject{{u"token_id"_s, u"tok_expired"_s},
                    {u"scim_endpoint_url"_s, old},
                    {u"valid_until"_s, u"2026-12-01T00:00:00.000Z"_s}},
        // From an engine that did not record it: nothing is claimed.
        QJsonObject{{u"token_id"_s, u"tok_unknown"_s}},
    };
    const QJsonArray stale = TokenInfo::issuedForOtherEndpoint(tokens, current, now);
    QCOMPARE(stale.size(), 1);
    QCOMPARE(stale.at(0).toObject().value(u"token_id"_s).toString(), u"tok_old"_s);
    QCOMPARE(TokenInfo::issuedForOtherEndpoint(tokens, old, now).size(), 1);      // tok_current, seen from the old URL
    QVERIFY(TokenInfo::issuedForOtherEndpoint(tokens, QString(), now).isEmpty()); // SCIM off: no endpoint
}

void TestModels::tokenLifetimeRules()
{
    using scim::TokenInfo;
    QVERIFY(!TokenInfo::lifetimeProblem(899).isEmpty());
    QVERIFY(TokenInfo::lifetimeProblem(899).contains(u"at least 900 seconds"_s));
    QVERIFY(TokenInfo::lifetimeProblem(900).isEmpty());
    QVERIFY(TokenInfo::lifetimeProblem(86400).isEmpty());
    QCOMPARE(TokenInfo::remainingText(30 * 86400), u"in 30 days"_s);
    QCOMPARE(TokenInfo::remainingText(3 * 3600 + 5), u"in 3 hours"_s);
    QCOMPARE(TokenInfo::remainingText(60), u"in 1 minute"_s);
    // The engine agrees on the boundary.
    const QString id = m_engine.createScimConnection(u"lifetimes"_s);
    QCOMPARE(call([&](auto cb) { m_client.createToken(id, {u"get:users"_s}, 899, this, cb); }).status, 400);
    QCOMPARE(call([&](auto cb) { m_client.createToken(id, {u"get:users"_s}, 900, this, cb); }).status, 201);
}

void TestModels::usersModelPagesAndSearches()
{
    const QString id = m_engine.createScimConnection(u"people"_s);
    const QString token = m_engine.createToken(id);
    for (int i = 0; i < 7; ++i)
        QVERIFY(!m_engine.provisionUser(id, token, u"user%1@example.com"_s.arg(i), u"Given%1"_s.arg(i), u"Family"_s)
                     .isEmpty());
    m_engine.provisionUser(id, token, u"zoe@example.com"_s, u"Zoe"_s, u"Zebra"_s);

    UsersModel model(&m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&model, &UsersModel::refreshed);
    QSignalSpy errors(&model, &UsersModel::errorOccurred);
    model.setPerPage(5);
    model.setConnectionId(id);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && !refreshed.isEmpty(), 10000);
    QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().first().toString()));
    QCOMPARE(model.total(), 8);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.pageCount(), 2);

    refreshed.clear();
    model.setPage(1);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(model.rowCount(), 3);

    refreshed.clear();
    model.setSearch(u"zoe"_s);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(model.page(), 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, UsersModel::UserNameColumn).data().toString(), u"zoe@example.com"_s);
    QCOMPARE(model.index(0, UsersModel::NameColumn).data().toString().contains(u"Zoe"_s), true);
    QCOMPARE(model.index(0, UsersModel::BlockedColumn).data(ModelRoles::RawValueRole).toBool(), false);
    const QString userId = model.index(0, UsersModel::UserIdColumn).data(ModelRoles::IdRole).toString();
    QVERIFY(!userId.isEmpty());

    const ApiResult profile = call([&](auto cb) { m_client.getUser(userId, this, cb); });
    QCOMPARE(profile.status, 200);
    QCOMPARE(profile.object().value(u"user_id"_s).toString(), userId);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
