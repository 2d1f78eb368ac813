// The Groups page and its models against a real engine: groups pushed over SCIM are listed with their member
// counts, searched by name and external id, and a large group's members page in by checkpoint as the list scrolls;
// a member opens on the Users page. Models are watched by QAbstractItemModelTester.

#include "TestEngine.h"
#include "models/api/ManagementClient.h"
#include "models/common/Localization.h"
#include "models/common/ModelRoles.h"
#include "models/groups/GroupMembersModel.h"
#include "models/groups/GroupsModel.h"
#include "models/session/EngineSession.h"
#include "models/users/UsersModel.h"
#include "views/connections/ConnectionsPage.h"
#include "views/groups/GroupsPage.h"
#include "views/logs/LogsPage.h"
#include "views/shell/MainWindow.h"
#include "views/users/UsersPage.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scim;

namespace {
constexpr int kMembers = 230;
}

class TestGroupsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelsPageGroupsAndMembers();
    void pageBrowsesGroupsAndOpensMember();

private:
    TestEngine m_engine;
    QString m_connection;
    QString m_bigGroup;
    QStringList m_userIds;
};

void TestGroupsPage::initTestCase()
{
    scim::Localization::install(u"en"_s);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"scim-console-tests"_s);
    QCoreApplication::setApplicationName(u"tst_groups_page"_s);
    QSettings().clear();
    QVERIFY(m_engine.start());
    m_connection = m_engine.createScimConnection(u"acme"_s);
    // Seeding more users than the default burst as fast as the engine answers: no rate limit for this connection.
    QCOMPARE(m_engine
                 .api("PATCH", u"/api/v2/connections/"_s + m_connection,
                      {{u"options"_s, QJsonObject{{u"rate_limit"_s, QJsonObject{{u"requests_per_second"_s, 0}}}}}})
                 .status,
             200);
    const QString token = m_engine.createToken(m_connection);
    QJsonArray members;
    for (int i = 0; i < kMembers; ++i) {
        const QString id =
            m_engine.provisionUser(m_connection, token, u"user%1@acme.example"_s.arg(i, 3, 10, QLatin1Char('0')),
                                   u"User"_s, QString::number(i));
        QVERIFY(!id.isEmpty());
        m_userIds.append(id);
        members.append(QJsonObject{{u"value"_s, id}});
    }
    const QJsonArray schemas{u"urn:ietf:params:scim:schemas:core:2.0:Group"_s};
    const TestEngine::Reply big = m_engine.scim("POST", m_connection, u"/Groups"_s, token,
                                                {{u"schemas"_s, schemas},
                                                 {u"displayName"_s, u"Engineering"_s},
                                                 {u"externalId"_s, u"okta-eng-1"_s},
                                                 {u"members"_s, members}});
    QCOMPARE(big.status, 201);
    const TestEngine::Reply small =
        m_engine.scim("POST", m_connection, u"/Groups"_s, token,
                      {{u"schemas"_s, schemas},
                       {u"displayName"_s, u"Sales"_s},
                       {u"externalId"_s, u"okta-sales-2"_s},
                       {u"members"_s, QJsonArray{QJsonObject{{u"value"_s, m_userIds.first()}}}}});
    QCOMPARE(small.status, 201);
    const TestEngine::Reply list =
        m_engine.api("GET", u"/api/v2/groups?connection_id=%1&q=Engineering"_s.arg(m_connection));
    m_bigGroup = list.json.array().first().toObject().value(u"id"_s).toString();
    QVERIFY(!m_bigGroup.isEmpty());
    m_engine.flushLogs();
}

void TestGroupsPage::modelsPageGroupsAndMembers()
{
    ManagementClient client;
    client.setEndpoint(m_engine.url(), TestEngine::kAdminToken);
    GroupsModel groups(&client);
    QAbstractItemModelTester groupsTester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&groups, &GroupsModel::refreshed);
    groups.setConnectionId(m_connection);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(groups.rowCount(), 2);
    QCOMPARE(groups.total(), 2);
    QCOMPARE(groups.index(0, GroupsModel::NameColumn).data().toString(), u"Engineering"_s);
    QCOMPARE(groups.index(0, GroupsModel::ExternalIdColumn).data().toString(), u"okta-eng-1"_s);
    QCOMPARE(groups.index(0, GroupsModel::MembersColumn).data(ModelRoles::RawValueRole).toInt(), kMembers);
    QVERIFY(!groups.canFetchMore());
    // q matches the external id too.
    groups.setSearch(u"sales-2"_s);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(groups.rowCount(), 1);
    QCOMPARE(groups.index(0, GroupsModel::NameColumn).data().toString(), u"Sales"_s);

    GroupMembersModel members(&client);
    QAbstractItemModelTester membersTester(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(&members, &GroupMembersModel::pageLoaded);
    members.setGroupId(m_bigGroup);
    QVERIFY(pages.wait(10000));
    QCOMPARE(members.rowCount(), GroupMembersModel::kPageSize);
    // (QAbstractItemModelTester may already have asked for the next page itself.)
    QVERIFY(!members.isComplete());
    while (!members.isComplete()) {
        if (members.canFetchMore())
            members.fetchMore();
        QVERIFY(pages.wait(10000));
    }
    QCOMPARE(members.rowCount(), kMembers);
    QSet<QString> ids;
    for (int row = 0; row < members.rowCount(); ++row)
        ids.insert(members.index(row).data(ModelRoles::IdRole).toString());
    QCOMPARE(ids, QSet<QString>(m_userIds.cbegin(), m_userIds.cend()));
    QVERIFY(members.index(0).data().toString().contains(u"@acme.example"_s));
    members.setGroupId({});
    QCOMPARE(members.rowCount(), 0);
    QVERIFY(!members.canFetchMore());
}

