#include "ConsoleTour.h"

#include "TestCertificates.h"

#include "models/api/ManagementClient.h"
#include "models/common/Localization.h"
#include "models/common/ModelRoles.h"
#include "models/connections/ConnectionsModel.h"
#include "models/connections/Strategies.h"
#include "models/connections/TokensModel.h"
#include "models/logs/LogFilter.h"
#include "models/logs/LogModel.h"
#include "models/logstreams/LogStreamsModel.h"
#include "models/mapping/MappingModel.h"
#include "models/mapping/MappingPreview.h"
#include "models/mapping/ProfileAttributeModel.h"
#include "models/mapping/ScimAttributeTreeModel.h"
#include "models/session/CertificateInfo.h"
#include "models/session/CredentialStore.h"
#include "models/session/EngineSession.h"
#include "views/check/CheckPage.h"
#include "views/connections/ConnectionDetailsWidget.h"
#include "views/connections/ConnectionsPage.h"
#include "views/connectionsettings/ConnectionSettingsPage.h"
#include "views/logs/LogsPage.h"
#include "views/logstreams/LogStreamDialog.h"
#include "views/logstreams/LogStreamsPage.h"
#include "views/mapping/MappingEditorPage.h"
#include "views/schemas/DeclareAttributesDialog.h"
#include "views/schemas/SchemaEditorPage.h"
#include "views/shell/ErrorBanner.h"
#include "views/shell/MainWindow.h"
#include "views/users/UsersPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslCertificate>
#include <QSslError>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QWizard>

using namespace Qt::StringLiterals;
using namespace scim;

namespace {

ApiResult call(const std::function<void(ManagementClient::Callback)> &start)
{
    ApiResult out;
    bool done = false;
    start([&](const ApiResult &result) {
        out = result;
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < 15000)
        QTest::qWait(10);
    return out;
}

int scimRequest(const QByteArray &method, const QString &url, const QString &token, const QJsonObject &body = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("User-Agent", "Okta SCIM Client 1.0.0");
    QByteArray payload;
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/scim+json"));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = network.sendCustomRequest(request, method, payload);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

QList<QWidget *> shownWindows()
{
    QList<QWidget *> windows;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && !(widget->windowType() == Qt::Popup || widget->windowType() == Qt::ToolTip))
            windows.append(widget);
    }
    return windows;
}

void addJsonStrings(const QJsonValue &value, QSet<QString> &out)
{
    if (value.isString()) {
        out.insert(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            addJsonStrings(element, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            out.insert(it.key());
            addJsonStrings(it.value(), out);
        }
    }
}

} // namespace

ConsoleTour::ConsoleTour(Visitor visitor)
    : m_visitor(std::move(visitor))
{
    for (const Localization::Language &language : Localization::available())
        m_data.insert(language.nativeName);
    for (const QString &action : LogFilter::knownActions())
        m_data.insert(action);
    for (const QString &scope : Strategies::allScopes()) {
        m_data.insert(scope);
        m_data.insert(scope.section(u':', 0, 0));
    }
}

ConsoleTour::~ConsoleTour()
{
    if (m_window) {
        m_window->close();
        QElapsedTimer timer;
        timer.start();
        while (m_window->isVisible() && timer.elapsed() < 10000)
            QTest::qWait(20);
    }
}

void ConsoleTour::collectViewData(QWidget *window)
{
    for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
            const int rows = qMin(model->rowCount(parent), 500);
            for (int row = 0; row < rows; ++row) {
                for (int column = 0; column < model->columnCount(parent); ++column) {
                    const QModelIndex index = model->index(row, column, parent);
                    // A SCIM attribute's name in the tree (meta's sub-attributes are not in /Schemas).
                    if (!index.data(ScimAttributeTreeModel::PathRole).toString().isEmpty())
                        m_data.insert(index.data(Qt::DisplayRole).toString());
                    for (int role :
                         {int(ModelRoles::RawValueRole), int(ModelRoles::IdRole), int(ScimAttributeTreeModel::PathRole),
                          int(ScimAttributeTreeModel::MappedToRole), int(ProfileAttributeModel::TargetRole),
                          int(ProfileAttributeModel::MappedFromRole)}) {
                        const QVariant value = index.data(role);
                        if (value.userType() == QMetaType::QStringList) {
                            for (const QString &item : value.toStringList())
                                m_data.insert(item);
                        } else if (value.userType() == QMetaType::QString) {
                            m_data.insert(value.toString());
                        }
                    }
                }
                if (depth < 3 && model->hasChildren(model->index(row, 0, parent)))
                    walk(model->index(row, 0, parent), depth + 1);
            }
        };
        walk({}, 0);
    }
    m_data.remove(QString());
}

