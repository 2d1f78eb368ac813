// The schema editor (docs/schemas.md): its attribute model under QAbstractItemModelTester (valid values only, every
// edit undoable, sub-attributes, canonical values, reference types and descriptions, engine issues on the named
// rows), the survey model and the sample resource, and the page offscreen against a real engine over HTTP: create a
// schema, add attributes, change characteristics through the combo-box delegate, undo/redo, save, then see the
// schema in the connection's SCIM /Schemas and in the mapping editor's SCIM tree; a refused save shows the engine's
// issue on the offending row; the sample user's profile as the engine maps it, following every edit; the schema's own
// name and description (undoable, saved, refusals on their field); canonical values containing commas through save
// and reload; export and import a schema file (the engine checks the import); declare an attribute an IdP sent;
// change the connection's policy for undeclared attributes.

#include "TestEngine.h"
#include "models/common/Localization.h"
#include "models/mapping/ScimAttributeTreeModel.h"
#include "models/schemas/SampleResource.h"
#include "models/schemas/SchemaAttributesModel.h"
#include "models/schemas/UndeclaredAttributesModel.h"
#include "models/session/EngineSession.h"
#include "views/connections/ConnectionsPage.h"
#include "views/mapping/MappingEditorPage.h"
#include "views/schemas/DeclareAttributesDialog.h"
#include "views/schemas/SchemaEditorPage.h"
#include "views/shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace scim;

namespace {

const QString kUrn = u"urn:example:params:scim:schemas:extension:acme:2.0:User"_s;

bool treeHasPath(const QAbstractItemModel *model, const QString &needle, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::UserRole + 1)}) {
            if (index.data(role).toString().contains(needle))
                return true;
        }
        if (treeHasPath(model, needle, index))
            return true;
    }
    return false;
}

} // namespace

class TestSchemaEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelOffersValidValuesAndUndoesEveryEdit();
    void createAddUndoRedoSaveAndSeeItEverywhere();
    void refusedSaveShowsTheIssueOnTheRow();
    void profileSideFollowsEveryEdit();
    void schemaNameAndDescriptionAreEditedAndSaved();
    void canonicalValuesWithCommasSurviveSaveAndReload();
    void modelEditsSubAttributesAndListsUndoably();
    void surveyModelAndSampleResource();
    void longUrnsAreElidedInTheMiddle();
    void exportAndImportASchemaFile();
    void declareAnAttributeAnIdpSent();
    void policyForUndeclaredAttributesIsSaved();

private:
    template <typename T> T *child(const QString &name)
    {
        T *found = m_page->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }

    QTemporaryDir m_dir;
    TestEngine m_engine;
    QString m_acme;
    QString m_token;
    std::unique_ptr<MainWindow> m_window;
    SchemaEditorPage *m_page = nullptr;
};

void TestSchemaEditor::initTestCase()
{
    scim::Localization::install(u"en"_s);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"scim-console-tests"_s);
    QCoreApplication::setApplicationName(u"tst_schema_editor"_s);
    QSettings().clear();
    QVERIFY(m_engine.start());
    m_acme = m_engine.createScimConnection(u"acme-okta"_s, u"okta"_s);
    ConsoleOptions options;
    options.databasePath = m_dir.filePath(u"console.sqlite"_s);
    options.useKeychain = false;
    options.startEngine = false;
    m_window = std::make_unique<MainWindow>(options);
    m_window->resize(1280, 800);
    QSignalSpy ready(m_window.get(), &MainWindow::ready);
    m_window->show();
    m_window->session()->connectRemote(m_engine.url(), TestEngine::kAdminToken, false);
    QVERIFY(ready.wait(15000));
    m_page = m_window->schemasPage();
    m_window->connectionsPage()->selectConnection(m_acme);
    QTRY_COMPARE(m_window->connectionsPage()->selectedId(), m_acme);
    QSignalSpy loaded(m_page, &SchemaEditorPage::loaded);
    m_window->findChild<QAction *>(u"actionEditSchemas"_s)->trigger();
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_page->isVisible());
    QCOMPARE(m_page->connectionId(), m_acme);
}

