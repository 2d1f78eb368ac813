// Screenshots of scim-console for the README: the real main window (embedded engine, seeded through the
// Management API and the SCIM endpoint like an IdP would) rendered by the xcb platform under Xvfb (CTest runs this
// with xvfb-run). PNGs of the Connections view, the token dialog, the secret-once dialog, the Users view, the
// attribute-map editor (mid-drag, after a refused drop) and the Logs view (live, detail pane) land in
// $SCIM_SCREENSHOT_DIR (<build>/screenshots); copies are kept in docs/screenshots/. The same run in another language
// (SCIM_SCREENSHOT_LANGUAGE=de), dark (SCIM_SCREENSHOT_APPEARANCE=dark) or at QT_SCALE_FACTOR=2 names its files with
// SCIM_SCREENSHOT_SUFFIX ("connections-de.png"); the Preferences dialog and a focused button are shot too.

#include "models/api/ManagementClient.h"
#include "models/common/Localization.h"
#include "models/common/ModelRoles.h"
#include "models/connections/ConnectionsModel.h"
#include "models/connections/TokensModel.h"
#include "models/logs/LogModel.h"
#include "models/logstreams/LogStreamsModel.h"
#include "models/mapping/ProfileAttributeModel.h"
#include "models/mapping/ScimAttributeTreeModel.h"
#include "models/overview/ActivityStats.h"
#include "models/overview/RecentFailuresModel.h"
#include "models/schemas/SchemaAttributesModel.h"
#include "models/users/UsersModel.h"
#include "views/check/CheckPage.h"
#include "views/common/Appearance.h"
#include "views/connections/ConnectionDetailsWidget.h"
#include "views/connections/ConnectionsPage.h"
#include "views/connections/GenerateTokenDialog.h"
#include "views/connections/SecretDialog.h"
#include "views/connectionsettings/ConnectionSettingsPage.h"
#include "views/groups/GroupsPage.h"
#include "views/logs/LogsPage.h"
#include "views/logstreams/LogStreamDialog.h"
#include "views/logstreams/LogStreamsPage.h"
#include "views/mapping/MappingEditorPage.h"
#include "views/overview/OverviewPage.h"
#include "views/schemas/SchemaEditorPage.h"
#include "views/shell/ErrorBanner.h"
#include "views/shell/MainWindow.h"
#include "views/users/UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace scim;

namespace {

ApiResult call(std::function<void(ManagementClient::Callback)> start)
{
    ApiResult out;
    bool done = false;
    start([&](const ApiResult &result) {
        out = result;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
    return out;
}

// POSTs a SCIM resource; the created resource, with its status under "status".
QJsonObject postScim(const QString &url, const QString &token, const QJsonObject &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/scim+json"));
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    QJsonObject created = QJsonDocument::fromJson(reply->readAll()).object();
    created.insert(u"status"_s, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
    delete reply;
    return created;
}

} // namespace

class TestConsoleScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void screenshots();

private:
    void save(QWidget *widget, const QString &name);
    QTemporaryDir m_dir;
    QString m_out;
    QString m_suffix;
};

void TestConsoleScreenshots::initTestCase()
{
    // English is the source catalog: its plural forms, as the console installs it.
    const QString language = qEnvironmentVariable("SCIM_SCREENSHOT_LANGUAGE", u"en"_s);
    QCOMPARE(scim::Localization::install(language), language);
    const QString appearance = qEnvironmentVariable("SCIM_SCREENSHOT_APPEARANCE");
    Appearance::instance()->setMode(Appearance::modeFromString(appearance));
    QCOMPARE(Appearance::instance()->isDark(), appearance == u"dark"_s);
    m_suffix = qEnvironmentVariable("SCIM_SCREENSHOT_SUFFIX");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"scim-console-tests"_s);
    QCoreApplication::setApplicationName(u"tst_console_screenshots"_s);
    QSettings().clear();
    QVERIFY2(QGuiApplication::platformName() == u"xcb"_s || qEnvironmentVariableIsSet("SCIM_SCREENSHOT_ANY_PLATFORM"),
             "run under Xvfb with QT_QPA_PLATFORM=xcb (ctest does, through xvfb-run)");
    m_out = qEnvironmentVariable("SCIM_SCREENSHOT_DIR", QDir::current().filePath(u"screenshots"_s));
    QVERIFY(QDir().mkpath(m_out));
}

void TestConsoleScreenshots::save(QWidget *widget, const QString &name)
{
    QTest::qWait(150); // let pending paints and layout settle
    const QImage image = widget->grab().toImage();
    const QString path = QDir(m_out).filePath(QString(name).replace(u".png"_s, m_suffix + u".png"_s));
    QVERIFY2(image.save(path), qPrintable(path));
    // Not blank: a real rendering has text, frames and colors.
    QSet<QRgb> colors;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colors.insert(image.pixel(x, y));
    }
    QVERIFY2(colors.size() > 20, qPrintable(u"%1 looks blank (%2 colors)"_s.arg(path).arg(colors.size())));
    qInfo("screenshot: %s (%dx%d)", qUtf8Printable(path), image.width(), image.height());
}

