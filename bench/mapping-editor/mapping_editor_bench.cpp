// Responsiveness of the attribute-map editor with a 200-pair map: the real MappingEditorPage (offscreen), loaded
// from a real engine over HTTP (in this process, port 0, temporary database). Each round drops a SCIM attribute
// onto a profile attribute (drag enter, move, drop on the view's viewport, as the window system delivers them)
// and then undoes it; both are timed from the event to a repainted page, which includes the rule check, the model
// and pane updates and the live preview. Prints median, p95 and max over the rounds.
//
//   build/bin/mapping_editor_bench [rounds]      (default 100)

#include "models/api/ManagementClient.h"
#include "models/connections/ConnectionsModel.h"
#include "models/mapping/MappingModel.h"
#include "models/mapping/ProfileAttributeModel.h"
#include "models/mapping/ScimAttributeTreeModel.h"
#include "server/Engine.h"
#include "server/EngineOptions.h"
#include "views/mapping/MappingEditorPage.h"

#include <QApplication>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace scim;

namespace {

const QString kToken = u"bench-admin-token"_s;

QJsonObject api(const QUrl &base, const QByteArray &method, const QString &path, const QJsonObject &body = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(base.resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Bearer " + kToken.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject result = QJsonDocument::fromJson(reply->readAll()).object();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    if (status >= 300)
        qFatal("%s %s: HTTP %d", method.constData(), qPrintable(path), status);
    return result;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5)));
}

void report(const char *what, const QList<double> &ms)
{
    std::printf("%-34s median %6.2f ms   p95 %6.2f ms   max %6.2f ms   (%lld rounds)\n", what, percentile(ms, 0.5),
                percentile(ms, 0.95), percentile(ms, 1.0), static_cast<long long>(ms.size()));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100;

    QTemporaryDir dir;
    EngineOptions options;
    options.port = 0;
    options.databasePath = dir.filePath(u"bench.sqlite"_s);
    options.adminToken = kToken;
    Engine engine(options);
    if (!engine.start())
        qFatal("engine: %s", qPrintable(engine.errorString()));
    const QUrl base(u"http://127.0.0.1:%1/"_s.arg(engine.serverPort()));

    // A connection whose map has 200 pairs (userName plus 199 filtered entries into app_metadata).
    const QString id =
        api(base, "POST", u"api/v2/connections"_s, {{u"name"_s, u"bench-okta"_s}, {u"strategy"_s, u"okta"_s}})
            .value(u"id"_s)
            .toString();
    api(base, "POST", u"api/v2/connections/%1/scim-configuration"_s.arg(id));
    QJsonArray mapping{QJsonObject{{u"scim"_s, u"userName"_s}, {u"auth0"_s, u"preferred_username"_s}}};
    for (int i = 1; i < 200; ++i)
        mapping.append(QJsonObject{{u"scim"_s, u"emails[type eq \"t%1\"].value"_s.arg(i)},
                                   {u"auth0"_s, u"app_metadata.email_%1"_s.arg(i)}});
    api(base, "PATCH", u"api/v2/connections/%1/scim-configuration"_s.arg(id),
        {{u"user_id_attribute"_s, u"userName"_s}, {u"mapping"_s, mapping}});

    ManagementClient client;
    client.setEndpoint(base, kToken);
    ConnectionsModel connections(&client);
    MappingEditorPage page(&client, &connections);
    page.resize(1400, 880);
    page.show();
    QEventLoop loop;
    QObject::connect(&page, &MappingEditorPage::loaded, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    page.setConnectionId(id);
    loop.exec();
    if (!page.isLoaded() || page.mappingModel()->rowCount() != 200)
        qFatal("the editor did not load the 200-pair map");

    QTableView *targets = page.profileView();
    const QModelIndex source = page.scimModel()->indexOfPath(u"phoneNumbers[type eq \"work\"].value"_s);
    const QModelIndex target = page.profileModel()->index(page.profileModel()->rowOfTarget(u"phone_number"_s), 0);
    targets->scrollTo(target);
    QCoreApplication::processEvents();
    const QPoint at = targets->visualRect(target).center();
    QList<double> drops;
    QList<double> undos;
    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round) {
        std::unique_ptr<QMimeData> mime(page.scimModel()->mimeData({source}));
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(targets->viewport(), &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(targets->viewport(), &move);
        QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        timer.start();
        QApplication::sendEvent(targets->viewport(), &drop);
        page.repaint();
        drops.append(double(timer.nsecsElapsed()) / 1e6);
        if (page.mappingModel()->rowCount() != 201)
            qFatal("the drop was not accepted");

        timer.start();
        page.undoStack()->undo();
        page.repaint();
        undos.append(double(timer.nsecsElapsed()) / 1e6);
        if (page.mappingModel()->rowCount() != 200)
            qFatal("the undo did not remove the pair");
        QCoreApplication::processEvents();
    }
    std::printf("Attribute-map editor, 200-pair map, %s platform, Qt %s\n", qPrintable(QGuiApplication::platformName()),
                qVersion());
    report("drop (check, add, panes, preview)", drops);
    report("undo (remove, panes, preview)", undos);
    page.undoStack()->clear();
    engine.stop();
    return 0;
}
