// GUI tests of the attribute-map editor (offscreen) against a real engine over HTTP: real drags (drag enter, move
// and drop events with the models' own drag data sent to the views' viewports), refusals shown at the drop point,
// the replace confirmation, the keyboard path, undo/redo through the Edit menu and its shortcuts, the save
// round-trip (then a SCIM request shows the new map in effect), engine validation errors on the rows, import/export
// through the file dialogs, and the live preview of both built-in samples.

#include "TestEngine.h"
#include "models/common/Localization.h"
#include "models/common/ModelRoles.h"
#include "models/mapping/MappingModel.h"
#include "models/mapping/MappingPreview.h"
#include "models/mapping/ProfileAttributeModel.h"
#include "models/mapping/ScimAttributeTreeModel.h"
#include "models/session/EngineSession.h"
#include "views/connections/ConnectionsPage.h"
#include "views/mapping/DropHint.h"
#include "views/mapping/MappingEditorPage.h"
#include "views/shell/ErrorBanner.h"
#include "views/shell/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace scim;

namespace {

template <typename T> T *waitForChild(QObject *parent, const QString &name)
{
    T *found = nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT((found = parent->findChild<T *>(name)) != nullptr && found->isVisible(), 10000); }();
    return found;
}

// A drag as the window system delivers it to a view: enter, move, then (unless `release` is false) drop.
bool dragOnto(QAbstractItemView *view, const QPoint &pos, QMimeData *mime, Qt::DropActions actions, bool release = true)
{
    QWidget *viewport = view->viewport();
    QDragEnterEvent enter(pos, actions, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(pos, actions, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    if (!release)
        return move.isAccepted();
    QDropEvent drop(QPointF(pos), actions, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

QPoint centerOf(QAbstractItemView *view, const QModelIndex &index)
{
    // Let a view that just got rows lay them out (its geometry updates are delayed) before scrolling to one.
    QCoreApplication::processEvents();
    view->scrollTo(index);
    QCoreApplication::processEvents();
    return view->visualRect(index).center();
}

} // namespace

class TestMappingEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void dragScimAttributeOntoProfileAttribute();
    void refusedDropShowsTheReasonAtTheDropPoint();
    void dropOntoMappedTargetOffersToReplace();
    void dropOntoTableAndDragPairsOut();
    void keyboardPathMapsAndRemoves();
    void undoRedoThroughEditMenuAndShortcuts();
    void saveRoundTripPutsTheMapInEffect();
    void engineValidationErrorsShowOnRowsAndRevert();
    void importExportRoundTripThroughFileDialogs();
    void previewOfBothBuiltInSamples();
    void customEntriesAreValidatedAsYouType();
    void switchingConnectionWithUnsavedChangesAsks();
    void closingWithUnsavedChangesAsksFirst();

private:
    QModelIndex scimIndex(const QString &path) const;
    QModelIndex profileIndex(const QString &target) const;
    std::unique_ptr<QMimeData> scimDrag(const QString &path) const;
    QJsonObject engineConfiguration(const QString &id);

    QTemporaryDir m_dir;
    TestEngine m_engine;
    QString m_acme;
    QString m_globex;
    std::unique_ptr<MainWindow> m_window;
    MappingEditorPage *m_page = nullptr;
};

void TestMappingEditor::initTestCase()
{
    scim::Localization::install(u"en"_s); // the source catalog: English plural forms, as the console installs it
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"scim-console-tests"_s);
    QCoreApplication::setApplicationName(u"tst_mapping_editor"_s);
    QSettings().clear();
    QVERIFY(m_engine.start());
    m_acme = m_engine.createScimConnection(u"acme-okta"_s, u"okta"_s);
    m_globex = m_engine.createScimConnection(u"globex-entra"_s, u"waad"_s);
    ConsoleOptions options;
    options.databasePath = m_dir.filePath(u"console.sqlite"_s);
    options.useKeychain = false;
    options.startEngine = false;
    m_window = std::make_unique<MainWindow>(options);
    m_window->resize(1400, 900);
    QSignalSpy ready(m_window.get(), &MainWindow::ready);
    m_window->show();
    m_window->activateWindow(); // shortcuts (Delete, Undo) go to the active window
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->session()->connectRemote(m_engine.url(), TestEngine::kAdminToken, false);
    QVERIFY(ready.wait(15000));
    m_page = m_window->mappingPage();
    m_window->connectionsPage()->selectConnection(m_acme);
    QTRY_COMPARE(m_window->connectionsPage()->selectedId(), m_acme);
    m_window->findChild<QAction *>(u"actionEditMapping"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isLoaded() && m_page->connectionId() == m_acme, 10000);
    QVERIFY(m_page->isVisible());
}

void TestMappingEditor::init()
{
    // Every case starts from the engine's default map of acme-okta, freshly loaded and clean.
    const TestEngine::Reply defaults =
        m_engine.api("GET", u"/api/v2/connections/%1/scim-configuration/default-mapping"_s.arg(m_acme));
    const TestEngine::Reply patched = m_engine.api(
        "PATCH", u"/api/v2/connections/%1/scim-configuration"_s.arg(m_acme),
        QJsonObject{{u"user_id_attribute"_s, u"externalId"_s}, {u"mapping"_s, defaults.object().value(u"mapping"_s)}});
    QCOMPARE(patched.status, 200);
    m_page->undoStack()->clear();
    m_page->setConnectionId(QString());
    QSignalSpy loaded(m_page, &MappingEditorPage::loaded);
    m_page->setConnectionId(m_acme);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_page->mappingModel()->rowCount(), 32);
    QVERIFY(!m_page->isDirty());
    m_page->dropHint()->hide();
    m_window->banner()->dismiss();
    // Dialogs of the previous case took the activation; shortcuts need the window active again.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMappingEditor::cleanupTestCase()
{
    m_page->undoStack()->clear();
    m_window.reset();
}

QModelIndex TestMappingEditor::scimIndex(const QString &path) const
{
    const QModelIndex index = m_page->scimModel()->indexOfPath(path);
    m_page->scimView()->scrollTo(index);
    return index;
}

QModelIndex TestMappingEditor::profileIndex(const QString &target) const
{
    return m_page->profileModel()->index(m_page->profileModel()->rowOfTarget(target), 0);
}

std::unique_ptr<QMimeData> TestMappingEditor::scimDrag(const QString &path) const
{
    // The drag start: exactly what the tree view's startDrag() hands to QDrag.
    const QModelIndex index = scimIndex(path);
    [&] {
        QVERIFY2(index.isValid(), qPrintable(path));
        QVERIFY(m_page->scimModel()->flags(index) & Qt::ItemIsDragEnabled);
    }();
    return std::unique_ptr<QMimeData>(m_page->scimModel()->mimeData({index}));
}

QJsonObject TestMappingEditor::engineConfiguration(const QString &id)
{
    return m_engine.api("GET", u"/api/v2/connections/%1/scim-configuration"_s.arg(id)).object();
}

void TestMappingEditor::dragScimAttributeOntoProfileAttribute()
{
    const QString source = u"phoneNumbers[type eq \"work\"].value"_s;
    auto mime = scimDrag(source);
    QTableView *profiles = m_page->profileView();
    const QPoint at = centerOf(profiles, profileIndex(u"phone_number"_s));
    // Mid-drag: the hint says what the drop will do.
    QVERIFY(dragOnto(profiles, at, mime.get(), Qt::CopyAction, false));
    QVERIFY(m_page->dropHint()->isVisible());
    QCOMPARE(m_page->dropHint()->kind(), DropHint::Kind::Accept);
    QVERIFY(m_page->dropHint()->text().contains(u"Map phoneNumbers[type eq \"work\"].value → phone_number"_s));
    QDragLeaveEvent leave;
    QApplication::sendEvent(profiles->viewport(), &leave);
    QVERIFY(!m_page->dropHint()->isVisible());

    QVERIFY(dragOnto(profiles, at, mime.get(), Qt::CopyAction));
    MappingModel *mapping = m_page->mappingModel();
    QCOMPARE(mapping->rowCount(), 33);
    QCOMPARE(mapping->pairForTarget(u"phone_number"_s)->scim, source);
    QCOMPARE(profileIndex(u"phone_number"_s).siblingAtColumn(1).data().toString(), u"← "_s + source);
    QCOMPARE(scimIndex(source).data(ScimAttributeTreeModel::MappedToRole).toString(), u"phone_number"_s);
    // Dirty: marked in the page title and the window title.
    QVERIFY(m_page->isDirty());
    QVERIFY(m_page->findChild<QLabel *>(u"mappingTitle"_s)->text().endsWith(u" *"_s));
    QVERIFY(m_window->isWindowModified());
    // The preview already shows it.
    QCOMPARE(m_page->preview()->profile().value(u"phone_number"_s).toString(), u"+39 02 1234 5678"_s);
}

void TestMappingEditor::refusedDropShowsTheReasonAtTheDropPoint()
{
    auto mime = scimDrag(u"emails[type eq \"home\"].value"_s);
    QTableView *profiles = m_page->profileView();
    const QPoint at = centerOf(profiles, profileIndex(u"blocked"_s));
    // Mid-drag the reason already shows, in red.
    dragOnto(profiles, at, mime.get(), Qt::CopyAction, false);
    QCOMPARE(m_page->dropHint()->kind(), DropHint::Kind::Refuse);
    QVERIFY(m_page->dropHint()->text().contains(u"only be fed from 'active'"_s));
    // Dropped anyway: refused, reason at the drop point, nothing changed.
    QVERIFY(!dragOnto(profiles, at, mime.get(), Qt::CopyAction));
    DropHint *hint = m_page->dropHint();
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->kind(), DropHint::Kind::Refuse);
    QVERIFY(hint->text().contains(u"'blocked' can only be fed from 'active'"_s));
    const QPoint dropInPage = profiles->viewport()->mapTo(m_page, at);
    // Just below the drop point; shifted left at most as far as needed to stay inside the page.
    QVERIFY2(qAbs(hint->y() - dropInPage.y()) < 40 && hint->x() <= dropInPage.x() + 40 &&
                 hint->geometry().right() >= dropInPage.x() - 40,
             "the reason shows where it was dropped");
    QCOMPARE(m_page->mappingModel()->rowCount(), 32);
    QVERIFY(!m_page->isDirty());
    QCOMPARE(m_page->findChild<QLabel *>(u"mappingStatus"_s)->text(),
             u"Refused: 'blocked' can only be fed from 'active'."_s);

    // Not mappable attributes are greyed, explained, and cannot start a drag at all.
    const QModelIndex password = scimIndex(u"password"_s);
    QVERIFY(!(m_page->scimModel()->flags(password) & Qt::ItemIsDragEnabled));
    QVERIFY(password.data(Qt::ToolTipRole).toString().contains(u"never part of a profile"_s));
    // The one-to-one rule: a SCIM attribute that is already mapped.
    auto mapped = scimDrag(u"nickName"_s);
    QVERIFY(!dragOnto(profiles, centerOf(profiles, profileIndex(u"website"_s)), mapped.get(), Qt::CopyAction));
    QVERIFY(hint->text().contains(u"'nickName' is already mapped to 'nickname'"_s));
    // active onto anything but blocked (after freeing it).
    m_page->mappingModel()->removePairs({m_page->mappingModel()->pairForTarget(u"blocked"_s)->id});
    auto active = scimDrag(u"active"_s);
    QVERIFY(!dragOnto(profiles, centerOf(profiles, profileIndex(u"website"_s)), active.get(), Qt::CopyAction));
    QVERIFY(hint->text().contains(u"'active' can only be mapped to 'blocked'"_s));
    QVERIFY(dragOnto(profiles, centerOf(profiles, profileIndex(u"blocked"_s)), active.get(), Qt::CopyAction));
    QCOMPARE(m_page->mappingModel()->pairForTarget(u"blocked"_s)->scim, u"active"_s);
}

