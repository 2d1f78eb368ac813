#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace scim {

class CheckCapabilities;
struct CheckExchange;

// The "expect" block of a step (docs/conformance.md, "Expectations"): status, headers, JSON body matchers, SCIM
// error shape and captures. validate() runs when a file is loaded; evaluate() on each response.
class CheckExpectation
{
    Q_DECLARE_TR_FUNCTIONS(CheckExpectation)

public:
    struct Outcome
    {
        bool passed = true;
        QString failure;                     // the first unmet expectation, as a sentence
        QHash<QString, QJsonValue> captures; // name -> value, when passed
    };

    // Problems in an expect block, each naming where it is ("json.Resources: unknown matcher \"lenght\"").
    static QStringList validate(const QJsonObject &expect);
    static QStringList captureNames(const QJsonObject &expect);
    // True when `spec` (201, [200, 204], "2xx"; absent means "2xx") accepts `status`.
    static bool statusMatches(const QJsonValue &spec, int status);
    static QString describeStatusSpec(const QJsonValue &spec);

    // `expect` must already have its templates expanded.
    static Outcome evaluate(const QJsonObject &expect, const CheckExchange &exchange,
                            const CheckCapabilities &capabilities);
};

} // namespace scim
