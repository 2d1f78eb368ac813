// Accessibility of the console:
//   names (console_a11y_names): on every page and in every dialog ConsoleTour reaches, each control that takes
//     keyboard focus has a name for screen readers (QAccessible, as Orca reads it: its own name, its text, or the
//     label it is the buddy of).
//   keyboard (console_a11y_keyboard): a new connection with SCIM and a token for it, with keys only: Ctrl+N, the
//     wizard, Tab to "Generate token…", the token dialog, the secret's Copy button; the tab order is checked on the
//     way, and the result through the Management API.

#include "ConsoleTour.h"
#include "models/api/ManagementClient.h"
#include "models/common/Localization.h"
#include "models/connections/TokensModel.h"
#include "views/common/FocusRing.h"
#include "views/connections/ConnectionDetailsWidget.h"
#include "views/connections/ConnectionsPage.h"
#include "views/shell/MainWindow.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

using namespace Qt::StringLiterals;
using namespace scim;

namespace {

QString describe(const QWidget *widget)
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += u'#' + widget->objectName();
    if (widget->parentWidget())
        name = describe(widget->parentWidget()) + u" › "_s + name;
    return name;
}

// Parts of a compound control that the control itself stands for (the line edit of a combo box or spin box, the
// viewport of a scroll area), and Qt's own file dialog.
bool isPartOfAnother(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (!parent)
        return false;
    if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent))
        return true;
    if (auto *area = qobject_cast<const QAbstractScrollArea *>(parent); area && area->viewport() == widget)
        return true;
    for (const QWidget *w = parent; w; w = w->parentWidget()) {
        if (qobject_cast<const QFileDialog *>(w))
            return true;
    }
    return false;
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

QString focusName()
{
    return focused() ? focused()->objectName() : u"(nothing)"_s;
}

// Presses Tab until `target` has the focus; the object names on the way.
QStringList tabTo(const QString &target, int limit = 40)
{
    QStringList path{focusName()};
    for (int i = 0; i < limit && focusName() != target; ++i) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        path << focusName();
    }
    return path;
}

template <typename T> T *waitForWindow(const QString &name)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == name && w->isVisible())
                return qobject_cast<T *>(w);
        }
        QTest::qWait(10);
    }
    return nullptr;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everyFocusableControlHasAName();
    void connectionAndTokenWithKeysOnly();
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"scim-console-tests"_s);
    QCoreApplication::setApplicationName(u"tst_accessibility"_s);
    Localization::install(u"en"_s);
}

void TestAccessibility::init()
{
    QSettings().clear();
}

void TestAccessibility::everyFocusableControlHasAName()
{
    QStringList nameless;
    int controls = 0;
    ConsoleTour tour([&](QWidget *window, const QString &stop) {
        QList<QWidget *> widgets = window->findChildren<QWidget *>();
        for (QWidget *widget : std::as_const(widgets)) {
            if (widget->window() != window || !(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(window) ||
                isPartOfAnother(widget))
                continue;
            ++controls;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty())
                nameless << u"%1: %2"_s.arg(stop, describe(widget));
        }
    });
    QVERIFY(tour.run());
    nameless.removeDuplicates();
    qInfo("%d focusable controls checked at %lld stops", controls, qlonglong(tour.stops().size()));
    QVERIFY(controls > 100);
    QVERIFY2(nameless.isEmpty(), qPrintable(u"Without an accessible name:\n"_s + nameless.join(u'\n')));
}