void TestMappingEditor::dropOntoMappedTargetOffersToReplace()
{
    const QString source = u"emails[type eq \"work\"].value"_s;
    auto mime = scimDrag(source);
    QTableView *profiles = m_page->profileView();
    const QPoint at = centerOf(profiles, profileIndex(u"email"_s));
    dragOnto(profiles, at, mime.get(), Qt::CopyAction, false);
    QVERIFY(m_page->dropHint()->text().contains(u"email is mapped from emails[primary eq true].value"_s));
    QVERIFY(!dragOnto(profiles, at, mime.get(), Qt::CopyAction));
    auto *ask = waitForChild<QMessageBox>(m_page, u"replaceMappingConfirmation"_s);
    QVERIFY(ask->text().contains(u"'email' is mapped from 'emails[primary eq true].value'"_s));
    QTest::mouseClick(ask->findChild<QAbstractButton *>(u"cancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_page->findChild<QMessageBox *>(u"replaceMappingConfirmation"_s));
    QCOMPARE(m_page->mappingModel()->pairForTarget(u"email"_s)->scim, u"emails[primary eq true].value"_s);
    QVERIFY(!m_page->isDirty());

    dragOnto(profiles, at, mime.get(), Qt::CopyAction);
    ask = waitForChild<QMessageBox>(m_page, u"replaceMappingConfirmation"_s);
    QTest::mouseClick(ask->findChild<QAbstractButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_page->mappingModel()->pairForTarget(u"email"_s)->scim, source);
    QCOMPARE(m_page->mappingModel()->rowCount(), 32);
    QVERIFY(m_page->undoStack()->undoText().startsWith(u"Replace"_s));
}

void TestMappingEditor::dropOntoTableAndDragPairsOut()
{
    QTableView *table = m_page->tableView();
    auto *filter = m_page->findChild<QLineEdit *>(u"mappingFilter"_s);
    // Filtered down to nothing, the table is open space: the pair gets a suggested target.
    QTest::keyClicks(filter, u"no-such-pair"_s);
    QCOMPARE(table->model()->rowCount(), 0);
    auto mime = scimDrag(u"ims[primary eq true].value"_s);
    QVERIFY(dragOnto(table, QPoint(40, 40), mime.get(), Qt::CopyAction));
    filter->clear();
    QCOMPARE(m_page->mappingModel()->pairForSource(u"ims[primary eq true].value"_s)->auth0,
             u"app_metadata.ims_primary"_s);

    // Onto a row: a new source for that row's target (asks first).
    QTest::keyClicks(filter, u"nickname"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    auto display = scimDrag(u"name.formatted"_s);
    dragOnto(table, centerOf(table, table->model()->index(0, 1)), display.get(), Qt::CopyAction);
    auto *ask = waitForChild<QMessageBox>(m_page, u"replaceMappingConfirmation"_s);
    QTest::mouseClick(ask->findChild<QAbstractButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_page->mappingModel()->pairForTarget(u"nickname"_s)->scim, u"name.formatted"_s);
    filter->clear();

    // Dragging pairs out of the table (onto the SCIM tree or the profile list) removes them.
    QTest::keyClicks(filter, u"given_name"_s);
    std::unique_ptr<QMimeData> pair(table->model()->mimeData({table->model()->index(0, 0)}));
    filter->clear();
    QTreeView *tree = m_page->scimView();
    dragOnto(tree, QPoint(30, 30), pair.get(), Qt::MoveAction, false);
    QVERIFY(m_page->dropHint()->text().contains(u"remove the pair"_s));
    QVERIFY(dragOnto(tree, QPoint(30, 30), pair.get(), Qt::MoveAction));
    QVERIFY(!m_page->mappingModel()->pairForTarget(u"given_name"_s));
    std::unique_ptr<QMimeData> two(
        table->model()->mimeData({table->model()->index(0, 0), table->model()->index(1, 0)}));
    QVERIFY(dragOnto(m_page->profileView(), QPoint(20, 20), two.get(), Qt::MoveAction));
    QCOMPARE(m_page->mappingModel()->rowCount(), 30); // 32 + ims - given_name - 2
    QCOMPARE(m_page->undoStack()->undoText(), u"Remove 2 pairs"_s);
}

void TestMappingEditor::keyboardPathMapsAndRemoves()
{
    QTreeView *tree = m_page->scimView();
    QTableView *profiles = m_page->profileView();
    // Select both sides, press Enter.
    tree->setFocus();
    tree->setCurrentIndex(scimIndex(u"ims[primary eq true].value"_s));
    profiles->setCurrentIndex(profileIndex(u"website"_s));
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(m_page->mappingModel()->pairForTarget(u"website"_s)->scim, u"ims[primary eq true].value"_s);
    // Enter on the profile side works the same; a refusal shows its reason there.
    tree->setCurrentIndex(scimIndex(u"emails[type eq \"home\"].value"_s));
    profiles->setCurrentIndex(profileIndex(u"blocked"_s));
    QTest::keyClick(profiles, Qt::Key_Enter);
    QVERIFY(m_page->dropHint()->isVisible());
    QVERIFY(m_page->dropHint()->text().contains(u"only be fed from 'active'"_s));
    // The Map button.
    tree->setCurrentIndex(scimIndex(u"name.formatted"_s));
    profiles->setCurrentIndex(profileIndex(u"zoneinfo"_s));
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"mapButton"_s), Qt::LeftButton);
    QCOMPARE(m_page->mappingModel()->pairForTarget(u"zoneinfo"_s)->scim, u"name.formatted"_s);
    // Delete removes the selected pairs in the table.
    QTableView *table = m_page->tableView();
    auto *filter = m_page->findChild<QLineEdit *>(u"mappingFilter"_s);
    QTest::keyClicks(filter, u"website"_s);
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Delete);
    filter->clear();
    QVERIFY(!m_page->mappingModel()->pairForTarget(u"website"_s));
    QCOMPARE(m_page->mappingModel()->rowCount(), 33);
}

