#include "EngineHarness.h"
#include "auth/TokenService.h"
#include "common/ResponseStream.h"
#include "management/ManagementApi.h"
#include "mapping/DefaultMappings.h"
#include "mapping/ProfileMapper.h"
#include "mapping/ProfileService.h"
#include "protocol/ScimService.h"
#include "protocol/schema/SchemaRegistry.h"

#include <QCborMap>
#include <QCborValue>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace scim;

namespace {

QJsonObject loadJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonValue at(const QJsonObject &object, const QString &dotted)
{
    QJsonValue value = object;
    for (const QString &segment : dotted.split(QLatin1Char('.')))
        value = value.toObject().value(segment);
    return value;
}

// The transport's side of a streamed answer, kept in memory: the preview writes its result here.
class CollectedStream : public ResponseStream
{
public:
    bool isOpen() const override { return m_open; }
    void write(const QByteArray &bytes) override { body += bytes; }
    qint64 pendingBytes() const override { return 0; }
    void close() override
    {
        if (!m_open)
            return;
        m_open = false;
        Q_EMIT closed();
    }

    QByteArray body;

private:
    bool m_open = true;
};

using Pairs = QList<QPair<const char *, const char *>>;

AttributeMap withEntries(const Pairs &pairs, const char *userId = "userName")
{
    AttributeMap map;
    map.userIdAttribute = QString::fromLatin1(userId);
    for (const auto &[scimPath, target] : pairs)
        map.entries.append({QString::fromLatin1(scimPath), QString::fromLatin1(target)});
    return map;
}

} // namespace