void TestSchemaEditor::modelOffersValidValuesAndUndoesEveryEdit()
{
    SchemaAttributesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(QJsonObject{{u"id"_s, kUrn}, {u"name"_s, u"Acme"_s}, {u"attributes"_s, QJsonArray()}}, true);
    QVERIFY(model.addAttribute(u"costCenter"_s));
    QVERIFY(!model.addAttribute(u"COSTCENTER"_s)); // names are case-insensitive
    QVERIFY(!model.addAttribute(u"1bad"_s));
    QVERIFY(model.addAttribute(u"badge"_s));
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex type = model.index(1, SchemaAttributesModel::TypeColumn);
    QCOMPARE(type.data().toString(), u"string"_s);
    QVERIFY(!model.setData(type, u"text"_s)); // not an RFC 7643 type
    QVERIFY(model.setData(type, u"integer"_s));
    QVERIFY(model.setData(model.index(1, SchemaAttributesModel::UniquenessColumn), u"server"_s));
    QVERIFY(!model.setData(model.index(1, SchemaAttributesModel::UniquenessColumn), u"sometimes"_s));
    QVERIFY(model.setData(model.index(1, SchemaAttributesModel::CaseExactColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.index(1, SchemaAttributesModel::CaseExactColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model.undoStack()->count(), 5);
    QCOMPARE(model.schema()[u"attributes"][1][u"uniqueness"].toString(), u"server"_s);
    model.undoStack()->undo();
    model.undoStack()->undo();
    QVERIFY(model.schema()[u"attributes"][1][u"uniqueness"].isUndefined());
    model.undoStack()->redo();
    QCOMPARE(model.schema()[u"attributes"][1][u"uniqueness"].toString(), u"server"_s);
    model.removeAttribute(0);
    QCOMPARE(model.rowCount(), 1);
    model.undoStack()->undo();
    QCOMPARE(model.attributeName(0), u"costCenter"_s);
    model.setIssues(QJsonArray{QJsonObject{{u"attribute"_s, u"badge"_s}, {u"message"_s, u"Bad badge."_s}},
                               QJsonObject{{u"message"_s, u"Schema-level."_s}}});
    QCOMPARE(model.index(1, 0).data(SchemaAttributesModel::IssueRole).toString(), u"Bad badge."_s);
    QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), u"Bad badge."_s);
    QCOMPARE(model.unplacedIssues(), QStringList{u"Schema-level."_s});
    // Standard schemas are read-only.
    model.setSchema(QJsonObject{{u"id"_s, u"urn:ietf:params:scim:schemas:core:2.0:User"_s},
                                {u"attributes"_s, QJsonArray{QJsonObject{{u"name"_s, u"userName"_s}}}}},
                    false);
    QVERIFY(!model.setData(model.index(0, SchemaAttributesModel::TypeColumn), u"integer"_s));
    QVERIFY(!model.addAttribute(u"x"_s));
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
}

void TestSchemaEditor::createAddUndoRedoSaveAndSeeItEverywhere()
{
    auto *list = child<QListWidget>(u"schemaList"_s);
    QVERIFY(list);
    QCOMPARE(list->count(), 3); // core User, enterprise, core Group
    child<QLineEdit>(u"newSchemaUrn"_s)->setText(kUrn);
    child<QPushButton>(u"createSchema"_s)->click();
    QCOMPARE(list->count(), 4);
    SchemaAttributesModel *model = m_page->attributesModel();
    QVERIFY(model->isEditable());
    auto *name = child<QLineEdit>(u"newAttributeName"_s);
    for (const QString &attribute : {u"costCenter"_s, u"badge"_s, u"tier"_s}) {
        name->setText(attribute);
        child<QPushButton>(u"addAttribute"_s)->click();
    }
    QCOMPARE(model->rowCount(), 3);
    // Through the delegate, as an admin edits: the combo box offers exactly the valid uniqueness values.
    auto *table = child<QTreeView>(u"schemaAttributes"_s);
    const QModelIndex uniqueness = model->index(1, SchemaAttributesModel::UniquenessColumn);
    table->setCurrentIndex(uniqueness);
    table->edit(uniqueness);
    QComboBox *combo = nullptr;
    QTRY_VERIFY((combo = table->findChild<QComboBox *>(u"schemaValueEditor"_s)) != nullptr);
    QCOMPARE(combo->count(), 3);
    combo->setCurrentText(u"server"_s);
    table->itemDelegate()->setModelData(combo, model, uniqueness);
    table->closePersistentEditor(uniqueness);
    QCOMPARE(uniqueness.data().toString(), u"server"_s);

    child<QPushButton>(u"schemaUndo"_s)->click(); // uniqueness back to none
    QCOMPARE(model->index(1, SchemaAttributesModel::UniquenessColumn).data().toString(), u"none"_s);
    child<QPushButton>(u"schemaUndo"_s)->click(); // tier gone
    QCOMPARE(model->rowCount(), 2);
    child<QPushButton>(u"schemaRedo"_s)->click();
    child<QPushButton>(u"schemaRedo"_s)->click();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(1, SchemaAttributesModel::UniquenessColumn).data().toString(), u"server"_s);

    QSignalSpy saved(m_page, &SchemaEditorPage::saved);
    child<QPushButton>(u"saveSchema"_s)->click();
    QVERIFY(saved.wait(10000));
    QVERIFY(model->undoStack()->isClean());

    // The engine serves it: in the connection's SCIM /Schemas …
    m_token = m_engine.createToken(m_acme);
    const QString token = m_token;
    const TestEngine::Reply schemas = m_engine.scim("GET", m_acme, u"/Schemas"_s, token);
    QCOMPARE(schemas.status, 200);
    bool found = false;
    for (const QJsonValue &schema : schemas.object().value(u"Resources"_s).toArray()) {
        if (schema[u"id"_s].toString() == kUrn) {
            found = true;
            QCOMPARE(schema[u"attributes"_s].toArray().size(), 3);
            QCOMPARE(schema[u"attributes"_s][1][u"uniqueness"_s].toString(), u"server"_s);
        }
    }
    QVERIFY(found);
    // … and in the mapping editor's SCIM tree.
    MappingEditorPage *mapping = m_window->mappingPage();
    QSignalSpy mappingLoaded(mapping, &MappingEditorPage::loaded);
    mapping->setConnectionId(QString());
    mapping->setConnectionId(m_acme);
    QVERIFY(mappingLoaded.wait(10000));
    QVERIFY(treeHasPath(mapping->scimModel(), u"costCenter"_s));

    // Reloading the page shows the stored schema as editable.
    QSignalSpy loaded(m_page, &SchemaEditorPage::loaded);
    m_page->reload();
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_page->selectSchema(kUrn));
    QVERIFY(model->isEditable());
    QCOMPARE(model->rowCount(), 3);
}