void ConsoleTour::visit(QWidget *window, const QString &stop)
{
    QTest::qWait(30); // let queued updates land
    collectViewData(window);
    m_stops.append(stop);
    m_visitor(window, stop);
}

QWidget *ConsoleTour::opened(const std::function<void()> &trigger)
{
    const QList<QWidget *> before = shownWindows();
    trigger();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        for (QWidget *window : shownWindows()) {
            if (!before.contains(window))
                return window;
        }
        QTest::qWait(10);
    }
    return nullptr;
}

void ConsoleTour::close(QWidget *window)
{
    QPointer<QWidget> guard(window);
    if (auto *dialog = qobject_cast<QDialog *>(window))
        dialog->reject();
    else
        window->close();
    QElapsedTimer timer;
    timer.start();
    while (guard && guard->isVisible() && timer.elapsed() < 5000)
        QTest::qWait(10);
}

bool ConsoleTour::visitDialog(const QString &stop, const std::function<void()> &trigger,
                              const std::function<void(QWidget *)> &inside)
{
    // Dialogs opened with exec() would block here: the timer visits and closes them from inside their loop.
    QPointer<QWidget> found;
    bool handled = false;
    const QList<QWidget *> before = shownWindows();
    QTimer watcher;
    watcher.setInterval(15);
    QObject::connect(&watcher, &QTimer::timeout, &watcher, [&] {
        if (handled)
            return;
        for (QWidget *window : shownWindows()) {
            if (before.contains(window))
                continue;
            handled = true;
            watcher.stop();
            found = window;
            m_visitedDialogs.insert(window->objectName());
            visit(window, stop);
            if (inside && found)
                inside(found);
            if (found && found->isVisible())
                close(found);
            return;
        }
    });
    watcher.start();
    trigger();
    QElapsedTimer timer;
    timer.start();
    while (!handled && timer.elapsed() < 10000)
        QTest::qWait(10);
    watcher.stop();
    if (!handled)
        QTest::qFail(qPrintable(u"no window opened at %1"_s.arg(stop)), __FILE__, __LINE__);
    return handled;
}

bool ConsoleTour::seed()
{
    ManagementClient *client = m_window->client();
    struct Seed
    {
        QString name, strategy;
        bool scim;
    };
    for (const Seed &seed : {Seed{u"acme-okta"_s, u"okta"_s, true}, Seed{u"globex-entra"_s, u"waad"_s, true},
                             Seed{u"initech-saml"_s, u"samlp"_s, false}}) {
        const ApiResult created =
            call([&](auto cb) { client->createConnection(seed.name, seed.strategy, m_window.get(), cb); });
        if (created.status != 201)
            return false;
        const QString id = created.object().value(u"id"_s).toString();
        if (!seed.scim)
            continue;
        const ApiResult enabled = call([&](auto cb) { client->enableScim(id, {}, m_window.get(), cb); });
        if (enabled.status != 201)
            return false;
        if (seed.name != u"acme-okta"_s)
            continue;
        const ApiResult token = call([&](auto cb) {
            client->createToken(id, Strategies::recommendedScopes(u"okta"_s), 90 * 86400, m_window.get(), cb);
        });
        if (token.status != 201)
            return false;
        m_acme = id;
        m_acmeEndpoint = enabled.object().value(u"scim_endpoint_url"_s).toString();
        m_acmeToken = token.object().value(u"token"_s).toString();
    }
    const QStringList people{u"Ada Lovelace"_s, u"Grace Hopper"_s, u"Alan Turing"_s, u"Radia Perlman"_s};
    for (int i = 0; i < people.size(); ++i) {
        const QStringList parts = people.at(i).split(u' ');
        const QString userName = parts.first().toLower() + u'.' + parts.last().toLower() + u"@acme.example"_s;
        const QJsonObject user{
            {u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s}},
            {u"userName"_s, userName},
            {u"externalId"_s, u"00u%1okta"_s.arg(1000 + i)},
            {u"active"_s, i != 2},
            {u"displayName"_s, people.at(i)},
            {u"name"_s, QJsonObject{{u"givenName"_s, parts.first()}, {u"familyName"_s, parts.last()}}},
            {u"emails"_s,
             QJsonArray{QJsonObject{{u"value"_s, userName}, {u"type"_s, u"work"_s}, {u"primary"_s, true}}}},
        };
        if (scimRequest("POST", m_acmeEndpoint + u"/Users"_s, m_acmeToken, user) != 201)
            return false;
        m_data.insert(people.at(i));
        m_data.insert(parts.first());
        m_data.insert(parts.last());
        m_data.insert(userName);
    }
    // Failures for the log: an unknown user, a wrong token.
    scimRequest("GET", m_acmeEndpoint + u"/Users/00u-missing"_s, m_acmeToken);
    scimRequest("GET", m_acmeEndpoint + u"/Users"_s, u"wrong"_s);
    // What the engine says about its schemas (descriptions in tooltips) is data.
    const ApiResult schemas = call([&](auto cb) { client->getMappingSchemas(m_acme, m_window.get(), cb); });
    addJsonStrings(schemas.object(), m_data);
    m_data.insert(m_acmeEndpoint);
    return !m_acme.isEmpty();
}