void TestMappingEditor::undoRedoThroughEditMenuAndShortcuts()
{
    MappingModel *mapping = m_page->mappingModel();
    const QJsonObject start = mapping->fileJson();
    QVERIFY(mapping->map(u"ims[primary eq true].value"_s, u"website"_s));
    mapping->removePairs({mapping->pairForTarget(u"given_name"_s)->id});
    auto *userId = m_page->findChild<QComboBox *>(u"userIdAttribute"_s);
    userId->setCurrentIndex(userId->findText(u"userName"_s));
    Q_EMIT userId->activated(userId->currentIndex());
    QCOMPARE(mapping->userIdAttribute(), u"userName"_s);
    QVERIFY(m_page->findChild<QLineEdit *>(u"customProfileKey"_s));
    const QJsonObject end = mapping->fileJson();
    QCOMPARE(m_page->undoStack()->count(), 3);

    QAction *undo = m_window->findChild<QAction *>(u"actionUndo"_s);
    QAction *redo = m_window->findChild<QAction *>(u"actionRedo"_s);
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(redo->shortcuts(), QKeySequence::keyBindings(QKeySequence::Redo));
    QVERIFY(undo->text().contains(u"user_id_attribute"_s));
    undo->trigger();
    QCOMPARE(mapping->userIdAttribute(), u"externalId"_s);
    QCOMPARE(userId->currentText(), u"externalId"_s);
    m_page->tableView()->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QVERIFY(mapping->pairForTarget(u"given_name"_s));
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(mapping->fileJson(), start);
    QVERIFY(!m_page->isDirty());
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(!undo->isEnabled());
    redo->trigger();
    QTest::keySequence(m_window.get(), QKeySequence::Redo);
    redo->trigger();
    QCOMPARE(mapping->fileJson(), end);
    QVERIFY(m_window->isWindowModified());
    // The history lists every step.
    QAction *history = m_window->findChild<QAction *>(u"actionUndoHistory"_s);
    history->trigger();
    auto *view = waitForChild<QUndoView>(m_window.get(), u"undoHistory"_s);
    QCOMPARE(view->model()->rowCount(), 4); // the loaded map + three steps
    QVERIFY(view->model()->index(1, 0).data().toString().startsWith(u"Map ims"_s));
    view->setCurrentIndex(view->model()->index(0, 0)); // clicking the first entry goes back to the start
    QCOMPARE(mapping->fileJson(), start);
    history->trigger();
}

