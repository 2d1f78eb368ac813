// RFC 9967 security event tokens end to end: a real scim-engine process, real SCIM traffic, and a local SET
// receiver (the engine's HttpServer class in this test process) that checks every token the way an application
// would: the signature (HS256 with the shared secret; ES256 with the key from the engine's JWKS, verified here with
// OpenSSL, not with the engine's code), the header, and the claims of each event type. Delivery is checked through
// receiver failures and an engine restart: every change arrives, in order, at least once. Runs on SQLite and on
// PostgreSQL (engine_security_events_pg), where two instances sharing the database also deliver each SET once.

#include "EngineProcess.h"
#include "TestBackend.h"
#include "common/HttpRequest.h"
#include "common/HttpResponse.h"
#include "http/HttpServer.h"
#include "requestlog/LogDatabase.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

using namespace Qt::StringLiterals;

namespace {

const QString kAdmin = u"admin-token-for-set-tests"_s;
const QString kUserUrn = u"urn:ietf:params:scim:schemas:core:2.0:User"_s;
const QString kGroupUrn = u"urn:ietf:params:scim:schemas:core:2.0:Group"_s;
const QString kPatchUrn = u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s;
const QString kBulkUrn = u"urn:ietf:params:scim:api:messages:2.0:BulkRequest"_s;
const QString kEnterpriseUrn = u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"_s;
const QString kProv = u"urn:ietf:params:scim:event:prov:"_s;
const QByteArray kSecret = "a-shared-secret-of-at-least-32-bytes!";
const QString kPublicUrl = u"https://scim.example.test"_s;

QByteArray fromBase64Url(const QByteArray &text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject parse(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

QJsonObject patchOp(const QJsonArray &operations)
{
    return {{u"schemas"_s, QJsonArray{kPatchUrn}}, {u"Operations"_s, operations}};
}

QJsonObject op(const QString &kind, const QString &path, const QJsonValue &value = QJsonValue::Undefined)
{
    QJsonObject operation{{u"op"_s, kind}};
    if (!path.isEmpty())
        operation.insert(u"path"_s, path);
    if (!value.isUndefined())
        operation.insert(u"value"_s, value);
    return operation;
}

// ES256 verification as a receiver does it: the public key from the JWK's x and y, the JWS signature (r‖s)
// turned back into DER for OpenSSL.
bool verifyEs256(const QJsonObject &jwk, const QByteArray &signingInput, const QByteArray &signature)
{
    const QByteArray x = fromBase64Url(jwk.value(u"x"_s).toString().toLatin1());
    const QByteArray y = fromBase64Url(jwk.value(u"y"_s).toString().toLatin1());
    if (x.size() != 32 || y.size() != 32 || signature.size() != 64)
        return false;
    const QByteArray point = QByteArray(1, '\x04') + x + y;
    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_utf8_string(builder, OSSL_PKEY_PARAM_GROUP_NAME, "P-256", 0);
    OSSL_PARAM_BLD_push_octet_string(builder, OSSL_PKEY_PARAM_PUB_KEY, point.constData(), size_t(point.size()));
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(builder);
    EVP_PKEY_CTX *context = EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr);
    EVP_PKEY *key = nullptr;
    const bool built = context && EVP_PKEY_fromdata_init(context) == 1 &&
                       EVP_PKEY_fromdata(context, &key, EVP_PKEY_PUBLIC_KEY, params) == 1;
    EVP_PKEY_CTX_free(context);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(builder);
    if (!built)
        return false;
    ECDSA_SIG *ecdsa = ECDSA_SIG_new();
    const auto *raw = reinterpret_cast<const unsigned char *>(signature.constData());
    ECDSA_SIG_set0(ecdsa, BN_bin2bn(raw, 32, nullptr), BN_bin2bn(raw + 32, 32, nullptr));
    unsigned char *der = nullptr;
    const int derLength = i2d_ECDSA_SIG(ecdsa, &der);
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    const bool ok =
        derLength > 0 && EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, key) == 1 &&
        EVP_DigestVerify(md, der, size_t(derLength), reinterpret_cast<const unsigned char *>(signingInput.constData()),
                         size_t(signingInput.size())) == 1;
    EVP_MD_CTX_free(md);
    OPENSSL_free(der);
    ECDSA_SIG_free(ecdsa);
    EVP_PKEY_free(key);
    return ok;
}

// A SET receiver (RFC 8935): records each POST and answers 202, or what the test queues.
class SetReceiver
{
public:
    struct Answer
    {
        int status = 202;
        QByteArray body;
    };

    SetReceiver()
        : m_server([this](const scim::HttpRequest &request) {
            m_requests.append(request);
            const Answer answer = m_answers.isEmpty() ? m_default : m_answers.takeFirst();
            if (answer.body.isEmpty())
                return scim::HttpResponse::empty(answer.status);
            return scim::HttpResponse::json(answer.status, parse(answer.body), "application/json");
        })
    {}
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url(const QString &path) const { return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path); }
    void queue(QList<Answer> answers) { m_answers = std::move(answers); }
    void setDefault(Answer answer) { m_default = std::move(answer); }
    QList<scim::HttpRequest> requests(const QString &path) const
    {
        QList<scim::HttpRequest> matching;
        for (const scim::HttpRequest &request : m_requests) {
            if (request.path == path)
                matching.append(request);
        }
        return matching;
    }

private:
    scim::HttpServer m_server;
    QList<scim::HttpRequest> m_requests;
    QList<Answer> m_answers;
    Answer m_default;
};

// One received token, checked and decoded.
struct ReceivedSet
{
    QJsonObject header;
    QJsonObject claims;
    QStringList eventUris() const { return claims.value(u"events"_s).toObject().keys(); }
    QJsonObject event(const QString &suffix) const
    {
        return claims.value(u"events"_s).toObject().value(kProv + suffix).toObject();
    }
};

} // namespace

class SecurityEventsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestBackend::Database m_database;
    std::unique_ptr<EngineProcess> m_engine;
    QNetworkAccessManager m_network;
    QString m_connection;
    QString m_token;

    // The engine's --database: dir/engine.sqlite (SETs in engine.sqlite-logs), or a fresh PostgreSQL database.
    QString databasePath() const { return m_database.location(); }

    bool startEngine()
    {
        m_engine = std::make_unique<EngineProcess>();
        // A public URL that stays the same across restarts, as in production: it is the SETs' issuer.
        if (!m_engine->start(databasePath(), kAdmin,
                             {u"--delivery-retry-ms"_s, u"20"_s, u"--public-url"_s, kPublicUrl})) {
            qWarning("%s", m_engine->failure().constData());
            return false;
        }
        return true;
    }

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray etag;
        QJsonObject object() const { return parse(body); }
    };

    Reply send(const QByteArray &method, const QString &url, const QByteArray &authorization, const QJsonObject &body,
               const QByteArray &contentType = "application/json")
    {
        QNetworkRequest request{QUrl(url)};
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        if (!payload.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                     reply->rawHeader("ETag")};
        reply->deleteLater();
        return result;
    }

    Reply api(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return send(method, m_engine->baseUrl() + u"/api/v2"_s + path, "Bearer " + kAdmin.toUtf8(), body);
    }

    Reply scim(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return send(method, m_engine->baseUrl() + u"/scim/v2/connections/"_s + m_connection + path,
                    "Bearer " + m_token.toUtf8(), body, "application/scim+json");
    }

    void setUpConnection()
    {
        const Reply created = api("POST", u"/connections"_s, {{u"name"_s, u"acme-okta"_s}, {u"strategy"_s, u"okta"_s}});
        QCOMPARE(created.status, 201);
        m_connection = created.object().value(u"id"_s).toString();
        QCOMPARE(api("POST", u"/connections/%1/scim-configuration"_s.arg(m_connection)).status, 201);
        const Reply token =
            api("POST", u"/connections/%1/scim-configuration/tokens"_s.arg(m_connection),
                {{u"scopes"_s, QJsonArray{u"get:users"_s, u"post:users"_s, u"put:users"_s, u"patch:users"_s,
                                          u"delete:users"_s, u"get:groups"_s, u"post:groups"_s, u"put:groups"_s,
                                          u"patch:groups"_s, u"delete:groups"_s}}});
        QCOMPARE(token.status, 201);
        m_token = token.object().value(u"token"_s).toString();
    }

    QString createStream(const QString &name, const QJsonObject &sink)
    {
        const Reply created =
            api("POST", u"/log-streams"_s, {{u"name"_s, name}, {u"type"_s, u"scim-set"_s}, {u"sink"_s, sink}});
        if (created.status != 201)
            qWarning("create stream: %d %s", created.status, created.body.constData());
        return created.object().value(u"id"_s).toString();
    }

    // Every token POSTed to `path`, checked (content type, header, signature); the first occurrence of each jti,
    // in arrival order (a token sent again after a failure or restart is the same token).
    QList<ReceivedSet> received(const SetReceiver &receiver, const QString &path, const QJsonObject &jwks, bool es256,
                                QStringList *problems)
    {
        QList<ReceivedSet> sets;
        QSet<QString> seen;
        for (const scim::HttpRequest &request : receiver.requests(path)) {
            if (request.header("content-type") != "application/secevent+jwt")
                problems->append(u"content type %1"_s.arg(QString::fromLatin1(request.header("content-type"))));
            const QList<QByteArray> parts = request.body.split('.');
            if (parts.size() != 3) {
                problems->append(u"not a compact JWS"_s);
                continue;
            }
            ReceivedSet set{parse(fromBase64Url(parts.at(0))), parse(fromBase64Url(parts.at(1)))};
            const QByteArray input = parts.at(0) + '.' + parts.at(1);
            const QByteArray signature = fromBase64Url(parts.at(2));
            if (set.header.value(u"typ"_s).toString() != u"secevent+jwt"_s)
                problems->append(u"typ %1"_s.arg(set.header.value(u"typ"_s).toString()));
            if (es256) {
                QJsonObject key;
                for (const QJsonValue &candidate : jwks.value(u"keys"_s).toArray()) {
                    if (candidate.toObject().value(u"kid"_s) == set.header.value(u"kid"_s))
                        key = candidate.toObject();
                }
                if (set.header.value(u"alg"_s).toString() != u"ES256"_s || key.isEmpty() ||
                    !verifyEs256(key, input, signature))
                    problems->append(u"ES256 signature does not verify with the JWKS key"_s);
            } else if (set.header.value(u"alg"_s).toString() != u"HS256"_s ||
                       QMessageAuthenticationCode::hash(input, kSecret, QCryptographicHash::Sha256) != signature) {
                problems->append(u"HS256 signature does not verify with the shared secret"_s);
            }
            const QString jti = set.claims.value(u"jti"_s).toString();
            if (!seen.contains(jti)) {
                seen.insert(jti);
                sets.append(set);
            }
        }
        return sets;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_database = TestBackend::Database(m_dir.path(), u"engine.sqlite"_s);
        QVERIFY(startEngine());
        setUpConnection();
    }

    void cleanup()
    {
        if (m_engine && m_engine->isRunning())
            QVERIFY2(m_engine->stop(), m_engine->failure().constData());
        m_engine.reset();
    }

    void everyEventTypeSignedAndDeliveredAcrossARestart()
    {
        SetReceiver receiver;
        QVERIFY(receiver.listen());
        const QString notice = createStream(u"app-notice"_s, {{u"setEndpoint"_s, receiver.url(u"/notice"_s)},
                                                              {u"setAudience"_s, u"https://app.example.com"_s},
                                                              {u"setSigningAlgorithm"_s, u"ES256"_s}});
        const QString full =
            createStream(u"replica-full"_s, {{u"setEndpoint"_s, receiver.url(u"/full"_s)},
                                             {u"setAudience"_s, QJsonArray{u"replica-a"_s, u"replica-b"_s}},
                                             {u"setSigningAlgorithm"_s, u"HS256"_s},
                                             {u"setSigningSecret"_s, QString::fromLatin1(kSecret)},
                                             {u"setEventMode"_s, u"full"_s},
                                             {u"setAuthorization"_s, u"Bearer receiver-token"_s}});
        QVERIFY(!notice.isEmpty() && !full.isEmpty());

        // 1 create (with a password), 2 patch, 3 patch that deactivates, 4 put that reactivates.
        const Reply created = scim("POST", u"/Users"_s,
                                   {{u"schemas"_s, QJsonArray{kUserUrn, kEnterpriseUrn}},
                                    {u"userName"_s, u"ada@example.com"_s},
                                    {u"externalId"_s, u"00u-ada"_s},
                                    {u"active"_s, true},
                                    {u"password"_s, u"Secret-123!"_s},
                                    {kEnterpriseUrn, QJsonObject{{u"department"_s, u"R&D"_s}}}});
        QCOMPARE(created.status, 201);
        const QString user = created.object().value(u"id"_s).toString();
        QCOMPARE(scim("PATCH", u"/Users/"_s + user,
                      patchOp({op(u"replace"_s, u"displayName"_s, u"Ada"_s),
                               op(u"replace"_s, kEnterpriseUrn + u":department"_s, u"Engines"_s),
                               op(u"replace"_s, u"password"_s, u"Another-456!"_s)}))
                     .status,
                 204);
        const Reply deactivated = scim("PATCH", u"/Users/"_s + user, patchOp({op(u"replace"_s, u"active"_s, false)}));
        QCOMPARE(deactivated.status, 204);

        // The receiver goes away mid-stream and the engine restarts: what is pending is delivered afterwards.
        receiver.setDefault({503, {}});
        QTest::qWait(100);
        QVERIFY2(m_engine->stop(), m_engine->failure().constData());
        QVERIFY(startEngine());
        receiver.setDefault({202, {}});

        const Reply reactivated = scim("PUT", u"/Users/"_s + user,
                                       {{u"schemas"_s, QJsonArray{kUserUrn}},
                                        {u"userName"_s, u"ada@example.com"_s},
                                        {u"externalId"_s, u"00u-ada"_s},
                                        {u"active"_s, true}});
        QCOMPARE(reactivated.status, 200);
        // 5 group create with a member, 6 membership patch, 7 group put, 8 group delete.
        const Reply second =
            scim("POST", u"/Users"_s, {{u"schemas"_s, QJsonArray{kUserUrn}}, {u"userName"_s, u"grace@example.com"_s}});
        QCOMPARE(second.status, 201);
        const QString grace = second.object().value(u"id"_s).toString();
        const Reply group = scim("POST", u"/Groups"_s,
                                 {{u"schemas"_s, QJsonArray{kGroupUrn}},
                                  {u"displayName"_s, u"Engineering"_s},
                                  {u"externalId"_s, u"grp-eng"_s},
                                  {u"members"_s, QJsonArray{QJsonObject{{u"value"_s, user}}}}});
        QCOMPARE(group.status, 201);
        const QString groupId = group.object().value(u"id"_s).toString();
        QCOMPARE(scim("PATCH", u"/Groups/"_s + groupId,
                      patchOp({op(u"add"_s, u"members"_s, QJsonArray{QJsonObject{{u"value"_s, grace}}})}))
                     .status,
                 204);
        QCOMPARE(scim("PUT", u"/Groups/"_s + groupId,
                      {{u"schemas"_s, QJsonArray{kGroupUrn}},
                       {u"displayName"_s, u"Engineering (all)"_s},
                       {u"externalId"_s, u"grp-eng"_s},
                       {u"members"_s, QJsonArray{QJsonObject{{u"value"_s, user}}, QJsonObject{{u"value"_s, grace}}}}})
                     .status,
                 200);
        QCOMPARE(scim("DELETE", u"/Groups/"_s + groupId).status, 204);
        // 9 and 10: one Bulk request, two changes, one txn.
        const QJsonObject bulk{
            {u"schemas"_s, QJsonArray{kBulkUrn}},
            {u"Operations"_s,
             QJsonArray{QJsonObject{{u"method"_s, u"PATCH"_s},
                                    {u"path"_s, QString(u"/Users/"_s + grace)},
                                    {u"data"_s, patchOp({op(u"replace"_s, u"displayName"_s, u"Grace"_s)})}},
                        QJsonObject{{u"method"_s, u"DELETE"_s}, {u"path"_s, QString(u"/Users/"_s + user)}}}}};
        QCOMPARE(scim("POST", u"/Bulk"_s, bulk).status, 200);
        // Nothing is sent for what changes nothing.
        QCOMPARE(scim("GET", u"/Users/"_s + grace).status, 200);
        QCOMPARE(scim("PATCH", u"/Users/"_s + grace, patchOp({op(u"replace"_s, u"displayName"_s, u"Grace"_s)})).status,
                 204);

        const QJsonObject jwks = parse(send("GET", m_engine->baseUrl() + u"/.well-known/jwks.json"_s, {}, {}).body);
        QCOMPARE(jwks.value(u"keys"_s).toArray().size(), 1);
        QCOMPARE(jwks.value(u"keys"_s).toArray().first().toObject().value(u"crv"_s).toString(), u"P-256"_s);
        QVERIFY(!jwks.value(u"keys"_s).toArray().first().toObject().contains(u"d"_s)); // never the private part

        QStringList problems;
        QList<ReceivedSet> noticeSets;
        QList<ReceivedSet> fullSets;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                problems.clear();
                noticeSets = received(receiver, u"/notice"_s, jwks, true, &problems);
                fullSets = received(receiver, u"/full"_s, jwks, false, &problems);
                return noticeSets.size() >= 11 && fullSets.size() >= 11;
            }(),
            20000);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
        QTest::qWait(100); // nothing more may come
        noticeSets = received(receiver, u"/notice"_s, jwks, true, &problems);
        fullSets = received(receiver, u"/full"_s, jwks, false, &problems);
        QCOMPARE(noticeSets.size(), 11);
        QCOMPARE(fullSets.size(), 11);

        // The events of each SET, in order: the same changes in both streams, notice or full. A change that
        // deactivates or reactivates is one SET with both events (RFC 9967 §2.1).
        const QList<QStringList> expected{
            {u"create"_s},
            {u"patch"_s},
            {u"deactivate"_s, u"patch"_s},
            {u"activate"_s, u"put"_s},
            {u"create"_s},
            {u"create"_s},
            {u"patch"_s},
            {u"put"_s},
            {u"delete"_s},
            {u"patch"_s},
            {u"delete"_s},
        };
        const auto shortNames = [](const ReceivedSet &set, bool fullMode) {
            QStringList names;
            for (QString uri : set.eventUris()) {
                uri.remove(kProv);
                if (uri.endsWith(u":notice"_s) || uri.endsWith(u":full"_s)) {
                    if (uri.endsWith(fullMode ? u":notice"_s : u":full"_s))
                        return QStringList{u"wrong form: "_s + uri};
                    uri = uri.section(u':', 0, 0);
                }
                names << uri;
            }
            return names;
        };
        for (int i = 0; i < 11; ++i) {
            QCOMPARE(shortNames(noticeSets.at(i), false), expected.at(i));
            QCOMPARE(shortNames(fullSets.at(i), true), expected.at(i));
        }
        // Claims common to all: issuer, audience, unique jti, txn, subject by SCIM path, the location.
        QSet<QString> jtis;
        for (const ReceivedSet &set : std::as_const(noticeSets)) {
            QCOMPARE(set.claims.value(u"iss"_s).toString(), kPublicUrl);
            QCOMPARE(set.claims.value(u"aud"_s).toString(), u"https://app.example.com"_s);
            QVERIFY(!set.claims.contains(u"sub"_s));
            QVERIFY(set.claims.value(u"iat"_s).toInteger() > 1700000000);
            QVERIFY(!set.claims.value(u"txn"_s).toString().isEmpty());
            const QString jti = set.claims.value(u"jti"_s).toString();
            QVERIFY(!jti.isEmpty() && !jtis.contains(jti));
            jtis.insert(jti);
            const QJsonObject subject = set.claims.value(u"sub_id"_s).toObject();
            QCOMPARE(subject.value(u"format"_s).toString(), u"scim"_s);
            QCOMPARE(set.claims.value(u"connection_id"_s).toString(), m_connection);
            QCOMPARE(set.claims.value(u"location"_s).toString(),
                     kPublicUrl + u"/scim/v2/connections/"_s + m_connection + subject.value(u"uri"_s).toString());
        }
        for (const ReceivedSet &set : std::as_const(fullSets))
            QCOMPARE(set.claims.value(u"aud"_s).toArray(), (QJsonArray{u"replica-a"_s, u"replica-b"_s}));
        // Another stream, another SET: the same change never has the same jti twice.
        QVERIFY(!jtis.contains(fullSets.at(0).claims.value(u"jti"_s).toString()));
        QCOMPARE(noticeSets.at(0).claims.value(u"txn"_s), fullSets.at(0).claims.value(u"txn"_s));

        // 1: create notice names the attributes (the password by name only), with the subject's externalId.
        const QJsonObject createNotice = noticeSets.at(0).event(u"create:notice"_s);
        const QStringList createdNames = createNotice.value(u"attributes"_s).toVariant().toStringList();
        for (const QString &name : QStringList{u"id"_s, u"userName"_s, u"externalId"_s, u"active"_s, u"password"_s,
                                               kEnterpriseUrn + u":department"_s})
            QVERIFY2(createdNames.contains(name), qPrintable(name));
        QVERIFY(!createNotice.contains(u"data"_s));
        QCOMPARE(noticeSets.at(0).claims.value(u"sub_id"_s).toObject().value(u"uri"_s).toString(), u"/Users/"_s + user);
        QCOMPARE(noticeSets.at(0).claims.value(u"sub_id"_s).toObject().value(u"externalId"_s).toString(), u"00u-ada"_s);
        QCOMPARE(createNotice.value(u"version"_s).toString(), u"W/\"1\""_s);
        // Full create: the resource as a GET returns it, never the password.
        const QJsonObject createFull = fullSets.at(0).event(u"create:full"_s).value(u"data"_s).toObject();
        QCOMPARE(createFull.value(u"userName"_s).toString(), u"ada@example.com"_s);
        QCOMPARE(createFull.value(u"id"_s).toString(), user);
        QVERIFY(createFull.value(u"meta"_s).toObject().value(u"location"_s).toString().endsWith(user));
        QVERIFY(!createFull.contains(u"password"_s));
        QVERIFY(!fullSets.at(0).event(u"create:full"_s).contains(u"attributes"_s));

        // 2: patch notice lists what changed (the extension attribute by its full path); full carries the PatchOp
        // without the password operation.
        QStringList patched =
            noticeSets.at(1).event(u"patch:notice"_s).value(u"attributes"_s).toVariant().toStringList();
        patched.sort();
        QStringList expectedPatched{u"displayName"_s, u"password"_s, kEnterpriseUrn + u":department"_s};
        expectedPatched.sort();
        QCOMPARE(patched, expectedPatched);
        QCOMPARE(noticeSets.at(1).event(u"patch:notice"_s).value(u"version"_s).toString(), u"W/\"2\""_s);
        const QJsonObject patchData = fullSets.at(1).event(u"patch:full"_s).value(u"data"_s).toObject();
        QCOMPARE(patchData.value(u"schemas"_s).toArray(), QJsonArray{kPatchUrn});
        QCOMPARE(patchData.value(u"Operations"_s).toArray().size(), 2);
        QVERIFY(!QJsonDocument(fullSets.at(1).claims).toJson().contains("Another-456!"));
        for (const ReceivedSet &set : std::as_const(fullSets))
            QVERIFY(!QJsonDocument(set.claims).toJson().contains("Secret-123!"));

        // 3 and 4: deactivate and activate ride with the update that caused them, in one SET.
        QCOMPARE(noticeSets.at(2).event(u"patch:notice"_s).value(u"attributes"_s).toArray(), QJsonArray{u"active"_s});
        QCOMPARE(noticeSets.at(2).event(u"deactivate"_s), QJsonObject());
        QCOMPARE(noticeSets.at(3).event(u"put:notice"_s).value(u"version"_s).toString(),
                 QString::fromLatin1(reactivated.etag));
        QCOMPARE(fullSets.at(3).event(u"put:full"_s).value(u"data"_s).toObject().value(u"active"_s), QJsonValue(true));

        // 6: the group's create lists its members; 7: a membership change is a patch of "members" (RFC 9967
        // Figure 7), the full form is the PatchOp (Figure 6); 8: the put names what changed.
        QCOMPARE(noticeSets.at(5).claims.value(u"sub_id"_s).toObject().value(u"uri"_s).toString(),
                 u"/Groups/"_s + groupId);
        QCOMPARE(noticeSets.at(5).claims.value(u"sub_id"_s).toObject().value(u"externalId"_s).toString(), u"grp-eng"_s);
        QVERIFY(noticeSets.at(5).event(u"create:notice"_s).value(u"attributes"_s).toArray().contains(u"members"_s));
        QCOMPARE(
            fullSets.at(5).event(u"create:full"_s).value(u"data"_s).toObject().value(u"members"_s).toArray().size(), 1);
        QCOMPARE(noticeSets.at(6).event(u"patch:notice"_s).value(u"attributes"_s).toArray(), QJsonArray{u"members"_s});
        QCOMPARE(fullSets.at(6)
                     .event(u"patch:full"_s)
                     .value(u"data"_s)
                     .toObject()
                     .value(u"Operations"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"path"_s)
                     .toString(),
                 u"members"_s);
        QCOMPARE(noticeSets.at(7).event(u"put:notice"_s).value(u"attributes"_s).toArray(),
                 QJsonArray{u"displayName"_s});
        QCOMPARE(fullSets.at(7).event(u"put:full"_s).value(u"data"_s).toObject().value(u"members"_s).toArray().size(),
                 2);
        // 9: delete has no payload and no form.
        QCOMPARE(noticeSets.at(8).event(u"delete"_s), QJsonObject());
        QCOMPARE(noticeSets.at(8).claims.value(u"events"_s).toObject().size(), 1);
        // 10 and 11: one request, two changes, one txn; other requests have their own.
        QCOMPARE(noticeSets.at(9).claims.value(u"txn"_s), noticeSets.at(10).claims.value(u"txn"_s));
        QVERIFY(noticeSets.at(8).claims.value(u"txn"_s) != noticeSets.at(9).claims.value(u"txn"_s));
        QCOMPARE(noticeSets.at(10).claims.value(u"sub_id"_s).toObject().value(u"uri"_s).toString(),
                 u"/Users/"_s + user);

        // The receiver's credential goes with every delivery of the stream that has one.
        for (const scim::HttpRequest &request : receiver.requests(u"/full"_s))
            QCOMPARE(request.header("authorization"), QByteArray("Bearer receiver-token"));
        for (const scim::HttpRequest &request : receiver.requests(u"/notice"_s))
            QVERIFY(request.header("authorization").isEmpty());

        // Everything delivered: nothing pending, and the store keeps nothing both streams have.
        QTRY_COMPARE_WITH_TIMEOUT(api("GET", u"/log-streams/"_s + full)
                                      .object()
                                      .value(u"delivery"_s)
                                      .toObject()
                                      .value(u"pending_events"_s)
                                      .toInt(),
                                  0, 5000);
    }

    void streamsAreValidatedAndSecretsNeverShown()
    {
        const auto create = [this](const QJsonObject &sink, const QJsonObject &extra = {}) {
            QJsonObject body{{u"name"_s, u"x"_s}, {u"type"_s, u"scim-set"_s}, {u"sink"_s, sink}};
            for (auto it = extra.begin(); it != extra.end(); ++it)
                body.insert(it.key(), it.value());
            return api("POST", u"/log-streams"_s, body);
        };
        const QJsonObject valid{{u"setEndpoint"_s, u"https://app.example.com/events"_s},
                                {u"setAudience"_s, u"app"_s},
                                {u"setSigningAlgorithm"_s, u"HS256"_s},
                                {u"setSigningSecret"_s, QString::fromLatin1(kSecret)}};
        const auto without = [&valid](const QString &key) {
            QJsonObject sink = valid;
            sink.remove(key);
            return sink;
        };
        const auto with = [&valid](const QString &key, const QJsonValue &value) {
            QJsonObject sink = valid;
            sink.insert(key, value);
            return sink;
        };
        struct Case
        {
            QJsonObject sink;
            QString message;
        };
        const QList<Case> invalid{
            {without(u"setEndpoint"_s), u"setEndpoint"_s},
            {with(u"setEndpoint"_s, u"ftp://x"_s), u"setEndpoint"_s},
            {without(u"setAudience"_s), u"setAudience"_s},
            {with(u"setAudience"_s, QJsonArray{}), u"setAudience"_s},
            {with(u"setSigningAlgorithm"_s, u"RS256"_s), u"setSigningAlgorithm"_s},
            {with(u"setSigningSecret"_s, u"short"_s), u"at least 32 bytes"_s},
            {without(u"setSigningSecret"_s), u"setSigningSecret"_s},
            {with(u"setSigningAlgorithm"_s, u"ES256"_s), u"only for HS256"_s},
            {with(u"setEventMode"_s, u"everything"_s), u"setEventMode"_s},
            {with(u"httpEndpoint"_s, u"https://x"_s), u"not a field"_s},
        };
        for (const Case &item : invalid) {
            const Reply reply = create(item.sink);
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.object().value(u"statusCode"_s).toInt(), 400);
            QVERIFY2(reply.object().value(u"message"_s).toString().contains(item.message), reply.body.constData());
        }
        QCOMPARE(create(valid, {{u"startFrom"_s, u"900000000000000000000001"_s}}).status, 400);

        const Reply created = create(valid);
        QCOMPARE(created.status, 201);
        const QJsonObject sink = created.object().value(u"sink"_s).toObject();
        QVERIFY(!sink.contains(u"setSigningSecret"_s));
        QCOMPARE(sink.value(u"setSigningSecretSet"_s).toBool(), true);
        QCOMPARE(sink.value(u"setEventMode"_s).toString(), u"notice"_s);
        QVERIFY(!created.body.contains(kSecret));
        const QString id = created.object().value(u"id"_s).toString();
        QVERIFY(!api("GET", u"/log-streams"_s).body.contains(kSecret));
        // PATCH keeps the secret unless told otherwise; switching to ES256 drops it.
        QCOMPARE(
            api("PATCH", u"/log-streams/"_s + id, {{u"sink"_s, QJsonObject{{u"setAudience"_s, u"app-2"_s}}}}).status,
            200);
        QCOMPARE(api("PATCH", u"/log-streams/"_s + id, {{u"sink"_s, QJsonObject{{u"setSigningSecret"_s, u"short"_s}}}})
                     .status,
                 400);
        const Reply switched =
            api("PATCH", u"/log-streams/"_s + id, {{u"sink"_s, QJsonObject{{u"setSigningAlgorithm"_s, u"ES256"_s}}}});
        QCOMPARE(switched.status, 200);
        QCOMPARE(switched.object().value(u"sink"_s).toObject().value(u"setSigningSecretSet"_s).toBool(), false);
        QCOMPARE(switched.object().value(u"sink"_s).toObject().value(u"setAudience"_s).toString(), u"app-2"_s);

        // The secret is not in the log database as a readable "shown" field either: only where it must be.
        QCOMPARE(api("DELETE", u"/log-streams/"_s + id).status, 204);
        QCOMPARE(api("GET", u"/log-streams/"_s + id).status, 404);
    }

    void serviceProviderConfigAdvertisesEventsWhileAStreamExists()
    {
        QVERIFY(!scim("GET", u"/ServiceProviderConfig"_s).object().contains(u"securityEvents"_s));
        const QString id = createStream(u"app"_s, {{u"setEndpoint"_s, u"http://127.0.0.1:9/events"_s},
                                                   {u"setAudience"_s, u"app"_s},
                                                   {u"setSigningAlgorithm"_s, u"ES256"_s}});
        QVERIFY(!id.isEmpty());
        const QJsonObject events =
            scim("GET", u"/ServiceProviderConfig"_s).object().value(u"securityEvents"_s).toObject();
        QCOMPARE(events.value(u"asyncRequest"_s).toString(), u"none"_s);
        const QStringList uris = events.value(u"eventUris"_s).toVariant().toStringList();
        for (const QString &suffix : {u"create:notice"_s, u"create:full"_s, u"patch:notice"_s, u"patch:full"_s,
                                      u"put:notice"_s, u"put:full"_s, u"delete"_s, u"activate"_s, u"deactivate"_s})
            QVERIFY2(uris.contains(kProv + suffix), qPrintable(suffix));
        QCOMPARE(uris.size(), 9);
        QCOMPARE(api("DELETE", u"/log-streams/"_s + id).status, 204);
        QVERIFY(!scim("GET", u"/ServiceProviderConfig"_s).object().contains(u"securityEvents"_s));
    }

    void refusedSetsAreRetriedThenSuspendWithTheReceiversReason()
    {
        SetReceiver receiver;
        QVERIFY(receiver.listen());
        // RFC 8935 §2.3: a receiver refuses a SET with 400 and {"err", "description"}.
        receiver.setDefault({400, R"({"err":"invalid_key","description":"Key not recognised"})"});
        const QString id = createStream(u"app"_s, {{u"setEndpoint"_s, receiver.url(u"/events"_s)},
                                                   {u"setAudience"_s, u"app"_s},
                                                   {u"setSigningAlgorithm"_s, u"ES256"_s}});
        QCOMPARE(
            scim("POST", u"/Users"_s, {{u"schemas"_s, QJsonArray{kUserUrn}}, {u"userName"_s, u"ada@example.com"_s}})
                .status,
            201);
        QTRY_COMPARE_WITH_TIMEOUT(api("GET", u"/log-streams/"_s + id).object().value(u"status"_s).toString(),
                                  u"suspended"_s, 30000);
        const QJsonObject delivery = api("GET", u"/log-streams/"_s + id).object().value(u"delivery"_s).toObject();
        QCOMPARE(delivery.value(u"consecutive_failures"_s).toInt(), 10);
        QCOMPARE(delivery.value(u"last_error"_s).toString(), u"HTTP 400 invalid_key: Key not recognised"_s);
        QCOMPARE(delivery.value(u"pending_events"_s).toInt(), 1);
        QVERIFY(delivery.value(u"last_delivered_at"_s).isNull()); // nothing ever arrived
        QVERIFY2(QDateTime::fromString(delivery.value(u"suspended_at"_s).toString(), Qt::ISODateWithMs).isValid(),
                 qPrintable(QString::fromUtf8(QJsonDocument(delivery).toJson())));
        // As for webhook streams: when and why it was suspended.
        QCOMPARE(delivery.value(u"suspended_reason"_s).toString(),
                 u"Suspended after 10 consecutive failed deliveries; the last one: HTTP 400 invalid_key: Key not "
                 "recognised"_s);
        const qsizetype attempts = receiver.requests(u"/events"_s).size();
        QCOMPARE(attempts, 10);
        // All ten attempts were the same SET (ES256 signatures differ each time; header and claims do not).
        const auto signedPart = [](const QByteArray &token) { return token.left(token.lastIndexOf('.')); };
        QCOMPARE(signedPart(receiver.requests(u"/events"_s).first().body),
                 signedPart(receiver.requests(u"/events"_s).last().body));
        QTest::qWait(200);
        QCOMPARE(receiver.requests(u"/events"_s).size(), attempts); // suspended streams are not retried

        // A paused stream keeps what happens meanwhile; resuming delivers it all, in order.
        QCOMPARE(api("PATCH", u"/log-streams/"_s + id, {{u"status"_s, u"paused"_s}}).status, 200);
        QCOMPARE(
            scim("POST", u"/Users"_s, {{u"schemas"_s, QJsonArray{kUserUrn}}, {u"userName"_s, u"grace@example.com"_s}})
                .status,
            201);
        receiver.setDefault({202, {}});
        QCOMPARE(api("PATCH", u"/log-streams/"_s + id, {{u"status"_s, u"active"_s}}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(api("GET", u"/log-streams/"_s + id)
                                      .object()
                                      .value(u"delivery"_s)
                                      .toObject()
                                      .value(u"pending_events"_s)
                                      .toInt(),
                                  0, 10000);
        QCOMPARE(api("GET", u"/log-streams/"_s + id).object().value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(receiver.requests(u"/events"_s).size(), attempts + 2);
        const QJsonObject resumed = api("GET", u"/log-streams/"_s + id).object().value(u"delivery"_s).toObject();
        QVERIFY2(QDateTime::fromString(resumed.value(u"last_delivered_at"_s).toString(), Qt::ISODateWithMs).isValid(),
                 qPrintable(QString::fromUtf8(QJsonDocument(resumed).toJson())));
        QCOMPARE(resumed.value(u"consecutive_failures"_s).toInt(), 0);
        QVERIFY(!resumed.contains(u"suspended_at"_s));
    }

    void testEventIsASignedVerificationSet()
    {
        SetReceiver receiver;
        QVERIFY(receiver.listen());
        const QString id = createStream(u"app"_s, {{u"setEndpoint"_s, receiver.url(u"/events"_s)},
                                                   {u"setAudience"_s, u"https://app.example.com"_s},
                                                   {u"setSigningAlgorithm"_s, u"ES256"_s}});
        QVERIFY(!id.isEmpty());
        QCOMPARE(api("PATCH", u"/log-streams/"_s + id, {{u"status"_s, u"paused"_s}}).status, 200);
        // Sent whatever the stream's status, and what the receiver said comes back.
        Reply test = api("POST", u"/log-streams/%1/test"_s.arg(id));
        QCOMPARE(test.status, 200);
        QCOMPARE(test.object().value(u"delivered"_s).toBool(), true);
        QCOMPARE(test.object().value(u"status"_s).toInt(), 202);
        const QJsonObject jwks = parse(send("GET", m_engine->baseUrl() + u"/.well-known/jwks.json"_s, {}, {}).body);
        QStringList problems;
        const QList<ReceivedSet> sets = received(receiver, u"/events"_s, jwks, true, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
        QCOMPARE(sets.size(), 1);
        QCOMPARE(sets.first().eventUris(),
                 QStringList{u"https://schemas.openid.net/secevent/ssf/event-type/verification"_s});
        QCOMPARE(sets.first().claims.value(u"aud"_s).toString(), u"https://app.example.com"_s);
        QCOMPARE(sets.first().claims.value(u"iss"_s).toString(), kPublicUrl);
        // A test is no delivery: nothing moved.
        QCOMPARE(
            api("GET", u"/log-streams/"_s + id).object().value(u"delivery"_s).toObject().value(u"last_delivered_at"_s),
            QJsonValue(QJsonValue::Null));
        receiver.setDefault({400, R"({"err":"invalid_audience","description":"Not us"})"});
        test = api("POST", u"/log-streams/%1/test"_s.arg(id));
        QCOMPARE(test.object().value(u"delivered"_s).toBool(), false);
        QCOMPARE(test.object().value(u"status"_s).toInt(), 400);
        QVERIFY(test.object().value(u"body"_s).toString().contains(u"invalid_audience"_s));
        // Refused sink values name their field.
        const Reply bad = api("POST", u"/log-streams"_s,
                              {{u"name"_s, u"x"_s},
                               {u"type"_s, u"scim-set"_s},
                               {u"sink"_s, QJsonObject{{u"setEndpoint"_s, receiver.url(u"/events"_s)},
                                                       {u"setSigningAlgorithm"_s, u"ES256"_s}}}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.object().value(u"details"_s).toArray().at(0).toObject().value(u"field"_s).toString(),
                 u"sink.setAudience"_s);
    }

    void nothingIsKeptWithoutAStream()
    {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(scim("POST", u"/Users"_s,
                          {{u"schemas"_s, QJsonArray{kUserUrn}}, {u"userName"_s, u"u%1@example.com"_s.arg(i)}})
                         .status,
                     201);
        QVERIFY2(m_engine->stop(), m_engine->failure().constData());
        if (TestBackend::isPostgres()) {
            scim::PgConnection db(databasePath(), u"scim-tests"_s);
            QCOMPARE(db.execDynamic(u"SELECT count(*) FROM security_events"_s).integer(0, 0), 0);
            QCOMPARE(db.execDynamic(u"SELECT count(*) FROM signing_keys"_s).integer(0, 0), 1);
        } else {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
            db.setDatabaseName(scim::LogDatabase::pathFor(databasePath()));
            QVERIFY(db.open());
            QSqlQuery count(db);
            QVERIFY(count.exec(u"SELECT COUNT(*) FROM security_events"_s));
            QVERIFY(count.next());
            QCOMPARE(count.value(0).toInt(), 0);
            QSqlQuery keys(db);
            QVERIFY(keys.exec(u"SELECT COUNT(*) FROM signing_keys"_s));
            QVERIFY(keys.next());
            QCOMPARE(keys.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(u"inspect"_s);
        // The key survives a restart: receivers that cached the JWKS keep verifying.
        QVERIFY(startEngine());
        const QJsonObject first = parse(send("GET", m_engine->baseUrl() + u"/.well-known/jwks.json"_s, {}, {}).body);
        QVERIFY2(m_engine->stop(), m_engine->failure().constData());
        QVERIFY(startEngine());
        const QJsonObject second = parse(send("GET", m_engine->baseUrl() + u"/.well-known/jwks.json"_s, {}, {}).body);
        QCOMPARE(first, second);
    }

    // Several instances on one PostgreSQL database: each stores the changes its requests made, in one order, and
    // the stream's delivery lease makes exactly one of them send each SET (no duplicates, none missing, in order).
    void twoInstancesDeliverEachSetOnceInOrder()
    {
        if (!TestBackend::isPostgres())
            QSKIP("Only instances sharing a PostgreSQL database can run side by side");
        SetReceiver receiver;
        QVERIFY(receiver.listen());
        const QString id = createStream(u"app"_s, {{u"setEndpoint"_s, receiver.url(u"/events"_s)},
                                                   {u"setAudience"_s, u"app"_s},
                                                   {u"setSigningAlgorithm"_s, u"ES256"_s}});
        QVERIFY(!id.isEmpty());
        EngineProcess second;
        QVERIFY2(
            second.start(databasePath(), kAdmin, {u"--delivery-retry-ms"_s, u"20"_s, u"--public-url"_s, kPublicUrl}),
            second.failure().constData());
        // Both instances publish the same key.
        const QJsonObject jwks = parse(send("GET", m_engine->baseUrl() + u"/.well-known/jwks.json"_s, {}, {}).body);
        QCOMPARE(parse(send("GET", second.baseUrl() + u"/.well-known/jwks.json"_s, {}, {}).body), jwks);
        // The second instance learns of the stream through the database and publishes its own changes.
        QTRY_VERIFY_WITH_TIMEOUT(
            parse(send("GET",
                       second.baseUrl() + u"/scim/v2/connections/"_s + m_connection + u"/ServiceProviderConfig"_s,
                       "Bearer " + m_token.toUtf8(), {})
                      .body)
                .contains(u"securityEvents"_s),
            10000);
        QStringList created;
        for (int i = 0; i < 12; ++i) {
            const QString base = (i % 2 ? second.baseUrl() : m_engine->baseUrl());
            const Reply reply = send(
                "POST", base + u"/scim/v2/connections/"_s + m_connection + u"/Users"_s, "Bearer " + m_token.toUtf8(),
                {{u"schemas"_s, QJsonArray{kUserUrn}}, {u"userName"_s, u"u%1@example.com"_s.arg(i)}},
                "application/scim+json");
            QCOMPARE(reply.status, 201);
            created.append(u"/Users/"_s + reply.object().value(u"id"_s).toString());
        }
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests(u"/events"_s).size(), created.size(), 30000);
        QTest::qWait(1000); // a duplicate from the other instance would arrive by now
        QStringList problems;
        const QList<ReceivedSet> sets = received(receiver, u"/events"_s, jwks, true, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
        QCOMPARE(receiver.requests(u"/events"_s).size(), created.size());
        QStringList subjects;
        for (const ReceivedSet &set : sets)
            subjects.append(set.claims.value(u"sub_id"_s).toObject().value(u"uri"_s).toString());
        QCOMPARE(subjects, created);
        for (const QString &base : {m_engine->baseUrl(), second.baseUrl()}) {
            const QJsonObject delivery =
                parse(send("GET", base + u"/api/v2/log-streams/"_s + id, "Bearer " + kAdmin.toUtf8(), {}).body)
                    .value(u"delivery"_s)
                    .toObject();
            QCOMPARE(delivery.value(u"pending_events"_s).toInt(), 0);
        }
        QVERIFY2(second.stop(), second.failure().constData());
    }
};

QTEST_MAIN(SecurityEventsTest)
#include "tst_security_events.moc"
