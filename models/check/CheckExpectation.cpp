#include "models/check/CheckExpectation.h"

#include "models/check/CheckCapabilities.h"
#include "models/check/CheckExchange.h"
#include "models/check/CheckJsonPath.h"
#include "models/check/CheckSchemaConformance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

namespace scim {

namespace {

const QString kErrorUrn = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error");

const QSet<QString> &matcherNames()
{
    static const QSet<QString> names{
        QStringLiteral("equals"),       QStringLiteral("notEquals"),  QStringLiteral("equalsIgnoreCase"),
        QStringLiteral("oneOf"),        QStringLiteral("type"),       QStringLiteral("exists"),
        QStringLiteral("empty"),        QStringLiteral("matches"),    QStringLiteral("contains"),
        QStringLiteral("notContains"),  QStringLiteral("startsWith"), QStringLiteral("length"),
        QStringLiteral("minLength"),    QStringLiteral("maxLength"),  QStringLiteral("atLeast"),
        QStringLiteral("atMost"),       QStringLiteral("each"),       QStringLiteral("some"),
        QStringLiteral("none"),         QStringLiteral("sorted"),     QStringLiteral("conformsToSchema"),
        QStringLiteral("equalsHeader"), QStringLiteral("equalsPath"), QStringLiteral("optional")};
    return names;
}

const QStringList &typeNames()
{
    static const QStringList names{QStringLiteral("string"),  QStringLiteral("number"), QStringLiteral("integer"),
                                   QStringLiteral("boolean"), QStringLiteral("object"), QStringLiteral("array"),
                                   QStringLiteral("null")};
    return names;
}

QString show(const std::optional<QJsonValue> &value)
{
    if (!value)
        return QStringLiteral("absent");
    QString text;
    switch (value->type()) {
    case QJsonValue::Object:
        text = QString::fromUtf8(QJsonDocument(value->toObject()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Array:
        text = QString::fromUtf8(QJsonDocument(value->toArray()).toJson(QJsonDocument::Compact));
        break;
    default:
        // A one-element array renders the scalar as JSON (quotes and escapes included).
        text = QString::fromUtf8(QJsonDocument(QJsonArray{*value}).toJson(QJsonDocument::Compact));
        text = text.mid(1, text.size() - 2);
        break;
    }
    if (text.size() > 200)
        text = text.left(197) + QStringLiteral("…");
    return text;
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("number"))
        return value.isDouble();
    if (type == QLatin1String("integer"))
        return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("object"))
        return value.isObject();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("null"))
        return value.isNull();
    return false;
}

// Every key of `expected` is in `actual` (names case-insensitive) with a value that contains it in turn.
bool subsetOf(const QJsonValue &expected, const QJsonValue &actual)
{
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject want = expected.toObject();
        const QJsonObject have = actual.toObject();
        for (auto it = want.begin(); it != want.end(); ++it) {
            const auto found = CheckJsonPath::resolve(have, it.key());
            if (!found || !subsetOf(it.value(), *found))
                return false;
        }
        return true;
    }
    return expected == actual;
}

bool isEmptyValue(const std::optional<QJsonValue> &value)
{
    return !value || value->isNull() || (value->isArray() && value->toArray().isEmpty()) ||
           (value->isString() && value->toString().isEmpty()) || (value->isObject() && value->toObject().isEmpty());
}

struct Context
{
    const CheckExchange *exchange = nullptr;
    const CheckCapabilities *capabilities = nullptr;
    QJsonValue body;
};

QString matchPaths(const QJsonValue &root, const QJsonObject &paths, const QString &where, const Context &context);

QString describeFailure(const QString &where, const std::optional<QJsonValue> &actual, const QString &expected)
{
    return CheckExpectation::tr("%1 is %2; expected %3.").arg(where, show(actual), expected);
}

