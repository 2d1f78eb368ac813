#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace scim {

// What the log stream form asks for, per sink type: the fields of the engine's `sink` object with their kind,
// whether they are required, their choices and default. The form is built from this table, so another sink type
// is one more entry here. Labels and hints are marked for translation in the context "SinkTypes".
class SinkTypes
{
public:
    struct Field
    {
        enum class Kind
        {
            Url,
            Text,
            Secret, // write-only: never shown again; empty on edit keeps the stored value
            Choice
        };
        QString key;       // the sink's JSON key, e.g. "httpEndpoint"
        const char *label; // QT_TRANSLATE_NOOP("SinkTypes", …)
        const char *hint;  // placeholder or tool tip, may be null
        Kind kind = Kind::Text;
        bool required = false;
        QStringList choices; // Choice: the values
        QString defaultValue;
        // Only asked for when another field has this value (e.g. the HS256 secret), else left out.
        QString onlyWhenKey;
        QString onlyWhenValue;
    };
    struct Type
    {
        QString type;     // "http", "scim-set"
        const char *name; // QT_TRANSLATE_NOOP("SinkTypes", …)
        bool usesFilters = true;
        QList<Field> fields;
    };

    static const QList<Type> &all();
    static const Type *find(const QString &type);
    // Whether the field applies given the form's values.
    static bool applies(const Field &field, const QHash<QString, QString> &values);
    // The `sink` object for the form's values: fields that do not apply and empty ones are left out. On edit
    // (`stored`: the values the form was opened with) only what changed is sent, as the engine merges a PATCH's
    // sink; an empty secret therefore keeps the stored one.
    static QJsonObject sink(const Type &type, const QHash<QString, QString> &values,
                            const std::optional<QHash<QString, QString>> &stored = std::nullopt);
    // The form's values for a stored sink (secrets are never answered: empty).
    static QHash<QString, QString> values(const Type &type, const QJsonObject &sink);
};

} // namespace scim
