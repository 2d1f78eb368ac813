#include "events/SecurityEventTokens.h"

#include "common/RandomId.h"
#include "events/EcSigningKey.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace scim {

namespace {

const QString kProv = QStringLiteral("urn:ietf:params:scim:event:prov:");

bool sameResource(const QJsonObject &change, const DomainEvent &event, const QString &txn)
{
    return change.value(QStringLiteral("txn")).toString() == txn &&
           change.value(QStringLiteral("resource_type")).toString() == event.resourceType &&
           change.value(QStringLiteral("resource_id")).toString() == event.resourceId;
}

QJsonObject change(const DomainEvent &event, const QString &operation, const QString &txn, qint64 issuedAt)
{
    QJsonObject result{{QStringLiteral("id"), RandomId::uuid()},
                       {QStringLiteral("iat"), issuedAt},
                       {QStringLiteral("txn"), txn},
                       {QStringLiteral("connection_id"), event.connectionId},
                       {QStringLiteral("resource_type"), event.resourceType},
                       {QStringLiteral("resource_id"), event.resourceId},
                       {QStringLiteral("operation"), operation}};
    if (!event.externalId.isEmpty())
        result.insert(QStringLiteral("external_id"), event.externalId);
    if (!event.version.isEmpty())
        result.insert(QStringLiteral("version"), event.version);
    if (operation != QLatin1String("delete"))
        result.insert(QStringLiteral("attributes"), QJsonArray::fromStringList(event.changedAttributes));
    if (!event.data.isEmpty())
        result.insert(QStringLiteral("data"), event.data);
    return result;
}

} // namespace

QString SecurityEventTokens::base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QStringList SecurityEventTokens::eventUris()
{
    QStringList uris;
    for (const char *operation : {"create", "patch", "put"}) {
        uris << kProv + QLatin1String(operation) + QStringLiteral(":notice");
        uris << kProv + QLatin1String(operation) + QStringLiteral(":full");
    }
    uris << kProv + QStringLiteral("delete") << kProv + QStringLiteral("activate")
         << kProv + QStringLiteral("deactivate");
    return uris;
}

QList<QJsonObject> SecurityEventTokens::changes(const QList<DomainEvent> &events,
                                                const std::function<QString(quint64)> &txnOf, qint64 issuedAt)
{
    using Kind = DomainEvent::Kind;
    QList<QJsonObject> result;
    for (const DomainEvent &event : events) {
        const QString txn = txnOf(event.transactionId);
        switch (event.kind) {
        case Kind::UserCreated:
        case Kind::GroupCreated:
            result.append(change(event, QStringLiteral("create"), txn, issuedAt));
            break;
        case Kind::UserUpdated:
        case Kind::GroupUpdated:
            result.append(change(event, event.operation, txn, issuedAt));
            break;
        case Kind::UserDeleted:
        case Kind::GroupDeleted:
            result.append(change(event, QStringLiteral("delete"), txn, issuedAt));
            break;
        case Kind::UserActivated:
        case Kind::UserDeactivated: {
            const QString activation =
                event.kind == Kind::UserActivated ? QStringLiteral("activate") : QStringLiteral("deactivate");
            // The update that changed `active` was reported just before, by the same write.
            if (!result.isEmpty() && sameResource(result.constLast(), event, txn) &&
                result.constLast().value(QStringLiteral("operation")).toString() != QLatin1String("delete")) {
                result.last().insert(QStringLiteral("activation"), activation);
            } else {
                QJsonObject alone = change(event, event.operation, txn, issuedAt);
                alone.insert(QStringLiteral("activation"), activation);
                result.append(alone);
            }
            break;
        }
        case Kind::GroupMembershipChanged: // part of the group's GroupCreated or GroupUpdated
        case Kind::SessionsRevoked:
            break;
        }
    }
    return result;
}

QJsonObject SecurityEventTokens::claims(const QJsonObject &change, const SetSink &sink, const QString &issuer,
                                        const QString &streamId)
{
    const QString type = change.value(QStringLiteral("resource_type")).toString();
    const QString id = change.value(QStringLiteral("resource_id")).toString();
    const QString connectionId = change.value(QStringLiteral("connection_id")).toString();
    const QString relative =
        (type == QLatin1String("Group") ? QStringLiteral("/Groups/") : QStringLiteral("/Users/")) + id;
    // RFC 9967 §2.1: the subject is the resource's path below the SCIM base URI, never `sub`.
    QJsonObject subject{{QStringLiteral("format"), QStringLiteral("scim")}, {QStringLiteral("uri"), relative}};
    if (change.contains(QStringLiteral("external_id")))
        subject.insert(QStringLiteral("externalId"), change.value(QStringLiteral("external_id")));

    QJsonObject events;
    const QString operation = change.value(QStringLiteral("operation")).toString();
    if (operation == QLatin1String("delete")) {
        events.insert(kProv + QStringLiteral("delete"), QJsonObject());
    } else {
        QJsonObject payload;
        const bool full = sink.full && change.contains(QStringLiteral("data"));
        // §2.4: exactly one of data (full) or attributes (notice).
        if (full)
            payload.insert(QStringLiteral("data"), change.value(QStringLiteral("data")));
        else
            payload.insert(QStringLiteral("attributes"), change.value(QStringLiteral("attributes")));
        if (change.contains(QStringLiteral("version")))
            payload.insert(QStringLiteral("version"), change.value(QStringLiteral("version")));
        events.insert(kProv + operation + (full ? QStringLiteral(":full") : QStringLiteral(":notice")), payload);
    }
    if (change.contains(QStringLiteral("activation")))
        events.insert(kProv + change.value(QStringLiteral("activation")).toString(), QJsonObject());

    const QByteArray jti =
        QCryptographicHash::hash((streamId + QLatin1Char(':') + change.value(QStringLiteral("id")).toString()).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    return {{QStringLiteral("iss"), issuer},
            {QStringLiteral("iat"), change.value(QStringLiteral("iat"))},
            {QStringLiteral("jti"), QString::fromLatin1(jti)},
            {QStringLiteral("aud"), sink.audience},
            {QStringLiteral("txn"), change.value(QStringLiteral("txn"))},
            {QStringLiteral("sub_id"), subject},
            {QStringLiteral("events"), events},
            // Not in RFC 9967: the engine serves many SCIM endpoints, so the receiver learns which one and the
            // resource's absolute URL (meta.location).
            {QStringLiteral("connection_id"), connectionId},
            {QStringLiteral("location"),
             QString(issuer + QStringLiteral("/scim/v2/connections/") + connectionId + relative)}};
}

QByteArray SecurityEventTokens::sign(const QJsonObject &claims, const SetSink &sink, const EcSigningKey *key)
{
    const bool es256 = sink.algorithm == SetSink::Algorithm::ES256;
    if (es256 && !key)
        return {};
    if (!es256 && sink.secret.isEmpty())
        return {};
    QJsonObject header{{QStringLiteral("alg"), es256 ? QStringLiteral("ES256") : QStringLiteral("HS256")},
                       {QStringLiteral("typ"), QStringLiteral("secevent+jwt")}};
    if (es256)
        header.insert(QStringLiteral("kid"), key->keyId());
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)).toLatin1() + '.' +
                             base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)).toLatin1();
    const QByteArray signature =
        es256 ? key->sign(input) : QMessageAuthenticationCode::hash(input, sink.secret, QCryptographicHash::Sha256);
    if (signature.isEmpty())
        return {};
    return input + '.' + base64Url(signature).toLatin1();
}

} // namespace scim
