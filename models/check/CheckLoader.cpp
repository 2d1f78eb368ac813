#include "models/check/CheckLoader.h"

#include "models/check/CheckCapabilities.h"
#include "models/check/CheckExpectation.h"
#include "models/check/CheckTemplate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

namespace scim {

namespace {

const QStringList kProfiles{QStringLiteral("rfc"), QStringLiteral("okta"), QStringLiteral("entra")};
const QStringList kMethods{QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                           QStringLiteral("PATCH"), QStringLiteral("DELETE")};

bool isScope(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]+:[a-z]+$"));
    return pattern.match(text).hasMatch();
}

bool isCapabilityRequirement(const QString &text)
{
    return CheckCapabilities::isKnownCapability(text.startsWith(QLatin1Char('!')) ? text.mid(1) : text);
}

// The position of a JSON syntax error as a reader of the file counts it.
QString lineAndColumn(const QByteArray &content, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < content.size(); ++i) {
        if (content.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return CheckLoader::tr("line %1, column %2").arg(line).arg(column);
}

QStringList unknownKeys(const QJsonObject &object, const QSet<QString> &known)
{
    QStringList unknown;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            unknown.append(it.key());
    }
    return unknown;
}

class CheckParser
{
    Q_DECLARE_TR_FUNCTIONS(CheckLoader)

public:
    QStringList problems;

    // Variables used in `value` that are neither built in nor captured earlier.
    void checkVariables(const QSet<QString> &used, const QSet<QString> &captured, const QString &where)
    {
        for (const QString &name : used) {
            if (!CheckTemplate::isBuiltIn(name) && !captured.contains(name))
                problems.append(tr("%1 uses {{%2}}, which no earlier step captures.").arg(where, name));
        }
    }

    void checkFilters(const QString &text, const QString &where)
    {
        static const QRegularExpression filter(QStringLiteral("\\{\\{[^{}|]*\\|\\s*(\\w+)\\s*\\}\\}"));
        QRegularExpressionMatchIterator it = filter.globalMatch(text);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (name != QLatin1String("upper") && name != QLatin1String("lower"))
                problems.append(
                    tr("%1 uses the unknown template filter \"%2\" (upper and lower exist).").arg(where, name));
        }
    }