void TestSchemaEditor::refusedSaveShowsTheIssueOnTheRow()
{
    QVERIFY(m_page->selectSchema(kUrn));
    SchemaAttributesModel *model = m_page->attributesModel();
    // A complex attribute without sub-attributes: the engine names it.
    QVERIFY(model->addAttribute(u"desk"_s));
    const int row = model->rowOfAttribute(u"desk"_s);
    QVERIFY(model->setData(model->index(row, SchemaAttributesModel::TypeColumn), u"complex"_s));
    child<QPushButton>(u"saveSchema"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!model->index(row, 0).data(SchemaAttributesModel::IssueRole).toString().isEmpty(), 10000);
    QVERIFY(model->index(row, 0).data(SchemaAttributesModel::IssueRole).toString().contains(u"desk"_s));
    QVERIFY(!child<QLabel>(u"schemaStatus"_s)->text().isEmpty());
    QVERIFY(!model->undoStack()->isClean());
    child<QPushButton>(u"revertSchema"_s)->click();
    QCOMPARE(model->rowCount(), 3);
}

void TestSchemaEditor::profileSideFollowsEveryEdit()
{
    // The map reads the schema's costCenter; the profile side shows what it makes of the sample user.
    const QString configuration = u"/api/v2/connections/%1/scim-configuration"_s.arg(m_acme);
    const QJsonObject saved = m_engine.api("GET", configuration).object();
    QJsonArray mapping = saved[u"mapping"_s].toArray();
    mapping.append(
        QJsonObject{{u"scim"_s, QString(kUrn + u":costCenter"_s)}, {u"auth0"_s, u"app_metadata.acme_cost_center"_s}});
    const TestEngine::Reply patched =
        m_engine.api("PATCH", configuration,
                     QJsonObject{{u"mapping"_s, mapping}, {u"user_id_attribute"_s, saved[u"user_id_attribute"_s]}});
    QVERIFY2(patched.status == 200, patched.json.toJson().constData());
    const int usersBefore = m_engine.api("GET", u"/api/v2/users?connection_id=%1&include_totals=true"_s.arg(m_acme))
                                .object()[u"total"_s]
                                .toInt();
    QVERIFY(m_page->selectSchema(kUrn));
    SchemaAttributesModel *model = m_page->attributesModel();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->profileText().contains(u"\"acme_cost_center\": \"costCenter example\""_s), 10000);
    QVERIFY(m_page->profileText().contains(u"ada.lovelace@example.com"_s)); // the core side maps as usual
    // What the map leaves out of this schema is named.
    QVERIFY(m_page->profileNote().contains(u"badge"_s));
    QVERIFY(!m_page->profileNote().contains(u"costCenter"_s));

    // An edit not saved yet: costCenter becomes an integer, the profile follows.
    const int row = model->rowOfAttribute(u"costCenter"_s);
    QVERIFY(model->setData(model->index(row, SchemaAttributesModel::TypeColumn), u"integer"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->profileText().contains(u"\"acme_cost_center\": 42"_s), 10000);
    // Renamed: the map's pair no longer finds it, and the note says so.
    QVERIFY(model->setData(model->index(row, SchemaAttributesModel::NameColumn), u"costCode"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->profileNote().contains(u"app_metadata.acme_cost_center"_s), 10000);
    QVERIFY(!m_page->profileText().contains(u"acme_cost_center"_s));
    // Undo: back to the saved schema.
    child<QPushButton>(u"schemaUndo"_s)->click();
    child<QPushButton>(u"schemaUndo"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->profileText().contains(u"\"acme_cost_center\": \"costCenter example\""_s), 10000);
    QVERIFY(!m_page->profileNote().contains(u"app_metadata.acme_cost_center"_s));
    // A refused schema: the engine's reason instead of a profile.
    QVERIFY(model->addAttribute(u"desk"_s));
    QVERIFY(model->setData(model->index(model->rowOfAttribute(u"desk"_s), SchemaAttributesModel::TypeColumn),
                           u"complex"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->profileNote().contains(u"desk"_s) && m_page->profileText().isEmpty(), 10000);
    child<QPushButton>(u"revertSchema"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->profileText().contains(u"acme_cost_center"_s), 10000);

    // Groups have no profile.
    auto *list = child<QListWidget>(u"schemaList"_s);
    for (int r = 0; r < list->count(); ++r) {
        if (list->item(r)->text().startsWith(u"Group"_s))
            list->setCurrentRow(r);
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_page->profileNote().contains(u"Groups have no profile"_s), 10000);
    QVERIFY(m_page->profileText().isEmpty());
    // Previews store nothing.
    QCOMPARE(m_engine.api("GET", u"/api/v2/users?connection_id=%1&include_totals=true"_s.arg(m_acme))
                 .object()[u"total"_s]
                 .toInt(),
             usersBefore);
}

void TestSchemaEditor::schemaNameAndDescriptionAreEditedAndSaved()
{
    QVERIFY(m_page->selectSchema(kUrn));
    SchemaAttributesModel *model = m_page->attributesModel();
    auto *name = child<QLineEdit>(u"schemaName"_s);
    auto *description = child<QLineEdit>(u"schemaDescription"_s);
    QVERIFY(!name->isReadOnly());
    QCOMPARE(name->text(), model->schemaProperty(u"name"_s));
    const QString before = name->text();
    name->setText(u"Acme fields"_s);
    Q_EMIT name->editingFinished();
    description->setText(u"Cost centre, badge and tier"_s);
    Q_EMIT description->editingFinished();
    QCOMPARE(model->schema()[u"name"].toString(), u"Acme fields"_s);
    QCOMPARE(model->schema()[u"description"].toString(), u"Cost centre, badge and tier"_s);
    // Undoable, one step each.
    child<QPushButton>(u"schemaUndo"_s)->click();
    QVERIFY(model->schema()[u"description"].toString().isEmpty());
    QCOMPARE(description->text(), QString());
    child<QPushButton>(u"schemaUndo"_s)->click();
    QCOMPARE(name->text(), before);
    child<QPushButton>(u"schemaRedo"_s)->click();
    child<QPushButton>(u"schemaRedo"_s)->click();
    QCOMPARE(name->text(), u"Acme fields"_s);
    QCOMPARE(description->text(), u"Cost centre, badge and tier"_s);

    // Saved through the engine's PUT.
    QSignalSpy saved(m_page, &SchemaEditorPage::saved);
    child<QPushButton>(u"saveSchema"_s)->click();
    QVERIFY(saved.wait(10000));
    const QString one = u"/api/v2/connections/%1/scim-configuration/custom-schemas/%2"_s.arg(
        m_acme, QString::fromLatin1(QUrl::toPercentEncoding(kUrn)));
    QJsonObject stored = m_engine.api("GET", one).object()[u"schema"_s].toObject();
    QCOMPARE(stored[u"name"_s].toString(), u"Acme fields"_s);
    QCOMPARE(stored[u"description"_s].toString(), u"Cost centre, badge and tier"_s);
    QVERIFY(child<QListWidget>(u"schemaList"_s)->currentItem()->text().contains(u"Acme fields"_s));
    // Revert after a save shows what was saved.
    m_page->revert();
    QCOMPARE(name->text(), u"Acme fields"_s);
    QVERIFY(model->rowCount() >= 3);

    // A value the engine refuses: its message on the field.
    description->setText(QString(1100, u'x'));
    Q_EMIT description->editingFinished();
    child<QPushButton>(u"saveSchema"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->schemaFieldError(u"description"_s).isEmpty(), 10000);
    QVERIFY(m_page->schemaFieldError(u"description"_s).contains(u"description"_s));
    QVERIFY(m_page->schemaFieldError(u"name"_s).isEmpty());
    QVERIFY(!child<QLabel>(u"fieldError:description"_s)->isHidden());
    QCOMPARE(description->toolTip(), m_page->schemaFieldError(u"description"_s));
    stored = m_engine.api("GET", one).object()[u"schema"_s].toObject();
    QCOMPARE(stored[u"description"_s].toString(), u"Cost centre, badge and tier"_s);
    child<QPushButton>(u"revertSchema"_s)->click();
    QVERIFY(m_page->schemaFieldError(u"description"_s).isEmpty());
    QCOMPARE(description->text(), u"Cost centre, badge and tier"_s);

    // Read back on reload; standard schemas are read-only here too.
    QSignalSpy loaded(m_page, &SchemaEditorPage::loaded);
    m_page->reload();
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_page->selectSchema(kUrn));
    QCOMPARE(name->text(), u"Acme fields"_s);
    QVERIFY(m_page->selectSchema(u"urn:ietf:params:scim:schemas:core:2.0:User"_s));
    QVERIFY(name->isReadOnly());
    QVERIFY(!model->setSchemaProperty(u"name"_s, u"Nope"_s));
}

void TestSchemaEditor::canonicalValuesWithCommasSurviveSaveAndReload()
{
    QVERIFY(m_page->selectSchema(kUrn));
    SchemaAttributesModel *model = m_page->attributesModel();
    const int row = model->rowOfAttribute(u"tier"_s);
    QVERIFY(row >= 0);
    // Through the delegate, as an admin edits: one value per line.
    auto *table = child<QTreeView>(u"schemaAttributes"_s);
    const QModelIndex cell = model->index(row, SchemaAttributesModel::CanonicalValuesColumn);
    table->setCurrentIndex(cell);
    table->edit(cell);
    QPlainTextEdit *editor = nullptr;
    QTRY_VERIFY((editor = table->findChild<QPlainTextEdit *>(u"canonicalValuesEditor"_s)) != nullptr);
    editor->setPlainText(u"Smith, Jones & Co\ngold\n"_s);
    table->itemDelegate()->setModelData(editor, model, cell);
    QTest::keyClick(editor, Qt::Key_Escape); // closes the editor; the value is in the model already
    const QJsonArray expected{u"Smith, Jones & Co"_s, u"gold"_s};
    QCOMPARE(model->schema()[u"attributes"][row][u"canonicalValues"].toArray(), expected);
    QCOMPARE(cell.data().toString(), u"\"Smith, Jones & Co\", gold"_s);
    QVERIFY(m_page->previewText().contains(u"Smith, Jones & Co"_s)); // the sample takes the first value
    child<QPushButton>(u"schemaUndo"_s)->click();
    QVERIFY(model->schema()[u"attributes"][row][u"canonicalValues"].isUndefined());
    child<QPushButton>(u"schemaRedo"_s)->click();
    QCOMPARE(model->schema()[u"attributes"][row][u"canonicalValues"].toArray(), expected);

    QSignalSpy saved(m_page, &SchemaEditorPage::saved);
    child<QPushButton>(u"saveSchema"_s)->click();
    QVERIFY(saved.wait(10000));
    const QJsonObject stored = m_engine
                                   .api("GET", u"/api/v2/connections/%1/scim-configuration/custom-schemas/%2"_s.arg(
                                                   m_acme, QString::fromLatin1(QUrl::toPercentEncoding(kUrn))))
                                   .object()[u"schema"_s]
                                   .toObject();
    QCOMPARE(stored[u"attributes"_s][row][u"canonicalValues"_s].toArray(), expected);
    // The engine enforces them, comma included.
    // The token of the first test: a connection has at most two active ones.
    if (m_token.isEmpty())
        m_token = m_engine.createToken(m_acme);
    const QString token = m_token;
    const auto create = [&](const QString &userName, const QString &tier) {
        return m_engine
            .scim("POST", m_acme, u"/Users"_s, token,
                  QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s, kUrn}},
                              {u"userName"_s, userName},
                              {kUrn, QJsonObject{{u"tier"_s, tier}}}})
            .status;
    };
    QCOMPARE(create(u"comma@acme.example"_s, u"Smith, Jones & Co"_s), 201);
    QCOMPARE(create(u"half@acme.example"_s, u"Smith"_s), 400);

    QSignalSpy loaded(m_page, &SchemaEditorPage::loaded);
    m_page->reload();
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_page->selectSchema(kUrn));
    const QModelIndex reloaded =
        model->index(model->rowOfAttribute(u"tier"_s), SchemaAttributesModel::CanonicalValuesColumn);
    QCOMPARE(reloaded.data(Qt::EditRole).toStringList(), (QStringList{u"Smith, Jones & Co"_s, u"gold"_s}));
    // The editor opens with one value per line.
    table->setCurrentIndex(reloaded);
    table->edit(reloaded);
    QTRY_VERIFY((editor = table->findChild<QPlainTextEdit *>(u"canonicalValuesEditor"_s)) != nullptr);
    QCOMPARE(editor->toPlainText(), u"Smith, Jones & Co\ngold"_s);
    QTest::keyClick(editor, Qt::Key_Escape);
}

