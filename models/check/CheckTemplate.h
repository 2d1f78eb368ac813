#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

#include <optional>

namespace scim {

// {{name}} templates in check files (docs/conformance.md, "Templates"). A string that is exactly one template
// takes the variable's JSON value (a number stays a number); elsewhere the value is spliced in as text.
// "{{name|upper}}" and "{{name|lower}}" change case; "{{spc.path}}" reads /ServiceProviderConfig.
class CheckTemplate
{
    Q_DECLARE_TR_FUNCTIONS(CheckTemplate)

public:
    void set(const QString &name, const QJsonValue &value) { m_variables.insert(name, value); }
    bool contains(const QString &name) const { return m_variables.contains(name); }
    void setServiceProviderConfig(const QJsonObject &config) { m_config = config; }

    // Expands every string inside `value`; the first problem (an unknown variable) goes to `error`.
    QJsonValue expand(const QJsonValue &value, QString *error) const;
    // `encode`: percent-encode spliced values (ids in a URL path); a string that is one template is left as is.
    QString expandString(const QString &text, QString *error, bool encode = false) const;

    // Names used in `value` (without filters), for checking a file when it is loaded.
    static QSet<QString> variablesIn(const QJsonValue &value);
    static QSet<QString> variablesIn(const QString &text);
    // True when `name` is one of the runner's own variables or a spc.* lookup.
    static bool isBuiltIn(const QString &name);

private:
    std::optional<QJsonValue> lookup(const QString &expression, QString *error) const;

    QHash<QString, QJsonValue> m_variables;
    QJsonObject m_config;
};

} // namespace scim