QString matchOne(const std::optional<QJsonValue> &actual, const QJsonValue &spec, const QString &where,
                 const Context &context)
{
    if (!spec.isObject()) {
        if (actual && *actual == spec)
            return {};
        return describeFailure(where, actual, show(spec));
    }
    const QJsonObject matchers = spec.toObject();
    // "optional": the other matchers apply only when the value is there.
    if (!actual && matchers.value(QStringLiteral("optional")).toBool())
        return {};
    for (auto it = matchers.begin(); it != matchers.end(); ++it) {
        const QString name = it.key();
        const QJsonValue want = it.value();
        if (name == QLatin1String("optional"))
            continue;
        if (name == QLatin1String("exists")) {
            if (bool(actual) != want.toBool())
                return describeFailure(
                    where, actual, want.toBool() ? CheckExpectation::tr("present") : CheckExpectation::tr("absent"));
            continue;
        }
        if (name == QLatin1String("empty")) {
            if (isEmptyValue(actual) != want.toBool())
                return describeFailure(where, actual,
                                       want.toBool() ? CheckExpectation::tr("empty or absent")
                                                     : CheckExpectation::tr("not empty"));
            continue;
        }
        if (name == QLatin1String("notEquals")) {
            if (actual && *actual == want)
                return describeFailure(where, actual, CheckExpectation::tr("anything but %1").arg(show(want)));
            continue;
        }
        if (name == QLatin1String("notContains")) {
            if (!actual)
                continue;
            bool found = false;
            if (actual->isString())
                found = actual->toString().contains(want.toString());
            for (const QJsonValue &item : actual->toArray())
                found = found || subsetOf(want, item);
            if (found)
                return describeFailure(where, actual, CheckExpectation::tr("without %1").arg(show(want)));
            continue;
        }
        if (name == QLatin1String("each") || name == QLatin1String("none")) {
            if (!actual || actual->isNull())
                continue;
            if (!actual->isArray())
                return describeFailure(where, actual, CheckExpectation::tr("an array"));
            const QJsonArray items = actual->toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QString itemWhere = where + QLatin1Char('.') + QString::number(i);
                const QString failure = matchPaths(items.at(i), want.toObject(), itemWhere, context);
                if (name == QLatin1String("each") && !failure.isEmpty())
                    return failure;
                if (name == QLatin1String("none") && failure.isEmpty())
                    return CheckExpectation::tr("%1 matches %2, which no element may.").arg(itemWhere, show(want));
            }
            continue;
        }
        // Every other matcher needs a value.
        if (!actual)
            return describeFailure(where, actual, CheckExpectation::tr("present (%1 %2)").arg(name, show(want)));
        const QJsonValue value = *actual;
        if (name == QLatin1String("equals")) {
            if (value != want)
                return describeFailure(where, actual, show(want));
        } else if (name == QLatin1String("equalsIgnoreCase")) {
            if (!value.isString() || value.toString().compare(want.toString(), Qt::CaseInsensitive) != 0)
                return describeFailure(where, actual, CheckExpectation::tr("%1 in any case").arg(show(want)));
        } else if (name == QLatin1String("oneOf")) {
            if (!want.toArray().contains(value))
                return describeFailure(where, actual, CheckExpectation::tr("one of %1").arg(show(want)));
        } else if (name == QLatin1String("type")) {
            if (!hasType(value, want.toString()))
                return describeFailure(where, actual, CheckExpectation::tr("a JSON %1").arg(want.toString()));
        } else if (name == QLatin1String("matches")) {
            const QRegularExpression pattern(want.toString());
            if (!value.isString() || !pattern.match(value.toString()).hasMatch())
                return describeFailure(where, actual,
                                       CheckExpectation::tr("a string matching /%1/").arg(want.toString()));
        } else if (name == QLatin1String("startsWith")) {
            if (!value.isString() || !value.toString().startsWith(want.toString()))
                return describeFailure(where, actual,
                                       CheckExpectation::tr("a string starting with %1").arg(show(want)));
        } else if (name == QLatin1String("contains")) {
            bool found = false;
            if (value.isString())
                found = value.toString().contains(want.toString());
            for (const QJsonValue &item : value.toArray())
                found = found || subsetOf(want, item);
            if (!found)
                return describeFailure(where, actual, CheckExpectation::tr("something containing %1").arg(show(want)));
        } else if (name == QLatin1String("length") || name == QLatin1String("minLength") ||
                   name == QLatin1String("maxLength")) {
            qsizetype length = -1;
            if (value.isArray())
                length = value.toArray().size();
            else if (value.isString())
                length = value.toString().size();
            const qsizetype limit = qsizetype(want.toDouble());
            const bool ok = length >= 0 && (name == QLatin1String("length")      ? length == limit
                                            : name == QLatin1String("minLength") ? length >= limit
                                                                                 : length <= limit);
            if (!ok) {
                const QString expected = name == QLatin1String("length") ? CheckExpectation::tr("of length %1")
                                         : name == QLatin1String("minLength")
                                             ? CheckExpectation::tr("of length at least %1")
                                             : CheckExpectation::tr("of length at most %1");
                return describeFailure(where, actual, expected.arg(limit));
            }
        } else if (name == QLatin1String("atLeast") || name == QLatin1String("atMost")) {
            const bool ok =
                value.isDouble() && (name == QLatin1String("atLeast") ? value.toDouble() >= want.toDouble()
                                                                      : value.toDouble() <= want.toDouble());
            if (!ok) {
                const QString expected = name == QLatin1String("atLeast") ? CheckExpectation::tr("a number ≥ %1")
                                                                          : CheckExpectation::tr("a number ≤ %1");
                return describeFailure(where, actual, expected.arg(show(want)));
            }
        } else if (name == QLatin1String("some")) {
            bool found = false;
            for (const QJsonValue &item : value.toArray())
                found = found || matchPaths(item, want.toObject(), where, context).isEmpty();
            if (!found)
                return describeFailure(where, actual, CheckExpectation::tr("an element matching %1").arg(show(want)));
        } else if (name == QLatin1String("sorted")) {
            const QJsonObject sort = want.toObject();
            const QString by = sort.value(QStringLiteral("by")).toString();
            const bool descending = sort.value(QStringLiteral("order")).toString() == QLatin1String("descending");
            const Qt::CaseSensitivity cs =
                sort.value(QStringLiteral("caseExact")).toBool() ? Qt::CaseSensitive : Qt::CaseInsensitive;
            const QJsonArray items = value.toArray();
            for (qsizetype i = 1; i < items.size(); ++i) {
                const auto previous = CheckJsonPath::resolve(items.at(i - 1), by);
                const auto current = CheckJsonPath::resolve(items.at(i), by);
                if (!previous || !current)
                    return CheckExpectation::tr("%1.%2.%3 is absent, so the order cannot be checked.")
                        .arg(where, QString::number(previous ? i : i - 1), by);
                int order = 0;
                if (previous->isDouble() && current->isDouble())
                    order = previous->toDouble() < current->toDouble()   ? -1
                            : previous->toDouble() > current->toDouble() ? 1
                                                                         : 0;
                else
                    order = previous->toString().compare(current->toString(), cs);
                if (descending ? order < 0 : order > 0)
                    return CheckExpectation::tr("%1 is not sorted %2 by %3: %4 comes before %5.")
                        .arg(where, descending ? CheckExpectation::tr("descending") : CheckExpectation::tr("ascending"),
                             by, show(previous), show(current));
            }
        } else if (name == QLatin1String("conformsToSchema")) {
            const QStringList problems = CheckSchemaConformance::violations(value.toObject(), *context.capabilities);
            if (!problems.isEmpty())
                return CheckExpectation::tr("%1 does not conform to the server's /Schemas: %2")
                    .arg(where, problems.mid(0, 4).join(QLatin1Char(' ')));
        } else if (name == QLatin1String("equalsHeader")) {
            const QString header = QString::fromLatin1(context.exchange->responseHeader(want.toString().toLatin1()));
            if (!value.isString() || value.toString() != header)
                return describeFailure(
                    where, actual,
                    CheckExpectation::tr("the %1 header (%2)").arg(want.toString(), show(QJsonValue(header))));
        } else if (name == QLatin1String("equalsPath")) {
            const auto other = CheckJsonPath::resolve(context.body, want.toString());
            if (!other || value != *other)
                return describeFailure(
                    where, actual,
                    CheckExpectation::tr("equal to the body's %1 (%2)").arg(want.toString(), show(other)));
        }
    }
    return {};
}