// Attribute mapping and user profiles: the default maps, the projection of realistic Okta and Entra ID
// payloads, every validation rule, and profiles kept in step with writes and map changes, against a real
// SQLite store through the transport-free SCIM service and Management API.
class MappingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_engine = std::make_unique<EngineHarness>(m_dir.path(), QStringLiteral("mapping-%1.sqlite").arg(++m_counter));
        m_store = m_engine->store.get();
        m_profiles = m_engine->profiles.get();
    }

    void cleanup() { m_engine.reset(); }

    void defaultMapsAreValid_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<int>("entries");
        QTest::addColumn<QString>("userId");
        QTest::newRow("okta") << QStringLiteral("okta") << 32 << QStringLiteral("externalId");
        QTest::newRow("waad") << QStringLiteral("waad") << 30 << QStringLiteral("externalId");
        QTest::newRow("samlp") << QStringLiteral("samlp") << 32 << QStringLiteral("userName");
        QTest::newRow("oidc") << QStringLiteral("oidc") << 32 << QStringLiteral("externalId");
    }

    void defaultMapsAreValid()
    {
        QFETCH(QString, strategy);
        QFETCH(int, entries);
        QFETCH(QString, userId);
        const QJsonArray mapping = DefaultMappings::mapping(strategy);
        QCOMPARE(mapping.size(), entries);
        QCOMPARE(DefaultMappings::userIdAttribute(strategy), userId);
        const QList<MappingIssue> issues = ProfileMapper::validate(AttributeMap::fromJson(mapping, userId), users());
        QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.constFirst().message));
    }

    void oktaPayloadProducesTheDocumentedProfile_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<QString>("userNameTarget");
        QTest::addColumn<QString>("identityUserId");
        QTest::newRow("okta") << QStringLiteral("okta") << QStringLiteral("preferred_username")
                              << QStringLiteral("00u1ab2cd3EF4gh5i6j7");
        QTest::newRow("oidc") << QStringLiteral("oidc") << QStringLiteral("preferred_username")
                              << QStringLiteral("00u1ab2cd3EF4gh5i6j7");
        QTest::newRow("samlp") << QStringLiteral("samlp") << QStringLiteral("username")
                               << QStringLiteral("isabella.rossi@acme.example");
    }

    void oktaPayloadProducesTheDocumentedProfile()
    {
        QFETCH(QString, strategy);
        QFETCH(QString, userNameTarget);
        QFETCH(QString, identityUserId);
        const QString id = createUser(strategy, loadJson(QFINDTESTDATA("data/okta-user.json")));
        const QJsonObject profile = m_store->profile(id)->data;
        QCOMPARE(profile.value(userNameTarget).toString(), QStringLiteral("isabella.rossi@acme.example"));
        const QList<QPair<const char *, QJsonValue>> expected{
            {"user_id", id},
            {"email", QStringLiteral("isabella.rossi@acme.example")},
            {"blocked", false},
            {"name", QStringLiteral("Isabella Rossi")},
            {"given_name", QStringLiteral("Isabella")},
            {"family_name", QStringLiteral("Rossi")},
            {"nickname", QStringLiteral("Bella")},
            {"picture", QStringLiteral("https://img.acme.example/irossi.jpg")},
            {"app_metadata.external_id", QStringLiteral("00u1ab2cd3EF4gh5i6j7")},
            {"app_metadata.middle_name", QStringLiteral("Maria")},
            {"app_metadata.honorific_prefix", QStringLiteral("Dr.")},
            {"app_metadata.honorific_suffix", QStringLiteral("PhD")},
            {"app_metadata.primary_phone_number", QStringLiteral("+39 02 1234 5678")},
            {"app_metadata.mobile_phone_number", QStringLiteral("+39 333 123 4567")},
            {"app_metadata.street_address", QStringLiteral("Via Roma 1")},
            {"app_metadata.city", QStringLiteral("Milano")},
            {"app_metadata.state", QStringLiteral("MI")},
            {"app_metadata.postal_code", QStringLiteral("20121")},
            {"app_metadata.postal_address", QStringLiteral("Via Roma 1, 20121 Milano MI, Italy")},
            {"app_metadata.country", QStringLiteral("IT")},
            {"app_metadata.profile_url", QStringLiteral("https://intranet.acme.example/people/irossi")},
            {"app_metadata.user_type", QStringLiteral("Employee")},
            {"app_metadata.title", QStringLiteral("Principal Engineer")},
            {"app_metadata.language", QStringLiteral("it-IT")},
            {"app_metadata.locale", QStringLiteral("it-IT")},
            {"app_metadata.timezone", QStringLiteral("Europe/Rome")},
            {"app_metadata.employee_id", QStringLiteral("E-1042")},
            {"app_metadata.cost_center", QStringLiteral("CC-770")},
            {"app_metadata.organization", QStringLiteral("Acme")},
            {"app_metadata.division", QStringLiteral("Platform")},
            {"app_metadata.department", QStringLiteral("Identity")},
            {"app_metadata.manager", QStringLiteral("00u9zz8yy7XX6ww5v4u3")},
            {"identities.0.connection", QString()},
        };
        for (const auto &[path, value] : expected) {
            if (QLatin1String(path).startsWith(QLatin1String("identities")))
                continue;
            QCOMPARE(at(profile, QString::fromLatin1(path)), value);
        }
        // Exactly these keys: nothing unmapped (ims, the home email, the password) reaches the profile.
        QStringList rootKeys = profile.keys();
        rootKeys.sort();
        QStringList expectedKeys{QStringLiteral("app_metadata"),
                                 QStringLiteral("blocked"),
                                 QStringLiteral("created_at"),
                                 QStringLiteral("email"),
                                 QStringLiteral("family_name"),
                                 QStringLiteral("given_name"),
                                 QStringLiteral("identities"),
                                 QStringLiteral("name"),
                                 QStringLiteral("nickname"),
                                 QStringLiteral("picture"),
                                 userNameTarget,
                                 QStringLiteral("updated_at"),
                                 QStringLiteral("user_id")};
        expectedKeys.sort();
        QCOMPARE(rootKeys, expectedKeys);
        QCOMPARE(profile.value(QStringLiteral("app_metadata")).toObject().size(), 24);
        const QJsonObject identity = profile.value(QStringLiteral("identities")).toArray().at(0).toObject();
        QCOMPARE(identity.value(QStringLiteral("connection")).toString(), QStringLiteral("acme-") + strategy);
        QCOMPARE(identity.value(QStringLiteral("provider")).toString(), strategy);
        QCOMPARE(identity.value(QStringLiteral("user_id")).toString(), identityUserId);
        QCOMPARE(identity.value(QStringLiteral("isSocial")).toBool(true), false);
        QVERIFY(!QJsonDocument(profile).toJson().contains("t3mp-Passw0rd"));
    }

    void entraPayloadProducesTheDocumentedProfile()
    {
        const QString id = createUser(QStringLiteral("waad"), loadJson(QFINDTESTDATA("data/entra-user.json")));
        const QJsonObject profile = m_store->profile(id)->data;
        QCOMPARE(at(profile, QStringLiteral("upn")).toString(), QStringLiteral("Kenji.Tanaka@contoso.example"));
        QCOMPARE(at(profile, QStringLiteral("email")).toString(), QStringLiteral("Kenji.Tanaka@contoso.example"));
        QCOMPARE(at(profile, QStringLiteral("name")).toString(), QStringLiteral("Kenji Tanaka"));
        QCOMPARE(at(profile, QStringLiteral("given_name")).toString(), QStringLiteral("Kenji"));
        QCOMPARE(at(profile, QStringLiteral("family_name")).toString(), QStringLiteral("Tanaka"));
        QCOMPARE(at(profile, QStringLiteral("blocked")), QJsonValue(false));
        QCOMPARE(at(profile, QStringLiteral("app_metadata.external_id")).toString(),
                 QStringLiteral("6a1f8f3c-2b7d-4b7e-9a51-0c6a3f2e9d11"));
        QCOMPARE(at(profile, QStringLiteral("app_metadata.work_phone_number")).toString(),
                 QStringLiteral("+81 3-1234-5678"));
        QCOMPARE(at(profile, QStringLiteral("app_metadata.mobile_phone_number")).toString(),
                 QStringLiteral("+81 90-1234-5678"));
        QCOMPARE(at(profile, QStringLiteral("app_metadata.fax_number")).toString(), QStringLiteral("+81 3-1234-5679"));
        QCOMPARE(at(profile, QStringLiteral("app_metadata.city")).toString(), QStringLiteral("Chiyoda"));
        QCOMPARE(at(profile, QStringLiteral("app_metadata.employee_id")).toString(), QStringLiteral("701984"));
        QCOMPARE(at(profile, QStringLiteral("app_metadata.department")).toString(), QStringLiteral("Sales"));
        // Entra sends manager as a plain string; the profile gets the id either way.
        QCOMPARE(at(profile, QStringLiteral("app_metadata.manager")).toString(),
                 QStringLiteral("a3b4c5d6-0000-4e11-8f22-123456789abc"));
        QVERIFY(!profile.contains(QStringLiteral("preferred_username")));
        QVERIFY(!at(profile, QStringLiteral("app_metadata")).toObject().contains(QStringLiteral("middle_name")));
        QCOMPARE(at(profile, QStringLiteral("identities"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("provider"))
                     .toString(),
                 QStringLiteral("waad"));
    }

    void scimResponsesRoundTripEverythingProvisioned()
    {
        QJsonObject sent = loadJson(QFINDTESTDATA("data/okta-user.json"));
        const QString id = createUser(QStringLiteral("okta"), sent);
        // manager.displayName is readOnly (RFC 7643 §4.3): the service provider sets it, not the client.
        const QString enterprise = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
        QJsonObject extension = sent.value(enterprise).toObject();
        QJsonObject manager = extension.value(QStringLiteral("manager")).toObject();
        manager.remove(QStringLiteral("displayName"));
        extension.insert(QStringLiteral("manager"), manager);
        sent.insert(enterprise, extension);
        const QJsonObject read = json(scim("GET", QStringLiteral("/Users/") + id));
        for (auto it = sent.constBegin(); it != sent.constEnd(); ++it) {
            if (it.key() == QLatin1String("password") || it.key() == QLatin1String("groups"))
                continue; // writeOnly and readOnly
            QCOMPARE(read.value(it.key()), it.value());
        }
        QVERIFY(!read.contains(QStringLiteral("password")));
    }

    void storedEncodingDecodesToThePreviewProfile()
    {
        // The write path encodes the projection straight to CBOR; the preview builds a QJsonObject. Both must
        // describe the same profile, including nested targets, metadata merges and values that override.
        const AttributeMap map = withEntries({{"userName", "email"},
                                              {"emails[type eq \"work\"].value", "email"},
                                              {"name.givenName", "given_name"},
                                              {"active", "blocked"},
                                              {"externalId", "app_metadata.external_id"},
                                              {"title", "app_metadata.job.title"},
                                              {"nickName", "custom.names.nick"},
                                              {"displayName", "custom.display"},
                                              {"addresses[type eq \"work\"].locality", "user_metadata.city"}});
        const ProfileMapper mapper(map, users());
        QJsonObject resource = loadJson(QFINDTESTDATA("data/okta-user.json"));
        resource.insert(QStringLiteral("id"), QStringLiteral("u-1"));
        resource.insert(QStringLiteral("displayName"), QStringLiteral("Zoë Ångström 🙂")); // not ASCII
        resource.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("created"), QStringLiteral("2026-01-01")}});
        const ProfileMapper::Context context{QStringLiteral("acme"), QStringLiteral("okta")};
        const QJsonObject preview = mapper.project(resource, context);
        const QJsonObject stored =
            QCborValue::fromCbor(mapper.projectFields(resource, context).toCbor()).toMap().toJsonObject();
        QCOMPARE(stored, preview);
        QCOMPARE(at(stored, QStringLiteral("custom.names.nick")).toString(), QStringLiteral("Bella"));
        QCOMPARE(at(stored, QStringLiteral("custom.display")).toString(), QStringLiteral("Zoë Ångström 🙂"));
        QCOMPARE(at(stored, QStringLiteral("app_metadata.job.title")).toString(), QStringLiteral("Principal Engineer"));
        QVERIFY(!stored.contains(QStringLiteral("updated_at"))); // no lastModified: no key, as with QJsonObject
        QCOMPARE(stored.value(QStringLiteral("identities")).toArray().size(), 1);
    }

    void validationRules_data()
    {
        QTest::addColumn<Pairs>("pairs");
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("brokenRule"); // empty: valid
        using P = Pairs;
        const P base{{"userName", "username"}};
        QTest::newRow("minimal valid") << base << QStringLiteral("userName") << QString();
        QTest::newRow("duplicate scim side") << P{{"userName", "username"}, {"USERNAME", "nickname"}}
                                             << QStringLiteral("userName") << QStringLiteral("one_to_one");
        QTest::newRow("duplicate scim side with filter") << P{{"userName", "username"},
                                                              {"emails[type eq \"work\"].value", "email"},
                                                              {"emails[Type  eq \"work\"].Value", "name"}}
                                                         << QStringLiteral("userName") << QStringLiteral("one_to_one");
        QTest::newRow("distinct filters are fine") << P{{"userName", "username"},
                                                        {"emails[type eq \"work\"].value", "email"},
                                                        {"emails[type eq \"home\"].value", "name"}}
                                                   << QStringLiteral("userName") << QString();
        QTest::newRow("duplicate profile side") << P{{"userName", "username"}, {"displayName", "username"}}
                                                << QStringLiteral("userName") << QStringLiteral("one_to_one");
        QTest::newRow("overlapping metadata paths")
            << P{{"userName", "username"}, {"title", "app_metadata.job"}, {"userType", "app_metadata.job.kind"}}
            << QStringLiteral("userName") << QStringLiteral("one_to_one");
        QTest::newRow("id not mappable") << P{{"userName", "username"}, {"id", "app_metadata.id"}}
                                         << QStringLiteral("userName") << QStringLiteral("not_mappable");
        QTest::newRow("meta not mappable") << P{{"userName", "username"}, {"meta.created", "app_metadata.c"}}
                                           << QStringLiteral("userName") << QStringLiteral("not_mappable");
        QTest::newRow("password not mappable") << P{{"userName", "username"}, {"password", "app_metadata.p"}}
                                               << QStringLiteral("userName") << QStringLiteral("not_mappable");
        QTest::newRow("groups not mappable") << P{{"userName", "username"}, {"groups", "app_metadata.groups"}}
                                             << QStringLiteral("userName") << QStringLiteral("not_mappable");
        QTest::newRow("whole extension not mappable")
            << P{{"userName", "username"},
                 {"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "app_metadata.e"}}
            << QStringLiteral("userName") << QStringLiteral("not_mappable");
        QTest::newRow("active only to blocked") << P{{"userName", "username"}, {"active", "app_metadata.active"}}
                                                << QStringLiteral("userName") << QStringLiteral("active_to_blocked");
        QTest::newRow("blocked only from active") << P{{"userName", "username"}, {"title", "blocked"}}
                                                  << QStringLiteral("userName") << QStringLiteral("active_to_blocked");
        QTest::newRow("active to blocked is fine")
            << P{{"userName", "username"}, {"active", "blocked"}} << QStringLiteral("userName") << QString();
        QTest::newRow("userName must stay mapped")
            << P{{"displayName", "name"}} << QStringLiteral("displayName") << QStringLiteral("username_required");
        QTest::newRow("user id attribute must be mapped")
            << base << QStringLiteral("externalId") << QStringLiteral("user_id_attribute");
        QTest::newRow("user id attribute must be single-valued")
            << P{{"userName", "username"}, {"emails", "app_metadata.emails"}} << QStringLiteral("emails")
            << QStringLiteral("user_id_attribute");
        QTest::newRow("user id attribute must exist")
            << base << QStringLiteral("nope") << QStringLiteral("user_id_attribute");
        QTest::newRow("enterprise attribute as user id, both URN forms")
            << P{{"userName", "username"},
                 {"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.employeeNumber", "app_metadata.e"}}
            << QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber") << QString();
        QTest::newRow("unknown scim attribute")
            << P{{"userName", "username"}, {"favouriteColour", "app_metadata.c"}} << QStringLiteral("userName")
            << QStringLiteral("unknown_scim_attribute");
        QTest::newRow("malformed filter") << P{{"userName", "username"}, {"emails[type eq ].value", "email"}}
                                          << QStringLiteral("userName") << QStringLiteral("unknown_scim_attribute");
        QTest::newRow("filter other than eq") << P{{"userName", "username"}, {"emails[value co \"@\"].value", "email"}}
                                              << QStringLiteral("userName") << QStringLiteral("unsupported_filter");
        QTest::newRow("unknown profile attribute")
            << P{{"userName", "username"}, {"title", "job_title"}} << QStringLiteral("userName")
            << QStringLiteral("unknown_profile_attribute");
        QTest::newRow("reserved profile attribute")
            << P{{"userName", "username"}, {"externalId", "user_id"}} << QStringLiteral("userName")
            << QStringLiteral("reserved_profile_attribute");
        QTest::newRow("user_metadata is allowed") << P{{"userName", "username"}, {"locale", "user_metadata.locale"}}
                                                  << QStringLiteral("userName") << QString();
        QTest::newRow("metadata 16 levels deep")
            << P{{"userName", "username"}, {"title", "app_metadata.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p"}}
            << QStringLiteral("userName") << QString();
        QTest::newRow("metadata 17 levels deep")
            << P{{"userName", "username"}, {"title", "app_metadata.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q"}}
            << QStringLiteral("userName") << QStringLiteral("unknown_profile_attribute");
        QTest::newRow("roles map like any attribute")
            << P{{"userName", "username"}, {"roles", "app_metadata.roles"}} << QStringLiteral("userName") << QString();
    }

    void validationRules()
    {
        QFETCH(Pairs, pairs);
        QFETCH(QString, userId);
        QFETCH(QString, brokenRule);
        AttributeMap map = withEntries(pairs);
        map.userIdAttribute = userId;
        const QList<MappingIssue> issues = ProfileMapper::validate(map, users());
        if (brokenRule.isEmpty()) {
            QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.constFirst().message));
            return;
        }
        QVERIFY(!issues.isEmpty());
        QStringList rules;
        for (const MappingIssue &issue : issues)
            rules.append(issue.rule);
        QVERIFY2(rules.contains(brokenRule), qPrintable(rules.join(QLatin1Char(','))));
    }

    void invalidMappingIsRejectedByTheApiWithEveryReason()
    {
        const QString connection = createConnection(QStringLiteral("okta"));
        const HttpResponse response =
            api("PATCH", QStringLiteral("/api/v2/connections/%1/scim-configuration").arg(connection),
                QJsonObject{{QStringLiteral("user_id_attribute"), QStringLiteral("externalId")},
                            {QStringLiteral("mapping"),
                             QJsonArray{QJsonObject{{QStringLiteral("scim"), QStringLiteral("id")},
                                                    {QStringLiteral("auth0"), QStringLiteral("name")}}}}});
        QCOMPARE(response.status, 400);
        const QJsonObject body = json(response);
        QVERIFY(body.value(QStringLiteral("message")).toString().startsWith(QLatin1String("Invalid mapping provided")));
        QCOMPARE(body.value(QStringLiteral("errorCode")).toString(), QStringLiteral("invalid_mapping"));
        QStringList rules;
        for (const QJsonValue &detail : body.value(QStringLiteral("details")).toArray())
            rules.append(detail.toObject().value(QStringLiteral("rule")).toString());
        QVERIFY(rules.contains(QStringLiteral("not_mappable")));
        QVERIFY(rules.contains(QStringLiteral("username_required")));
        QVERIFY(rules.contains(QStringLiteral("user_id_attribute")));
        // Nothing was stored.
        QCOMPARE(m_store->scimConfiguration(connection)->mapping.size(), 32);
    }

    void schemasEndpointRebuildsTheConnectionsResourceType()
    {
        // The mapping editor builds its attribute tree and its client-side rule checks from this endpoint.
        const QString connection = createConnection(QStringLiteral("waad"));
        const HttpResponse response =
            api("GET", QStringLiteral("/api/v2/connections/%1/scim-configuration/schemas").arg(connection));
        QCOMPARE(response.status, 200);
        const QJsonArray resources = json(response).value(QStringLiteral("Resources")).toArray();
        QCOMPARE(resources.size(), 2);
        QCOMPARE(resources.at(0).toObject().value(QStringLiteral("id")).toString(), users().coreSchema().id);
        const Schema core = Schema::fromJson(resources.at(0).toObject());
        const Schema enterprise = Schema::fromJson(resources.at(1).toObject());
        // Lossless: rendering the parsed schemas gives the same documents.
        QCOMPARE(core.toJson(QStringLiteral("x")), users().coreSchema().toJson(QStringLiteral("x")));
        QCOMPARE(enterprise.toJson(QStringLiteral("x")),
                 users().extensions().constFirst().schema.toJson(QStringLiteral("x")));
        const ResourceType rebuilt(QStringLiteral("User"), QStringLiteral("/Users"), {}, core, {{enterprise, false}});
        const QJsonArray mapping = DefaultMappings::mapping(QStringLiteral("waad"));
        QVERIFY(
            ProfileMapper::validate(AttributeMap::fromJson(mapping, QStringLiteral("externalId")), rebuilt).isEmpty());
        const QList<MappingIssue> issues =
            ProfileMapper::validate(withEntries({{"userName", "email"}, {"password", "app_metadata.p"}}), rebuilt);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.constFirst().rule, QStringLiteral("not_mappable"));

        const QJsonObject defaults = json(
            api("GET", QStringLiteral("/api/v2/connections/%1/scim-configuration/default-mapping").arg(connection)));
        QCOMPARE(defaults.value(QStringLiteral("user_id_attribute")).toString(), QStringLiteral("externalId"));
        QCOMPARE(defaults.value(QStringLiteral("mapping")).toArray(), mapping);

        QCOMPARE(
            api("POST", QStringLiteral("/api/v2/connections/%1/scim-configuration/schemas").arg(connection)).status,
            405);
        api("DELETE", QStringLiteral("/api/v2/connections/%1/scim-configuration").arg(connection));
        QCOMPARE(api("GET", QStringLiteral("/api/v2/connections/%1/scim-configuration/schemas").arg(connection)).status,
                 404);
    }

    void remappingRecomputesProfilesWithoutScimTraffic()
    {
        const QString id = createUser(QStringLiteral("okta"), loadJson(QFINDTESTDATA("data/okta-user.json")));
        const QString connection = m_connection;
        QVERIFY(at(m_store->profile(id)->data, QStringLiteral("app_metadata.title")).isString());

        // New map: drop title, add the home email.
        QJsonArray mapping;
        for (const QJsonValue &entry : DefaultMappings::mapping(QStringLiteral("okta"))) {
            if (entry.toObject().value(QStringLiteral("scim")).toString() != QLatin1String("title"))
                mapping.append(entry);
        }
        mapping.append(QJsonObject{{QStringLiteral("scim"), QStringLiteral("emails[type eq \"home\"].value")},
                                   {QStringLiteral("auth0"), QStringLiteral("app_metadata.home_email")}});
        const HttpResponse patched =
            api("PATCH", QStringLiteral("/api/v2/connections/%1/scim-configuration").arg(connection),
                QJsonObject{{QStringLiteral("user_id_attribute"), QStringLiteral("externalId")},
                            {QStringLiteral("mapping"), mapping}});
        QCOMPARE(patched.status, 200);
        QCOMPARE(at(json(patched), QStringLiteral("profiles_status.state")).toString(), QStringLiteral("recomputing"));

        QTRY_VERIFY(!m_profiles->isRecomputing()); // the background batches run on the event loop
        const QJsonObject profile = m_store->profile(id)->data;
        QVERIFY(!at(profile, QStringLiteral("app_metadata")).toObject().contains(QStringLiteral("title")));
        QCOMPARE(at(profile, QStringLiteral("app_metadata.home_email")).toString(),
                 QStringLiteral("bella@home.example"));
        const QJsonObject status =
            json(api("GET", QStringLiteral("/api/v2/connections/%1/scim-configuration").arg(connection)));
        QCOMPARE(at(status, QStringLiteral("profiles_status.state")).toString(), QStringLiteral("current"));
        // SCIM still returns everything that was provisioned.
        QCOMPARE(json(scim("GET", QStringLiteral("/Users/") + id)).value(QStringLiteral("title")).toString(),
                 QStringLiteral("Principal Engineer"));
    }

    void recomputeRunsInBatchesEachProfileOldOrNew()
    {
        createConnection(QStringLiteral("okta"));
        const int count = 1200;
        for (int i = 0; i < count; ++i) {
            const HttpResponse created =
                scim("POST", QStringLiteral("/Users"),
                     QJsonObject{{QStringLiteral("userName"), QStringLiteral("user%1@x.example").arg(i)},
                                 {QStringLiteral("externalId"), QStringLiteral("ext%1").arg(i)},
                                 {QStringLiteral("title"), QStringLiteral("T%1").arg(i)}});
            QCOMPARE(created.status, 201);
        }
        QJsonArray mapping = DefaultMappings::mapping(QStringLiteral("okta"));
        for (int i = 0; i < mapping.size(); ++i) {
            if (mapping.at(i).toObject().value(QStringLiteral("scim")).toString() == QLatin1String("title"))
                mapping[i] = QJsonObject{{QStringLiteral("scim"), QStringLiteral("title")},
                                         {QStringLiteral("auth0"), QStringLiteral("app_metadata.job_title")}};
        }
        QCOMPARE(api("PATCH", QStringLiteral("/api/v2/connections/%1/scim-configuration").arg(m_connection),
                     QJsonObject{{QStringLiteral("user_id_attribute"), QStringLiteral("externalId")},
                                 {QStringLiteral("mapping"), mapping}})
                     .status,
                 200);
        // One batch, then look: some profiles are new, the rest still wholly old, none mixed.
        QCOMPARE(m_profiles->recomputeSome(), ProfileService::kRecomputeBatch);
        const ProfileService::Status status = m_profiles->status(m_connection);
        QVERIFY(!status.current);
        QCOMPARE(status.done, qsizetype(ProfileService::kRecomputeBatch));
        QCOMPARE(status.total, qsizetype(count));
        int oldOnes = 0;
        int newOnes = 0;
        for (const UserProfile &profile : m_store->profiles(m_connection, QString(), 0, count)) {
            const QJsonObject meta = profile.data.value(QStringLiteral("app_metadata")).toObject();
            const bool hasOld = meta.contains(QStringLiteral("title"));
            const bool hasNew = meta.contains(QStringLiteral("job_title"));
            QVERIFY(hasOld != hasNew);
            (hasNew ? newOnes : oldOnes)++;
        }
        QCOMPARE(newOnes, ProfileService::kRecomputeBatch);
        QCOMPARE(oldOnes, count - ProfileService::kRecomputeBatch);
        // A SCIM write in between uses the new map at once.
        const QString late = json(scim("GET", QStringLiteral("/Users?filter=userName%20eq%20%22user1199@x.example%22")))
                                 .value(QStringLiteral("Resources"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toString();
        QCOMPARE(scim("PATCH", QStringLiteral("/Users/") + late,
                      QJsonObject{{QStringLiteral("Operations"),
                                   QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                                          {QStringLiteral("path"), QStringLiteral("title")},
                                                          {QStringLiteral("value"), QStringLiteral("Late")}}}}})
                     .status,
                 204);
        QCOMPARE(at(m_store->profile(late)->data, QStringLiteral("app_metadata.job_title")).toString(),
                 QStringLiteral("Late"));
        QTRY_VERIFY(!m_profiles->isRecomputing());
        QCOMPARE(
            m_store->countProfilesAtVersion(m_connection, m_store->scimConfiguration(m_connection)->profileVersion),
            qsizetype(count));
    }

    void deactivationBlocksAndReactivationUnblocks()
    {
        const QString id = createUser(QStringLiteral("waad"), loadJson(QFINDTESTDATA("data/entra-user.json")));
        auto patchActive = [&](const QJsonValue &value, const QString &op) {
            return scim("PATCH", QStringLiteral("/Users/") + id,
                        QJsonObject{{QStringLiteral("Operations"),
                                     QJsonArray{QJsonObject{{QStringLiteral("op"), op},
                                                            {QStringLiteral("path"), QStringLiteral("active")},
                                                            {QStringLiteral("value"), value}}}}});
        };
        QCOMPARE(patchActive(QStringLiteral("False"), QStringLiteral("Replace")).status, 204); // Entra without the flag
        QCOMPARE(at(m_store->profile(id)->data, QStringLiteral("blocked")), QJsonValue(true));
        QCOMPARE(patchActive(true, QStringLiteral("replace")).status, 204);
        QCOMPARE(at(m_store->profile(id)->data, QStringLiteral("blocked")), QJsonValue(false));
        // Okta's path-less form.
        QCOMPARE(scim("PATCH", QStringLiteral("/Users/") + id,
                      QJsonObject{{QStringLiteral("Operations"),
                                   QJsonArray{QJsonObject{
                                       {QStringLiteral("op"), QStringLiteral("replace")},
                                       {QStringLiteral("value"), QJsonObject{{QStringLiteral("active"), false}}}}}}})
                     .status,
                 204);
        QCOMPARE(at(m_store->profile(id)->data, QStringLiteral("blocked")), QJsonValue(true));
        // The user is still there while deactivated.
        QCOMPARE(scim("GET", QStringLiteral("/Users/") + id).status, 200);
    }

    void usersApiSearchesProfiles()
    {
        createUser(QStringLiteral("okta"), loadJson(QFINDTESTDATA("data/okta-user.json")));
        createUser(QStringLiteral("waad"), loadJson(QFINDTESTDATA("data/entra-user.json")));
        const QJsonObject all = json(api("GET", QStringLiteral("/api/v2/users?include_totals=true")));
        QCOMPARE(all.value(QStringLiteral("total")).toInt(), 2);
        const QJsonObject byEmail = json(api("GET", QStringLiteral("/api/v2/users?q=KENJI&include_totals=true")));
        QCOMPARE(byEmail.value(QStringLiteral("total")).toInt(), 1);
        const QJsonObject kenji = byEmail.value(QStringLiteral("users")).toArray().at(0).toObject();
        QCOMPARE(kenji.value(QStringLiteral("upn")).toString(), QStringLiteral("Kenji.Tanaka@contoso.example"));
        const HttpResponse one =
            api("GET", QStringLiteral("/api/v2/users/") + kenji.value(QStringLiteral("user_id")).toString());
        QCOMPARE(one.status, 200);
        QCOMPARE(json(one), kenji);
        QCOMPARE(api("GET", QStringLiteral("/api/v2/users/nope")).status, 404);
        const HttpResponse paged = api("GET", QStringLiteral("/api/v2/users?per_page=1&page=1"));
        QCOMPARE(QJsonDocument::fromJson(paged.body).array().size(), 1);
        QCOMPARE(api("GET", QStringLiteral("/api/v2/users?per_page=101")).status, 400);
        QCOMPARE(json(api("GET", QStringLiteral("/api/v2/users?include_totals=true&connection_id=") + m_connection))
                     .value(QStringLiteral("total"))
                     .toInt(),
                 1);
    }

    void deletingAUserRemovesItsProfile()
    {
        const QString id = createUser(QStringLiteral("okta"), loadJson(QFINDTESTDATA("data/okta-user.json")));
        QVERIFY(m_store->profile(id));
        QCOMPARE(scim("DELETE", QStringLiteral("/Users/") + id).status, 204);
        QVERIFY(!m_store->profile(id));
    }

    void mappingPreviewCountsChangesWithoutWriting()
    {
        // 30 users: the first 20 have a title, the even ones a family name.
        createConnection(QStringLiteral("okta"));
        QStringList ids;
        for (int i = 0; i < 30; ++i) {
            QJsonObject user{{QStringLiteral("userName"), QStringLiteral("p%1@x.example").arg(i)},
                             {QStringLiteral("externalId"), QStringLiteral("ext%1").arg(i)}};
            if (i < 20)
                user.insert(QStringLiteral("title"), QStringLiteral("T%1").arg(i));
            if (i % 2 == 0)
                user.insert(QStringLiteral("name"),
                            QJsonObject{{QStringLiteral("familyName"), QStringLiteral("F%1").arg(i)}});
            ids.append(m_engine->create(QStringLiteral("/Users"), user));
        }
        const QJsonObject profileBefore = m_store->profile(ids.at(0))->data;
        // Candidate: title moves to app_metadata.job_title, the family name is no longer mapped.
        QJsonArray mapping;
        for (const QJsonValue &entry : DefaultMappings::mapping(QStringLiteral("okta"))) {
            const QString scimPath = entry.toObject().value(QStringLiteral("scim")).toString();
            if (scimPath == QLatin1String("name.familyName"))
                continue;
            if (scimPath == QLatin1String("title"))
                mapping.append(QJsonObject{{QStringLiteral("scim"), QStringLiteral("title")},
                                           {QStringLiteral("auth0"), QStringLiteral("app_metadata.job_title")}});
            else
                mapping.append(entry);
        }
        const QString path =
            QStringLiteral("/api/v2/connections/%1/scim-configuration/mapping-preview").arg(m_connection);
        const QJsonObject result = preview(path, QJsonObject{{QStringLiteral("mapping"), mapping}});
        QCOMPARE(result.value(QStringLiteral("users_examined")).toInt(), 30);
        QCOMPARE(result.value(QStringLiteral("total_users")).toInt(), 30);
        QCOMPARE(result.value(QStringLiteral("sampled")).toBool(), false);
        QCOMPARE(result.value(QStringLiteral("profiles_changed")).toInt(), 25); // 0..19 and 20, 22, …, 28
        QCOMPARE(result.value(QStringLiteral("profiles_unchanged")).toInt(), 5);
        QHash<QString, QJsonObject> attributes;
        for (const QJsonValue &value : result.value(QStringLiteral("attributes")).toArray())
            attributes.insert(value.toObject().value(QStringLiteral("attribute")).toString(), value.toObject());
        QCOMPARE(attributes.value(QStringLiteral("app_metadata.title")).value(QStringLiteral("disappearing")).toInt(),
                 20);
        QCOMPARE(attributes.value(QStringLiteral("app_metadata.job_title")).value(QStringLiteral("appearing")).toInt(),
                 20);
        QCOMPARE(attributes.value(QStringLiteral("family_name")).value(QStringLiteral("disappearing")).toInt(), 15);
        for (const QJsonObject &counts : attributes)
            QCOMPARE(counts.value(QStringLiteral("changing")).toInt(), 0);
        // Five examples by default, each with its changes and both profiles.
        const QJsonArray examples = result.value(QStringLiteral("examples")).toArray();
        QCOMPARE(examples.size(), 5);
        const QJsonObject first = examples.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("user_name")).toString(), QStringLiteral("p0@x.example"));
        QCOMPARE(at(first.value(QStringLiteral("before")).toObject(), QStringLiteral("app_metadata.title")).toString(),
                 QStringLiteral("T0"));
        QCOMPARE(
            at(first.value(QStringLiteral("after")).toObject(), QStringLiteral("app_metadata.job_title")).toString(),
            QStringLiteral("T0"));
        QCOMPARE(first.value(QStringLiteral("changes")).toArray().size(), 3);
        // Nothing was written: the profile and the saved map are as before.
        QCOMPARE(m_store->profile(ids.at(0))->data, profileBefore);
        QCOMPARE(m_store->scimConfiguration(m_connection)->mapping, DefaultMappings::mapping(QStringLiteral("okta")));

        // A sample reads only that many users.
        const QJsonObject sampled = preview(path, QJsonObject{{QStringLiteral("mapping"), mapping},
                                                              {QStringLiteral("sample_size"), 12},
                                                              {QStringLiteral("examples"), 0}});
        QCOMPARE(sampled.value(QStringLiteral("users_examined")).toInt(), 12);
        QCOMPARE(sampled.value(QStringLiteral("sampled")).toBool(), true);
        QVERIFY(sampled.value(QStringLiteral("examples")).toArray().isEmpty());
        // The current map against itself changes nothing.
        const QJsonObject same =
            preview(path, QJsonObject{{QStringLiteral("mapping"), DefaultMappings::mapping(QStringLiteral("okta"))}});
        QCOMPARE(same.value(QStringLiteral("profiles_changed")).toInt(), 0);
        QVERIFY(same.value(QStringLiteral("attributes")).toArray().isEmpty());

        // Progress lines when asked for JSON Lines: the last line holds the result.
        HttpRequest lines =
            EngineHarness::request("POST", path, QJsonObject{{QStringLiteral("mapping"), mapping}},
                                   {{"content-type", "application/json"}, {"accept", "application/x-ndjson"}});
        const QList<QByteArray> written = collect(m_engine->management->handle(lines)).trimmed().split('\n');
        QCOMPARE(QJsonDocument::fromJson(written.constLast())
                     .object()
                     .value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("profiles_changed"))
                     .toInt(),
                 25);

        // Bad input: the Management API's error form.
        QCOMPARE(api("POST", path, QJsonObject{{QStringLiteral("sample_size"), 3}}).status, 400);
        QCOMPARE(
            api("POST", path, QJsonObject{{QStringLiteral("mapping"), mapping}, {QStringLiteral("sample_size"), 0}})
                .status,
            400);
        QCOMPARE(
            api("POST", path, QJsonObject{{QStringLiteral("mapping"), mapping}, {QStringLiteral("colour"), 1}}).status,
            400);
        QCOMPARE(api("POST", QStringLiteral("/api/v2/connections/con_missing/scim-configuration/mapping-preview"),
                     QJsonObject{{QStringLiteral("mapping"), mapping}})
                     .status,
                 404);
    }

