#pragma once

#include "protocol/schema/ResourceType.h"
#include "protocol/schema/SchemaRegistry.h"
#include "protocol/schema/ScimConstants.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Small helpers shared by the schema-level suites: JSON literals in tests, and the standard User type.
namespace {

QJsonObject json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s in %s", qPrintable(error.errorString()), text.constData());
    return document.object();
}

[[maybe_unused]] QJsonArray jsonArray(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).array();
}

[[maybe_unused]] QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

const scim::ResourceType &users()
{
    return scim::SchemaRegistry::standard().users();
}

const QString enterpriseUrn = scim::Urn::enterpriseUser();

} // namespace