QString matchPaths(const QJsonValue &root, const QJsonObject &paths, const QString &where, const Context &context)
{
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QString label = where.isEmpty()                  ? it.key()
                              : it.key() == QLatin1String("$") ? where
                                                               : where + QLatin1Char('.') + it.key();
        const QString failure = matchOne(CheckJsonPath::resolve(root, it.key()), it.value(), label, context);
        if (!failure.isEmpty())
            return failure;
    }
    return {};
}

void validateMatcher(const QJsonValue &spec, const QString &where, QStringList &problems);

void validatePaths(const QJsonValue &paths, const QString &where, QStringList &problems)
{
    if (!paths.isObject()) {
        problems.append(CheckExpectation::tr("%1 must be an object of path: matcher.").arg(where));
        return;
    }
    const QJsonObject object = paths.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        validateMatcher(it.value(), where + QLatin1Char('.') + it.key(), problems);
}

void validateMatcher(const QJsonValue &spec, const QString &where, QStringList &problems)
{
    if (!spec.isObject())
        return; // a literal: equals
    const QJsonObject matchers = spec.toObject();
    if (matchers.isEmpty())
        problems.append(
            CheckExpectation::tr("%1 has no matcher (write {\"equals\": {}} for an empty object).").arg(where));
    for (auto it = matchers.begin(); it != matchers.end(); ++it) {
        const QString name = it.key();
        const QJsonValue value = it.value();
        const QString here = where + QLatin1Char('.') + name;
        if (!matcherNames().contains(name)) {
            problems.append(CheckExpectation::tr("%1: unknown matcher \"%2\".").arg(where, name));
            continue;
        }
        if ((name == QLatin1String("exists") || name == QLatin1String("empty") ||
             name == QLatin1String("conformsToSchema") || name == QLatin1String("optional")) &&
            !value.isBool())
            problems.append(CheckExpectation::tr("%1 must be true or false.").arg(here));
        if (name == QLatin1String("type") && !typeNames().contains(value.toString()))
            problems.append(
                CheckExpectation::tr("%1 must be one of %2.").arg(here, typeNames().join(QStringLiteral(", "))));
        if (name == QLatin1String("oneOf") && !value.isArray())
            problems.append(CheckExpectation::tr("%1 must be an array.").arg(here));
        if ((name == QLatin1String("length") || name == QLatin1String("minLength") ||
             name == QLatin1String("maxLength")) &&
            !(value.isDouble() || value.isString()))
            problems.append(CheckExpectation::tr("%1 must be a number.").arg(here));
        if ((name == QLatin1String("matches") || name == QLatin1String("startsWith") ||
             name == QLatin1String("equalsIgnoreCase") || name == QLatin1String("equalsHeader") ||
             name == QLatin1String("equalsPath")) &&
            !value.isString())
            problems.append(CheckExpectation::tr("%1 must be a string.").arg(here));
        if (name == QLatin1String("matches") && value.isString() && !QRegularExpression(value.toString()).isValid())
            problems.append(CheckExpectation::tr("%1 is not a valid regular expression.").arg(here));
        if (name == QLatin1String("each") || name == QLatin1String("some") || name == QLatin1String("none"))
            validatePaths(value, here, problems);
        if (name == QLatin1String("sorted")) {
            const QJsonObject sort = value.toObject();
            if (!sort.value(QStringLiteral("by")).isString())
                problems.append(CheckExpectation::tr("%1 needs \"by\": the attribute to compare.").arg(here));
            for (auto key = sort.begin(); key != sort.end(); ++key) {
                if (key.key() != QLatin1String("by") && key.key() != QLatin1String("order") &&
                    key.key() != QLatin1String("caseExact"))
                    problems.append(CheckExpectation::tr("%1: unknown field \"%2\".").arg(here, key.key()));
            }
        }
    }
}