    QStringList stringList(const QJsonValue &value, const QString &where)
    {
        QStringList list;
        if (value.isUndefined())
            return list;
        if (!value.isArray()) {
            problems.append(tr("%1 must be an array of strings.").arg(where));
            return list;
        }
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                problems.append(tr("%1 must be an array of strings.").arg(where));
            else
                list.append(item.toString());
        }
        return list;
    }

    CheckStep parseStep(const QJsonValue &value, const QString &where, QSet<QString> &captured)
    {
        CheckStep step;
        if (!value.isObject()) {
            problems.append(tr("%1 must be an object.").arg(where));
            return step;
        }
        const QJsonObject object = value.toObject();
        static const QSet<QString> known{
            QStringLiteral("name"),  QStringLiteral("method"),   QStringLiteral("path"),
            QStringLiteral("url"),   QStringLiteral("query"),    QStringLiteral("headers"),
            QStringLiteral("body"),  QStringLiteral("rawBody"),  QStringLiteral("contentType"),
            QStringLiteral("auth"),  QStringLiteral("requires"), QStringLiteral("scope"),
            QStringLiteral("expect")};
        for (const QString &key : unknownKeys(object, known))
            problems.append(tr("%1: unknown field \"%2\".").arg(where, key));

        step.name = object.value(QStringLiteral("name")).toString();
        if (step.name.isEmpty())
            problems.append(tr("%1 needs a \"name\".").arg(where));
        step.method = object.value(QStringLiteral("method")).toString().toUpper();
        if (!kMethods.contains(step.method))
            problems.append(tr("%1: \"method\" must be one of %2.").arg(where, kMethods.join(QStringLiteral(", "))));
        const QJsonValue path = object.value(QStringLiteral("path"));
        const QJsonValue url = object.value(QStringLiteral("url"));
        if (path.isUndefined() == url.isUndefined())
            problems.append(
                tr("%1 needs either a \"path\" (below the base URL, starting with /) or a \"url\".").arg(where));
        else if (!path.isUndefined() && (!path.isString() || !path.toString().startsWith(QLatin1Char('/'))))
            problems.append(tr("%1: \"path\" must be a string starting with /.").arg(where));
        else if (!url.isUndefined() && (!url.isString() || url.toString().isEmpty()))
            problems.append(tr("%1: \"url\" must be a non-empty string.").arg(where));
        step.path = path.toString();
        step.url = url.toString();

        const QJsonValue query = object.value(QStringLiteral("query"));
        if (!query.isUndefined() && !query.isObject())
            problems.append(tr("%1: \"query\" must be an object of parameter: value.").arg(where));
        step.query = query.toObject();
        for (auto it = step.query.begin(); it != step.query.end(); ++it) {
            if (it.value().isArray() || it.value().isObject())
                problems.append(
                    tr("%1: query parameter %2 must be a string, number, boolean or null.").arg(where, it.key()));
        }
        const QJsonValue headers = object.value(QStringLiteral("headers"));
        if (!headers.isUndefined() && !headers.isObject())
            problems.append(tr("%1: \"headers\" must be an object of name: value.").arg(where));
        step.headers = headers.toObject();
        for (auto it = step.headers.begin(); it != step.headers.end(); ++it) {
            if (!it.value().isString())
                problems.append(tr("%1: header %2 must be a string.").arg(where, it.key()));
        }
        step.body = object.value(QStringLiteral("body"));
        const QJsonValue rawBody = object.value(QStringLiteral("rawBody"));
        if (!rawBody.isUndefined()) {
            if (!rawBody.isString())
                problems.append(tr("%1: \"rawBody\" must be a string.").arg(where));
            else
                step.rawBody = rawBody.toString();
            if (!step.body.isUndefined())
                problems.append(tr("%1 has both \"body\" and \"rawBody\".").arg(where));
        }
        step.contentType = object.value(QStringLiteral("contentType")).toString();
        step.auth = object.value(QStringLiteral("auth")).toString(QStringLiteral("token"));
        if (step.auth != QLatin1String("token") && step.auth != QLatin1String("none") &&
            step.auth != QLatin1String("invalid"))
            problems.append(tr("%1: \"auth\" must be token, none or invalid.").arg(where));
        step.requirements = stringList(object.value(QStringLiteral("requires")), where + QStringLiteral(".requires"));
        for (const QString &requirement : std::as_const(step.requirements)) {
            if (!isCapabilityRequirement(requirement))
                problems.append(
                    tr("%1.requires: unknown capability \"%2\" (known: %3).")
                        .arg(where, requirement, CheckCapabilities::knownCapabilities().join(QStringLiteral(", "))));
        }
        step.scope = object.value(QStringLiteral("scope")).toString();
        if (!step.scope.isEmpty() && !isScope(step.scope))
            problems.append(tr("%1: \"scope\" must look like verb:resource (patch:users).").arg(where));

        const QJsonValue expect = object.value(QStringLiteral("expect"));
        if (!expect.isObject()) {
            problems.append(tr("%1 needs an \"expect\" object.").arg(where));
        } else {
            step.expect = expect.toObject();
            for (const QString &problem : CheckExpectation::validate(step.expect))
                problems.append(where + QStringLiteral(": ") + problem);
        }

        // Templates may use what earlier steps captured; this step's own captures come after its request.
        QSet<QString> used = CheckTemplate::variablesIn(QJsonValue(step.path));
        used.unite(CheckTemplate::variablesIn(QJsonValue(step.url)));
        used.unite(CheckTemplate::variablesIn(QJsonValue(step.query)));
        used.unite(CheckTemplate::variablesIn(QJsonValue(step.headers)));
        used.unite(CheckTemplate::variablesIn(step.body));
        used.unite(CheckTemplate::variablesIn(QJsonValue(step.rawBody.value_or(QString()))));
        used.unite(CheckTemplate::variablesIn(QJsonValue(step.expect)));
        checkVariables(used, captured, where);
        const QString all = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        checkFilters(all, where);
        for (const QString &name : CheckExpectation::captureNames(step.expect)) {
            if (CheckTemplate::isBuiltIn(name))
                problems.append(tr("%1 captures into %2, a built-in variable.").arg(where, name));
            captured.insert(name);
        }
        return step;
    }

    CheckDefinition parseCheck(const QJsonObject &object, const QJsonObject &defaults)
    {
        CheckDefinition check;
        check.id = object.value(QStringLiteral("id")).toString();
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
        if (!idPattern.match(check.id).hasMatch())
            problems.append(
                tr("The check id \"%1\" must be lower-case letters, digits, dots and hyphens.").arg(check.id));
        static const QSet<QString> known{QStringLiteral("id"),         QStringLiteral("title"),
                                         QStringLiteral("profile"),    QStringLiteral("reference"),
                                         QStringLiteral("requires"),   QStringLiteral("steps"),
                                         QStringLiteral("description")};
        for (const QString &key : unknownKeys(object, known))
            problems.append(tr("Unknown field \"%1\".").arg(key));
        check.title = object.value(QStringLiteral("title")).toString();
        if (check.title.isEmpty())
            problems.append(tr("The check needs a \"title\"."));
        check.profile =
            object.value(QStringLiteral("profile")).toString(defaults.value(QStringLiteral("profile")).toString());
        if (!kProfiles.contains(check.profile))
            problems.append(tr("\"profile\" must be one of %1.").arg(kProfiles.join(QStringLiteral(", "))));
        check.reference = object.value(QStringLiteral("reference")).toString();
        if (check.reference.isEmpty())
            problems.append(tr("The check needs a \"reference\" (an RFC section or an IdP documentation URL)."));
        check.requirements = stringList(defaults.value(QStringLiteral("requires")), QStringLiteral("requires")) +
                             stringList(object.value(QStringLiteral("requires")), QStringLiteral("requires"));
        check.requirements.removeDuplicates();
        for (const QString &requirement : std::as_const(check.requirements)) {
            if (!isCapabilityRequirement(requirement) && !isScope(requirement))
                problems.append(
                    tr("requires: \"%1\" is neither a known capability (%2) nor a scope (verb:resource).")
                        .arg(requirement, CheckCapabilities::knownCapabilities().join(QStringLiteral(", "))));
        }
        const QJsonValue steps = object.value(QStringLiteral("steps"));
        if (!steps.isArray() || steps.toArray().isEmpty()) {
            problems.append(tr("The check needs a non-empty \"steps\" array."));
            return check;
        }
        QSet<QString> captured;
        const QJsonArray items = steps.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            check.steps.append(parseStep(items.at(i), tr("step %1").arg(i + 1), captured));
        return check;
    }
};

} // namespace