void TestGroupsPage::pageBrowsesGroupsAndOpensMember()
{
    ConsoleOptions options;
    options.useKeychain = false;
    options.startEngine = false;
    MainWindow window(options);
    QSignalSpy ready(&window, &MainWindow::ready);
    window.resize(1280, 800);
    window.show();
    window.session()->connectRemote(m_engine.url(), TestEngine::kAdminToken, false);
    QVERIFY(ready.wait(15000));
    window.connectionsPage()->selectConnection(m_connection);
    window.showPage(MainWindow::GroupsPageIndex);
    GroupsPage *page = window.groupsPage();
    QVERIFY(page->isVisible());
    auto *table = page->findChild<QTableView *>(u"groupsTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 10000);
    QCOMPARE(page->findChild<QLabel *>(u"groupsStatus"_s)->text(), u"2 groups."_s);

    auto *search = page->findChild<QLineEdit *>(u"groupSearch"_s);
    QTest::keyClicks(search, u"engin"_s);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
    table->selectRow(0);
    auto *members = page->findChild<QListView *>(u"groupMembers"_s);
    QTRY_COMPARE_WITH_TIMEOUT(members->model()->rowCount(), GroupMembersModel::kPageSize, 10000);
    QVERIFY(page->findChild<QLabel *>(u"groupMembersTitle"_s)->text().contains(u"Engineering (230)"_s));
    // Scrolling to the end pages in the rest, a page at a time.
    for (int i = 0; i < 20 && members->model()->rowCount() < kMembers; ++i) {
        members->scrollToBottom();
        QTest::qWait(100);
    }
    QTRY_COMPARE_WITH_TIMEOUT(members->model()->rowCount(), kMembers, 15000);

    // A member opens on the Users page.
    const QModelIndex member = members->model()->index(5, 0);
    const QString userId = member.data(ModelRoles::IdRole).toString();
    members->setCurrentIndex(member);
    QTest::keyClick(members, Qt::Key_Return);
    QTRY_VERIFY(window.usersPage()->isVisible());
    auto *users = window.usersPage()->findChild<QTableView *>(u"usersTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(users->model()->rowCount(), 1, 10000);
    QCOMPARE(users->model()->index(0, UsersModel::UserIdColumn).data().toString(), userId);

    // The user's tabs: the SCIM resource as the IdP reads it, the groups, the recent events, "Show in Logs".
    users->selectRow(0);
    auto *scim = window.usersPage()->findChild<QPlainTextEdit *>(u"userScimResource"_s);
    QTRY_VERIFY_WITH_TIMEOUT(scim->toPlainText().contains(u"\"userName\""_s), 10000);
    QVERIFY(scim->toPlainText().contains(u"urn:ietf:params:scim:schemas:core:2.0:User"_s));
    auto *groups = window.usersPage()->findChild<QListWidget *>(u"userGroups"_s);
    QTRY_VERIFY_WITH_TIMEOUT(groups->count() == 1, 10000);
    QCOMPARE(groups->item(0)->text(), u"Engineering"_s);
    auto *logs = window.usersPage()->findChild<QListWidget *>(u"userLogs"_s);
    QTRY_VERIFY_WITH_TIMEOUT(logs->count() >= 1, 10000);
    QVERIFY2(logs->item(logs->count() - 1)->text().contains(u"Create"_s, Qt::CaseInsensitive),
             qPrintable(logs->item(logs->count() - 1)->text()));
    auto *tabs = window.usersPage()->detailTabs();
    tabs->setCurrentIndex(3);
    QTest::mouseClick(window.usersPage()->findChild<QPushButton *>(u"showUserInLogs"_s), Qt::LeftButton);
    QTRY_VERIFY(window.logsPage()->isVisible());
    QCOMPARE(window.logsPage()->currentFilter().user, userId);
    // The list reset (another search) takes the details with it.
    auto *userSearch = window.usersPage()->findChild<QLineEdit *>(u"userSearch"_s);
    window.showPage(MainWindow::UsersPageIndex);
    userSearch->setText(u"nobody-matches"_s);
    QTRY_COMPARE_WITH_TIMEOUT(users->model()->rowCount(), 0, 10000);
    QTRY_VERIFY(scim->toPlainText().isEmpty());
}

QTEST_MAIN(TestGroupsPage)
#include "tst_groups_page.moc"
