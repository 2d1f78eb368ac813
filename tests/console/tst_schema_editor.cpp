// The schema editor (docs/schemas.md): its attribute model under QAbstractItemModelTester (valid values only, every
// edit undoable, engine issues on the named rows), and the page offscreen against a real engine over HTTP: create a
// schema, add attributes, change characteristics through the combo-box delegate, undo/redo, save, then see the
// schema in the connection's SCIM /Schemas and in the mapping editor's SCIM tree; a refused save shows the engine's
// issue on the offending row.

#include "TestEngine.h"
#include "models/common/Localization.h"
#include "models/mapping/ScimAttributeTreeModel.h"
#include "models/schemas/SchemaAttributesModel.h"
#include "models/session/EngineSession.h"
#include "views/connections/ConnectionsPage.h"
#include "views/mapping/MappingEditorPage.h"
#include "views/schemas/SchemaEditorPage.h"
#include "views/shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
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
    auto *table = child<QTableView>(u"schemaAttributes"_s);
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
    const QString token = m_engine.createToken(m_acme);
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

QTEST_MAIN(TestSchemaEditor)
#include "tst_schema_editor.moc"