void TestMappingEditor::saveRoundTripPutsTheMapInEffect()
{
    // A custom key, a pair onto it, a pair removed; then Save.
    auto *key = m_page->findChild<QLineEdit *>(u"customProfileKey"_s);
    QTest::keyClicks(key, u"app_metadata.job_title"_s);
    QTest::keyClick(key, Qt::Key_Return);
    QVERIFY(m_page->profileModel()->rowOfTarget(u"app_metadata.job_title"_s) >= 0);
    MappingModel *mapping = m_page->mappingModel();
    mapping->removePairs({mapping->pairForSource(u"title"_s)->id});
    auto mime = scimDrag(u"title"_s);
    QVERIFY(dragOnto(m_page->profileView(), centerOf(m_page->profileView(), profileIndex(u"app_metadata.job_title"_s)),
                     mime.get(), Qt::CopyAction));
    mapping->removePairs({mapping->pairForTarget(u"given_name"_s)->id});
    QSignalSpy saved(m_page, &MappingEditorPage::saved);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"saveMappingButton"_s), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QVERIFY(!m_page->isDirty());
    QVERIFY(!m_window->isWindowModified());

    const QJsonObject stored = engineConfiguration(m_acme);
    QCOMPARE(stored.value(u"mapping"_s).toArray(), mapping->mappingJson());
    // A SCIM request now produces a profile under the new map.
    const QString token = m_engine.createToken(m_acme);
    const TestEngine::Reply created = m_engine.scim("POST", m_acme, u"/Users"_s, token, MappingPreview::oktaSample());
    QCOMPARE(created.status, 201);
    const QJsonObject profile =
        m_engine.api("GET", u"/api/v2/users/"_s + created.object().value(u"id"_s).toString()).object();
    QCOMPARE(profile.value(u"app_metadata"_s).toObject().value(u"job_title"_s).toString(), u"Principal Engineer"_s);
    QVERIFY(!profile.value(u"app_metadata"_s).toObject().contains(u"title"_s));
    QVERIFY(!profile.contains(u"given_name"_s));
    // … and it is exactly what the preview showed before saving.
    QJsonObject previewed = m_page->preview()->profile();
    QJsonObject actual = profile;
    for (const QString &engineOwned : {u"user_id"_s, u"created_at"_s, u"updated_at"_s}) {
        previewed.remove(engineOwned);
        actual.remove(engineOwned);
    }
    QCOMPARE(previewed, actual);
    m_engine.api("DELETE", u"/api/v2/connections/%1/scim-configuration/tokens"_s.arg(m_acme));
}