private:
    QByteArray collect(const HttpResponse &response)
    {
        if (!response.stream)
            return response.body;
        auto *stream = new CollectedStream;
        QByteArray body;
        bool done = false;
        QObject::connect(stream, &ResponseStream::closed, stream, [&] {
            body = stream->body;
            done = true;
        });
        response.stream(stream);
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qFatal("the preview did not finish");
        stream->deleteLater();
        return body;
    }
    QJsonObject preview(const QString &path, const QJsonObject &body)
    {
        const HttpResponse response = api("POST", path, body);
        if (response.status != 200)
            qWarning("%s", response.body.constData());
        return QJsonDocument::fromJson(collect(response)).object();
    }
    static const ResourceType &users() { return SchemaRegistry::standard().users(); }
    static QJsonObject json(const HttpResponse &response) { return EngineHarness::json(response); }
    HttpResponse api(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return m_engine->api(method, path, body);
    }
    HttpResponse scim(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return m_engine->scim(method, path, body);
    }
    QString createConnection(const QString &strategy)
    {
        m_connection = m_engine->createConnection(strategy);
        return m_connection;
    }
    QString createUser(const QString &strategy, const QJsonObject &payload)
    {
        createConnection(strategy);
        return m_engine->create(QStringLiteral("/Users"), payload);
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<EngineHarness> m_engine;
    Store *m_store = nullptr;
    ProfileService *m_profiles = nullptr;
    QString m_connection;
};

QTEST_GUILESS_MAIN(MappingTest)
#include "tst_mapping.moc"