void TestSchemaEditor::modelEditsSubAttributesAndListsUndoably()
{
    SchemaAttributesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(QJsonObject{{u"id"_s, kUrn}, {u"attributes"_s, QJsonArray()}}, true);
    QVERIFY(model.addAttribute(u"desk"_s));
    QVERIFY(model.addAttribute(u"tier"_s));
    QVERIFY(!model.addSubAttribute(0, u"floor"_s)); // a string has no sub-attributes
    QVERIFY(!model.validateNewName(u"floor"_s, 0).isEmpty());
    QVERIFY(model.setData(model.index(0, SchemaAttributesModel::TypeColumn), u"complex"_s));
    QVERIFY(model.addSubAttribute(0, u"floor"_s));
    QVERIFY(model.addSubAttribute(0, u"building"_s));
    QVERIFY(!model.addSubAttribute(0, u"FLOOR"_s));
    const QModelIndex desk = model.index(0, 0);
    QCOMPARE(model.rowCount(desk), 2);
    const QModelIndex floor = model.index(0, 0, desk);
    QCOMPARE(floor.data().toString(), u"floor"_s);
    QCOMPARE(floor.parent(), desk);
    QCOMPARE(model.indexOfPath(u"Desk.Floor"_s), floor);
    // Sub-attributes are edited like attributes, but are never complex.
    QVERIFY(model.setData(model.index(0, SchemaAttributesModel::TypeColumn, desk), u"integer"_s));
    QVERIFY(!model.setData(model.index(0, SchemaAttributesModel::TypeColumn, desk), u"complex"_s));
    QVERIFY(!model.setData(model.index(1, SchemaAttributesModel::NameColumn, desk), u"floor"_s));
    QCOMPARE(model.schema()[u"attributes"][0][u"subAttributes"][0][u"type"].toString(), u"integer"_s);
    // Canonical values one per line (a value may hold commas), reference types comma-separated; empty leaves the
    // characteristic out.
    const QModelIndex canonical = model.index(1, SchemaAttributesModel::CanonicalValuesColumn);
    QVERIFY(model.setData(canonical, u"gold\nsilver\n\n gold "_s));
    QCOMPARE(model.schema()[u"attributes"][1][u"canonicalValues"].toArray(), (QJsonArray{u"gold"_s, u"silver"_s}));
    QCOMPARE(canonical.data().toString(), u"gold, silver"_s);
    QCOMPARE(canonical.data(Qt::EditRole).toStringList(), (QStringList{u"gold"_s, u"silver"_s}));
    const QModelIndex references = model.index(1, SchemaAttributesModel::ReferenceTypesColumn);
    QVERIFY(!model.setData(references, u"User, printer"_s));
    QVERIFY(model.setData(references, u"user, URI"_s));
    QCOMPARE(model.schema()[u"attributes"][1][u"referenceTypes"].toArray(), (QJsonArray{u"User"_s, u"uri"_s}));
    const QModelIndex description = model.index(0, SchemaAttributesModel::DescriptionColumn, desk);
    QVERIFY(model.setData(description, u"  The floor of the desk. "_s));
    QCOMPARE(description.data().toString(), u"The floor of the desk."_s);
    QCOMPARE(description.data(Qt::ToolTipRole).toString(), u"The floor of the desk."_s);
    QVERIFY(model.setData(canonical, QString()));
    QVERIFY(model.schema()[u"attributes"][1][u"canonicalValues"].isUndefined());
    QVERIFY(!model.setData(canonical, QString())); // no change, no command
    // Issues on a sub-attribute's row.
    model.setIssues(QJsonArray{QJsonObject{{u"attribute"_s, u"desk.floor"_s}, {u"message"_s, u"Bad floor."_s}}});
    QCOMPARE(floor.data(SchemaAttributesModel::IssueRole).toString(), u"Bad floor."_s);
    QVERIFY(desk.data(SchemaAttributesModel::IssueRole).toString().isEmpty());
    // Every step undoes, back to the empty schema.
    QCOMPARE(model.undoStack()->count(), 10);
    model.removeAttribute(floor);
    QCOMPARE(model.rowCount(desk), 1);
    model.undoStack()->undo();
    QCOMPARE(model.rowCount(desk), 2);
    while (model.undoStack()->canUndo())
        model.undoStack()->undo();
    QCOMPARE(model.rowCount(), 0);
    model.undoStack()->setIndex(10); // every edit again, up to (not including) the removal undone above
    QCOMPARE(model.schema()[u"attributes"][0][u"subAttributes"][0][u"description"].toString(),
             u"The floor of the desk."_s);
    // An import replaces the attributes in one undoable step.
    model.replaceSchema(QJsonObject{{u"id"_s, u"urn:other"_s},
                                    {u"name"_s, u"Imported"_s},
                                    {u"attributes"_s, QJsonArray{QJsonObject{{u"name"_s, u"only"_s}}}}});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.schema()[u"id"].toString(), kUrn); // the id stays
    QCOMPARE(model.schema()[u"name"].toString(), u"Imported"_s);
    model.undoStack()->undo();
    QCOMPARE(model.rowCount(), 2);
}