void TestMappingEditor::engineValidationErrorsShowOnRowsAndRevert()
{
    // A mapping file with problems (a duplicate source, a reserved target) imports as is…
    const QString path = m_dir.filePath(u"broken.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"user_id_attribute": "userName", "mapping": [
        {"scim": "userName", "auth0": "email"}, {"scim": "Username", "auth0": "nickname"},
        {"scim": "externalId", "auth0": "user_id"}]})");
    file.close();
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"importMappingButton"_s), Qt::LeftButton);
    auto *dialog = waitForChild<QFileDialog>(m_page, u"importMappingDialog"_s);
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // the Open / Save button
    MappingModel *mapping = m_page->mappingModel();
    QTRY_COMPARE(mapping->rowCount(), 3);
    QCOMPARE(m_page->undoStack()->undoText(), u"Import broken.json"_s);
    // … with its problems marked client-side by the engine's own rules …
    QCOMPARE(mapping->index(1, 0).data(MappingModel::IssueSourceRole).toString(), u"client"_s);
    QVERIFY(m_page->findChild<QLabel *>(u"mappingIssues"_s)->isVisible());
    // … and the engine refuses it on Save: its details land on the offending rows.
    QSignalSpy failed(m_page, &MappingEditorPage::saveFailed);
    m_page->save();
    QVERIFY(failed.wait(10000));
    QCOMPARE(mapping->index(1, 0).data(MappingModel::IssueSourceRole).toString(), u"engine"_s);
    QCOMPARE(mapping->index(1, MappingModel::StatusColumn).data(ModelRoles::RawValueRole).toString(), u"one_to_one"_s);
    QCOMPARE(mapping->index(2, MappingModel::StatusColumn).data(ModelRoles::RawValueRole).toString(),
             u"reserved_profile_attribute"_s);
    QVERIFY(mapping->index(0, 0).data(MappingModel::IssueRole).toString().isEmpty());
    QVERIFY(m_window->banner()->isVisible());
    QVERIFY(m_page->isDirty());
    QCOMPARE(engineConfiguration(m_acme).value(u"mapping"_s).toArray().size(), 32);

    // Revert: back to what the engine has, clean; undo brings the import back.
    m_page->findChild<QPushButton *>(u"revertMappingButton"_s)->click();
    QTRY_COMPARE(mapping->rowCount(), 32);
    QVERIFY(!m_page->isDirty());
    QCOMPARE(m_page->undoStack()->undoText(), u"Revert to saved"_s);
    m_page->undoStack()->undo();
    QCOMPARE(mapping->rowCount(), 3);
}

