#include "storage/sqlite/SqliteValues.h"

#include "common/JsonCbor.h"

#include <QJsonDocument>

namespace scim::SqliteValues {

QString isoDate(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

std::optional<QDateTime> optionalDate(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    return fromIso(value);
}

QVariant nullableDate(const std::optional<QDateTime> &dt)
{
    return dt ? QVariant(isoDate(*dt)) : QVariant(QMetaType::fromType<QString>());
}

QVariant nullableString(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

// Resource data is stored as CBOR (a BLOB): encoding it costs a fraction of compact JSON text. Rows written
// before schema version 4 hold JSON text and stay readable, as do resources CBOR cannot carry exactly (a
// string with an unpaired surrogate, which JSON escapes): those are stored as JSON text still.
QVariant encodeResourceData(const QJsonObject &object)
{
    if (std::optional<QByteArray> cbor = JsonCbor::encode(object))
        return QVariant(*cbor);
    return QVariant(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

QJsonObject readResourceData(const QVariant &value)
{
    // A BLOB is CBOR; TEXT is the JSON the store wrote before.
    if (value.typeId() == QMetaType::QByteArray)
        return JsonCbor::decode(value.toByteArray());
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

// CBOR: smaller than JSON text and cheaper to encode, and profiles are written as often as resources.
QByteArray profileBytes(const UserProfile &profile)
{
    if (!profile.encoded.isEmpty())
        return profile.encoded;
    // Like QCborValue (the encoder before), an unpaired surrogate is stored as U+FFFD.
    QByteArray out;
    JsonCbor::appendValue(out, profile.data);
    return out;
}

void bindProfile(QSqlQuery &query, const UserProfile *profile)
{
    if (!profile) {
        query.addBindValue(QVariant(QMetaType::fromType<QByteArray>()));
        query.addBindValue(QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(QVariant(QMetaType::fromType<QString>()));
        return;
    }
    query.addBindValue(profileBytes(*profile));
    query.addBindValue(profile->profileVersion);
    query.addBindValue(profile->searchText.isNull() ? QStringLiteral("") : profile->searchText);
}

} // namespace scim::SqliteValues