void TestSchemaEditor::surveyModelAndSampleResource()
{
    UndeclaredAttributesModel survey;
    QAbstractItemModelTester tester(&survey, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString seen = u"urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User"_s;
    survey.setSurvey(
        QJsonObject{{u"scanned"_s, QJsonObject{{u"User"_s, 3}, {u"Group"_s, 0}}},
                    {u"attributes"_s, QJsonArray{QJsonObject{{u"resource_type"_s, u"User"_s},
                                                             {u"schema"_s, seen},
                                                             {u"attribute"_s, u"floor"_s},
                                                             {u"path"_s, QString(seen + u":floor"_s)},
                                                             {u"resources"_s, 2},
                                                             {u"definition"_s, QJsonObject{{u"name"_s, u"floor"_s},
                                                                                           {u"type"_s, u"decimal"_s},
                                                                                           {u"multiValued"_s, true}}},
                                                             {u"examples"_s, QJsonArray{3, 4.5}}}}}});
    QCOMPARE(survey.rowCount(), 1);
    QCOMPARE(survey.index(0, UndeclaredAttributesModel::AttributeColumn).data().toString(), u"floor"_s);
    QCOMPARE(survey.index(0, UndeclaredAttributesModel::ResourcesColumn).data().toInt(), 2);
    QCOMPARE(survey.index(0, UndeclaredAttributesModel::TypeColumn).data().toString(), u"decimal, multi-valued"_s);
    QCOMPARE(survey.index(0, UndeclaredAttributesModel::ExamplesColumn).data().toString(), u"3, 4.5"_s);
    QCOMPARE(survey.index(0, 0).data(Qt::ToolTipRole).toString(), seen + u":floor"_s);

    const QJsonObject schema{
        {u"id"_s, kUrn},
        {u"attributes"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"tier"_s}, {u"canonicalValues"_s, QJsonArray{u"gold"_s}}},
                    QJsonObject{{u"name"_s, u"pin"_s}, {u"mutability"_s, u"writeOnly"_s}, {u"returned"_s, u"never"_s}},
                    QJsonObject{{u"name"_s, u"manager"_s},
                                {u"type"_s, u"reference"_s},
                                {u"referenceTypes"_s, QJsonArray{u"User"_s}}},
                    QJsonObject{{u"name"_s, u"devices"_s},
                                {u"type"_s, u"complex"_s},
                                {u"multiValued"_s, true},
                                {u"subAttributes"_s,
                                 QJsonArray{QJsonObject{{u"name"_s, u"serial"_s}},
                                            QJsonObject{{u"name"_s, u"count"_s}, {u"type"_s, u"integer"_s}}}}}}}};
    const QJsonObject user = SampleResource::build(schema, u"User"_s);
    QCOMPARE(user[u"schemas"].toArray().last().toString(), kUrn);
    QVERIFY(!user[u"userName"].toString().isEmpty());
    const QJsonObject extension = user[kUrn].toObject();
    QCOMPARE(extension[u"tier"].toString(), u"gold"_s);
    QVERIFY(!extension.contains(u"pin"));
    QVERIFY(extension[u"manager"].toString().contains(u"/Users/"));
    QCOMPARE(extension[u"devices"][0][u"count"].toInt(), 42);
    QVERIFY(extension[u"devices"][0][u"serial"].isString());
    const QJsonObject group = SampleResource::build(QJsonObject{{u"id"_s, kUrn}}, u"Group"_s);
    QVERIFY(group.contains(u"displayName"));
    QCOMPARE(group[u"schemas"].toArray().size(), 1);
}

