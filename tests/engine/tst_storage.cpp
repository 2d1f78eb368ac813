#include "storage/StoreError.h"
#include "storage/sqlite/SqliteStore.h"

#include <QCborValue>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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
        m_path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_counter));
    }

    void opensInWalModeAndAppliesAllMigrations()
    {
        {
            SqliteStore store(m_path);
            QCOMPARE(store.schemaVersion(), 6);
        }
        // SQLite file header bytes 18 and 19 are the read/write format versions: 2 means WAL.
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(100);
        QCOMPARE(int(header.at(18)), 2);
        QCOMPARE(int(header.at(19)), 2);
    }

    void secondStoreOnTheSameFileFailsClearly()
    {
        SqliteStore first(m_path);
        bool threw = false;
        try {
            SqliteStore second(m_path);
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
            SqliteStore store(m_path);
            store.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("a")));
        }
        SqliteStore again(m_path);
        QCOMPARE(again.schemaVersion(), 6);
        QCOMPARE(again.connections().size(), 1);
    }

    void upgradesADatabaseOfTheFirstSchemaVersionKeepingItsData()
    {
        {
            SqliteStore store(m_path);
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
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const char *column : {"profile", "profile_version", "search_text"})
                QVERIFY(query.exec(QStringLiteral("ALTER TABLE resources DROP COLUMN ") + QLatin1String(column)));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE scim_configurations DROP COLUMN profile_version")));
            QVERIFY(query.exec(QStringLiteral("DROP TABLE group_members")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE connections DROP COLUMN options")));
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE connections DROP COLUMN display_name")));
            QVERIFY(query.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version >= 2")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));

        SqliteStore store(m_path);
        QCOMPARE(store.schemaVersion(), 6);
        QCOMPARE(store.countResources(QStringLiteral("con_a"), QStringLiteral("User")), 1);
        QCOMPARE(store.scimConfiguration(QStringLiteral("con_a"))->profileVersion, 1);
        QCOMPARE(store.countProfiles(QString(), QString()), 0);
        QCOMPARE(store.connection(QStringLiteral("con_a"))->name, QStringLiteral("acme"));
        QVERIFY(store.connection(QStringLiteral("con_a"))->options.isEmpty());     // v5 adds options, empty
        QVERIFY(store.connection(QStringLiteral("con_a"))->displayName.isEmpty()); // v6 a display name, none
        const QList<StoredResource> stale = store.usersNeedingProfile(QStringLiteral("con_a"), 1, 0, 10);
        QCOMPARE(stale.size(), 1);
        QCOMPARE(stale.constFirst().id, QStringLiteral("u1"));
    }

    void upgradeFromVersionThreeMovesProfilesIntoTheirUsersRows()
    {
        {
            SqliteStore store(m_path);
            store.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("acme")));
            store.insertResource(makeUser(QStringLiteral("con_a"), QStringLiteral("u1"), QStringLiteral("erin")));
            store.insertResource(makeUser(QStringLiteral("con_a"), QStringLiteral("u2"), QStringLiteral("finn")));
        }
        // Turn the file back into what version 3 left behind: profiles in their own table (u2 has none yet).
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery query(db);
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
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE connections DROP COLUMN display_name")));
            QVERIFY(query.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version >= 4")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));

        SqliteStore store(m_path);
        QCOMPARE(store.schemaVersion(), 6);
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
            SqliteStore store(m_path);
            store.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("a")));
            store.insertResource(user);
            store.insertResource(odd);
        }
        SqliteStore store(m_path);
        QCOMPARE(store.resource(QStringLiteral("con_a"), QStringLiteral("User"), QStringLiteral("u1"))->data,
                 user.data);
        QCOMPARE(store.allResources(QStringLiteral("con_a"), QStringLiteral("User")).constFirst().data, user.data);
        QCOMPARE(store.resource(QStringLiteral("con_a"), QStringLiteral("User"), QStringLiteral("u2"))->data, odd.data);
    }

    void resourceAndProfileAreWrittenTogether()
    {
        SqliteStore store(m_path);
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
        SqliteStore store(m_path);
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
            SqliteStore store(m_path);
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
        SqliteStore store(m_path);
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
        SqliteStore store(m_path);
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
        SqliteStore store(m_path);
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

    void listingIsInInsertionOrderAndPages()
    {
        SqliteStore store(m_path);
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
        SqliteStore store(m_path);
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
        QVERIFY(store.updateResource(user, false));
        const std::optional<StoredResource> reread =
            store.resource(QStringLiteral("con_a"), QStringLiteral("User"), QStringLiteral("u1"));
        QCOMPARE(reread->passwordHash, QByteArrayLiteral("second"));
        QCOMPARE(reread->version, 2);
    }

    void deletingConnectionRemovesEverythingItOwns()
    {
        SqliteStore store(m_path);
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
        SqliteStore store(m_path);
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
        SqliteStore store(m_path);
        store.insertConnection(makeConnection(QStringLiteral("con_a"), QStringLiteral("Acme")));
        QVERIFY(store.connectionByName(QStringLiteral("acme")));
        QVERIFY_THROWS_EXCEPTION(
            StoreError, store.insertConnection(makeConnection(QStringLiteral("con_b"), QStringLiteral("ACME"))));
    }

    void unwritableLocationFailsWithClearError()
    {
        bool threw = false;
        try {
            SqliteStore store(QStringLiteral("/proc/definitely/not/here.sqlite"));
        } catch (const StoreError &error) {
            threw = true;
            QVERIFY(!error.message().isEmpty());
        }
        QVERIFY(threw);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(StorageTest)
#include "tst_storage.moc"
