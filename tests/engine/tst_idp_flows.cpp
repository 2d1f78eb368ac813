#include "EngineProcess.h"
#include "TestBackend.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
};

// `a.b.0.c` in a JSON document; URN keys (with dots) are matched greedily against the object's keys.
std::optional<QJsonValue> lookup(const QJsonValue &root, const QString &path)
{
    QJsonValue current = root;
    QString rest = path;
    while (!rest.isEmpty()) {
        if (current.isArray()) {
            const QString segment = rest.section(QLatin1Char('.'), 0, 0);
            bool ok = false;
            const int index = segment.toInt(&ok);
            const QJsonArray array = current.toArray();
            if (!ok || index < 0 || index >= array.size())
                return std::nullopt;
            current = array.at(index);
            rest = rest.mid(segment.size() + 1);
            continue;
        }
        if (!current.isObject())
            return std::nullopt;
        const QJsonObject object = current.toObject();
        QString matched;
        for (const QString &key : object.keys()) {
            if ((rest == key || rest.startsWith(key + QLatin1Char('.'))) && key.size() > matched.size())
                matched = key;
        }
        if (matched.isEmpty())
            return std::nullopt;
        current = object.value(matched);
        rest = rest.mid(matched.size() + 1);
    }
    return current;
}

QString substitute(QString text, const QHash<QString, QString> &variables)
{
    for (auto it = variables.constBegin(); it != variables.constEnd(); ++it)
        text.replace(QStringLiteral("{{") + it.key() + QStringLiteral("}}"), it.value());
    return text;
}

QJsonValue substitute(const QJsonValue &value, const QHash<QString, QString> &variables)
{
    if (value.isString())
        return substitute(value.toString(), variables);
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(substitute(item, variables));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.constBegin(); it != source.constEnd(); ++it)
            object.insert(substitute(it.key(), variables), substitute(it.value(), variables));
        return object;
    }
    return value;
}

} // namespace

// Replays the documented request sequences of real IdPs (tests/idp-flows/*.json, one file per flow) against a
// real scim-engine process over HTTP on 127.0.0.1.
class IdpFlowsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_database = TestBackend::Database(m_dir.path(), QStringLiteral("flows.sqlite"));
        QVERIFY2(m_engine.start(m_database.location(), m_admin), m_engine.failure().constData());
    }

    void cleanupTestCase() { QVERIFY2(m_engine.stop(), m_engine.failure().constData()); }

    void flow_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QFINDTESTDATA("../idp-flows"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 4, qPrintable(dir.absolutePath()));
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void flow()
    {
        QFETCH(QString, file);
        QFile input(file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        QJsonParseError error{};
        const QJsonObject flow = QJsonDocument::fromJson(input.readAll(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

        QHash<QString, QString> variables;
        const QString connection = createConnection(flow.value(QStringLiteral("strategy")).toString(), &variables);
        QVERIFY(!connection.isEmpty());
        const QString query = flow.value(QStringLiteral("query")).toString();

        for (const QJsonValue &stepValue : flow.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject step = stepValue.toObject();
            const QString name = step.value(QStringLiteral("name")).toString();
            QString path = substitute(step.value(QStringLiteral("path")).toString(), variables);
            if (!query.isEmpty())
                path += (path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + query;
            QByteArray body;
            if (step.contains(QStringLiteral("body")))
                body = QJsonDocument(substitute(step.value(QStringLiteral("body")), variables).toObject()).toJson();
            const Reply reply = send(step.value(QStringLiteral("method")).toString().toLatin1(),
                                     m_engine.baseUrl() + QStringLiteral("/scim/v2/connections/") + connection + path,
                                     body, variables.value(QStringLiteral("token")));
            const QString context = QStringLiteral("%1: step '%2' → HTTP %3 %4")
                                        .arg(QFileInfo(file).fileName(), name)
                                        .arg(reply.status)
                                        .arg(QString::fromUtf8(reply.body.left(600)));
            const QJsonObject expect = step.value(QStringLiteral("expect")).toObject();
            QVERIFY2(reply.status == expect.value(QStringLiteral("status")).toInt(), qPrintable(context));
            const QJsonValue document = QJsonDocument::fromJson(reply.body).object();
            const QJsonObject json = expect.value(QStringLiteral("json")).toObject();
            for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
                const std::optional<QJsonValue> actual = lookup(document, it.key());
                const QJsonValue wanted = substitute(it.value(), variables);
                QVERIFY2(actual && *actual == wanted,
                         qPrintable(context +
                                    QStringLiteral(" [expected %1 = %2]")
                                        .arg(it.key(),
                                             QString::fromUtf8(
                                                 QJsonDocument(QJsonArray{wanted}).toJson(QJsonDocument::Compact)))));
            }
            for (const QJsonValue &absent : expect.value(QStringLiteral("absent")).toArray())
                QVERIFY2(!lookup(document, absent.toString()),
                         qPrintable(context + QStringLiteral(" [expected no ") + absent.toString() + QLatin1Char(']')));
            const QJsonObject captures = expect.value(QStringLiteral("captures")).toObject();
            for (auto it = captures.constBegin(); it != captures.constEnd(); ++it) {
                const std::optional<QJsonValue> value = lookup(document, it.value().toString());
                QVERIFY2(value && value->isString(), qPrintable(context));
                variables.insert(it.key(), value->toString());
            }
        }
    }

private:
    QString createConnection(const QString &strategy, QHash<QString, QString> *variables)
    {
        const QString api = m_engine.baseUrl() + QStringLiteral("/api/v2/connections");
        const QString name = QStringLiteral("flow-%1").arg(++m_connections);
        const Reply created = send(
            "POST", api,
            QJsonDocument(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("strategy"), strategy}}).toJson(),
            m_admin);
        const QString id = QJsonDocument::fromJson(created.body).object().value(QStringLiteral("id")).toString();
        if (send("POST", api + QLatin1Char('/') + id + QStringLiteral("/scim-configuration"), {}, m_admin).status !=
            201)
            return {};
        const Reply token = send("POST", api + QLatin1Char('/') + id + QStringLiteral("/scim-configuration/tokens"),
                                 QByteArrayLiteral("{}"), m_admin);
        variables->insert(QStringLiteral("token"),
                          QJsonDocument::fromJson(token.body).object().value(QStringLiteral("token")).toString());
        return id;
    }

    Reply send(const QByteArray &method, const QString &url, const QByteArray &body, const QString &bearer)
    {
        QNetworkRequest request{QUrl(url)};
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/scim+json"));
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return result;
    }

    QTemporaryDir m_dir;
    TestBackend::Database m_database;
    EngineProcess m_engine;
    const QString m_admin = QStringLiteral("flows-admin-token");
    QNetworkAccessManager m_network;
    int m_connections = 0;
};

QTEST_GUILESS_MAIN(IdpFlowsTest)
#include "tst_idp_flows.moc"
