#include "requestlog/LogRowBuilder.h"

#include <QJsonArray>

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace scim {

namespace {
const QString kRedacted = QStringLiteral("[redacted]");

bool isPassword(QStringView name)
{
    return name.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0;
}

// A PATCH path such as "password" or "urn:ietf:params:scim:schemas:core:2.0:User:password".
bool isPasswordPath(const QString &path)
{
    const qsizetype colon = path.lastIndexOf(QLatin1Char(':'));
    return isPassword(QStringView(path).mid(colon + 1));
}

// Case-insensitive: attribute names are (RFC 7643 §2.1), so "PassWord" is a password too.
bool mentionsPassword(const QByteArray &bytes)
{
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i + 8 <= size; ++i) {
        if ((data[i] == 'p' || data[i] == 'P') && qstrnicmp(data + i, 8, "password", 8) == 0)
            return true;
    }
    return false;
}

QList<QStringView> segmentsOf(const QString &subPath)
{
    return QStringView(subPath).split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QString methodText(const QByteArray &method)
{
    static const char *const names[] = {"GET", "POST", "PUT", "PATCH", "DELETE"};
    static const QString texts[] = {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                                    QStringLiteral("PATCH"), QStringLiteral("DELETE")};
    for (int i = 0; i < 5; ++i) {
        if (method == names[i])
            return texts[i];
    }
    return QString::fromLatin1(method);
}

QString detailOf(const QByteArray &responseBody)
{
    if (responseBody.isEmpty() || responseBody.size() > LogRowBuilder::kMaxBodyBytes)
        return {};
    const QJsonObject error = QJsonDocument::fromJson(responseBody).object();
    QString detail = error.value(QStringLiteral("detail")).toString();
    if (detail.size() > 200)
        detail = detail.left(200) + QStringLiteral("…");
    return detail;
}
} // namespace

QString LogRowBuilder::action(const QByteArray &method, const QString &subPath, int status)
{
    if (status == 401)
        return QStringLiteral("auth-failed");
    const QList<QStringView> segments = segmentsOf(subPath);
    if (segments.isEmpty())
        return QStringLiteral("unknown");
    const QStringView first = segments.at(0);
    auto is = [&first](const char *name) { return first.compare(QLatin1String(name), Qt::CaseInsensitive) == 0; };
    if (first == QLatin1String(".search") || (segments.size() == 2 && segments.at(1) == QLatin1String(".search")))
        return method == "POST" ? QStringLiteral("search") : QStringLiteral("unknown");
    if (is("Bulk"))
        return QStringLiteral("bulk");
    if (is("ServiceProviderConfig"))
        return QStringLiteral("get-service-provider-config");
    if (is("ResourceTypes"))
        return QStringLiteral("get-resource-types");
    if (is("Schemas"))
        return QStringLiteral("get-schemas");
    QString noun;
    if (is("Users"))
        noun = QStringLiteral("user");
    else if (is("Groups"))
        noun = QStringLiteral("group");
    else
        return QStringLiteral("unknown");
    const bool one = segments.size() == 2;
    if (segments.size() > 2)
        return QStringLiteral("unknown");
    if (method == "GET")
        return one ? QString(QStringLiteral("get-") + noun)
                   : QString(QStringLiteral("list-") + noun + QLatin1Char('s'));
    if (method == "POST" && !one)
        return QStringLiteral("create-") + noun;
    if (method == "PUT" && one)
        return QStringLiteral("replace-") + noun;
    if (method == "PATCH" && one)
        return QStringLiteral("patch-") + noun;
    if (method == "DELETE" && one)
        return QStringLiteral("delete-") + noun;
    return QStringLiteral("unknown");
}

QString LogRowBuilder::describe(const QString &action)
{
    static const QHash<QString, QString> descriptions{
        {QStringLiteral("create-user"), QStringLiteral("Create user")},
        {QStringLiteral("get-user"), QStringLiteral("Get user")},
        {QStringLiteral("list-users"), QStringLiteral("List users")},
        {QStringLiteral("replace-user"), QStringLiteral("Replace user")},
        {QStringLiteral("patch-user"), QStringLiteral("Update user")},
        {QStringLiteral("delete-user"), QStringLiteral("Delete user")},
        {QStringLiteral("create-group"), QStringLiteral("Create group")},
        {QStringLiteral("get-group"), QStringLiteral("Get group")},
        {QStringLiteral("list-groups"), QStringLiteral("List groups")},
        {QStringLiteral("replace-group"), QStringLiteral("Replace group")},
        {QStringLiteral("patch-group"), QStringLiteral("Update group")},
        {QStringLiteral("delete-group"), QStringLiteral("Delete group")},
        {QStringLiteral("search"), QStringLiteral("Search")},
        {QStringLiteral("bulk"), QStringLiteral("Bulk request")},
        {QStringLiteral("get-service-provider-config"), QStringLiteral("Get service provider configuration")},
        {QStringLiteral("get-resource-types"), QStringLiteral("Get resource types")},
        {QStringLiteral("get-schemas"), QStringLiteral("Get schemas")},
        {QStringLiteral("auth-failed"), QStringLiteral("Authentication failed")},
        {QStringLiteral("revoke-sessions"), QStringLiteral("Sessions revoked")},
    };
    return descriptions.value(action, QStringLiteral("Unknown SCIM request"));
}

QJsonValue LogRowBuilder::redact(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = redact(array.at(i));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    const bool passwordOperation = isPasswordPath(object.value(QStringLiteral("path")).toString()) &&
                                   (object.contains(QStringLiteral("op")) || object.contains(QStringLiteral("value")));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isPassword(it.key()) || (passwordOperation && it.key() == QLatin1String("value")))
            it.value() = kRedacted;
        else if (it.value().isObject() || it.value().isArray())
            it.value() = redact(it.value());
    }
    return object;
}