void TestSchemaEditor::longUrnsAreElidedInTheMiddle()
{
    auto *list = child<QListWidget>(u"schemaList"_s);
    QCOMPARE(list->textElideMode(), Qt::ElideMiddle);
    QVERIFY(!list->wordWrap());
    bool found = false;
    for (int row = 0; row < list->count(); ++row)
        found = found || list->item(row)->toolTip().contains(kUrn);
    QVERIFY(found);
}

void TestSchemaEditor::exportAndImportASchemaFile()
{
    QVERIFY(m_page->selectSchema(kUrn));
    SchemaAttributesModel *model = m_page->attributesModel();
    QVERIFY(model->undoStack()->isClean());
    const int rows = model->rowCount();
    const QString path = m_dir.filePath(u"acme-schema.json"_s);
    QVERIFY(m_page->exportSchemaFile(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject exported = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QCOMPARE(exported[u"id"].toString(), kUrn);
    QCOMPARE(exported[u"attributes"].toArray().size(), rows);
    QVERIFY(m_page->previewText().contains(kUrn));
    QVERIFY(m_page->previewText().contains(u"costCenter"_s));

    // A file the engine would refuse: loaded anyway (undoably), the issue on its row.
    QJsonArray attributes = exported[u"attributes"].toArray();
    attributes.append(QJsonObject{{u"name"_s, u"room"_s}, {u"type"_s, u"text"_s}});
    exported.insert(u"attributes"_s, attributes);
    const QString bad = m_dir.filePath(u"bad-schema.json"_s);
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(exported).toJson());
    out.close();
    QSignalSpy imported(m_page, &SchemaEditorPage::imported);
    m_page->importSchemaFile(bad);
    QVERIFY(imported.wait(10000));
    QCOMPARE(imported.last().at(0).toBool(), false);
    QCOMPARE(model->rowCount(), rows + 1);
    QVERIFY(model->indexOfPath(u"room"_s).data(SchemaAttributesModel::IssueRole).toString().contains(u"room"_s));
    model->undoStack()->undo();
    QCOMPARE(model->rowCount(), rows);

    // A good one, as a declaration for a new URN: a new schema, accepted by the engine's check, not stored yet.
    const QString otherUrn = u"urn:example:params:scim:schemas:extension:globex:2.0:Group"_s;
    const QString good = m_dir.filePath(u"good-schema.json"_s);
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(
        QJsonDocument(QJsonObject{{u"resource_type"_s, u"Group"_s},
                                  {u"schema"_s,
                                   QJsonObject{{u"id"_s, otherUrn},
                                               {u"name"_s, u"Globex"_s},
                                               {u"attributes"_s, QJsonArray{QJsonObject{{u"name"_s, u"site"_s},
                                                                                        {u"type"_s, u"string"_s}}}}}}})
            .toJson());
    goodFile.close();
    m_page->importSchemaFile(good);
    QVERIFY(imported.wait(10000));
    QCOMPARE(imported.last().at(0).toBool(), true);
    QCOMPARE(model->schema()[u"id"].toString(), otherUrn);
    QCOMPARE(model->attributeName(0), u"site"_s);
    QVERIFY(m_page->previewText().contains(u"displayName"_s));
    QCOMPARE(m_engine.api("GET", u"/api/v2/connections/%1/scim-configuration/custom-schemas"_s.arg(m_acme))
                 .json.array()
                 .size(),
             1);
    // Not JSON: nothing changes.
    const QString notJson = m_dir.filePath(u"not.json"_s);
    QFile junk(notJson);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{ nope");
    junk.close();
    m_page->importSchemaFile(notJson);
    QCOMPARE(imported.last().at(0).toBool(), false);
    QVERIFY(child<QLabel>(u"schemaStatus"_s)->text().contains(notJson));
    // Drop the unsaved new schema again.
    QSignalSpy loaded(m_page, &SchemaEditorPage::loaded);
    m_page->reload();
    QVERIFY(loaded.wait(10000));
}

void TestSchemaEditor::declareAnAttributeAnIdpSent()
{
    // An IdP sends an attribute under an extension URN nobody declared: kept as sent (the default policy).
    const QString seen = u"urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User"_s;
    const QString token = m_token.isEmpty() ? m_engine.createToken(m_acme) : m_token;
    const TestEngine::Reply created =
        m_engine.scim("POST", m_acme, u"/Users"_s, token,
                      QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s, seen}},
                                  {u"userName"_s, u"grace@acme.example"_s},
                                  {seen, QJsonObject{{u"badgeColor"_s, u"red"_s}}}});
    QCOMPARE(created.status, 201);

    auto *button = child<QPushButton>(u"declareSeenAttributes"_s);
    QVERIFY(button->isEnabled());
    DeclareAttributesDialog *dialog = m_page->openDeclareDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
    int row = -1;
    for (int r = 0; r < dialog->model()->rowCount(); ++r) {
        if (dialog->model()->index(r, UndeclaredAttributesModel::AttributeColumn).data().toString() == u"badgeColor"_s)
            row = r;
    }
    QVERIFY(row >= 0);
    dialog->table()->selectRow(row);
    auto *declare = dialog->findChild<QPushButton *>(u"declareAttribute"_s);
    QVERIFY(declare->isEnabled());
    declare->click();
    SchemaAttributesModel *model = m_page->attributesModel();
    QTRY_COMPARE(model->schema()[u"id"].toString(), seen);
    QCOMPARE(model->attributeName(0), u"badgeColor"_s);
    QCOMPARE(model->index(0, SchemaAttributesModel::TypeColumn).data().toString(), u"string"_s);
    QVERIFY(model->undoStack()->canUndo());
    QSignalSpy saved(m_page, &SchemaEditorPage::saved);
    child<QPushButton>(u"saveSchema"_s)->click();
    QVERIFY(saved.wait(10000));
    // Declared now: the survey no longer lists it.
    const TestEngine::Reply survey =
        m_engine.api("GET", u"/api/v2/connections/%1/scim-configuration/undeclared-attributes"_s.arg(m_acme));
    for (const QJsonValue &entry : survey.object()[u"attributes"_s].toArray())
        QVERIFY(entry[u"attribute"_s].toString() != u"badgeColor"_s);
}