void TestMappingEditor::importExportRoundTripThroughFileDialogs()
{
    MappingModel *mapping = m_page->mappingModel();
    QVERIFY(mapping->map(u"ims[primary eq true].value"_s, u"website"_s));
    const QJsonObject edited = mapping->fileJson();
    const QString path = m_dir.filePath(u"acme-export.json"_s);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"exportMappingButton"_s), Qt::LeftButton);
    auto *dialog = waitForChild<QFileDialog>(m_page, u"exportMappingDialog"_s);
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // the Open / Save button
    QTRY_VERIFY(QFile::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(written, edited);
    QCOMPARE(written.keys(), (QStringList{u"mapping"_s, u"user_id_attribute"_s}));
    // The file is a valid PATCH body for the engine.
    QCOMPARE(m_engine.api("PATCH", u"/api/v2/connections/%1/scim-configuration"_s.arg(m_globex), written).status, 200);

    // Reset to defaults, then import: the exported map is back.
    m_page->findChild<QPushButton *>(u"resetMappingButton"_s)->click();
    QTRY_COMPARE(m_page->undoStack()->undoText(), u"Reset to defaults"_s);
    QVERIFY(!mapping->pairForTarget(u"website"_s));
    m_page->findChild<QPushButton *>(u"importMappingButton"_s)->click();
    dialog = waitForChild<QFileDialog>(m_page, u"importMappingDialog"_s);
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // the Open / Save button
    QTRY_COMPARE(mapping->fileJson(), edited);
    // A file that is not a mapping file is refused with the reason.
    m_page->importFile(m_dir.filePath(u"missing.json"_s));
    QVERIFY(m_window->banner()->isVisible());
    QCOMPARE(mapping->fileJson(), edited);
}