bool ConsoleTour::run()
{
    ConsoleOptions options;
    options.databasePath = m_dir.filePath(u"tour.sqlite"_s);
    options.useKeychain = false;
    m_window = std::make_unique<MainWindow>(options);
    m_window->resize(1280, 800);
    QSignalSpy ready(m_window.get(), &MainWindow::ready);
    m_window->show();
    m_window->start();
    if (!ready.wait(20000)) {
        QTest::qFail("the console did not get ready", __FILE__, __LINE__);
        return false;
    }
    MainWindow *window = m_window.get();
    m_data.insert(window->session()->url().toDisplayString());
    m_data.insert(window->session()->embeddedDatabasePath());
    m_data.insert(window->credentials()->fallbackFilePath());
    // The start: no keychain here, so the notice is in the banner.
    visit(window, u"start (keychain notice)"_s);
    if (!seed()) {
        QTest::qFail("seeding the engine failed", __FILE__, __LINE__);
        return false;
    }
    window->connectionsModel()->refresh();
    QTest::qWait(300);

    // Connections, with a selection and its tokens.
    window->showPage(MainWindow::ConnectionsPageIndex);
    window->connectionsPage()->selectConnection(m_acme);
    ConnectionDetailsWidget *details = window->connectionsPage()->details();
    QElapsedTimer timer;
    timer.start();
    while (details->tokensModel()->rowCount() < 1 && timer.elapsed() < 10000)
        QTest::qWait(20);
    visit(window, u"connections"_s);

    // The wizard: an invalid name, then an existing one (the engine refuses it: the banner says why).
    visitDialog(
        u"new connection wizard"_s, [&] { window->findChild<QAction *>(u"actionNewConnection"_s)->trigger(); },
        [&](QWidget *dialog) {
            auto *wizard = qobject_cast<QWizard *>(dialog);
            auto *name = wizard->findChild<QLineEdit *>(u"connectionName"_s);
            QTest::keyClicks(name, u"acme okta"_s);
            visit(wizard, u"new connection wizard, invalid name"_s);
            name->clear();
            QTest::keyClicks(name, u"acme-okta"_s);
            wizard->next();
            visit(wizard, u"new connection wizard, page 2"_s);
            wizard->accept();
        });
    timer.restart();
    while (window->banner()->text().isEmpty() && timer.elapsed() < 10000)
        QTest::qWait(20);
    visit(window, u"connections with an error"_s);
    window->banner()->dismiss();

    // Token: a refused custom lifetime, then a real one and its secret; then the two-token limit.
    auto *generate = details->findChild<QPushButton *>(u"generateTokenButton"_s);
    // The token list reloads as the engine reports its use; the button is disabled while it does.
    timer.restart();
    while (!generate->isEnabled() && timer.elapsed() < 10000)
        QTest::qWait(20);
    visitDialog(
        u"generate token"_s, [&] { generate->click(); },
        [&](QWidget *dialog) {
            auto *lifetime = dialog->findChild<QComboBox *>(u"lifetimePreset"_s);
            lifetime->setCurrentIndex(lifetime->count() - 1);
            auto *unit = dialog->findChild<QComboBox *>(u"customLifetimeUnit"_s);
            unit->setCurrentIndex(unit->count() - 1); // minutes
            dialog->findChild<QSpinBox *>(u"customLifetime"_s)->setValue(10);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            visit(dialog, u"generate token, lifetime refused"_s);
            lifetime->setCurrentIndex(0);
            visit(dialog, u"generate token, never expires"_s);
            lifetime->setCurrentIndex(2);
            visitDialog(
                u"token secret"_s,
                [&] { dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click(); },
                [&](QWidget *secret) {
                    // Closing without having copied the secret asks first; once copied, it closes.
                    visitDialog(u"token secret, closed without copying"_s,
                                [&] { qobject_cast<QDialog *>(secret)->reject(); });
                    secret->findChild<QPushButton *>(u"copySecretButton"_s)->click();
                });
        });
    timer.restart();
    while (details->tokensModel()->rowCount() < 2 && timer.elapsed() < 10000)
        QTest::qWait(20);
    QTest::qWait(100);
    visit(window, u"connections, token limit"_s);
    details->tokensView()->selectRow(0);
    visitDialog(u"revoke confirmation"_s, [&] { details->findChild<QPushButton *>(u"revokeTokenButton"_s)->click(); });
    visitDialog(u"disable SCIM confirmation"_s,
                [&] { details->findChild<QPushButton *>(u"scimToggleButton"_s)->click(); });
    visitDialog(u"delete confirmation"_s,
                [&] { details->findChild<QPushButton *>(u"deleteConnectionButton"_s)->click(); });
    for (int row = 0; row < window->connectionsModel()->rowCount(); ++row) {
        const QModelIndex index = window->connectionsModel()->index(row, 0);
        if (index.data(ModelRoles::RawValueRole).toString() == u"initech-saml"_s)
            window->connectionsPage()->selectConnection(index.data(ModelRoles::IdRole).toString());
    }
    visit(window, u"connection without SCIM"_s);
    window->connectionsPage()->selectConnection(m_acme);

    // Users, with a profile.
    window->showPage(MainWindow::UsersPageIndex);
    auto *users = window->usersPage()->findChild<QTableView *>(u"usersTable"_s);
    timer.restart();
    while (users->model()->rowCount() < 4 && timer.elapsed() < 10000)
        QTest::qWait(20);
    users->selectRow(1);
    QTest::qWait(200);
    visit(window, u"users"_s);

    // Logs: live, the detail of a failure, paused.
    window->showPage(MainWindow::LogsPageIndex);
    LogsPage *logs = window->logsPage();
    timer.restart();
    while (logs->table()->model()->rowCount() < 6 && timer.elapsed() < 10000)
        QTest::qWait(20);
    for (int row = 0; row < logs->table()->model()->rowCount(); ++row) {
        if (logs->table()->model()->index(row, LogModel::ResultColumn).data(ModelRoles::RawValueRole) ==
            QVariant(u"fscim"_s)) {
            logs->table()->selectRow(row);
            break;
        }
    }
    QTest::qWait(300);
    visit(window, u"logs, failure detail"_s);
    logs->setPaused(true);
    scimRequest("GET", m_acmeEndpoint + u"/Users?count=1"_s, m_acmeToken);
    QTest::qWait(1200);
    visit(window, u"logs, paused"_s);
    logs->setPaused(false);

    // Connection settings: a value the engine refuses, shown on its field; then the stored settings again.
    window->connectionsPage()->selectConnection(m_acme);
    window->showPage(MainWindow::ConnectionSettingsPageIndex);
    ConnectionSettingsPage *settings = window->connectionSettingsPage();
    auto *logoutUrl = settings->findChild<QLineEdit *>(u"settingsLogoutUrl"_s);
    timer.restart();
    while (!logoutUrl->isEnabled() && timer.elapsed() < 10000)
        QTest::qWait(20);
    QTest::keyClicks(logoutUrl, u"app.example.com/logout"_s);
    settings->save();
    timer.restart();
    while (settings->fieldError(u"options.backchannel_logout_url"_s).isEmpty() && timer.elapsed() < 10000)
        QTest::qWait(20);
    // What the engine said and what was typed are data.
    m_data.insert(settings->fieldError(u"options.backchannel_logout_url"_s));
    m_data.insert(u"app.example.com/logout"_s);
    m_data.insert(u"okta"_s);
    visit(window, u"connection settings, refused value"_s);
    // Closing the window with the unsaved edit asks (the tour answers Cancel).
    visitDialog(u"quit with unsaved settings question"_s, [&] { window->close(); });
    settings->revert();
    timer.restart();
    while (settings->isDirty() && timer.elapsed() < 10000)
        QTest::qWait(20);

    // Log streams: the form of each sink type (a refused endpoint, the SET form with either signature), a stream
    // in the list, and the delete confirmation.
    window->showPage(MainWindow::LogStreamsPageIndex);
    LogStreamsPage *streams = window->logStreamsPage();
    visit(window, u"log streams, none"_s);
    // The sink's choices are protocol values, the same in every language.
    for (const QString &value :
         {u"JSONLINES"_s, u"JSONARRAY"_s, u"JSONOBJECT"_s, u"ES256"_s, u"HS256"_s, u"notice"_s, u"full"_s})
        m_data.insert(value);
    visitDialog(
        u"new log stream"_s, [&] { streams->findChild<QPushButton *>(u"newStream"_s)->click(); },
        [&](QWidget *dialog) {
            auto *form = qobject_cast<LogStreamDialog *>(dialog);
            QTest::keyClicks(form->findChild<QLineEdit *>(u"streamName"_s), u"siem"_s);
            auto *endpoint = qobject_cast<QLineEdit *>(form->field(u"httpEndpoint"_s));
            QTest::keyClicks(endpoint, u"siem.example.com/ingest"_s);
            form->accept();
            QElapsedTimer waited;
            waited.start();
            while (form->fieldError(u"sink.httpEndpoint"_s).isEmpty() && waited.elapsed() < 10000)
                QTest::qWait(20);
            m_data.insert(form->fieldError(u"sink.httpEndpoint"_s));
            m_data.insert(u"siem.example.com/ingest"_s);
            visit(form, u"new log stream, refused endpoint"_s);
            auto *type = form->findChild<QComboBox *>(u"streamType"_s);
            type->setCurrentIndex(type->findData(u"scim-set"_s));
            visit(form, u"new log stream, security events"_s);
            qobject_cast<QComboBox *>(form->field(u"setSigningAlgorithm"_s))->setCurrentText(u"HS256"_s);
            visit(form, u"new log stream, security events with a shared secret"_s);
            type->setCurrentIndex(type->findData(u"http"_s));
            endpoint = qobject_cast<QLineEdit *>(form->field(u"httpEndpoint"_s));
            endpoint->setText(u"https://siem.example.com/ingest"_s);
            // The dialog closes itself once the engine accepted the stream.
            QPointer<QWidget> open(form);
            form->accept();
            QElapsedTimer saved;
            saved.start();
            while (open && open->isVisible() && saved.elapsed() < 10000)
                QTest::qWait(20);
        });
    timer.restart();
    while (streams->model()->rowCount() < 1 && timer.elapsed() < 10000)
        QTest::qWait(20);
    m_data.insert(u"siem"_s);
    m_data.insert(u"https://siem.example.com/ingest"_s);
    // Engine › Settings… shows the listen addresses; a delivery error of the stream is the engine's text.
    for (const QString &value : {u"127.0.0.1"_s, u"0.0.0.0"_s, u"::1"_s, u"::"_s})
        m_data.insert(value);
    const QJsonObject delivery =
        streams->model()->index(0, 0).data(ModelRoles::JsonRole).toJsonObject().value(u"delivery"_s).toObject();
    m_data.insert(delivery.value(u"last_error"_s).toString());
    streams->table()->selectRow(0);
    visit(window, u"log streams"_s);
    visitDialog(u"edit log stream"_s, [&] { streams->findChild<QPushButton *>(u"editStream"_s)->click(); });
    visitDialog(u"delete log stream confirmation"_s,
                [&] { streams->findChild<QPushButton *>(u"deleteStream"_s)->click(); });

    // The attribute map: loaded, edited (undo steps, a broken rule), a refused map, the history dock.
    window->findChild<QAction *>(u"actionEditMapping"_s)->trigger();
    MappingEditorPage *editor = window->mappingPage();
    timer.restart();
    while (!editor->isLoaded() && timer.elapsed() < 10000)
        QTest::qWait(20);
    MappingModel *mapping = editor->mappingModel();
    mapping->map(u"phoneNumbers[type eq \"mobile\"].value"_s, u"app_metadata.mobile"_s);
    if (const auto pair = mapping->pairForSource(u"userName"_s))
        mapping->removePairs({pair->id});
    mapping->map(u"emails[type eq \"home\"].value"_s, u"blocked"_s); // refused: blocked is fed only from active
    editor->findChild<QLineEdit *>(u"customScimEntry"_s)->setText(u"emails[type co \"x\"].value"_s);
    editor->findChild<QLineEdit *>(u"customProfileKey"_s)->setText(u"nickname2"_s);
    window->findChild<QAction *>(u"actionUndoHistory"_s)->trigger();
    m_data.unite(QSet<QString>(editor->preview()->unmapped().cbegin(), editor->preview()->unmapped().cend()));
    visit(window, u"attribute map, edited"_s);
    editor->mapSelected(); // nothing selected: the reason appears at the Map button
    visit(window, u"attribute map, nothing selected"_s);
    editor->findChild<QPlainTextEdit *>(u"previewPayload"_s)->setPlainText(u"{ not json"_s);
    QTest::qWait(400);
    visit(window, u"attribute map, preview error"_s);
    // Replacing a mapped target asks first.
    const QString fax = u"phoneNumbers[type eq \"fax\"].value"_s;
    QString mappedTarget;
    for (const MappingPair &pair : mapping->pairs()) {
        if (mapping->check(fax, pair.auth0).verdict == MappingModel::Verdict::Replace) {
            mappedTarget = pair.auth0;
            break;
        }
    }
    visitDialog(u"replace mapping confirmation"_s, [&] { mapping->map(fax, mappedTarget); });
    visitDialog(u"import mapping file dialog"_s, [&] { editor->openImportDialog(); });
    visitDialog(u"export mapping file dialog"_s, [&] { editor->openExportDialog(); });
    visitDialog(u"open payload file dialog"_s, [&] { editor->findChild<QPushButton *>(u"openPayload"_s)->click(); });
    visitDialog(
        u"preview on real users"_s, [&] { editor->findChild<QPushButton *>(u"previewOnRealUsers"_s)->click(); },
        [&](QWidget *dialog) {
            // With its results: the summary, the attribute counts and the examples.
            auto *run = dialog->findChild<QPushButton *>(u"runRealUsersPreview"_s);
            run->click();
            QElapsedTimer waited;
            waited.start();
            while (!run->isEnabled() && waited.elapsed() < 15000)
                QTest::qWait(20);
            visit(dialog, u"preview on real users, results"_s);
        });
    // Unsaved changes: switching connection and closing the window ask first.
    visitDialog(u"discard mapping confirmation"_s, [&] {
        for (int row = 0; row < window->connectionsModel()->rowCount(); ++row) {
            const QString id = window->connectionsModel()->index(row, 0).data(ModelRoles::IdRole).toString();
            if (id != m_acme) {
                editor->setConnectionId(id);
                break;
            }
        }
    });
    visitDialog(u"quit with unsaved map confirmation"_s, [&] { window->close(); });

    // The engine menu's dialog, with a message; the restart question; and every other dialog a menu opens.
    visitDialog(
        u"connect to engine"_s, [&] { window->openConnectDialog(QUrl(u"https://scim.example.com"_s)); },
        [&](QWidget *dialog) {
            qobject_cast<QDialog *>(dialog)->accept(); // no token: the dialog says what is missing
            visit(dialog, u"connect to engine, token missing"_s);
        });
    visitDialog(u"restart question"_s, [&] { window->offerRestart(); });
    // The certificate of an engine the system does not trust, in its larger form: it changed since it was trusted.
    QTemporaryDir certificates;
    const std::optional<TestCertificates::Pair> pair =
        TestCertificates::selfSigned(certificates.path(), u"tour"_s, u"ec"_s, 30);
    const std::optional<TestCertificates::Pair> before =
        TestCertificates::selfSigned(certificates.path(), u"tour-before"_s, u"ec"_s, 30);
    if (!pair || !before)
        QTest::qFail("openssl could not make the tour's certificate", __FILE__, __LINE__);
    else {
        const QSslCertificate certificate = QSslCertificate::fromPath(pair->certificate).value(0);
        // What the certificate says is data, not console text.
        const CertificateInfo shown(QUrl(), certificate, {}, QString());
        const QLocale locale;
        m_data.unite(QSet<QString>{shown.subject(), shown.issuer(), shown.fingerprint(),
                                   TestCertificates::fingerprint(before->certificate),
                                   locale.toString(shown.effectiveDate().toLocalTime(), QLocale::LongFormat),
                                   locale.toString(shown.expiryDate().toLocalTime(), QLocale::LongFormat)});
        visitDialog(u"certificate changed"_s, [&] {
            window->openCertificateDialog(CertificateInfo(QUrl(u"https://scim.example.com:8443"_s), certificate,
                                                          {QSslError(QSslError::SelfSignedCertificate, certificate)},
                                                          TestCertificates::fingerprint(before->certificate)));
        });
    }
    // The schema editor: an attribute an IdP sent that no schema declares, the survey behind "Declare…", and the
    // schema file dialogs.
    const QString seenUrn = u"urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User"_s;
    scimRequest("POST", m_acmeEndpoint + u"/Users"_s, m_acmeToken,
                QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s, seenUrn}},
                            {u"userName"_s, u"barbara.liskov@acme.example"_s},
                            {seenUrn, QJsonObject{{u"costCenterCode"_s, u"CC-9"_s}}}});
    m_data.unite(QSet<QString>{seenUrn, u"costCenterCode"_s, u"CC-9"_s, u"barbara.liskov@acme.example"_s});
    SchemaEditorPage *schemas = window->schemasPage();
    window->showPage(MainWindow::SchemasPageIndex);
    schemas->setConnectionId(m_acme);
    timer.restart();
    while (!schemas->isLoaded() && timer.elapsed() < 10000)
        QTest::qWait(20);
    visit(window, u"schemas"_s);
    visitDialog(
        u"declare seen attributes"_s, [&] { schemas->findChild<QPushButton *>(u"declareSeenAttributes"_s)->click(); },
        [&](QWidget *dialog) {
            auto *declare = qobject_cast<DeclareAttributesDialog *>(dialog);
            QElapsedTimer waited;
            waited.start();
            while (declare && !declare->isLoaded() && waited.elapsed() < 10000)
                QTest::qWait(20);
            visit(dialog, u"declare seen attributes, survey"_s);
        });
    visitDialog(u"import schema file dialog"_s, [&] { schemas->openImportDialog(); });
    visitDialog(u"export schema file dialog"_s, [&] { schemas->openExportDialog(); });
    visitMenuDialogs();
    // Every page of the navigation, those added later included.
    if (auto *navigation = window->findChild<QListWidget *>(u"navigation"_s)) {
        for (int row = 0; row < navigation->count(); ++row) {
            navigation->setCurrentRow(row);
            QTest::qWait(200);
            visit(window, u"page %1"_s.arg(row));
        }
    }
    // Check an endpoint: a short run (the Okta profile) against acme, its results, and the export dialog.
    window->showPage(MainWindow::CheckPageIndex);
    CheckPage *check = window->checkPage();
    check->setTarget(m_acmeEndpoint, m_acmeToken);
    check->setProfile(u"okta"_s);
    QSignalSpy checkDone(check, &CheckPage::runFinished);
    check->run();
    if (!checkDone.wait(120000)) {
        QTest::qFail("the check run did not finish", __FILE__, __LINE__);
        return false;
    }
    visit(window, u"check endpoint, results"_s);
    visitDialog(u"export check report dialog"_s, [&] { check->findChild<QPushButton *>(u"checkExport"_s)->click(); });
    // Back to a clean map, so that the tour ends without questions.
    while (editor->undoStack()->canUndo())
        editor->undoStack()->undo();
    return true;
}

void ConsoleTour::visitMenuDialogs()
{
    // Every menu entry that ends in "…" opens a dialog (the desktop convention), except those that change state
    // and were visited above.
    static const QStringList skipped{u"actionNewConnection"_s, u"actionDeleteConnection"_s, u"actionGenerateToken"_s};
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        for (QAction *action : menu->actions()) {
            // Brackets of the pseudo locale aside.
            const QString text = action->text().remove(QChar(0x27E6)).remove(QChar(0x27E7));
            if (action->isSeparator() || action->menu() || !action->isEnabled() || !text.endsWith(u'…') ||
                skipped.contains(action->objectName()))
                continue;
            visitDialog(u"menu: %1"_s.arg(action->objectName()), [action] { action->trigger(); });
        }
    }
    visitDialog(u"about"_s, [this] { m_window->findChild<QAction *>(u"actionAbout"_s)->trigger(); });
}