bool validStatusSpec(const QJsonValue &spec)
{
    if (spec.isUndefined())
        return true;
    if (spec.isDouble())
        return spec.toInt() >= 100 && spec.toInt() <= 599;
    if (spec.isString())
        return QRegularExpression(QStringLiteral("^[1-5]xx$")).match(spec.toString()).hasMatch();
    if (spec.isArray()) {
        const QJsonArray items = spec.toArray();
        if (items.isEmpty())
            return false;
        for (const QJsonValue &item : items) {
            if (item.isArray() || !validStatusSpec(item))
                return false;
        }
        return true;
    }
    return false;
}

// "The server answered 400 invalidFilter: <detail>" for SCIM errors, else the start of the body.
QString describeBody(const CheckExchange &exchange)
{
    if (exchange.responseBody.isEmpty())
        return CheckExpectation::tr("The response has no body.");
    const QJsonObject body = QJsonDocument::fromJson(exchange.responseBody).object();
    const QString scimType = body.value(QStringLiteral("scimType")).toString();
    const QString detail = body.value(QStringLiteral("detail")).toString();
    if (!detail.isEmpty() || !scimType.isEmpty())
        return CheckExpectation::tr("The server said: %1%2")
            .arg(scimType.isEmpty() ? QString() : scimType + QStringLiteral(": "), detail);
    QString text = QString::fromUtf8(exchange.responseBody).simplified();
    if (text.size() > 200)
        text = text.left(197) + QStringLiteral("…");
    return CheckExpectation::tr("Body: %1").arg(text);
}

} // namespace