void TestMappingEditor::previewOfBothBuiltInSamples()
{
    auto *sample = m_page->findChild<QComboBox *>(u"previewSample"_s);
    auto *profile = m_page->findChild<QPlainTextEdit *>(u"previewProfile"_s);
    auto *unmapped = m_page->findChild<QListWidget *>(u"previewUnmapped"_s);
    sample->setCurrentIndex(0);
    Q_EMIT sample->activated(0);
    QVERIFY(profile->toPlainText().contains(u"\"preferred_username\": \"isabella.rossi@acme.example\""_s));
    QVERIFY(profile->toPlainText().contains(u"\"department\": \"Identity\""_s));
    QCOMPARE(unmapped->count(), 2); // ims and password
    sample->setCurrentIndex(1);
    Q_EMIT sample->activated(1);
    QVERIFY(profile->toPlainText().contains(u"\"preferred_username\": \"Kenji.Tanaka@contoso.example\""_s));
    QVERIFY(profile->toPlainText().contains(u"\"manager\": \"a3b4c5d6-0000-4e11-8f22-123456789abc\""_s));
    // Updated as the map changes, before saving.
    m_page->mappingModel()->removePairs({m_page->mappingModel()->pairForSource(u"title"_s)->id});
    QVERIFY(!profile->toPlainText().contains(u"Sales Director"_s));
    QCOMPARE(unmapped->findItems(u"title"_s, Qt::MatchExactly).size(), 1);
    m_page->undoStack()->undo();
    QVERIFY(profile->toPlainText().contains(u"\"title\": \"Sales Director\""_s));
    // A pasted payload.
    auto *payload = m_page->findChild<QPlainTextEdit *>(u"previewPayload"_s);
    payload->setPlainText(u"{\"userName\": \"pat@x.example\", \"nickName\": \"Pat\"}"_s);
    QCOMPARE(sample->currentIndex(), 2);
    QTRY_VERIFY(profile->toPlainText().contains(u"\"nickname\": \"Pat\""_s));
    payload->setPlainText(u"{\"userName\": "_s);
    auto *error = m_page->findChild<QLabel *>(u"previewError"_s);
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"not JSON"_s));
}