void TestSchemaEditor::policyForUndeclaredAttributesIsSaved()
{
    auto *policy = child<QComboBox>(u"unknownAttributesPolicy"_s);
    QTRY_VERIFY_WITH_TIMEOUT(policy->isEnabled(), 10000);
    QCOMPARE(policy->currentData().toString(), u"keep"_s);
    QJsonObject before = m_engine.api("GET", u"/api/v2/connections/%1"_s.arg(m_acme)).object()[u"options"_s].toObject();
    QSignalSpy saved(m_page, &SchemaEditorPage::unknownAttributesPolicySaved);
    const int reject = policy->findData(u"reject"_s);
    policy->setCurrentIndex(reject);
    Q_EMIT policy->activated(reject);
    QVERIFY(saved.wait(10000));
    const QJsonObject options =
        m_engine.api("GET", u"/api/v2/connections/%1"_s.arg(m_acme)).object()[u"options"_s].toObject();
    QCOMPARE(options[u"scim_unknown_attributes"_s].toString(), u"reject"_s);
    // The rest of the options stay as they were (PATCH replaces them as a whole).
    QJsonObject rest = options;
    rest.remove(u"scim_unknown_attributes"_s);
    before.remove(u"scim_unknown_attributes"_s);
    QCOMPARE(rest, before);
    // Read back on reload.
    QSignalSpy loaded(m_page, &SchemaEditorPage::loaded);
    m_page->reload();
    QVERIFY(loaded.wait(10000));
    QTRY_COMPARE(policy->currentData().toString(), u"reject"_s);
}

QTEST_MAIN(TestSchemaEditor)
#include "tst_schema_editor.moc"