bool CheckExpectation::statusMatches(const QJsonValue &spec, int status)
{
    // A step that names no status still has to succeed.
    if (spec.isUndefined())
        return status / 100 == 2;
    if (spec.isDouble())
        return spec.toInt() == status;
    if (spec.isString()) {
        const QString text = spec.toString();
        return !text.isEmpty() && status / 100 == text.at(0).digitValue();
    }
    for (const QJsonValue &item : spec.toArray()) {
        if (statusMatches(item, status))
            return true;
    }
    return false;
}

QString CheckExpectation::describeStatusSpec(const QJsonValue &spec)
{
    if (spec.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : spec.toArray())
            parts.append(describeStatusSpec(item));
        return parts.join(tr(" or "));
    }
    if (spec.isDouble())
        return QString::number(spec.toInt());
    if (spec.isUndefined())
        return QStringLiteral("2xx");
    return spec.toString();
}

QStringList CheckExpectation::captureNames(const QJsonObject &expect)
{
    return expect.value(QStringLiteral("captures")).toObject().keys();
}

QStringList CheckExpectation::validate(const QJsonObject &expect)
{
    QStringList problems;
    static const QSet<QString> keys{QStringLiteral("status"), QStringLiteral("headers"), QStringLiteral("json"),
                                    QStringLiteral("error"), QStringLiteral("captures")};
    for (auto it = expect.begin(); it != expect.end(); ++it) {
        if (!keys.contains(it.key()))
            problems.append(tr("expect: unknown field \"%1\".").arg(it.key()));
    }
    if (!validStatusSpec(expect.value(QStringLiteral("status"))))
        problems.append(tr("expect.status must be a status code, a list of them, or a class such as \"2xx\"."));
    const QJsonValue headers = expect.value(QStringLiteral("headers"));
    if (!headers.isUndefined())
        validatePaths(headers, QStringLiteral("expect.headers"), problems);
    const QJsonValue json = expect.value(QStringLiteral("json"));
    if (!json.isUndefined())
        validatePaths(json, QStringLiteral("expect.json"), problems);
    const QJsonValue error = expect.value(QStringLiteral("error"));
    if (!error.isUndefined() && !(error.isBool() || error.isString() || error.isArray()))
        problems.append(tr("expect.error must be true, a scimType, or a list of scimTypes."));
    const QJsonValue captures = expect.value(QStringLiteral("captures"));
    if (!captures.isUndefined()) {
        if (!captures.isObject())
            problems.append(tr("expect.captures must be an object of name: path."));
        const QJsonObject object = captures.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonObject source = it.value().toObject();
            const bool ok =
                it.value().isString() || (source.size() == 1 && (source.value(QStringLiteral("json")).isString() ||
                                                                 source.value(QStringLiteral("header")).isString()));
            if (!ok)
                problems.append(tr("expect.captures.%1 must be a JSON path, {\"json\": path} or {\"header\": name}.")
                                    .arg(it.key()));
        }
    }
    return problems;
}