void TestConsoleScreenshots::screenshots()
{
    ConsoleOptions options;
    options.databasePath = m_dir.filePath(u"console.sqlite"_s);
    options.useKeychain = false;
    MainWindow window(options);
    window.resize(1180, 700);
    QSignalSpy ready(&window, &MainWindow::ready);
    window.show();
    window.start();
    QVERIFY(ready.wait(15000));
    window.banner()->dismiss(); // the no-keychain notice of this test setup

    // Seed: three customers, SCIM on two, tokens, and a dozen users provisioned over SCIM.
    ManagementClient *client = window.client();
    struct Seed
    {
        QString name, strategy;
        bool scim;
    };
    QString acme;
    QString acmeEndpoint;
    QString acmeToken;
    for (const Seed &seed : {Seed{u"acme-okta"_s, u"okta"_s, true}, Seed{u"globex-entra"_s, u"waad"_s, true},
                             Seed{u"initech-saml"_s, u"samlp"_s, false}}) {
        const ApiResult created = call([&](auto cb) { client->createConnection(seed.name, seed.strategy, this, cb); });
        QCOMPARE(created.status, 201);
        const QString id = created.object().value(u"id"_s).toString();
        if (!seed.scim)
            continue;
        const ApiResult enabled = call([&](auto cb) { client->enableScim(id, {}, this, cb); });
        QCOMPARE(enabled.status, 201);
        const ApiResult token = call([&](auto cb) {
            client->createToken(id, {u"get:users"_s, u"post:users"_s, u"put:users"_s, u"patch:users"_s}, 90 * 86400,
                                this, cb);
        });
        QCOMPARE(token.status, 201);
        if (seed.name == u"acme-okta"_s) {
            acme = id;
            acmeEndpoint = enabled.object().value(u"scim_endpoint_url"_s).toString();
            acmeToken = token.object().value(u"token"_s).toString();
        }
    }
    const QStringList people{u"Ada Lovelace"_s,   u"Grace Hopper"_s,  u"Alan Turing"_s,       u"Edsger Dijkstra"_s,
                             u"Barbara Liskov"_s, u"Donald Knuth"_s,  u"Margaret Hamilton"_s, u"Ken Thompson"_s,
                             u"Frances Allen"_s,  u"John McCarthy"_s, u"Radia Perlman"_s,     u"Leslie Lamport"_s};
    QStringList userIds;
    for (int i = 0; i < people.size(); ++i) {
        const QStringList parts = people.at(i).split(u' ');
        const QString userName = parts.first().toLower() + u'.' + parts.last().toLower() + u"@acme.example"_s;
        const QJsonObject user{
            {u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s}},
            {u"userName"_s, userName},
            {u"externalId"_s, u"00u%1okta"_s.arg(1000 + i)},
            {u"active"_s, i != 4},
            {u"displayName"_s, people.at(i)},
            {u"name"_s, QJsonObject{{u"givenName"_s, parts.first()}, {u"familyName"_s, parts.last()}}},
            {u"emails"_s,
             QJsonArray{QJsonObject{{u"value"_s, userName}, {u"type"_s, u"work"_s}, {u"primary"_s, true}}}},
            {u"title"_s, u"Engineer"_s},
        };
        const QJsonObject created = postScim(acmeEndpoint + u"/Users"_s, acmeToken, user);
        QCOMPARE(created.value(u"status"_s).toInt(), 201);
        userIds.append(created.value(u"id"_s).toString());
    }
    // Groups, as Okta's Group Push sends them (a token with the groups scopes).
    const ApiResult groupToken = call([&](auto cb) {
        client->createToken(acme, {u"get:groups"_s, u"post:groups"_s}, 90 * 86400, this, cb);
    });
    QCOMPARE(groupToken.status, 201);
    const QString groupSecret = groupToken.object().value(u"token"_s).toString();
    const QList<std::pair<QString, int>> groups{
        {u"Engineering"_s, 8}, {u"Research"_s, 4}, {u"Sales EMEA"_s, 2}, {u"All staff"_s, 12}};
    for (int g = 0; g < groups.size(); ++g) {
        QJsonArray members;
        for (int i = 0; i < groups.at(g).second; ++i)
            members.append(QJsonObject{{u"value"_s, userIds.at(i)}});
        const QJsonObject group{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:Group"_s}},
                                {u"displayName"_s, groups.at(g).first},
                                {u"externalId"_s, u"00g%1okta"_s.arg(7000 + g)},
                                {u"members"_s, members}};
        QCOMPARE(postScim(acmeEndpoint + u"/Groups"_s, groupSecret, group).value(u"status"_s).toInt(), 201);
    }
    // Only the users' token stays (the token dialog below needs room for one more).
    const ApiResult revoked = call(
        [&](auto cb) { client->revokeToken(acme, groupToken.object().value(u"token_id"_s).toString(), this, cb); });
    QCOMPARE(revoked.status, 204);
    // The token has been used: "last used" shows.
    window.connectionsModel()->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(window.connectionsModel()->rowCount(), 3, 10000);
    ConnectionsModel *connections = window.connectionsModel();
    QTRY_COMPARE_WITH_TIMEOUT(
        connections->index(connections->rowForId(acme), ConnectionsModel::UsersColumn).data(ModelRoles::RawValueRole),
        QVariant(int(people.size())), 10000);

    // 1. Connections view with acme-okta selected (the overview is the first page).
    window.showPage(MainWindow::ConnectionsPageIndex);
    window.connectionsPage()->selectConnection(acme);
    ConnectionDetailsWidget *details = window.connectionsPage()->details();
    QTRY_COMPARE_WITH_TIMEOUT(details->tokensModel()->rowCount(), 1, 10000);
    QTRY_VERIFY(!details->tokensModel()->isLoading());
    save(&window, u"connections.png"_s);

    // 2. The token dialog.
    auto *generate = details->findChild<QPushButton *>(u"generateTokenButton"_s);
    QTRY_VERIFY(generate->isEnabled());
    QTest::mouseClick(generate, Qt::LeftButton);
    GenerateTokenDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = window.findChild<GenerateTokenDialog *>(u"generateTokenDialog"_s)) && dialog->isVisible(), 10000);
    auto *lifetime = dialog->findChild<QComboBox *>(u"lifetimePreset"_s);
    lifetime->setCurrentIndex(lifetime->findData(30 * 86400));
    // Tab onto Generate: its keyboard focus ring shows.
    dialog->findChild<QPushButton *>(u"presetAll"_s)->setFocus(Qt::TabFocusReason);
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
    QCOMPARE(dialog->focusWidget(), dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
    save(dialog, u"token-dialog.png"_s);
    dialog->accept();

    // 3. The secret, shown once.
    SecretDialog *secret = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((secret = window.findChild<SecretDialog *>(u"tokenSecretDialog"_s)) && secret->isVisible(),
                             10000);
    save(secret, u"token-secret.png"_s);
    secret->accept();

    // 4. Users view with a user's profile.
    window.showPage(MainWindow::UsersPageIndex);
    UsersPage *users = window.usersPage();
    auto *table = users->findChild<QTableView *>(u"usersTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), int(people.size()), 10000);
    table->resizeColumnsToContents();
    table->setColumnWidth(UsersModel::UserIdColumn, 150);
    table->selectRow(1);
    auto *profile = users->findChild<QPlainTextEdit *>(u"userProfile"_s);
    QTRY_VERIFY_WITH_TIMEOUT(profile->toPlainText().contains(u"\"user_id\""_s), 10000);
    save(&window, u"users.png"_s);

    // 5. The attribute-map editor of acme-okta, mid-drag (drop indicator and what the drop will do), then after a
    // refused drop (the reason at the drop point).
    window.resize(1400, 880);
    window.connectionsPage()->selectConnection(acme);
    window.findChild<QAction *>(u"actionEditMapping"_s)->trigger();
    MappingEditorPage *editor = window.mappingPage();
    QTRY_VERIFY_WITH_TIMEOUT(editor->isLoaded(), 10000);
    QTableView *targets = editor->profileView();
    auto dragTo = [&](const QString &path, const QString &target, bool release) {
        const QModelIndex source = editor->scimModel()->indexOfPath(path);
        editor->scimView()->setCurrentIndex(source);
        editor->scimView()->scrollTo(source, QAbstractItemView::PositionAtCenter);
        const QModelIndex row = editor->profileModel()->index(editor->profileModel()->rowOfTarget(target), 0);
        targets->scrollTo(row, QAbstractItemView::PositionAtCenter);
        const QPoint at = targets->visualRect(row).center();
        std::unique_ptr<QMimeData> mime(editor->scimModel()->mimeData({source}));
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(targets->viewport(), &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(targets->viewport(), &move);
        if (release) {
            QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(targets->viewport(), &drop);
        }
    };
    dragTo(u"phoneNumbers[type eq \"work\"].value"_s, u"phone_number"_s, false);
    save(&window, u"mapping-editor-drag.png"_s);
    QDragLeaveEvent leave;
    QApplication::sendEvent(targets->viewport(), &leave);
    dragTo(u"emails[type eq \"home\"].value"_s, u"blocked"_s, true);
    QVERIFY(editor->findChild<QLabel *>(u"dropHint"_s)->isVisible());
    save(&window, u"mapping-editor-refused.png"_s);
    // 5b. The schema editor of acme-okta at 1280x800: a declared extension with attributes of several kinds, saved.
    window.resize(1280, 800);
    window.connectionsPage()->selectConnection(acme);
    SchemaEditorPage *schemas = window.schemasPage();
    QSignalSpy schemasLoaded(schemas, &SchemaEditorPage::loaded);
    window.findChild<QAction *>(u"actionEditSchemas"_s)->trigger();
    QVERIFY(schemasLoaded.wait(10000));
    schemas->findChild<QLineEdit *>(u"newSchemaUrn"_s)
        ->setText(u"urn:example:params:scim:schemas:extension:acme:2.0:User"_s);
    schemas->findChild<QPushButton *>(u"createSchema"_s)->click();
    SchemaAttributesModel *attributes = schemas->attributesModel();
    for (const QString &name : {u"costCenter"_s, u"badgeNumber"_s, u"licenceTier"_s, u"seats"_s, u"hired"_s, u"desk"_s})
        QVERIFY(attributes->addAttribute(name));
    attributes->setData(attributes->index(0, SchemaAttributesModel::DescriptionColumn),
                        u"The cost centre that pays for the user's licences"_s);
    attributes->setData(attributes->index(2, SchemaAttributesModel::CanonicalValuesColumn),
                        u"basic\npro\nenterprise"_s);
    attributes->setSchemaProperty(u"name"_s, u"Acme"_s);
    attributes->setSchemaProperty(u"description"_s, u"Fields of Acme's HR system"_s);
    attributes->setData(attributes->index(5, SchemaAttributesModel::TypeColumn), u"complex"_s);
    QVERIFY(attributes->addSubAttribute(5, u"building"_s));
    QVERIFY(attributes->addSubAttribute(5, u"floor"_s));
    attributes->setData(attributes->index(1, SchemaAttributesModel::TypeColumn, attributes->index(5, 0)), u"integer"_s);
    attributes->setData(attributes->index(1, SchemaAttributesModel::UniquenessColumn), u"server"_s);
    attributes->setData(attributes->index(1, SchemaAttributesModel::CaseExactColumn), Qt::Checked, Qt::CheckStateRole);
    attributes->setData(attributes->index(2, SchemaAttributesModel::RequiredColumn), Qt::Checked, Qt::CheckStateRole);
    attributes->setData(attributes->index(3, SchemaAttributesModel::TypeColumn), u"integer"_s);
    attributes->setData(attributes->index(4, SchemaAttributesModel::TypeColumn), u"dateTime"_s);
    attributes->setData(attributes->index(4, SchemaAttributesModel::MutabilityColumn), u"immutable"_s);
    QSignalSpy schemaSaved(schemas, &SchemaEditorPage::saved);
    schemas->findChild<QPushButton *>(u"saveSchema"_s)->click();
    QVERIFY(schemaSaved.wait(10000));
    // The map reads the cost centre, so the sample's profile shows it.
    const ApiResult configuration = call([&](auto cb) { client->getScimConfiguration(acme, this, cb); });
    QJsonArray mapping = configuration.object().value(u"mapping"_s).toArray();
    mapping.append(QJsonObject{{u"scim"_s, u"urn:example:params:scim:schemas:extension:acme:2.0:User:costCenter"_s},
                               {u"auth0"_s, u"app_metadata.acme_cost_center"_s}});
    const ApiResult mapped = call([&](auto cb) {
        client->updateScimMapping(
            acme,
            QJsonObject{{u"mapping"_s, mapping},
                        {u"user_id_attribute"_s, configuration.object().value(u"user_id_attribute"_s)}},
            this, cb);
    });
    QCOMPARE(mapped.status, 200);
    QSignalSpy profileShown(schemas, &SchemaEditorPage::profilePreviewUpdated);
    schemas->revert();
    QVERIFY(profileShown.wait(10000));
    QVERIFY(schemas->profileText().contains(u"acme_cost_center"_s));
    for (int column = 0; column < SchemaAttributesModel::DescriptionColumn; ++column)
        schemas->attributesView()->resizeColumnToContents(column);
    schemas->attributesView()->expandAll();
    save(&window, u"schema-editor.png"_s);
    // 6. Logs: the provisioning above plus a few failures (an unknown user, a wrong token), live.
    QNetworkAccessManager network;
    for (const auto &[path, token] : {std::pair{u"/Users/00u-missing"_s, acmeToken}, std::pair{u"/Users"_s, u"x"_s},
                                      std::pair{u"/Users?filter=userName%20eq%20%22ada%22"_s, acmeToken}}) {
        QNetworkRequest request{QUrl(acmeEndpoint + path)};
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setRawHeader("User-Agent", "Okta SCIM Client 1.0.0");
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        delete reply;
    }
    window.showPage(MainWindow::LogsPageIndex);
    LogsPage *logs = window.logsPage();
    QTRY_VERIFY_WITH_TIMEOUT(logs->table()->model()->rowCount() >= int(people.size()) + 3, 10000);
    logs->table()->resizeColumnToContents(LogModel::TimeColumn);
    save(&window, u"logs.png"_s);
    logs->table()->selectRow(2);
    auto *requestBody = logs->findChild<QPlainTextEdit *>(u"logRequestBody"_s);
    QTRY_VERIFY_WITH_TIMEOUT(requestBody->toPlainText().contains(u"userName"_s), 10000);
    save(&window, u"logs-detail.png"_s);

    // 8. The Overview: a card per connection with its 24 h chart, the live chart, the recent failures; at
    // 1280x800 and at 1024x700.
    window.resize(1280, 800);
    window.showPage(MainWindow::OverviewPageIndex);
    OverviewPage *overview = window.overviewPage();
    overview->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(overview->cardCount(), 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(overview->failures()->rowCount() >= 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(overview->stats()->isLoaded(), 10000);
    QTest::qWait(300);
    save(&window, u"overview.png"_s);
    window.resize(1024, 700);
    QTest::qWait(300);
    save(&window, u"overview-1024.png"_s);
    window.resize(1280, 800);

    // 9. Groups of acme-okta with a group's members.
    window.connectionsPage()->selectConnection(acme);
    window.showPage(MainWindow::GroupsPageIndex);
    auto *groupsTable = window.groupsPage()->table();
    QTRY_COMPARE_WITH_TIMEOUT(groupsTable->model()->rowCount(), int(groups.size()), 10000);
    groupsTable->selectRow(1);
    QTRY_VERIFY_WITH_TIMEOUT(window.groupsPage()->membersView()->model()->rowCount() > 0, 10000);
    save(&window, u"groups.png"_s);

    // 10. A user's detail: the SCIM resource as the IdP reads it.
    window.showPage(MainWindow::UsersPageIndex);
    users->findChild<QLineEdit *>(u"userSearch"_s)->clear();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), int(people.size()), 10000);
    table->selectRow(0);
    users->detailTabs()->setCurrentIndex(1);
    auto *scimResource = users->findChild<QPlainTextEdit *>(u"userScimResource"_s);
    QTRY_VERIFY_WITH_TIMEOUT(scimResource->toPlainText().contains(u"userName"_s), 10000);
    save(&window, u"user-detail.png"_s);
    users->detailTabs()->setCurrentIndex(0);

    // 11. acme-okta's settings: a back-channel logout endpoint with a stored secret, a rate limit; at 1280x800 and
    // at 1024x700.
    window.showPage(MainWindow::ConnectionSettingsPageIndex);
    ConnectionSettingsPage *settings = window.connectionSettingsPage();
    settings->setConnectionId(acme);
    auto *logoutUrl = settings->findChild<QLineEdit *>(u"settingsLogoutUrl"_s);
    QTRY_VERIFY_WITH_TIMEOUT(logoutUrl->isEnabled(), 10000);
    logoutUrl->setText(u"https://app.acme.example/oidc/backchannel-logout"_s);
    settings->findChild<QLineEdit *>(u"settingsLogoutSecret"_s)->setText(u"k3y-"_s.repeated(10));
    auto *rateMode = settings->findChild<QComboBox *>(u"settingsRateLimit"_s);
    rateMode->setCurrentIndex(rateMode->count() - 1); // Custom
    settings->findChild<QDoubleSpinBox *>(u"settingsRequestsPerSecond"_s)->setValue(20);
    QSignalSpy settingsSaved(settings, &ConnectionSettingsPage::saved);
    settings->save();
    QVERIFY(settingsSaved.wait(10000));
    settings->findChild<QLineEdit *>(u"settingsDisplayName"_s)->setText(u"Acme (Okta, production)"_s);
    QTest::qWait(100);
    save(&window, u"connection-settings.png"_s);
    window.resize(1024, 700);
    save(&window, u"connection-settings-1024.png"_s);
    window.resize(1280, 800);
    settings->revert();
    QTRY_VERIFY_WITH_TIMEOUT(!settings->isDirty(), 10000);

    // 12. Log streams: a webhook to a SIEM (paused) and an RFC 9967 SET stream; at 1280x800 and at 1024x700.
    for (const QJsonObject &stream :
         {QJsonObject{{u"name"_s, u"splunk-siem"_s},
                      {u"type"_s, u"http"_s},
                      {u"status"_s, u"paused"_s},
                      {u"sink"_s, QJsonObject{{u"httpEndpoint"_s, u"https://siem.acme.example/services/collector"_s},
                                              {u"httpContentFormat"_s, u"JSONLINES"_s}}}},
          QJsonObject{{u"name"_s, u"hr-portal"_s},
                      {u"type"_s, u"scim-set"_s},
                      {u"status"_s, u"paused"_s},
                      {u"sink"_s, QJsonObject{{u"setEndpoint"_s, u"https://hr.acme.example/scim-events"_s},
                                              {u"setAudience"_s, u"https://hr.acme.example"_s},
                                              {u"setSigningAlgorithm"_s, u"ES256"_s}}}}}) {
        const ApiResult created = call([&](auto cb) { client->createLogStream(stream, this, cb); });
        QVERIFY2(created.ok(), qPrintable(created.errorMessage));
    }
    window.showPage(MainWindow::LogStreamsPageIndex);
    LogStreamsPage *streams = window.logStreamsPage();
    QTRY_COMPARE_WITH_TIMEOUT(streams->model()->rowCount(), 2, 10000);
    streams->table()->selectRow(1);
    save(&window, u"log-streams.png"_s);
    window.resize(1024, 700);
    save(&window, u"log-streams-1024.png"_s);
    window.resize(1280, 800);
    LogStreamDialog *streamDialog = streams->newStream();
    auto *streamType = streamDialog->findChild<QComboBox *>(u"streamType"_s);
    streamType->setCurrentIndex(streamType->findData(u"scim-set"_s));
    QTest::qWait(100);
    save(streamDialog, u"log-stream-dialog.png"_s);
    streamDialog->reject();

    // 13. Check an endpoint: the Okta checks against globex-entra with a temporary token (acme-okta has two tokens
    // now, the most a connection may have), one check's requests and responses.
    window.showPage(MainWindow::CheckPageIndex);
    CheckPage *check = window.checkPage();
    auto *target = check->findChild<QComboBox *>(u"checkConnection"_s);
    QTRY_VERIFY(target->findText(u"globex-entra"_s) > 0);
    target->setCurrentIndex(target->findText(u"globex-entra"_s));
    check->setProfile(u"okta"_s);
    QSignalSpy checked(check, &CheckPage::runFinished);
    check->run();
    QVERIFY(checked.wait(90000));
    check->table()->selectRow(2);
    QTRY_VERIFY(!check->findChild<QPlainTextEdit *>(u"checkExchanges"_s)->toPlainText().isEmpty());
    save(&window, u"check-endpoint.png"_s);

    // 7. Preferences.
    window.findChild<QAction *>(u"actionPreferences"_s)->trigger();
    QDialog *preferences = nullptr;
    QTRY_VERIFY((preferences = window.findChild<QDialog *>(u"preferencesDialog"_s)) && preferences->isVisible());
    save(preferences, u"preferences.png"_s);
    preferences->reject();

    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
}

QTEST_MAIN(TestConsoleScreenshots)
#include "tst_console_screenshots.moc"