QByteArray LogRowBuilder::loggedBody(const QByteArray &body, bool groupWrite)
{
    if (std::all_of(body.cbegin(), body.cend(), [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }))
        return {};
    const bool redactNeeded = mentionsPassword(body);
    const bool membersCheck = groupWrite && body.size() > 16 * 1024;
    if (!redactNeeded && !membersCheck && body.size() <= kMaxBodyBytes) {
        // Stored as sent: nothing to remove, and rendering parses it anyway (a non-JSON body becomes {"_raw": …}).
        return body;
    }
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        // Not JSON: keep a prefix, unless it may hold a password.
        const QString raw = redactNeeded ? QStringLiteral("[redacted: unparseable body that mentions a password]")
                                         : QString::fromUtf8(body.left(1024));
        return QJsonDocument(QJsonObject{{QStringLiteral("_raw"), raw}}).toJson(QJsonDocument::Compact);
    }
    QJsonValue value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    if (redactNeeded)
        value = redact(value);
    if (membersCheck && value.isObject()) {
        QJsonObject object = value.toObject();
        const qsizetype members = object.value(QStringLiteral("members")).toArray().size();
        if (members > kMaxLoggedMembers) {
            object.remove(QStringLiteral("members"));
            object.insert(QStringLiteral("_members_omitted"), members);
        }
        value = object;
    }
    const QByteArray text = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (text.size() > kMaxBodyBytes)
        return QJsonDocument(QJsonObject{{QStringLiteral("_truncated"), true}, {QStringLiteral("_size"), body.size()}})
            .toJson(QJsonDocument::Compact);
    return text;
}