CheckExpectation::Outcome CheckExpectation::evaluate(const QJsonObject &expect, const CheckExchange &exchange,
                                                     const CheckCapabilities &capabilities)
{
    Outcome outcome;
    auto fail = [&outcome](const QString &failure) {
        outcome.passed = false;
        outcome.failure = failure;
        return outcome;
    };
    if (!exchange.hasResponse())
        return fail(tr("No response: %1.").arg(exchange.networkError));

    const QJsonValue statusSpec = expect.value(QStringLiteral("status"));
    if (!statusMatches(statusSpec, exchange.status))
        return fail(tr("Expected status %1, got %2. %3")
                        .arg(describeStatusSpec(statusSpec), QString::number(exchange.status), describeBody(exchange)));

    Context context;
    context.exchange = &exchange;
    context.capabilities = &capabilities;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(exchange.responseBody, &parseError);
    const bool bodyIsJson = parseError.error == QJsonParseError::NoError && !exchange.responseBody.isEmpty();
    context.body = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());

    const QJsonValue error = expect.value(QStringLiteral("error"));
    if (!error.isUndefined() && error != QJsonValue(false)) {
        const QJsonObject body = context.body.toObject();
        if (!bodyIsJson || !document.isObject())
            return fail(
                tr("Expected a SCIM Error body (RFC 7644 §3.12), got no JSON object. %1").arg(describeBody(exchange)));
        if (!body.value(QStringLiteral("schemas")).toArray().contains(kErrorUrn))
            return fail(tr("The error body's schemas does not contain %1 (RFC 7644 §3.12).").arg(kErrorUrn));
        const QJsonValue status = body.value(QStringLiteral("status"));
        if (!status.isString())
            return fail(
                tr("The error body's status is %1; RFC 7644 §3.12 requires the HTTP status as a JSON string (\"%2\").")
                    .arg(show(status), QString::number(exchange.status)));
        if (status.toString() != QString::number(exchange.status))
            return fail(tr("The error body's status is %1 but the HTTP status is %2.")
                            .arg(show(status), QString::number(exchange.status)));
        if (error.isString() || error.isArray()) {
            const QJsonArray allowed = error.isArray() ? error.toArray() : QJsonArray{error};
            const QJsonValue scimType = body.value(QStringLiteral("scimType"));
            if (!allowed.contains(scimType)) {
                QStringList names;
                for (const QJsonValue &value : allowed)
                    names.append(value.toString());
                return fail(tr("The error's scimType is %1; expected %2 (RFC 7644 §3.12). %3")
                                .arg(show(scimType.isUndefined() ? std::nullopt : std::optional<QJsonValue>(scimType)),
                                     names.join(tr(" or ")), describeBody(exchange)));
            }
        }
    }

    const QJsonObject headers = expect.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const QByteArray name = it.key().toLatin1();
        const bool present =
            std::any_of(exchange.responseHeaders.begin(), exchange.responseHeaders.end(),
                        [&name](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
        const std::optional<QJsonValue> value =
            present ? std::optional<QJsonValue>(QString::fromLatin1(exchange.responseHeader(name))) : std::nullopt;
        const QString failure = matchOne(value, it.value(), tr("The %1 header").arg(it.key()), context);
        if (!failure.isEmpty())
            return fail(failure);
    }

    const QJsonObject json = expect.value(QStringLiteral("json")).toObject();
    // An empty body (204) has no attributes at all; a body that is not JSON is a failure of its own.
    if (!json.isEmpty() && !bodyIsJson && !exchange.responseBody.trimmed().isEmpty())
        return fail(tr("Expected a JSON body, got one that does not parse. %1").arg(describeBody(exchange)));
    const QString jsonFailure = matchPaths(context.body, json, QString(), context);
    if (!jsonFailure.isEmpty())
        return fail(jsonFailure);

    const QJsonObject captures = expect.value(QStringLiteral("captures")).toObject();
    for (auto it = captures.begin(); it != captures.end(); ++it) {
        const QJsonObject source = it.value().toObject();
        std::optional<QJsonValue> value;
        QString from;
        if (source.contains(QStringLiteral("header"))) {
            from = tr("the %1 header").arg(source.value(QStringLiteral("header")).toString());
            const QByteArray header =
                exchange.responseHeader(source.value(QStringLiteral("header")).toString().toLatin1());
            if (!header.isEmpty())
                value = QJsonValue(QString::fromLatin1(header));
        } else {
            const QString path =
                it.value().isString() ? it.value().toString() : source.value(QStringLiteral("json")).toString();
            from = tr("the body's %1").arg(path);
            value = CheckJsonPath::resolve(context.body, path);
        }
        if (!value)
            return fail(tr("Cannot capture %1: %2 is absent.").arg(it.key(), from));
        outcome.captures.insert(it.key(), *value);
    }
    return outcome;
}

} // namespace scim