void TestMappingEditor::customEntriesAreValidatedAsYouType()
{
    auto *entry = m_page->findChild<QLineEdit *>(u"customScimEntry"_s);
    auto *add = m_page->findChild<QPushButton *>(u"addScimEntry"_s);
    auto *error = m_page->findChild<QLabel *>(u"customScimEntryError"_s);
    QTest::keyClicks(entry, u"emails[type eq \"school\""_s);
    QVERIFY(error->isVisible());
    QVERIFY(!add->isEnabled());
    QTest::keyClicks(entry, u"].value"_s);
    QVERIFY(!error->isVisible());
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    const QModelIndex school = scimIndex(u"emails[type eq \"school\"].value"_s);
    QVERIFY(school.isValid());
    QCOMPARE(m_page->scimView()->currentIndex(), school);
    QVERIFY(entry->text().isEmpty());
    QTest::keyClicks(entry, u"emails[type gt \"a\"].value"_s);
    QVERIFY(error->text().contains(u"eq"_s));
    entry->clear();
    auto *key = m_page->findChild<QLineEdit *>(u"customProfileKey"_s);
    QTest::keyClicks(key, u"app_metadata.bad key"_s);
    QVERIFY(m_page->findChild<QLabel *>(u"customProfileKeyError"_s)->isVisible());
    QVERIFY(!m_page->findChild<QPushButton *>(u"addProfileKey"_s)->isEnabled());
    key->clear();
}

void TestMappingEditor::switchingConnectionWithUnsavedChangesAsks()
{
    QVERIFY(m_page->mappingModel()->map(u"ims[primary eq true].value"_s, u"website"_s));
    m_page->setConnectionId(m_globex);
    auto *ask = waitForChild<QMessageBox>(m_page, u"discardMappingChanges"_s);
    QTest::mouseClick(ask->findChild<QAbstractButton *>(u"cancelButton"_s), Qt::LeftButton);
    QCOMPARE(m_page->connectionId(), m_acme);
    QVERIFY(m_page->isDirty());
    QCOMPARE(m_page->findChild<QComboBox *>(u"mappingConnection"_s)->currentText(), u"acme-okta"_s);
    QSignalSpy loaded(m_page, &MappingEditorPage::loaded);
    m_page->setConnectionId(m_globex);
    ask = waitForChild<QMessageBox>(m_page, u"discardMappingChanges"_s);
    QTest::mouseClick(ask->findChild<QAbstractButton *>(u"confirmButton"_s), Qt::LeftButton);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_page->connectionId(), m_globex);
    QCOMPARE(m_page->findChild<QComboBox *>(u"mappingConnection"_s)->currentText(), u"globex-entra"_s);
    QVERIFY(!m_page->isDirty());
    QCOMPARE(m_page->mappingModel()->userIdAttribute(), u"externalId"_s);
}

void TestMappingEditor::closingWithUnsavedChangesAsksFirst()
{
    QTRY_VERIFY(m_page->isLoaded());
    QVERIFY(m_page->mappingModel()->map(u"ims[primary eq true].value"_s, u"website"_s));
    QVERIFY(m_page->isDirty());
    m_window->close();
    auto *ask = waitForChild<QMessageBox>(m_window.get(), u"discardMappingOnClose"_s);
    QTest::mouseClick(ask->findChild<QAbstractButton *>(u"cancelButton"_s), Qt::LeftButton);
    QTest::qWait(50);
    QVERIFY(m_window->isVisible()); // nothing was lost
    QVERIFY(m_page->isDirty());
    m_window->close();
    ask = waitForChild<QMessageBox>(m_window.get(), u"discardMappingOnClose"_s);
    QTest::mouseClick(ask->findChild<QAbstractButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 10000);
}

QTEST_MAIN(TestMappingEditor)
#include "tst_mapping_editor.moc"