void TestAccessibility::connectionAndTokenWithKeysOnly()
{
    QTemporaryDir dir;
    ConsoleOptions options;
    options.databasePath = dir.filePath(u"keys.sqlite"_s);
    options.useKeychain = false;
    MainWindow window(options);
    QSignalSpy ready(&window, &MainWindow::ready);
    window.show();
    window.start();
    QVERIFY(ready.wait(15000));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Ctrl+N: the wizard, its name field focused.
    QTest::keySequence(&window, QKeySequence::New);
    auto *wizard = waitForWindow<QWizard>(u"newConnectionWizard"_s);
    QVERIFY(wizard);
    const QPointer<QWizard> wizardGuard(wizard); // deleted when it closes
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    QTRY_COMPARE(focusName(), u"connectionName"_s);
    QTest::keyClicks(focused(), u"keys-entra"_s);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focusName(), u"connectionDisplayName"_s); // optional
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focusName(), u"strategy"_s);
    auto *strategy = qobject_cast<QComboBox *>(focused());
    while (strategy->currentData().toString() != u"waad"_s && strategy->currentIndex() < strategy->count() - 1)
        QTest::keyClick(strategy, Qt::Key_Down);
    QCOMPARE(strategy->currentData().toString(), u"waad"_s);
    QTest::keyClick(focused(), Qt::Key_Return); // Next
    QTRY_COMPARE(focusName(), u"enableScim"_s);
    QVERIFY(qobject_cast<QCheckBox *>(focused())->isChecked());
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focusName(), u"userIdAttribute"_s);
    QCOMPARE(qobject_cast<QLineEdit *>(focused())->text(), u"externalId"_s);
    QTest::keyClick(focused(), Qt::Key_Return); // Finish

    // The new connection is selected and focused in the table; Tab reaches its token button in reading order.
    ConnectionDetailsWidget *details = window.connectionsPage()->details();
    QTRY_VERIFY_WITH_TIMEOUT(!details->findChild<QLineEdit *>(u"endpointUrl"_s)->text().isEmpty(), 10000);
    const QString id = details->connectionId();
    // A window manager gives the main window back the activation when the wizard closes; offscreen, the test does.
    QTRY_VERIFY(!wizardGuard || !wizardGuard->isVisible());
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_COMPARE_WITH_TIMEOUT(focusName(), u"connectionsTable"_s, 5000);
    auto *generate = details->findChild<QWidget *>(u"generateTokenButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(generate->isEnabled(), 10000);
    const QStringList path = tabTo(u"generateTokenButton"_s);
    QCOMPARE(path, QStringList({u"connectionsTable"_s, u"endpointUrl"_s, u"copyEndpointButton"_s, u"scimToggleButton"_s,
                                u"deleteConnectionButton"_s, u"tokensTable"_s, u"generateTokenButton"_s}));
    // The focus ring is around the focused control, and only since the keyboard is in use.
    QVERIFY(FocusRing::instance());
    QCOMPARE(FocusRing::instance()->target(), generate);
    QTest::keyClick(focused(), Qt::Key_Space);

    // The token dialog: expiry, then every scope in reading order, presets, the buttons.
    auto *dialog = waitForWindow<QDialog>(u"generateTokenDialog"_s);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_COMPARE(focusName(), u"lifetimePreset"_s);
    auto *lifetime = qobject_cast<QComboBox *>(focused());
    while (lifetime->currentData().toLongLong() != 86400 && lifetime->currentIndex() > 0)
        QTest::keyClick(lifetime, Qt::Key_Up);
    QCOMPARE(lifetime->currentData().toLongLong(), 86400);
    const QStringList scopes = tabTo(u"presetAll"_s);
    QCOMPARE(scopes,
             QStringList({u"lifetimePreset"_s, u"scope_get_users"_s, u"scope_post_users"_s, u"scope_put_users"_s,
                          u"scope_patch_users"_s, u"scope_delete_users"_s, u"scope_get_groups"_s,
                          u"scope_post_groups"_s, u"scope_put_groups"_s, u"scope_patch_groups"_s,
                          u"scope_delete_groups"_s, u"presetOkta"_s, u"presetEntra"_s, u"presetAll"_s}));
    // Entra's preset (its strategy's) is already checked; back to delete:users to show a box toggles with Space.
    for (int i = 0; i < 8; ++i)
        QTest::keyClick(focused(), Qt::Key_Backtab);
    QCOMPARE(focusName(), u"scope_delete_users"_s);
    QVERIFY(qobject_cast<QCheckBox *>(focused())->isChecked());
    QTest::keyClick(focused(), Qt::Key_Space);
    QVERIFY(!qobject_cast<QCheckBox *>(focused())->isChecked());
    QTest::keyClick(focused(), Qt::Key_Space);
    QTest::keyClick(focused(), Qt::Key_Return); // Generate (the default button)

    // The secret: Tab to Copy, Space copies, Escape closes.
    auto *secret = waitForWindow<QDialog>(u"tokenSecretDialog"_s);
    QVERIFY(secret);
    QVERIFY(QTest::qWaitForWindowActive(secret));
    QApplication::clipboard()->clear();
    tabTo(u"copySecretButton"_s, 5);
    QCOMPARE(focusName(), u"copySecretButton"_s);
    QTest::keyClick(focused(), Qt::Key_Space);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(u"tok_"_s), qPrintable(copied));
    QCOMPARE(FocusRing::instance()->target(), focused());
    QTest::keyClick(focused(), Qt::Key_Escape);
    QTRY_VERIFY(!secret->isVisible());
    QTest::mouseClick(details->findChild<QWidget *>(u"tokensTable"_s), Qt::LeftButton);
    QVERIFY(!FocusRing::instance()->target());

    // What reached the engine.
    ApiResult tokens;
    bool done = false;
    window.client()->listTokens(id, &window, [&](const ApiResult &result) {
        tokens = result;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(tokens.array().size(), 1);
    const QJsonObject token = tokens.array().first().toObject();
    QVERIFY(copied.startsWith(token.value(u"token_id"_s).toString() + u'.'));
    QCOMPARE(token.value(u"scopes"_s).toArray(),
             QJsonArray({u"get:users"_s, u"post:users"_s, u"put:users"_s, u"patch:users"_s, u"delete:users"_s,
                         u"get:groups"_s, u"post:groups"_s, u"patch:groups"_s, u"delete:groups"_s}));
    const QDateTime created = QDateTime::fromString(token.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
    const QDateTime until = QDateTime::fromString(token.value(u"valid_until"_s).toString(), Qt::ISODateWithMs);
    QCOMPARE(created.secsTo(until), 86400);

    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
