#include "TestBackend.h"
#include "auth/TokenService.h"
#include "common/HttpRequest.h"
#include "protocol/ScimService.h"
#include "protocol/schema/SchemaRegistry.h"
#include "storage/postgres/PgConnection.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace scim;

// Token lifecycle (issue, hash-only storage, authenticate, expire, revoke, last use) and scope enforcement
// through the transport-free SCIM service, against a real SQLite file.
class TokensTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_database = TestBackend::Database(m_dir.path(), QStringLiteral("tokens-%1.sqlite").arg(++m_counter));
        m_path = m_database.location();
        m_store = TestBackend::openStore(m_path);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString &id : {QStringLiteral("con_a"), QStringLiteral("con_b")}) {
            m_store->insertConnection(Connection{id, id, QStringLiteral("okta"), now, now, {}});
            m_store->saveScimConfiguration(ScimConfiguration{id, QStringLiteral("externalId"), {}, now, now});
        }
        m_tokens = std::make_unique<TokenService>(*m_store);
    }

    void cleanup()
    {
        m_tokens.reset();
        m_store.reset();
    }

    void createdTokenHasAuth0Format()
    {
        const TokenService::Created created =
            m_tokens->create(QStringLiteral("con_a"), TokenService::allScopes(), std::nullopt);
        QVERIFY(QRegularExpression(QStringLiteral("^tok_[A-Za-z0-9]{16}$")).match(created.token.tokenId).hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^tok_[A-Za-z0-9]{16}\\.[0-9a-f]{64}$"))
                    .match(created.secret)
                    .hasMatch());
        QVERIFY(created.secret.startsWith(created.token.tokenId + QLatin1Char('.')));
        QVERIFY(!created.token.validUntil);
    }

    void onlyTheSha256OfTheSecretIsStored()
    {
        const TokenService::Created created =
            m_tokens->create(QStringLiteral("con_a"), TokenService::allScopes(), 3600);
        const QByteArray secretPart = created.secret.section(QLatin1Char('.'), 1).toLatin1();
        QByteArray everything;
        if (TestBackend::isPostgres()) {
            // Every row of every table, as text.
            PgConnection db(m_path, QStringLiteral("scim-tests"));
            db.command(QStringLiteral("SET bytea_output = 'escape'")); // printable bytes as they are
            const PgResult tables = db.exec("SELECT tablename::text FROM pg_tables WHERE schemaname = 'public'");
            for (int row = 0; row < tables.rows(); ++row)
                everything += db.execDynamic(QStringLiteral("SELECT coalesce(string_agg(t::text, ','), '') FROM ") +
                                             tables.text(row, 0) + QStringLiteral(" t"))
                                  .bytes(0, 0);
            QVERIFY(everything.contains(created.token.tokenId.toLatin1())); // the dump does hold the tokens
        } else {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            everything = file.readAll();
            QFile wal(m_path + QStringLiteral("-wal"));
            if (wal.open(QIODevice::ReadOnly))
                everything += wal.readAll();
        }
        QVERIFY(!everything.contains(secretPart));
        const std::optional<ScimToken> stored = m_store->token(created.token.tokenId);
        QVERIFY(stored);
        QCOMPARE(stored->secretHash, TokenService::hashSecret(created.secret.toLatin1()));
        QCOMPARE(stored->secretHash.size(), 32);
    }

    void authenticateAcceptsOnlyTheRightSecretForTheRightConnection()
    {
        const TokenService::Created created =
            m_tokens->create(QStringLiteral("con_a"), TokenService::allScopes(), std::nullopt);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray header = "Bearer " + created.secret.toLatin1();
        QVERIFY(m_tokens->authenticate(QStringLiteral("con_a"), header, now).ok());
        QVERIFY(m_tokens->authenticate(QStringLiteral("con_a"), "bearer " + created.secret.toLatin1(), now).ok());
        QCOMPARE(m_tokens->authenticate(QStringLiteral("con_b"), header, now).outcome,
                 TokenService::Authentication::Outcome::Unknown);
        QCOMPARE(m_tokens->authenticate(QStringLiteral("con_a"), QByteArray(), now).outcome,
                 TokenService::Authentication::Outcome::Missing);
        QCOMPARE(m_tokens->authenticate(QStringLiteral("con_a"), "Basic abc", now).outcome,
                 TokenService::Authentication::Outcome::Malformed);
        QByteArray tampered = header;
        tampered[tampered.size() - 1] = tampered.endsWith('0') ? '1' : '0';
        QCOMPARE(m_tokens->authenticate(QStringLiteral("con_a"), tampered, now).outcome,
                 TokenService::Authentication::Outcome::Unknown);
        QCOMPARE(m_tokens->authenticate(QStringLiteral("con_a"), "Bearer tok_doesnotexist000.abcd", now).outcome,
                 TokenService::Authentication::Outcome::Unknown);
    }

    void tokenExpiresAtValidUntil()
    {
        const TokenService::Created created = m_tokens->create(QStringLiteral("con_a"), TokenService::allScopes(), 900);
        QVERIFY(created.token.validUntil);
        QCOMPARE(created.token.createdAt.secsTo(*created.token.validUntil), 900);
        const QByteArray header = "Bearer " + created.secret.toLatin1();
        QVERIFY(m_tokens->authenticate(QStringLiteral("con_a"), header, created.token.createdAt.addSecs(899)).ok());
        QCOMPARE(m_tokens->authenticate(QStringLiteral("con_a"), header, created.token.createdAt.addSecs(900)).outcome,
                 TokenService::Authentication::Outcome::Expired);
        QCOMPARE(m_tokens->activeCount(QStringLiteral("con_a"), created.token.createdAt.addSecs(901)), 0);
        QCOMPARE(m_tokens->activeCount(QStringLiteral("con_a"), created.token.createdAt), 1);
    }

    void revokedTokenIsRejectedImmediately()
    {
        const TokenService::Created created =
            m_tokens->create(QStringLiteral("con_a"), TokenService::allScopes(), std::nullopt);
        const QByteArray header = "Bearer " + created.secret.toLatin1();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(m_tokens->authenticate(QStringLiteral("con_a"), header, now).ok()); // now cached
        QVERIFY(m_tokens->remove(QStringLiteral("con_a"), created.token.tokenId));
        QCOMPARE(m_tokens->authenticate(QStringLiteral("con_a"), header, now).outcome,
                 TokenService::Authentication::Outcome::Unknown);
        QVERIFY(!m_tokens->remove(QStringLiteral("con_a"), created.token.tokenId));
    }

    void lastUsedAppearsAfterFirstUseAndPersists()
    {
        const TokenService::Created created =
            m_tokens->create(QStringLiteral("con_a"), TokenService::allScopes(), std::nullopt);
        QVERIFY(!m_tokens->list(QStringLiteral("con_a")).constFirst().lastUsedAt);
        const QDateTime used = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
        QVERIFY(m_tokens->authenticate(QStringLiteral("con_a"), "Bearer " + created.secret.toLatin1(), used).ok());
        QCOMPARE(m_tokens->list(QStringLiteral("con_a")).constFirst().lastUsedAt, std::optional<QDateTime>(used));
        // Written on first use, so a restart keeps it.
        m_tokens.reset();
        TokenService fresh(*m_store);
        QCOMPARE(fresh.list(QStringLiteral("con_a")).constFirst().lastUsedAt, std::optional<QDateTime>(used));
    }

    void laterUsesAreFlushedOnShutdown()
    {
        const TokenService::Created created =
            m_tokens->create(QStringLiteral("con_a"), TokenService::allScopes(), std::nullopt);
        const QDateTime first = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
        const QByteArray header = "Bearer " + created.secret.toLatin1();
        QVERIFY(m_tokens->authenticate(QStringLiteral("con_a"), header, first).ok());
        const QDateTime second = first.addSecs(5);
        QVERIFY(m_tokens->authenticate(QStringLiteral("con_a"), header, second).ok());
        QCOMPARE(*m_store->token(created.token.tokenId)->lastUsedAt, first); // throttled
        m_tokens.reset();                                                    // flushes
        QCOMPARE(*m_store->token(created.token.tokenId)->lastUsedAt, second);
    }

    void scopesAreEnforcedPerMethod_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("requiredScope");
        QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/Users") << QStringLiteral("get:users");
        QTest::newRow("get") << QByteArray("GET") << QStringLiteral("/Users/x") << QStringLiteral("get:users");
        QTest::newRow("search") << QByteArray("POST") << QStringLiteral("/Users/.search")
                                << QStringLiteral("get:users");
        QTest::newRow("root search") << QByteArray("POST") << QStringLiteral("/.search") << QStringLiteral("get:users");
        QTest::newRow("create") << QByteArray("POST") << QStringLiteral("/Users") << QStringLiteral("post:users");
        QTest::newRow("replace") << QByteArray("PUT") << QStringLiteral("/Users/x") << QStringLiteral("put:users");
        QTest::newRow("patch") << QByteArray("PATCH") << QStringLiteral("/Users/x") << QStringLiteral("patch:users");
        QTest::newRow("delete") << QByteArray("DELETE") << QStringLiteral("/Users/x") << QStringLiteral("delete:users");
    }

    void scopesAreEnforcedPerMethod()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, requiredScope);
        ScimService service(*m_store, *m_tokens, SchemaRegistry::standard());

        QStringList withoutScope = TokenService::allScopes();
        withoutScope.removeAll(requiredScope);
        if (path == QLatin1String("/.search"))
            withoutScope.removeAll(QStringLiteral("get:groups")); // root search reads whatever the token may read
        const TokenService::Created lacking = m_tokens->create(QStringLiteral("con_a"), withoutScope, std::nullopt);
        const TokenService::Created having = m_tokens->create(QStringLiteral("con_a"), {requiredScope}, std::nullopt);

        HttpRequest request;
        request.method = method;
        request.path = path;
        request.headers = {{"content-type", "application/scim+json"}};
        request.body = "{}";

        request.headers.append({"authorization", "Bearer " + lacking.secret.toLatin1()});
        const HttpResponse denied = service.handle(request, QStringLiteral("con_a"), path);
        QCOMPARE(denied.status, 403);
        const QJsonObject error = QJsonDocument::fromJson(denied.body).object();
        QCOMPARE(error.value(QStringLiteral("status")).toString(), QStringLiteral("403"));
        QVERIFY(error.value(QStringLiteral("detail")).toString().contains(requiredScope));

        request.headers.removeLast();
        request.headers.append({"authorization", "Bearer " + having.secret.toLatin1()});
        const HttpResponse allowed = service.handle(request, QStringLiteral("con_a"), path);
        QVERIFY2(allowed.status != 403 && allowed.status != 401, allowed.body.constData());
    }

    void missingOrForeignTokenIs401WithScimError()
    {
        ScimService service(*m_store, *m_tokens, SchemaRegistry::standard());
        const TokenService::Created other =
            m_tokens->create(QStringLiteral("con_b"), TokenService::allScopes(), std::nullopt);
        HttpRequest request;
        request.method = "GET";
        request.path = QStringLiteral("/Users");
        HttpResponse response = service.handle(request, QStringLiteral("con_a"), QStringLiteral("/Users"));
        QCOMPARE(response.status, 401);
        QCOMPARE(response.header("Content-Type"), QByteArrayLiteral("application/scim+json"));
        QCOMPARE(QJsonDocument::fromJson(response.body).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("401"));
        request.headers = {{"authorization", "Bearer " + other.secret.toLatin1()}};
        response = service.handle(request, QStringLiteral("con_a"), QStringLiteral("/Users"));
        QCOMPARE(response.status, 401);
    }

private:
    QTemporaryDir m_dir;
    TestBackend::Database m_database;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TokenService> m_tokens;
};

QTEST_GUILESS_MAIN(TokensTest)
#include "tst_tokens.moc"
