#include "models/logstreams/SinkTypes.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace scim {

const QList<SinkTypes::Type> &SinkTypes::all()
{
    using Kind = Field::Kind;
    static const QList<Type> types{
        {QStringLiteral("http"),
         QT_TRANSLATE_NOOP("SinkTypes", "Webhook (request log events)"),
         true,
         {{QStringLiteral("httpEndpoint"),
           QT_TRANSLATE_NOOP("SinkTypes", "&Endpoint URL:"),
           QT_TRANSLATE_NOOP("SinkTypes", "https://siem.example.com/ingest"),
           Kind::Url,
           true,
           {},
           {},
           {},
           {}},
          {QStringLiteral("httpAuthorization"),
           QT_TRANSLATE_NOOP("SinkTypes", "&Authorization header:"),
           QT_TRANSLATE_NOOP("SinkTypes", "Sent as it is, e.g. Bearer …"),
           Kind::Secret,
           false,
           {},
           {},
           {},
           {}},
          {QStringLiteral("httpContentFormat"),
           QT_TRANSLATE_NOOP("SinkTypes", "&Format:"),
           QT_TRANSLATE_NOOP("SinkTypes", "JSONLINES: one event per line; JSONARRAY: one array per batch; "
                                          "JSONOBJECT: one event per request"),
           Kind::Choice,
           true,
           QStringList{QStringLiteral("JSONLINES"), QStringLiteral("JSONARRAY"), QStringLiteral("JSONOBJECT")},
           QStringLiteral("JSONLINES"),
           {},
           {}},
          {QStringLiteral("httpContentType"),
           QT_TRANSLATE_NOOP("SinkTypes", "Content &type:"),
           QT_TRANSLATE_NOOP("SinkTypes", "application/json"),
           Kind::Text,
           false,
           {},
           {},
           {},
           {}}}},
        {QStringLiteral("scim-set"),
         QT_TRANSLATE_NOOP("SinkTypes", "Security events (RFC 9967 SETs)"),
         false,
         {{QStringLiteral("setEndpoint"),
           QT_TRANSLATE_NOOP("SinkTypes", "&Receiver URL:"),
           QT_TRANSLATE_NOOP("SinkTypes", "https://app.example.com/events"),
           Kind::Url,
           true,
           {},
           {},
           {},
           {}},
          {QStringLiteral("setAudience"),
           QT_TRANSLATE_NOOP("SinkTypes", "A&udience:"),
           QT_TRANSLATE_NOOP("SinkTypes", "The aud claim the receiver expects, e.g. https://app.example.com"),
           Kind::Text,
           true,
           {},
           {},
           {},
           {}},
          {QStringLiteral("setSigningAlgorithm"),
           QT_TRANSLATE_NOOP("SinkTypes", "Si&gnature:"),
           QT_TRANSLATE_NOOP("SinkTypes", "ES256: the engine's key, published as a JWKS; HS256: a secret shared "
                                          "with the receiver"),
           Kind::Choice,
           true,
           QStringList{QStringLiteral("ES256"), QStringLiteral("HS256")},
           QStringLiteral("ES256"),
           {},
           {}},
          {QStringLiteral("setSigningSecret"),
           QT_TRANSLATE_NOOP("SinkTypes", "Shared s&ecret:"),
           QT_TRANSLATE_NOOP("SinkTypes", "At least 32 characters, shared with the receiver"),
           Kind::Secret,
           true,
           {},
           {},
           QStringLiteral("setSigningAlgorithm"),
           QStringLiteral("HS256")},
          {QStringLiteral("setEventMode"),
           QT_TRANSLATE_NOOP("SinkTypes", "E&vents carry:"),
           QT_TRANSLATE_NOOP("SinkTypes", "notice: the names of the changed attributes; full: the resource's data"),
           Kind::Choice,
           true,
           QStringList{QStringLiteral("notice"), QStringLiteral("full")},
           QStringLiteral("notice"),
           {},
           {}},
          {QStringLiteral("setAuthorization"),
           QT_TRANSLATE_NOOP("SinkTypes", "&Authorization header:"),
           QT_TRANSLATE_NOOP("SinkTypes", "Sent as it is, e.g. Bearer …"),
           Kind::Secret,
           false,
           {},
           {},
           {},
           {}}}},
    };
    return types;
}

const SinkTypes::Type *SinkTypes::find(const QString &type)
{
    for (const Type &candidate : all()) {
        if (candidate.type == type)
            return &candidate;
    }
    return nullptr;
}

bool SinkTypes::applies(const Field &field, const QHash<QString, QString> &values)
{
    return field.onlyWhenKey.isEmpty() || values.value(field.onlyWhenKey) == field.onlyWhenValue;
}

QJsonObject SinkTypes::sink(const Type &type, const QHash<QString, QString> &values,
                            const std::optional<QHash<QString, QString>> &stored)
{
    QJsonObject sink;
    for (const Field &field : type.fields) {
        if (!applies(field, values))
            continue;
        const QString value =
            field.kind == Field::Kind::Secret ? values.value(field.key) : values.value(field.key).trimmed();
        // Left out: what is empty (the engine names a missing required field), and on edit what did not change.
        if (value.isEmpty() || (stored && stored->value(field.key) == value))
            continue;
        sink.insert(field.key, value);
    }
    return sink;
}

QHash<QString, QString> SinkTypes::values(const Type &type, const QJsonObject &sink)
{
    QHash<QString, QString> values;
    for (const Field &field : type.fields) {
        if (field.kind == Field::Kind::Secret)
            continue;
        const QJsonValue value = sink.value(field.key);
        if (value.isArray()) {
            QStringList parts;
            for (const QJsonValue &part : value.toArray())
                parts.append(part.toString());
            values.insert(field.key, parts.join(QStringLiteral(" ")));
        } else {
            values.insert(field.key, value.toString(field.defaultValue));
        }
    }
    return values;
}

} // namespace scim
