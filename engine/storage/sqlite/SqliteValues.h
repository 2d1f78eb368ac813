#pragma once

#include "storage/StorageTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

// How the SQLite store writes values into columns and reads them back: ISO dates in UTC, NULLs for absent
// values, resources and profiles as CBOR.
namespace scim::SqliteValues {

QString isoDate(const QDateTime &dt);
QDateTime fromIso(const QVariant &value);
std::optional<QDateTime> optionalDate(const QVariant &value);
QVariant nullableDate(const std::optional<QDateTime> &dt);
QVariant nullableString(const QString &value);
QVariant encodeResourceData(const QJsonObject &object);
QJsonObject readResourceData(const QVariant &value);
QByteArray profileBytes(const UserProfile &profile);
// Binds the profile, profile_version and search_text columns (NULLs without a profile).
void bindProfile(QSqlQuery &query, const UserProfile *profile);

} // namespace scim::SqliteValues