QString CheckLoader::builtInDirectory()
{
    return QStringLiteral(":/scim-check/checks");
}

CheckLoadResult CheckLoader::parse(const QByteArray &content, const QString &fileName)
{
    CheckLoadResult result;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(content, &error);
    if (error.error != QJsonParseError::NoError) {
        result.problems.append(
            {fileName, QString(),
             tr("Not valid JSON at %1: %2.").arg(lineAndColumn(content, error.offset), error.errorString())});
        return result;
    }
    if (!document.isObject()) {
        result.problems.append(
            {fileName, QString(), tr("The file must hold a JSON object (one check, or a group with \"checks\").")});
        return result;
    }
    const QJsonObject root = document.object();
    QJsonArray checks;
    QJsonObject defaults;
    QString group;
    if (root.contains(QStringLiteral("checks"))) {
        static const QSet<QString> known{QStringLiteral("group"), QStringLiteral("description"),
                                         QStringLiteral("profile"), QStringLiteral("requires"),
                                         QStringLiteral("checks")};
        const QStringList unknown = unknownKeys(root, known);
        if (!unknown.isEmpty()) {
            result.problems.append(
                {fileName, QString(), tr("Unknown field \"%1\" in the group.").arg(unknown.first())});
            return result;
        }
        if (!root.value(QStringLiteral("checks")).isArray()) {
            result.problems.append({fileName, QString(), tr("\"checks\" must be an array of checks.")});
            return result;
        }
        checks = root.value(QStringLiteral("checks")).toArray();
        group = root.value(QStringLiteral("group")).toString();
        defaults = root;
    } else {
        checks.append(root);
    }
    for (qsizetype i = 0; i < checks.size(); ++i) {
        if (!checks.at(i).isObject()) {
            result.problems.append({fileName, QString(), tr("Check %1 is not a JSON object.").arg(i + 1)});
            continue;
        }
        CheckParser parser;
        CheckDefinition check = parser.parseCheck(checks.at(i).toObject(), defaults);
        if (!parser.problems.isEmpty()) {
            const QString id = check.id.isEmpty() ? tr("check %1").arg(i + 1) : check.id;
            result.problems.append({fileName, id, parser.problems.join(QLatin1Char(' '))});
            continue;
        }
        check.group = group;
        check.sourceFile = fileName;
        result.checks.append(check);
    }
    return result;
}

CheckLoadResult CheckLoader::loadFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return CheckLoadResult{{}, {{name, QString(), tr("Cannot read the file: %1.").arg(file.errorString())}}};
    return parse(file.readAll(), name);
}

CheckLoadResult CheckLoader::loadDirectory(const QString &directory)
{
    CheckLoadResult result;
    const QDir dir(directory);
    if (!dir.exists()) {
        result.problems.append({directory, QString(), tr("The check directory does not exist.")});
        return result;
    }
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        result.problems.append({directory, QString(), tr("The check directory has no *.json files.")});
    QSet<QString> ids;
    for (const QString &name : files) {
        CheckLoadResult file = loadFile(dir.filePath(name));
        result.problems += file.problems;
        for (CheckDefinition &check : file.checks) {
            if (ids.contains(check.id)) {
                result.problems.append(
                    {name, check.id, tr("Another check file already defines the id %1.").arg(check.id)});
                continue;
            }
            ids.insert(check.id);
            result.checks.append(std::move(check));
        }
    }
    return result;
}

} // namespace scim