LogRow LogRowBuilder::build(const LogRecord &record)
{
    LogRow row;
    row.key = record.key;
    row.dateMs = record.dateMs;
    row.connectionId = record.connectionId;
    row.connectionName = record.connectionName;
    row.strategy = record.strategy;
    row.userId = record.userId;
    row.userName = record.userName;
    row.method = methodText(record.method);
    row.status = record.status;
    row.durationUs = record.durationNs / 1000;
    row.tokenId = record.tokenId;
    // Clients are few and repeat: remember the last address's text (this runs on the writer thread only).
    thread_local QHostAddress lastPeer;
    thread_local QString lastIp;
    if (record.peer != lastPeer || lastIp.isEmpty()) {
        lastPeer = record.peer;
        lastIp = record.peer.isNull() ? QString() : record.peer.toString();
        if (lastIp.startsWith(QLatin1String("::ffff:")))
            lastIp = lastIp.mid(7);
    }
    row.ip = lastIp;
    row.path = QStringLiteral("/scim/v2/connections/") + record.connectionId + record.subPath;
    row.action = record.kind == LogRecord::Kind::SessionsRevoked ? QStringLiteral("revoke-sessions")
                                                                 : action(record.method, record.subPath, record.status);
    row.type = record.status >= 400 ? QStringLiteral("fscim") : QStringLiteral("sscim");

    // Headers as "name: value" lines (names are lower-case), captured without credentials; an object when read.
    row.headers = record.headers;
    const qsizetype agent = record.headers.startsWith("user-agent: ") ? 0 : record.headers.indexOf("\nuser-agent: ");
    if (agent >= 0) {
        const qsizetype start = agent + (agent == 0 ? 12 : 13);
        const qsizetype end = record.headers.indexOf('\n', start);
        // Clients are few and repeat: remember the last agent's text too.
        const QByteArrayView agentBytes =
            QByteArrayView(record.headers).sliced(start, (end < 0 ? record.headers.size() : end) - start);
        thread_local QByteArray lastAgentBytes;
        thread_local QString lastAgent;
        if (agentBytes != lastAgentBytes) {
            lastAgentBytes = agentBytes.toByteArray();
            lastAgent = QString::fromUtf8(agentBytes);
        }
        row.userAgent = lastAgent;
    }
    if (!record.query.isEmpty()) {
        QJsonObject query;
        for (const auto &[name, value] : record.query)
            query.insert(name, mentionsPassword(value.toUtf8()) ? kRedacted : value);
        row.query = QJsonDocument(query).toJson(QJsonDocument::Compact);
    }

    const bool groupWrite = row.action == QLatin1String("create-group") || row.action == QLatin1String("replace-group");
    row.requestBody = loggedBody(record.requestBody, groupWrite);
    // Response bodies are kept for failures and writes (the capture dropped those of successful reads).
    row.responseBody = loggedBody(record.responseBody, false);

    QString description = describe(row.action);
    QJsonObject extra = record.extra;
    if (record.kind == LogRecord::Kind::SessionsRevoked) {
        description = QStringLiteral("Sessions revoked: user deactivated");
    } else if (row.status >= 400) {
        const QString detail = detailOf(record.responseBody);
        // "Authentication failed (401)", not "Authentication failed failed (401)".
        description += description.endsWith(QLatin1String(" failed")) ? QStringLiteral(" (%1)").arg(row.status)
                                                                      : QStringLiteral(" failed (%1)").arg(row.status);
        if (!detail.isEmpty())
            description += QStringLiteral(": ") + detail;
    }
    if (row.action == QLatin1String("bulk") && row.status < 500)
        extra.insert(QStringLiteral("operations"), bulkOperations(record.responseBody));
    row.description = description;
    if (!extra.isEmpty())
        row.extra = QJsonDocument(extra).toJson(QJsonDocument::Compact);
    return row;
}

QJsonArray LogRowBuilder::bulkOperations(const QByteArray &responseBody)
{
    QJsonArray operations;
    const QJsonArray results =
        QJsonDocument::fromJson(responseBody).object().value(QStringLiteral("Operations")).toArray();
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        const QString method = result.value(QStringLiteral("method")).toString();
        const QString location = result.value(QStringLiteral("location")).toString();
        const int status = result.value(QStringLiteral("status")).toString().toInt();
        // The sub-path from the location: ".../Users/{id}" → "/Users/{id}".
        QString subPath;
        for (const QLatin1String kind : {QLatin1String("/Users"), QLatin1String("/Groups")}) {
            const qsizetype at = location.lastIndexOf(kind);
            if (at >= 0)
                subPath = location.mid(at);
        }
        QString opAction = subPath.isEmpty() ? QString() : action(method.toLatin1(), subPath, status);
        if (method == QLatin1String("POST") && !subPath.isEmpty())
            opAction = action("POST", subPath.section(QLatin1Char('/'), 0, 1), status);
        QJsonObject operation{{QStringLiteral("method"), method}, {QStringLiteral("status"), status}};
        if (result.contains(QStringLiteral("bulkId")))
            operation.insert(QStringLiteral("bulkId"), result.value(QStringLiteral("bulkId")));
        if (!location.isEmpty())
            operation.insert(QStringLiteral("location"), location);
        if (!opAction.isEmpty())
            operation.insert(QStringLiteral("action"), opAction);
        if (subPath.startsWith(QLatin1String("/Users/")))
            operation.insert(QStringLiteral("user_id"), subPath.mid(7));
        if (status >= 400)
            operation.insert(QStringLiteral("detail"),
                             result.value(QStringLiteral("response")).toObject().value(QStringLiteral("detail")));
        operations.append(operation);
    }
    return operations;
}

} // namespace scim
