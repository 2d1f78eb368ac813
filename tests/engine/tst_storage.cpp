#include "TestBackend.h"
#include "common/JsonCbor.h"
#include "server/Backends.h"
#include "storage/StoreError.h"
#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PostgresSchema.h"
#include "storage/postgres/PostgresStore.h"
#include "storage/sqlite/SqliteRowIds.h"
#include "storage/sqlite/SqliteStore.h"

#include <QCborValue>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <thread>

using namespace scim;

namespace {

Connection makeConnection(const QString &id, const QString &name)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    return Connection{id, name, QStringLiteral("okta"), now, now, {}};
}

StoredResource makeUser(const QString &connectionId, const QString &id, const QString &userName)
{
    StoredResource resource;
    resource.connectionId = connectionId;
    resource.resourceType = QStringLiteral("User");
    resource.id = id;
    resource.uniqueKey = userName;
    resource.externalId = QStringLiteral("ext-") + id;
    resource.data = QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("userName"), userName}};
    return resource;
}

} // namespace

class StorageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_database = TestBackend::Database(m_dir.path(), QStringLiteral("store-%1.sqlite").arg(++m_counter));
        m_location = m_database.location();
        QVERIFY(!m_location.isEmpty());
    }

    void opensInWalModeAndAppliesAllMigrations()
    {
        if (TestBackend::isPostgres())
            QSKIP("SQLite file format and schema history; see the PostgreSQL counterparts");
        {
            SqliteStore store(m_location);
            QCOMPARE(store.schemaVersion(), 10);
        }
        // SQLite file header bytes 18 and 19 are the read/write format versions: 2 means WAL.
        QFile file(m_location);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(100);
        QCOMPARE(int(header.at(18)), 2);
        QCOMPARE(int(header.at(19)), 2);
    }

    void secondStoreOnTheSameFileFailsClearly()
    {
        if (TestBackend::isPostgres())
            QSKIP("SQLite file format and schema history; see the PostgreSQL counterparts");
        SqliteStore first(m_location);
        bool threw = false;
        try {
            SqliteStore second(m_location);
        } catch (const StoreError &error) {
            threw = true;
            QVERIFY2(error.message().contains(QLatin1String("locked")), qPrintable(error.message()));
        }
        QVERIFY(threw);
        // The first store keeps working.
        first.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("a")));
        QCOMPARE(first.connections().size(), 1);
    }

    void reopeningDoesNotReapplyMigrations()
    {
        {
            const auto storeOwner = TestBackend::openStore(m_location);
            Store &store = *storeOwner;
            store.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("a")));
        }
        const auto againOwner = TestBackend::openStore(m_location);
        Store &again = *againOwner;
        QCOMPARE(again.schemaVersion(), TestBackend::isPostgres() ? PostgresSchema::latestVersion() : 10);
        QCOMPARE(again.connections().size(), 1);
    }

    void upgradesADatabaseOfTheFirstSchemaVersionKeepingItsData()
    {
        if (TestBackend::isPostgres())
            QSKIP("SQLite file format and schema history; see the PostgreSQL counterparts");
        {
            SqliteStore store(m_location);
            store.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("acme")));
            store.saveScimConfiguration(ScimConfiguration{QStringLiteral("con_a"),
                                                          QStringLiteral("userName"),
                                                          {},
                                                          QDateTime::currentDateTimeUtc(),
                                                          QDateTime::currentDateTimeUtc()});
            store.insertResource(makeUser(QStringLiteral("con_a"), QStringLiteral("u1"), QStringLiteral("erin")));
        }
        // Turn the file back into what version 1 of the schema left behind.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(m_location);
            QVERIFY(db.open());
            QSqlQuery query(db);
            // Versions 6 and 7 first (paging's index and per-block counts, the profile-version index, which names a
            // column dropped below).
            for (const char *statement :
                 {"DROP TRIGGER resources_counted", "DROP TRIGGER resources_uncounted", "DROP TABLE resource_counts",
                  "DROP INDEX resources_by_type", "DROP INDEX resources_by_profile_version"})
                QVERIFY(query.exec(QLatin1String(statement)));
            for (const char *column : {"profile", "profile_version", "search_text"})
                QVERIFY(query.exec(QStringLiteral("ALTER TABLE resources DROP COLUMN ") + QLatin1String(column)));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE scim_configurations DROP COLUMN profile_version")));
            QVERIFY(query.exec(QStringLiteral("DROP TABLE group_members")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE connections DROP COLUMN options")));
            QVERIFY(query.exec(QStringLiteral("DROP TABLE unique_values")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE scim_configurations DROP COLUMN custom_schemas")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE connections DROP COLUMN display_name")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE scim_tokens DROP COLUMN scim_endpoint_url")));
            QVERIFY(query.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version >= 2")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));

        SqliteStore store(m_location);
        QCOMPARE(store.schemaVersion(), 10);
        QCOMPARE(store.countResources(QStringLiteral("con_a"), QStringLiteral("User")), 1);
        QCOMPARE(store.scimConfiguration(QStringLiteral("con_a"))->profileVersion, 1);
        QCOMPARE(store.countProfiles(QString(), QString()), 0);
        QCOMPARE(store.connection(QStringLiteral("con_a"))->name, QStringLiteral("acme"));
        QVERIFY(store.connection(QStringLiteral("con_a"))->options.isEmpty());              // v5 adds options, empty
        QVERIFY(store.scimConfiguration(QStringLiteral("con_a"))->customSchemas.isEmpty()); // v8: none declared
        QVERIFY(store.connection(QStringLiteral("con_a"))->displayName.isEmpty());          // v9 a display name, none
        QVERIFY(store.tokens(QStringLiteral("con_a")).isEmpty());                           // v10 the tokens' endpoint
        const QList<StoredResource> stale = store.usersNeedingProfile(QStringLiteral("con_a"), 1, 0, 10);
        QCOMPARE(stale.size(), 1);
        QCOMPARE(stale.constFirst().id, QStringLiteral("u1"));
    }

    void upgradeFromVersionThreeMovesProfilesIntoTheirUsersRows()
    {
        if (TestBackend::isPostgres())
            QSKIP("SQLite file format and schema history; see the PostgreSQL counterparts");
        {
            SqliteStore store(m_location);
            store.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("acme")));
            store.insertResource(makeUser(QStringLiteral("con_a"), QStringLiteral("u1"), QStringLiteral("erin")));
            store.insertResource(makeUser(QStringLiteral("con_a"), QStringLiteral("u2"), QStringLiteral("finn")));
        }
        // Turn the file back into what version 3 left behind: profiles in their own table (u2 has none yet).
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(m_location);
            QVERIFY(db.open());
            QSqlQuery query(db);
            // Versions 6 and 7 first (paging's index and per-block counts, the profile-version index, which names a
            // column dropped below).
            for (const char *statement :
                 {"DROP TRIGGER resources_counted", "DROP TRIGGER resources_uncounted", "DROP TABLE resource_counts",
                  "DROP INDEX resources_by_type", "DROP INDEX resources_by_profile_version"})
                QVERIFY(query.exec(QLatin1String(statement)));
            for (const char *column : {"profile", "profile_version", "search_text"})
                QVERIFY(query.exec(QStringLiteral("ALTER TABLE resources DROP COLUMN ") + QLatin1String(column)));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE profiles ("
                                              " user_id TEXT PRIMARY KEY REFERENCES resources(id) ON DELETE CASCADE,"
                                              " connection_id TEXT NOT NULL, data TEXT NOT NULL,"
                                              " profile_version INTEGER NOT NULL, search_text TEXT NOT NULL)")));
            QVERIFY(query.prepare(QStringLiteral("INSERT INTO profiles VALUES ('u1', 'con_a', ?, 7, ?)")));
            query.addBindValue(
                QCborValue::fromJsonValue(QJsonObject{{QStringLiteral("user_id"), QStringLiteral("u1")},
                                                      {QStringLiteral("email"), QStringLiteral("erin@example.com")}})
                    .toCbor());
            query.addBindValue(QStringLiteral("u1\nerin@example.com"));
            QVERIFY(query.exec());
            // Before version 4 resource data was JSON text.
            QVERIFY(query.exec(QStringLiteral("UPDATE resources SET data = '{\"id\":\"u2\",\"userName\":\"finn\"}'"
                                              " WHERE id = 'u2'")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE connections DROP COLUMN options")));
            QVERIFY(query.exec(QStringLiteral("DROP TABLE unique_values")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE scim_configurations DROP COLUMN custom_schemas")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE connections DROP COLUMN display_name")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE scim_tokens DROP COLUMN scim_endpoint_url")));
            QVERIFY(query.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version >= 4")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));

        SqliteStore store(m_location);
        QCOMPARE(store.schemaVersion(), 10);
        const std::optional<UserProfile> moved = store.profile(QStringLiteral("u1"));
        QVERIFY(moved);
        QCOMPARE(moved->connectionId, QStringLiteral("con_a"));
        QCOMPARE(moved->profileVersion, qint64(7));
        QCOMPARE(moved->data.value(QStringLiteral("email")).toString(), QStringLiteral("erin@example.com"));
        QCOMPARE(store.countProfiles(QString(), QStringLiteral("ERIN@")), 1);
        QCOMPARE(store.countProfilesAtVersion(QStringLiteral("con_a"), 7), 1);
        QVERIFY(!store.profile(QStringLiteral("u2")));
        const QList<StoredResource> stale = store.usersNeedingProfile(QStringLiteral("con_a"), 7, 0, 10);
        QCOMPARE(stale.size(), 1);
        QCOMPARE(stale.constFirst().id, QStringLiteral("u2"));
        QCOMPARE(stale.constFirst().data.value(QStringLiteral("userName")).toString(), QStringLiteral("finn"));
    }

    void resourceDataRoundTripsExactly()
    {
        // Stored as CBOR, read back after a restart (not from the cache): every JSON shape survives unchanged.
        StoredResource user = makeUser(QStringLiteral("con_a"), QStringLiteral("u1"), QStringLiteral("ilse"));
        user.data.insert(QStringLiteral("displayName"), QStringLiteral("Ilse Çelik – 日本 🙂"));
        // JSON escapes an unpaired surrogate, CBOR cannot carry it: that resource is kept as JSON text.
        StoredResource odd = makeUser(QStringLiteral("con_a"), QStringLiteral("u2"), QStringLiteral("odd"));
        const QChar lone[] = {QChar(0xdc00)};
        odd.data.insert(QStringLiteral("nickName"), QString(lone, 1));
        user.data.insert(QStringLiteral("numbers"), QJsonArray{0, -1, 23, 24, 255, 256, 65536, qint64(1) << 40,
                                                               -(qint64(1) << 53), 1.5, -0.25, 1e300});
        user.data.insert(QStringLiteral("flags"), QJsonArray{true, false, QJsonValue::Null});
        user.data.insert(QStringLiteral("nested"),
                         QJsonObject{{QStringLiteral("empty"), QJsonObject{}},
                                     {QStringLiteral("list"), QJsonArray{QJsonObject{{QStringLiteral("k"), 1}}}},
                                     {QStringLiteral("long"), QString(300, QLatin1Char('x'))}});
        {
            const auto storeOwner = TestBackend::openStore(m_location);
            Store &store = *storeOwner;
            store.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("a")));
            store.insertResource(user);
            store.insertResource(odd);
        }
        const auto storeOwner = TestBackend::openStore(m_location);
        Store &store = *storeOwner;
        QCOMPARE(store.resource(QStringLiteral("con_a"), QStringLiteral("User"), QStringLiteral("u1"))->data,
                 user.data);
        QCOMPARE(store.allResources(QStringLiteral("con_a"), QStringLiteral("User")).constFirst().data, user.data);
        QCOMPARE(store.resource(QStringLiteral("con_a"), QStringLiteral("User"), QStringLiteral("u2"))->data, odd.data);
    }

    void resourceAndProfileAreWrittenTogether()
    {
        const auto storeOwner = TestBackend::openStore(m_location);
        Store &store = *storeOwner;
        store.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("a")));
        StoredResource user = makeUser(QStringLiteral("con_a"), QStringLiteral("u1"), QStringLiteral("hana"));
        const UserProfile first{QStringLiteral("u1"), QStringLiteral("con_a"),
                                QJsonObject{{QStringLiteral("email"), QStringLiteral("hana@example.com")}}, 1,
                                QStringLiteral("u1\nhana@example.com")};
        store.insertResource(user, &first);
        QCOMPARE(store.profile(QStringLiteral("u1"))->data, first.data);

        // A conflicting insert writes neither the resource nor its profile.
        StoredResource clash = makeUser(QStringLiteral("con_a"), QStringLiteral("u2"), QStringLiteral("HANA"));
        const UserProfile clashProfile{QStringLiteral("u2"), QStringLiteral("con_a"), QJsonObject{}, 1, QString()};
        QVERIFY_THROWS_EXCEPTION(StoreError, store.insertResource(clash, &clashProfile));
        QVERIFY(!store.profile(QStringLiteral("u2")));
        QCOMPARE(store.countProfiles(QString(), QString()), 1);

        // An update with a profile replaces it; one without leaves it alone.
        user.version = 2;
        const UserProfile second{QStringLiteral("u1"), QStringLiteral("con_a"),
                                 QJsonObject{{QStringLiteral("email"), QStringLiteral("h@example.com")}}, 2,
                                 QStringLiteral("u1\nh@example.com")};
        QVERIFY(store.updateResource(user, true, &second));
        QCOMPARE(store.profile(QStringLiteral("u1"))->data, second.data);
        QCOMPARE(store.profile(QStringLiteral("u1"))->profileVersion, qint64(2));
        user.version = 3;
        QVERIFY(store.updateResource(user, true));
        QCOMPARE(store.profile(QStringLiteral("u1"))->data, second.data);
        QCOMPARE(store.resource(QStringLiteral("con_a"), QStringLiteral("User"), QStringLiteral("u1"))->version, 3);
    }

    void profilesAreSearchableAndFollowTheirUser()
    {
        const auto storeOwner = TestBackend::openStore(m_location);
        Store &store = *storeOwner;
        store.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("a")));
        store.insertConnection(makeConnection(QStringLiteral("con_b"), QStringLiteral("b")));
        store.insertResource(makeUser(QStringLiteral("con_a"), QStringLiteral("u1"), QStringLiteral("frank")));
        store.insertResource(makeUser(QStringLiteral("con_b"), QStringLiteral("u2"), QStringLiteral("grace")));
        store.saveProfile(UserProfile{QStringLiteral("u1"), QStringLiteral("con_a"),
                                      QJsonObject{{QStringLiteral("user_id"), QStringLiteral("u1")}}, 1,
                                      QStringLiteral("u1\nfrank_100%@example.com")});
        store.saveProfile(UserProfile{QStringLiteral("u2"), QStringLiteral("con_b"),
                                      QJsonObject{{QStringLiteral("user_id"), QStringLiteral("u2")}}, 1,
                                      QStringLiteral("u2\ngrace@example.com")});
        QCOMPARE(store.countProfiles(QString(), QString()), 2);
        QCOMPARE(store.countProfiles(QStringLiteral("con_a"), QString()), 1);
        QCOMPARE(store.countProfiles(QString(), QStringLiteral("EXAMPLE.com")), 2);
        QCOMPARE(store.countProfiles(QString(), QStringLiteral("100%")), 1); // % is literal, not a wildcard
        QCOMPARE(store.countProfiles(QString(), QStringLiteral("k_1")), 1);  // so is _
        QCOMPARE(store.countProfiles(QString(), QStringLiteral("grace_")), 0);
        QCOMPARE(store.profiles(QString(), QString(), 1, 10).constFirst().userId, QStringLiteral("u2"));
        QCOMPARE(store.countProfilesAtVersion(QStringLiteral("con_a"), 1), 1);
        QVERIFY(store.usersNeedingProfile(QStringLiteral("con_a"), 1, 0, 10).isEmpty());
        QCOMPARE(store.usersNeedingProfile(QStringLiteral("con_a"), 2, 0, 10).size(), 1);
        QVERIFY(store.usersNeedingProfile(QStringLiteral("con_a"), 2, 1000000, 10).isEmpty());

        QVERIFY(store.deleteResource(QStringLiteral("con_b"), QStringLiteral("User"), QStringLiteral("u2")));
        QVERIFY(!store.profile(QStringLiteral("u2")));
        QVERIFY(store.deleteConnection(QStringLiteral("con_a")));
        QCOMPARE(store.countProfiles(QString(), QString()), 0);
    }

    void dataSurvivesRestart()
    {
        {
            const auto storeOwner = TestBackend::openStore(m_location);
            Store &store = *storeOwner;
            store.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("acme")));
            store.saveScimConfiguration(
                ScimConfiguration{QStringLiteral("con_a"), QStringLiteral("externalId"),
                                  QJsonArray{QJsonObject{{QStringLiteral("scim"), QStringLiteral("userName")},
                                                         {QStringLiteral("auth0"), QStringLiteral("username")}}},
                                  QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc()});
            StoredResource user = makeUser(QStringLiteral("con_a"), QStringLiteral("u1"), QStringLiteral("Alice"));
            user.passwordHash = QByteArrayLiteral("hash");
            store.insertResource(user);
        }
        const auto storeOwner = TestBackend::openStore(m_location);
        Store &store = *storeOwner;
        const std::optional<Connection> connection = store.connection(QStringLiteral("con_a"));
        QVERIFY(connection);
        QCOMPARE(connection->name, QStringLiteral("acme"));
        const std::optional<ScimConfiguration> config = store.scimConfiguration(QStringLiteral("con_a"));
        QVERIFY(config);
        QCOMPARE(config->mapping.size(), 1);
        const std::optional<StoredResource> user =
            store.resource(QStringLiteral("con_a"), QStringLiteral("User"), QStringLiteral("u1"));
        QVERIFY(user);
        QCOMPARE(user->data.value(QStringLiteral("userName")).toString(), QStringLiteral("Alice"));
        QCOMPARE(user->passwordHash, QByteArrayLiteral("hash"));
    }

    void userNameIsUniqueCaseInsensitivelyPerConnection()
    {
        const auto storeOwner = TestBackend::openStore(m_location);
        Store &store = *storeOwner;
        store.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("a")));
        store.insertConnection(makeConnection(QStringLiteral("con_b"), QStringLiteral("b")));
        store.insertResource(
            makeUser(QStringLiteral("con_a"), QStringLiteral("u1"), QStringLiteral("Alice@Example.com")));
        bool conflict = false;
        try {
            store.insertResource(
                makeUser(QStringLiteral("con_a"), QStringLiteral("u2"), QStringLiteral("alice@example.COM")));
        } catch (const StoreError &error) {
            conflict = error.kind() == StoreError::Kind::Conflict;
        }
        QVERIFY(conflict);
        // The same userName in another connection is fine.
        store.insertResource(
            makeUser(QStringLiteral("con_b"), QStringLiteral("u3"), QStringLiteral("alice@example.com")));
        QCOMPARE(store.countResources(QStringLiteral("con_a"), QStringLiteral("User")), 1);
        QCOMPARE(store.countResources(QStringLiteral("con_b"), QStringLiteral("User")), 1);
    }

    void lookupByUserNameIgnoresCaseButExternalIdDoesNot()
    {
        const auto storeOwner = TestBackend::openStore(m_location);
        Store &store = *storeOwner;
        store.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("a")));
        store.insertResource(makeUser(QStringLiteral("con_a"), QStringLiteral("u1"), QStringLiteral("Bob")));
        QCOMPARE(store
                     .resourcesByAttribute(QStringLiteral("con_a"), QStringLiteral("User"), IndexedAttribute::UserName,
                                           QStringLiteral("BOB"))
                     .size(),
                 1);
        QCOMPARE(store
                     .resourcesByAttribute(QStringLiteral("con_a"), QStringLiteral("User"),
                                           IndexedAttribute::ExternalId, QStringLiteral("ext-u1"))
                     .size(),
                 1);
        QCOMPARE(store
                     .resourcesByAttribute(QStringLiteral("con_a"), QStringLiteral("User"),
                                           IndexedAttribute::ExternalId, QStringLiteral("EXT-U1"))
                     .size(),
                 0);
    }

    // What a batch's GETs read (Store::readAhead: by id and by userName, in one round trip on PostgreSQL) is served
    // only until the store's next statement: reads after a write see the write. A key that matches nothing, the
    // same key twice and values with quotes and backslashes change nothing.
    void readAheadServesReadsUntilTheNextStatement()
    {
        const auto storeOwner = TestBackend::openStore(m_location);
        Store &store = *storeOwner;
        const QString con = QStringLiteral("con_a");
        const QString user = QStringLiteral("User");
        store.insertConnection(makeConnection(con, QStringLiteral("a")));
        StoredResource alice = makeUser(con, QStringLiteral("u1"), QStringLiteral("Alice"));
        store.insertResource(alice);
        store.insertResource(makeUser(con, QStringLiteral("u\\\"2"), QStringLiteral("b\"o\\b")));
        const auto byId = [&](const QString &id) -> std::optional<QJsonObject> {
            QByteArray cbor;
            const std::optional<StoredResource> found = store.resourceForRead(con, user, id, cbor);
            if (!found)
                return std::nullopt;
            return cbor.isEmpty() ? found->data : JsonCbor::decode(cbor);
        };
        const auto byName = [&](const QString &name) {
            QList<QByteArray> cbor;
            const QList<StoredResource> found =
                store.resourcesByAttributeForRead(con, user, IndexedAttribute::UserName, name, cbor);
            QStringList names;
            for (qsizetype i = 0; i < found.size(); ++i)
                names.append((cbor.at(i).isEmpty() ? found.at(i).data : JsonCbor::decode(cbor.at(i)))
                                 .value(QStringLiteral("userName"))
                                 .toString());
            return names;
        };
        const auto key = [&](ReadAheadKey::Kind kind, const QString &value) {
            return ReadAheadKey{kind, con, user, value};
        };
        const auto readAhead = [&] {
            store.readAhead({key(ReadAheadKey::Kind::Id, QStringLiteral("u1")),
                             key(ReadAheadKey::Kind::Id, QStringLiteral("u1")),
                             key(ReadAheadKey::Kind::Id, QStringLiteral("u\\\"2")),
                             key(ReadAheadKey::Kind::Id, QStringLiteral("missing")),
                             key(ReadAheadKey::Kind::UserName, QStringLiteral("ALICE")),
                             key(ReadAheadKey::Kind::UserName, QStringLiteral("B\"O\\B")),
                             key(ReadAheadKey::Kind::UserName, QStringLiteral("nobody"))});
        };
        readAhead();
        auto *postgres = dynamic_cast<PostgresStore *>(&store);
        const quint64 statements = postgres ? postgres->pg().statements() : 0;
        QCOMPARE(byId(QStringLiteral("u1"))->value(QStringLiteral("userName")).toString(), QStringLiteral("Alice"));
        QCOMPARE(byId(QStringLiteral("u\\\"2"))->value(QStringLiteral("userName")).toString(),
                 QStringLiteral("b\"o\\b"));
        QVERIFY(!byId(QStringLiteral("missing")));
        QCOMPARE(byName(QStringLiteral("alice")), QStringList{QStringLiteral("Alice")});
        QCOMPARE(byName(QStringLiteral("b\"O\\b")), QStringList{QStringLiteral("b\"o\\b")});
        QCOMPARE(byName(QStringLiteral("nobody")), QStringList());
        if (postgres) // all of it from the read-ahead: not one statement
            QCOMPARE(postgres->pg().statements(), statements);

        // A write after the read-ahead: the reads see it, not what was read ahead.
        alice.version = 2;
        alice.uniqueKey = QStringLiteral("Alicia");
        alice.data = QJsonObject{{QStringLiteral("id"), alice.id}, {QStringLiteral("userName"), alice.uniqueKey}};
        readAhead();
        QVERIFY(store.updateResource(alice, true));
        QCOMPARE(byId(QStringLiteral("u1"))->value(QStringLiteral("userName")).toString(), QStringLiteral("Alicia"));
        QCOMPARE(byName(QStringLiteral("alice")), QStringList());
        QCOMPARE(byName(QStringLiteral("ALICIA")), QStringList{QStringLiteral("Alicia")});
        readAhead();
        QVERIFY(store.deleteResource(con, user, QStringLiteral("u1")));
        QVERIFY(!byId(QStringLiteral("u1")));
        QCOMPARE(byName(QStringLiteral("alicia")), QStringList());
        // A read-ahead with nothing to read forgets the last one.
        readAhead();
        store.readAhead({});
        const quint64 afterEmpty = postgres ? postgres->pg().statements() : 0;
        QCOMPARE(byName(QStringLiteral("b\"O\\B")), QStringList{QStringLiteral("b\"o\\b")});
        if (postgres)
            QCOMPARE(postgres->pg().statements(), afterEmpty + 1);
    }

    void groupsOfFollowsTheFirstAndLastMemberships()
    {
        const QString con = QStringLiteral("con_a");
        const QString u1 = QStringLiteral("u1");
        const QString u2 = QStringLiteral("u2");
        StoredResource group = makeUser(con, QStringLiteral("g1"), QStringLiteral("Engineers"));
        group.resourceType = QStringLiteral("Group");
        const auto groupIds = [](const QList<Membership> &memberships) {
            QStringList ids;
            for (const Membership &membership : memberships)
                ids.append(membership.groupId);
            return ids;
        };
        {
            const auto storeOwner = TestBackend::openStore(m_location);
            storeOwner->insertConnection(makeConnection(con, QStringLiteral("a")));
            storeOwner->insertResource(makeUser(con, u1, QStringLiteral("one")));
            storeOwner->insertResource(makeUser(con, u2, QStringLiteral("two")));
            storeOwner->insertResource(group);
        }
        {
            // A store that has not written these users knows nothing about their groups yet.
            const auto storeOwner = TestBackend::openStore(m_location);
            Store &store = *storeOwner;
            // Read while no membership exists anywhere, then the first one: the reads before must not hide it.
            QCOMPARE(groupIds(store.groupsOf(u1)), QStringList());
            QCOMPARE(groupIds(store.groupsOf(u2)), QStringList());
            QVERIFY(store.addMember(con, Membership{group.id, u1, QString()}));
            QCOMPARE(groupIds(store.groupsOf(u1)), QStringList{group.id});
            QCOMPARE(groupIds(store.groupsOf(u2)), QStringList());
            // A membership written in a transaction that is rolled back never shows.
            QVERIFY_THROWS_EXCEPTION(StoreError, store.transaction([&] {
                store.addMember(con, Membership{group.id, u2, QString()});
                QCOMPARE(groupIds(store.groupsOf(u2)), QStringList{group.id});
                store.addMember(con, Membership{QStringLiteral("no-such-group"), u2, QString()});
            }));
            QCOMPARE(groupIds(store.groupsOf(u2)), QStringList());
            QVERIFY(store.removeMember(group.id, u1));
            QCOMPARE(groupIds(store.groupsOf(u1)), QStringList());
            QVERIFY(store.addMember(con, Membership{group.id, u2, QString()}));
        }
        // A store opened on a database that has memberships reads them from the start.
        const auto storeOwner = TestBackend::openStore(m_location);
        QCOMPARE(groupIds(storeOwner->groupsOf(u1)), QStringList());
        QCOMPARE(groupIds(storeOwner->groupsOf(u2)), QStringList{group.id});
    }

    void sqliteBatchReadsShareOneSnapshotUntilTheBatchWrites()
    {
        if (TestBackend::isPostgres())
            QSKIP("SQLite's transactions; PostgreSQL batches are covered by postgresRollsBackAFailedBatch…");
        SqliteStore store(m_location);
        store.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("a")));
        // Another connection to the file (no other program writes it in production: the lock file; this one
        // bypasses it to see which snapshot the store reads).
        const QString otherName = QStringLiteral("other-writer-%1").arg(m_counter);
        int connectionsSeen = 0;
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), otherName);
            other.setDatabaseName(m_location);
            QVERIFY(other.open());
            const auto insertConnection = [&](const QString &id) {
                QSqlQuery insert(other);
                QVERIFY(
                    insert.prepare(QStringLiteral("INSERT INTO connections (id, name, name_key, strategy, created_at, "
                                                  "updated_at, options) VALUES (?, ?, ?, 'okta',"
                                                  " '2026-12-04T00:00:00.000Z', '2026-12-04T00:00:00.000Z', '{}')")));
                insert.addBindValue(id);
                insert.addBindValue(id);
                insert.addBindValue(id);
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            };
            store.beginBatch();
            QCOMPARE(store.connections().size(), 1);
            insertConnection(QStringLiteral("con_b"));
            // Still the batch's snapshot: its reads are one read transaction.
            QCOMPARE(store.connections().size(), 1);
            // Its first write ends the read transaction and sees the database as it is now.
            store.insertResource(makeUser(QStringLiteral("con_a"), QStringLiteral("u1"), QStringLiteral("one")));
            QCOMPARE(store.connections().size(), 2);
            QVERIFY(store.commitBatch());
            QVERIFY(store.resource(QStringLiteral("con_a"), QStringLiteral("User"), QStringLiteral("u1")));
            // A batch that only reads ends its transaction too: the next read outside a batch sees new rows.
            store.beginBatch();
            QCOMPARE(store.connections().size(), 2);
            QVERIFY(store.commitBatch());
            insertConnection(QStringLiteral("con_c"));
            connectionsSeen = int(store.connections().size());
            other.close();
        }
        QSqlDatabase::removeDatabase(otherName);
        QCOMPARE(connectionsSeen, 3);
    }

    void sqliteRowIdsFindWhatWasInsertedAndForgetWhatWasRemoved()
    {
        SqliteRowIds rowIds;
        QVERIFY(!rowIds.find(u"anything"));
        rowIds.remove(u"anything"); // removing from an empty table is a no-op
        const int count = 5000;     // several doublings from the first 1,024 slots
        const auto idOf = [](int i) {
            return QStringLiteral("01a242ef-87ed-7784-828a-%1").arg(i, 12, 10, QLatin1Char('0'));
        };
        for (int i = 0; i < count; ++i)
            rowIds.insert(idOf(i), 10 + i);
        QCOMPARE(rowIds.size(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(rowIds.find(idOf(i)), std::optional<qint64>(10 + i));
        QVERIFY(!rowIds.find(u"01a242ef-87ed-7784-828a-not-inserted"));
        // Remove every third: the others must stay reachable past the holes (backward-shift deletion).
        for (int i = 0; i < count; i += 3)
            rowIds.remove(idOf(i));
        for (int i = 0; i < count; ++i)
            QCOMPARE(rowIds.find(idOf(i)), i % 3 == 0 ? std::nullopt : std::optional<qint64>(10 + i));
        QCOMPARE(rowIds.size(), count - (count + 2) / 3);
        // An id inserted again points at its newest row.
        rowIds.insert(idOf(1), 99999);
        QCOMPARE(rowIds.find(idOf(1)), std::optional<qint64>(99999));
        QCOMPARE(rowIds.size(), count - (count + 2) / 3);
        // Loading hashes SQLite's UTF-8; lookups hash the request's string: one id, one entry, whatever its
        // characters or length.
        const QString longId = QString(200, QLatin1Char('x'));
        for (const QString &id : QStringList{QStringLiteral("plain-ascii"), QStringLiteral("\u00fcser-\u00df-\u6771"),
                                             longId, QString(longId + QStringLiteral("\u00e9"))}) {
            rowIds.insertUtf8(id.toUtf8(), 7);
            QVERIFY2(rowIds.find(id) == std::optional<qint64>(7), qPrintable(id));
            rowIds.remove(id);
            QVERIFY2(!rowIds.find(id), qPrintable(id));
        }
        rowIds.clear();
        QCOMPARE(rowIds.size(), 0);
        QVERIFY(!rowIds.find(idOf(2)));
    }

    void sqliteLookupsByIdNeverTrustAStaleRowHint()
    {
        if (TestBackend::isPostgres())
            QSKIP("SqliteStore's in-memory id → seq hints");
        const QString con = QStringLiteral("con_a");
        const QString user = QStringLiteral("User");
        const auto read = [&](SqliteStore &store, const QString &connection, const QString &type, const QString &id) {
            QByteArray cbor;
            const std::optional<StoredResource> forRead = store.resourceForRead(connection, type, id, cbor);
            const std::optional<StoredResource> parsed = store.resource(connection, type, id);
            if (forRead.has_value() != parsed.has_value())
                return QStringLiteral("resourceForRead and resource disagree");
            return parsed ? parsed->data.value(QStringLiteral("userName")).toString() : QString();
        };
        {
            SqliteStore store(m_location);
            store.insertConnection(makeConnection(con, QStringLiteral("a")));
            store.insertConnection(makeConnection(QStringLiteral("con_b"), QStringLiteral("b")));
            store.insertResource(makeUser(con, QStringLiteral("u1"), QStringLiteral("one")));
            // A rolled-back insert leaves its hint behind, and SQLite gives its seq to the next row.
            QVERIFY_THROWS_EXCEPTION(StoreError, store.transaction([&] {
                store.insertResource(makeUser(con, QStringLiteral("ghost"), QStringLiteral("ghost")));
                QCOMPARE(read(store, con, user, QStringLiteral("ghost")), QStringLiteral("ghost"));
                store.insertResource(makeUser(con, QStringLiteral("u1"), QStringLiteral("duplicate")));
            }));
            const qint64 reused = store.insertResource(makeUser(con, QStringLiteral("u2"), QStringLiteral("two")));
            QCOMPARE(store.resource(con, user, QStringLiteral("u2"))->sequence, reused);
            QCOMPARE(read(store, con, user, QStringLiteral("ghost")), QString());
            QCOMPARE(read(store, con, user, QStringLiteral("u2")), QStringLiteral("two"));
            // The hint finds a row; the connection and type asked for must still match it.
            QCOMPARE(read(store, QStringLiteral("con_b"), user, QStringLiteral("u1")), QString());
            QCOMPARE(read(store, con, QStringLiteral("Group"), QStringLiteral("u1")), QString());
            QCOMPARE(read(store, con, user, QStringLiteral("u1")), QStringLiteral("one"));
            // Deleted one by one or with their connection, the rows are gone whatever the hints say.
            QVERIFY(store.deleteResource(con, user, QStringLiteral("u2")));
            QCOMPARE(read(store, con, user, QStringLiteral("u2")), QString());
            store.insertResource(makeUser(QStringLiteral("con_b"), QStringLiteral("u3"), QStringLiteral("three")));
            QVERIFY(store.deleteConnection(con));
            QCOMPARE(read(store, con, user, QStringLiteral("u1")), QString());
        }
        // A store opened on the file loads the hints of the rows there.
        SqliteStore store(m_location);
        QCOMPARE(read(store, QStringLiteral("con_b"), user, QStringLiteral("u3")), QStringLiteral("three"));
        QCOMPARE(read(store, con, user, QStringLiteral("u1")), QString());
    }

    void listingIsInInsertionOrderAndPages()
    {
        const auto storeOwner = TestBackend::openStore(m_location);
        Store &store = *storeOwner;
        store.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("a")));
        for (int i = 0; i < 10; ++i)
            store.insertResource(
                makeUser(QStringLiteral("con_a"), QStringLiteral("u%1").arg(i), QStringLiteral("user%1").arg(i)));
        const QList<StoredResource> page = store.resources(QStringLiteral("con_a"), QStringLiteral("User"), 3, 4);
        QCOMPARE(page.size(), 4);
        QCOMPARE(page.at(0).id, QStringLiteral("u3"));
        QCOMPARE(page.at(3).id, QStringLiteral("u6"));
        QVERIFY(page.at(0).sequence < page.at(1).sequence);
    }

    void updateKeepsPasswordHashUnlessReplaced()
    {
        const auto storeOwner = TestBackend::openStore(m_location);
        Store &store = *storeOwner;
        store.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("a")));
        StoredResource user = makeUser(QStringLiteral("con_a"), QStringLiteral("u1"), QStringLiteral("carol"));
        user.passwordHash = QByteArrayLiteral("first");
        store.insertResource(user);
        user.passwordHash.clear();
        user.version = 2;
        QVERIFY(store.updateResource(user, true));
        QCOMPARE(store.resource(QStringLiteral("con_a"), QStringLiteral("User"), QStringLiteral("u1"))->passwordHash,
                 QByteArrayLiteral("first"));
        user.passwordHash = QByteArrayLiteral("second");
        user.version = 3; // every write stores the next version (Store::updateResource)
        QVERIFY(store.updateResource(user, false));
        const std::optional<StoredResource> reread =
            store.resource(QStringLiteral("con_a"), QStringLiteral("User"), QStringLiteral("u1"));
        QCOMPARE(reread->passwordHash, QByteArrayLiteral("second"));
        QCOMPARE(reread->version, 3);
    }

    void deletingConnectionRemovesEverythingItOwns()
    {
        const auto storeOwner = TestBackend::openStore(m_location);
        Store &store = *storeOwner;
        store.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("a")));
        store.insertConnection(makeConnection(QStringLiteral("con_b"), QStringLiteral("b")));
        store.saveScimConfiguration(ScimConfiguration{QStringLiteral("con_a"),
                                                      QStringLiteral("userName"),
                                                      {},
                                                      QDateTime::currentDateTimeUtc(),
                                                      QDateTime::currentDateTimeUtc()});
        ScimToken token;
        token.tokenId = QStringLiteral("tok_1");
        token.connectionId = QStringLiteral("con_a");
        token.secretHash = QByteArrayLiteral("h");
        token.createdAt = QDateTime::currentDateTimeUtc();
        store.insertToken(token);
        store.insertResource(makeUser(QStringLiteral("con_a"), QStringLiteral("u1"), QStringLiteral("dave")));
        store.insertResource(makeUser(QStringLiteral("con_b"), QStringLiteral("u2"), QStringLiteral("dave")));

        QVERIFY(store.deleteConnection(QStringLiteral("con_a")));
        QVERIFY(!store.connection(QStringLiteral("con_a")));
        QVERIFY(!store.scimConfiguration(QStringLiteral("con_a")));
        QVERIFY(!store.token(QStringLiteral("tok_1")));
        QCOMPARE(store.countResources(QStringLiteral("con_a"), QStringLiteral("User")), 0);
        QCOMPARE(store.countResources(QStringLiteral("con_b"), QStringLiteral("User")), 1);
    }

    void deletingScimConfigurationRevokesTokens()
    {
        const auto storeOwner = TestBackend::openStore(m_location);
        Store &store = *storeOwner;
        store.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("a")));
        store.saveScimConfiguration(ScimConfiguration{QStringLiteral("con_a"),
                                                      QStringLiteral("userName"),
                                                      {},
                                                      QDateTime::currentDateTimeUtc(),
                                                      QDateTime::currentDateTimeUtc()});
        ScimToken token;
        token.tokenId = QStringLiteral("tok_1");
        token.connectionId = QStringLiteral("con_a");
        token.secretHash = QByteArrayLiteral("h");
        token.scopes = {QStringLiteral("get:users"), QStringLiteral("post:users")};
        token.createdAt = QDateTime::currentDateTimeUtc();
        token.validUntil = token.createdAt.addSecs(3600);
        store.insertToken(token);
        const std::optional<ScimToken> reread = store.token(QStringLiteral("tok_1"));
        QVERIFY(reread);
        QCOMPARE(reread->scopes, token.scopes);
        QVERIFY(reread->validUntil);
        QVERIFY(!reread->lastUsedAt);

        QVERIFY(store.deleteScimConfiguration(QStringLiteral("con_a")));
        QVERIFY(!store.token(QStringLiteral("tok_1")));
        QVERIFY(!store.deleteScimConfiguration(QStringLiteral("con_a")));
        QVERIFY(store.connection(QStringLiteral("con_a")));
    }

    void connectionNamesAreUniqueCaseInsensitively()
    {
        const auto storeOwner = TestBackend::openStore(m_location);
        Store &store = *storeOwner;
        store.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("Acme")));
        QVERIFY(store.connectionByName(QStringLiteral("acme")));
        QVERIFY_THROWS_EXCEPTION(
            StoreError, store.insertConnection(makeConnection(QStringLiteral("con_b"), QStringLiteral("ACME"))));
    }

    void unwritableLocationFailsWithClearError()
    {
        if (TestBackend::isPostgres())
            QSKIP("SQLite file format and schema history; see the PostgreSQL counterparts");
        bool threw = false;
        try {
            SqliteStore store(QStringLiteral("/proc/definitely/not/here.sqlite"));
        } catch (const StoreError &error) {
            threw = true;
            QVERIFY(!error.message().isEmpty());
        }
        QVERIFY(threw);
    }

    // --- PostgreSQL: several stores (engine instances) on one database ---------------------------------------

    void postgresAppliesEveryMigrationOnceWhenInstancesStartTogether()
    {
        if (!TestBackend::isPostgres())
            QSKIP("PostgreSQL only; SQLite keeps other engines out with a lock file");
        std::vector<std::thread> threads;
        std::atomic<int> opened = 0;
        for (int i = 0; i < 4; ++i) {
            threads.emplace_back([&] {
                try {
                    PostgresStore store(m_location);
                    if (store.schemaVersion() == PostgresSchema::latestVersion())
                        ++opened;
                } catch (const StoreError &error) {
                    qWarning("%s", qPrintable(error.message()));
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(opened.load(), 4);
        PostgresStore store(m_location);
        const PgResult rows = store.pg().exec("SELECT count(*), max(version) FROM schema_migrations");
        QCOMPARE(rows.integer(0, 0), qint64(PostgresSchema::latestVersion()));
        QCOMPARE(rows.integer(0, 1), qint64(PostgresSchema::latestVersion()));
    }

    void postgresStoresShareOneDatabase()
    {
        if (!TestBackend::isPostgres())
            QSKIP("PostgreSQL only; SQLite keeps other engines out with a lock file");
        PostgresStore first(m_location);
        PostgresStore second(m_location);
        first.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("a")));
        first.insertResource(makeUser(QStringLiteral("con_a"), QStringLiteral("u1"), QStringLiteral("Ann")));
        // A write through one is read through the other at once: nothing stale is cached.
        QCOMPARE(second.resource(QStringLiteral("con_a"), QStringLiteral("User"), QStringLiteral("u1"))->uniqueKey,
                 QStringLiteral("ann"));
        StoredResource changed = makeUser(QStringLiteral("con_a"), QStringLiteral("u1"), QStringLiteral("Anna"));
        changed.version = 2;
        QVERIFY(second.updateResource(changed, true));
        QCOMPARE(first.resource(QStringLiteral("con_a"), QStringLiteral("User"), QStringLiteral("u1"))->version, 2);
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            second.insertResource(makeUser(QStringLiteral("con_a"), QStringLiteral("u2"), QStringLiteral("ANNA"))));
        QVERIFY(first.deleteConnection(QStringLiteral("con_a")));
        QVERIFY(!second.connection(QStringLiteral("con_a")));
    }

    void postgresRacesBetweenInstancesHaveExactlyOneWinner()
    {
        if (!TestBackend::isPostgres())
            QSKIP("PostgreSQL only; one SQLite engine serializes every write");
        PostgresStore first(m_location);
        auto second = std::make_unique<PostgresStore>(m_location);
        first.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("a")));

        // Uniqueness: the second insert of the key waits for the first's transaction, then loses.
        first.beginBatch();
        first.insertResource(makeUser(QStringLiteral("con_a"), QStringLiteral("u1"), QStringLiteral("race")));
        std::atomic<int> outcome = -1; // 0 inserted, 1 conflict, 2 other error
        std::thread racer([&] {
            try {
                second->insertResource(makeUser(QStringLiteral("con_a"), QStringLiteral("u2"), QStringLiteral("RACE")));
                outcome = 0;
            } catch (const StoreError &error) {
                outcome = error.kind() == StoreError::Kind::Conflict ? 1 : 2;
            }
        });
        QTest::qWait(300);
        QCOMPARE(outcome.load(), -1); // still waiting for the first transaction
        QVERIFY(first.commitBatch());
        racer.join();
        QCOMPARE(outcome.load(), 1);
        QCOMPARE(first.countResources(QStringLiteral("con_a"), QStringLiteral("User")), 1);

        // If-Match: both read version 1 and write version 2; the later one finds version 2 and loses.
        StoredResource mine = makeUser(QStringLiteral("con_a"), QStringLiteral("u1"), QStringLiteral("race"));
        mine.version = 2;
        mine.data.insert(QStringLiteral("title"), QStringLiteral("first"));
        StoredResource theirs = mine;
        theirs.data.insert(QStringLiteral("title"), QStringLiteral("second"));
        first.beginBatch();
        QVERIFY(first.updateResource(mine, true));
        outcome = -1;
        std::thread writer([&] {
            try {
                outcome = second->updateResource(theirs, true) ? 0 : 3;
            } catch (const StoreError &error) {
                outcome = error.kind() == StoreError::Kind::Stale ? 1 : 2;
            }
        });
        QTest::qWait(300);
        QCOMPARE(outcome.load(), -1);
        QVERIFY(first.commitBatch());
        writer.join();
        QCOMPARE(outcome.load(), 1);
        const std::optional<StoredResource> stored =
            second->resource(QStringLiteral("con_a"), QStringLiteral("User"), QStringLiteral("u1"));
        QCOMPARE(stored->version, 2);
        QCOMPARE(stored->data.value(QStringLiteral("title")).toString(), QStringLiteral("first"));

        // A rename onto a key another instance holds (uncommitted) waits, then is a conflict.
        first.beginBatch();
        first.insertResource(makeUser(QStringLiteral("con_a"), QStringLiteral("u3"), QStringLiteral("taken")));
        StoredResource rename = makeUser(QStringLiteral("con_a"), QStringLiteral("u1"), QStringLiteral("Taken"));
        rename.version = 3;
        outcome = -1;
        std::thread renamer([&] {
            try {
                outcome = second->updateResource(rename, true) ? 0 : 3;
            } catch (const StoreError &error) {
                outcome = error.kind() == StoreError::Kind::Conflict ? 1 : 2;
            }
        });
        QTest::qWait(300);
        QVERIFY(first.commitBatch());
        renamer.join();
        QCOMPARE(outcome.load(), 1);
    }

    void postgresRollsBackAFailedBatchAndKeepsWorking()
    {
        if (!TestBackend::isPostgres())
            QSKIP("PostgreSQL only");
        PostgresStore store(m_location);
        store.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("a")));
        store.beginBatch();
        store.insertResource(makeUser(QStringLiteral("con_a"), QStringLiteral("u1"), QStringLiteral("kept-out")));
        // A statement that fails inside the batch (a member that does not exist) dooms its transaction.
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 store.addMember(QStringLiteral("con_a"),
                                                 Membership{QStringLiteral("nope"), QStringLiteral("u1"), QString()}));
        QVERIFY(!store.commitBatch());
        QVERIFY(!store.resource(QStringLiteral("con_a"), QStringLiteral("User"), QStringLiteral("u1")));
        // transaction() inside a batch is a savepoint: its failure leaves the batch intact.
        store.beginBatch();
        store.insertResource(makeUser(QStringLiteral("con_a"), QStringLiteral("u2"), QStringLiteral("stays")));
        QVERIFY_THROWS_EXCEPTION(StoreError, store.transaction([&] {
            store.insertResource(makeUser(QStringLiteral("con_a"), QStringLiteral("u3"), QStringLiteral("goes")));
            store.addMember(QStringLiteral("con_a"),
                            Membership{QStringLiteral("nope"), QStringLiteral("u3"), QString()});
        }));
        QVERIFY(store.commitBatch());
        QVERIFY(store.resource(QStringLiteral("con_a"), QStringLiteral("User"), QStringLiteral("u2")));
        QVERIFY(!store.resource(QStringLiteral("con_a"), QStringLiteral("User"), QStringLiteral("u3")));
    }

    void postgresReconnectsAfterTheServerDroppedTheConnection()
    {
        if (!TestBackend::isPostgres())
            QSKIP("PostgreSQL only");
        PostgresStore store(m_location);
        store.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("a")));
        PgConnection admin(TestBackend::adminUrl(), QStringLiteral("scim-tests"));
        const PgResult killed = admin.execDynamic(
            QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = $1"),
            PgParams().text(QUrl(m_location).path().mid(1)));
        QCOMPARE(killed.integer(0, 0), qint64(1));
        // The request that finds the connection dead fails; the next one reconnects.
        int failures = 0;
        for (int attempt = 0; attempt < 2; ++attempt) {
            try {
                QCOMPARE(store.connections().size(), 1);
            } catch (const StoreError &) {
                ++failures;
            }
        }
        QVERIFY(failures <= 1);
        QCOMPARE(store.connections().size(), 1);
    }

    void postgresNeverShowsThePassword()
    {
        if (!TestBackend::isPostgres())
            QSKIP("PostgreSQL only");
        const QString secret = QStringLiteral("s3cret-Pa55");
        const QString url = QStringLiteral("postgresql://scim:%1@127.0.0.1:1/scim").arg(secret);
        QCOMPARE(Backends::describe(url), QStringLiteral("PostgreSQL scim@127.0.0.1:1/scim"));
        bool threw = false;
        try {
            PostgresStore store(url);
        } catch (const StoreError &error) {
            threw = true;
            QVERIFY2(!error.message().contains(secret), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QLatin1String("127.0.0.1:1")), qPrintable(error.message()));
        }
        QVERIFY(threw);
        // The password may come from PGPASSWORD instead of the URL.
        QUrl withoutPassword(m_location);
        const QString password = withoutPassword.password();
        withoutPassword.setPassword(QString());
        qputenv("PGPASSWORD", password.toUtf8());
        {
            PostgresStore store(withoutPassword.toString());
            QCOMPARE(store.schemaVersion(), PostgresSchema::latestVersion());
            QVERIFY(!store.description().contains(password));
        }
        qunsetenv("PGPASSWORD");
    }

private:
    QTemporaryDir m_dir;
    TestBackend::Database m_database;
    QString m_location;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(StorageTest)
#include "tst_storage.moc"
