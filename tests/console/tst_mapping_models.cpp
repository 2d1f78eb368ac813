// The mapping editor's models against a real engine's schemas (GET …/scim-configuration/schemas of an in-process
// engine): every accepted and refused drop through mimeData/dropMimeData, undo/redo of every command, the custom
// entries, import/export of the mapping file, and the preview of the built-in Okta and Entra ID samples. Each model
// is watched by QAbstractItemModelTester.

#include "TestEngine.h"
#include "models/api/ManagementClient.h"
#include "models/common/Localization.h"
#include "models/common/ModelRoles.h"
#include "models/mapping/MappingMime.h"
#include "models/mapping/MappingModel.h"
#include "models/mapping/MappingPreview.h"
#include "models/mapping/MappingRules.h"
#include "models/mapping/ProfileAttributeModel.h"
#include "models/mapping/ScimAttributeTreeModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace scim;

namespace {

QJsonObject pair(const QString &scim, const QString &auth0)
{
    return QJsonObject{{u"scim"_s, scim}, {u"auth0"_s, auth0}};
}

QJsonArray smallMap()
{
    return QJsonArray{pair(u"userName"_s, u"preferred_username"_s),
                      pair(u"emails[primary eq true].value"_s, u"email"_s), pair(u"active"_s, u"blocked"_s),
                      pair(u"externalId"_s, u"app_metadata.external_id"_s), pair(u"name.givenName"_s, u"given_name"_s)};
}

std::unique_ptr<QMimeData> scimMime(const QString &path)
{
    auto mime = std::make_unique<QMimeData>();
    mime->setData(MappingMime::scimAttribute(), QJsonDocument(QJsonObject{{u"path"_s, path}}).toJson());
    return mime;
}

} // namespace

class TestMappingModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rulesComeFromTheEnginesSchemas();
    void treeListsSchemasCommonAndFilteredEntries();
    void treeDragCarriesThePathNotAPointer();
    void dropOntoProfileAttributeCreatesAPair();
    void dropOntoTableAreaUsesASuggestedTarget();
    void dropOntoMappedTargetAsksToReplace();
    void refusedDrops_data();
    void refusedDrops();
    void pairDragOutRemovesAndTableRefusesPairs();
    void foreignOrMalformedDragsAreRefused();
    void undoRedoSequences();
    void customEntriesAreValidatedAndUndoable();
    void issuesMarkRowsAndEngineDetailsReplaceThem();
    void importExportRoundTrip();
    void sortsAndFiltersOnRawValues();
    void previewOfBuiltInSamples_data();
    void previewOfBuiltInSamples();
    void previewFollowsTheMapBeforeSaving();

private:
    TestEngine m_engine;
    std::shared_ptr<const MappingRules> m_rules;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<MappingModel> m_mapping;
    std::unique_ptr<ScimAttributeTreeModel> m_tree;
    std::unique_ptr<ProfileAttributeModel> m_profile;
    std::unique_ptr<QAbstractItemModelTester> m_testers[3];
};

void TestMappingModels::initTestCase()
{
    scim::Localization::install(u"en"_s); // the source catalog: English plural forms, as the console installs it
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_engine.start());
    const QString id = m_engine.createScimConnection(u"acme-okta"_s);
    ManagementClient client;
    client.setEndpoint(m_engine.url(), TestEngine::kAdminToken);
    ApiResult result;
    bool done = false;
    client.getMappingSchemas(id, this, [&](const ApiResult &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(result.status, 200);
    QString error;
    m_rules = MappingRules::fromSchemas(result.object(), &error);
    QVERIFY2(m_rules, qPrintable(error));
}

void TestMappingModels::init()
{
    m_stack = std::make_unique<QUndoStack>();
    m_mapping = std::make_unique<MappingModel>(m_stack.get());
    m_tree = std::make_unique<ScimAttributeTreeModel>(m_mapping.get());
    m_profile = std::make_unique<ProfileAttributeModel>(m_mapping.get());
    m_testers[0] = std::make_unique<QAbstractItemModelTester>(m_mapping.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_testers[1] = std::make_unique<QAbstractItemModelTester>(m_tree.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_testers[2] = std::make_unique<QAbstractItemModelTester>(m_profile.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_mapping->setRules(m_rules);
    m_tree->rebuild();
    m_mapping->load(smallMap(), u"externalId"_s);
}

void TestMappingModels::cleanup()
{
    for (auto &tester : m_testers)
        tester.reset();
    m_profile.reset();
    m_tree.reset();
    m_mapping.reset();
    m_stack.reset();
}

void TestMappingModels::rulesComeFromTheEnginesSchemas()
{
    QCOMPARE(m_rules->coreSchema().value(u"id"_s).toString(), u"urn:ietf:params:scim:schemas:core:2.0:User"_s);
    QCOMPARE(m_rules->extensionSchemas().size(), 1);
    QCOMPARE(m_rules->canonicalScimPath(u"Emails[Type  eq \"work\"].Value"_s),
             m_rules->canonicalScimPath(u"emails[type eq \"work\"].value"_s));
    QVERIFY(m_rules->checkScimPath(u"emails[type eq \"work\"].value"_s).isEmpty());
    QVERIFY(m_rules->checkScimPath(u"emails[type ne \"work\"].value"_s).contains(u"eq"_s));
    QVERIFY(!m_rules->checkScimPath(u"emails[type eq \"work\".value"_s).isEmpty());
    QVERIFY(m_rules->isSingleValued(u"externalId"_s));
    QVERIFY(!m_rules->isSingleValued(u"emails"_s));
    QVERIFY(MappingRules::fromSchemas(QJsonObject{}) == nullptr);
}

void TestMappingModels::treeListsSchemasCommonAndFilteredEntries()
{
    QCOMPARE(m_tree->rowCount(), 3); // Core User, Enterprise User extension, Filtered entries
    QVERIFY(m_tree->index(1, 0).data().toString().contains(u"Enterprise"_s));
    const QModelIndex userName = m_tree->indexOfPath(u"userName"_s);
    QVERIFY(userName.isValid());
    QCOMPARE(userName.siblingAtColumn(ScimAttributeTreeModel::RequiredColumn).data().toString(), u"required"_s);
    QCOMPARE(userName.siblingAtColumn(ScimAttributeTreeModel::MappedColumn).data().toString(),
             u"→ preferred_username"_s);
    QCOMPARE(userName.data(ScimAttributeTreeModel::MappedToRole).toString(), u"preferred_username"_s);
    QVERIFY(m_tree->indexOfPath(u"name.givenName"_s).isValid());
    QVERIFY(m_tree->indexOfPath(u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.department"_s).isValid());
    QVERIFY(
        m_tree->indexOfPath(u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.manager.value"_s).isValid());
    QVERIFY(m_tree->indexOfPath(u"emails[type eq \"work\"].value"_s).isValid());
    QVERIFY(m_tree->indexOfPath(u"phoneNumbers[type eq \"mobile\"].value"_s).isValid());
    QVERIFY(m_tree->indexOfPath(u"addresses[type eq \"work\"].locality"_s).isValid());
    QVERIFY(m_tree->indexOfPath(u"emails[primary eq true].value"_s).data(ScimAttributeTreeModel::MappedToRole) ==
            u"email"_s);
    QVERIFY(m_tree->indexOfPath(u"emails"_s).siblingAtColumn(1).data().toString().contains(u"multi-valued"_s));
    QVERIFY(m_tree->indexOfPath(u"active"_s).siblingAtColumn(1).data().toString().contains(u"inverted"_s));
    // Never mappable: greyed, with the reason, not draggable.
    for (const QString &path : {u"id"_s, u"meta"_s, u"meta.created"_s, u"password"_s, u"groups"_s, u"groups.value"_s}) {
        const QModelIndex index = m_tree->indexOfPath(path);
        QVERIFY2(index.isValid(), qPrintable(path));
        QVERIFY(!index.data(ScimAttributeTreeModel::MappableRole).toBool());
        QVERIFY(!(m_tree->flags(index) & Qt::ItemIsDragEnabled));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(u"never part of a profile"_s));
        QVERIFY(index.data(Qt::ForegroundRole).isValid());
        QVERIFY(m_tree->mimeData({index}) == nullptr);
    }
    QVERIFY(m_tree->flags(userName) & Qt::ItemIsDragEnabled);
    const QStringList candidates = m_tree->userIdCandidates();
    QVERIFY(candidates.contains(u"externalId"_s));
    QVERIFY(candidates.contains(u"userName"_s));
    QVERIFY(!candidates.contains(u"emails"_s));
    QVERIFY(!candidates.contains(u"id"_s));
}

void TestMappingModels::treeDragCarriesThePathNotAPointer()
{
    const QModelIndex work = m_tree->indexOfPath(u"emails[type eq \"work\"].value"_s);
    std::unique_ptr<QMimeData> mime(m_tree->mimeData({work}));
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(u"application/x-scim-console-scim-attribute"_s));
    QCOMPARE(QJsonDocument::fromJson(mime->data(MappingMime::scimAttribute())).object().value(u"path"_s).toString(),
             u"emails[type eq \"work\"].value"_s);
    QCOMPARE(MappingModel::scimPathFromMime(mime.get()), u"emails[type eq \"work\"].value"_s);
    QCOMPARE(m_tree->supportedDragActions(), Qt::CopyAction);

    std::unique_ptr<QMimeData> pairs(m_mapping->mimeData({m_mapping->index(1, 0), m_mapping->index(1, 1)}));
    QVERIFY(pairs->hasFormat(u"application/x-scim-console-mapping-pair"_s));
    const QJsonObject payload = QJsonDocument::fromJson(pairs->data(MappingMime::pair())).object();
    QCOMPARE(payload.value(u"ids"_s).toArray().size(), 1);
    QCOMPARE(payload.value(u"editor"_s).toString(), m_mapping->editorId());
    QCOMPARE(m_mapping->pairIdsFromMime(pairs.get()), QList<quint64>{m_mapping->pairs().at(1).id});
}

void TestMappingModels::dropOntoProfileAttributeCreatesAPair()
{
    const QModelIndex target = m_profile->index(m_profile->rowOfTarget(u"family_name"_s), 0);
    QVERIFY(target.isValid());
    auto mime = scimMime(u"name.familyName"_s);
    QVERIFY(m_profile->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, target));
    QVERIFY(!m_profile->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, {})); // needs a target row
    QVERIFY(m_profile->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, target));
    QCOMPARE(m_mapping->rowCount(), 6);
    QCOMPARE(m_mapping->pairs().last().scim, u"name.familyName"_s);
    QCOMPARE(m_mapping->pairs().last().auth0, u"family_name"_s);
    QCOMPARE(target.siblingAtColumn(1).data().toString(), u"← name.familyName"_s);
    QCOMPARE(m_tree->indexOfPath(u"name.familyName"_s).data(ScimAttributeTreeModel::MappedToRole).toString(),
             u"family_name"_s);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), u"Map name.familyName → family_name"_s);
    // active onto blocked is accepted (the map above has it; here through a fresh drop after removing it).
    m_mapping->removePairs({m_mapping->pairForTarget(u"blocked"_s)->id});
    auto active = scimMime(u"active"_s);
    QVERIFY(m_profile->dropMimeData(active.get(), Qt::CopyAction, -1, -1,
                                    m_profile->index(m_profile->rowOfTarget(u"blocked"_s), 0)));
    const int row = m_mapping->rowOfId(m_mapping->pairForTarget(u"blocked"_s)->id);
    QVERIFY(m_mapping->index(row, 0).data(MappingModel::InvertedRole).toBool());
    QCOMPARE(m_mapping->index(row, MappingModel::StatusColumn).data().toString(), u"inverted"_s);
    QCOMPARE(m_profile->index(m_profile->rowOfTarget(u"blocked"_s), 1).data().toString(), u"← active (inverted)"_s);
}

void TestMappingModels::dropOntoTableAreaUsesASuggestedTarget()
{
    auto mime = scimMime(u"phoneNumbers[type eq \"mobile\"].value"_s);
    QVERIFY(m_mapping->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, {}));
    QVERIFY(m_mapping->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, {}));
    QCOMPARE(m_mapping->pairs().last().auth0, u"app_metadata.phoneNumbers_mobile"_s);
    auto department = scimMime(u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.department"_s);
    QVERIFY(m_mapping->dropMimeData(department.get(), Qt::CopyAction, 3, 0, {}));
    QCOMPARE(m_mapping->pairs().last().auth0, u"app_metadata.department"_s);
    // The new key shows on the profile side.
    QVERIFY(m_profile->rowOfTarget(u"app_metadata.department"_s) >= 0);
}

void TestMappingModels::dropOntoMappedTargetAsksToReplace()
{
    // Onto a table row: a new source for that row's target. Without a policy it is refused with the reason.
    const QModelIndex emailRow = m_mapping->index(1, 0);
    auto mime = scimMime(u"emails[type eq \"work\"].value"_s);
    QSignalSpy refused(m_mapping.get(), &MappingModel::dropRefused);
    QVERIFY(!m_mapping->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, emailRow));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.at(0).at(0).toString().contains(u"already mapped from 'emails[primary eq true].value'"_s));

    // The policy declines: nothing changes, nothing is reported as a refusal.
    MappingPair asked;
    m_mapping->setReplacePolicy([&asked](const MappingPair &existing, const MappingPair &) {
        asked = existing;
        return false;
    });
    QVERIFY(!m_mapping->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, emailRow));
    QCOMPARE(asked.scim, u"emails[primary eq true].value"_s);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(m_stack->count(), 0);

    // The policy accepts: replaced in place (same row), one undoable step.
    m_mapping->setReplacePolicy([](const MappingPair &, const MappingPair &) { return true; });
    QCOMPARE(m_mapping->check(u"emails[type eq \"work\"].value"_s, u"email"_s).verdict, MappingModel::Verdict::Replace);
    QVERIFY(m_mapping->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, emailRow));
    QCOMPARE(m_mapping->rowCount(), 5);
    QCOMPARE(m_mapping->pairs().at(1).scim, u"emails[type eq \"work\"].value"_s);
    QCOMPARE(m_mapping->pairs().at(1).auth0, u"email"_s);
    QVERIFY(m_stack->undoText().startsWith(u"Replace"_s));
    m_stack->undo();
    QCOMPARE(m_mapping->pairs().at(1).scim, u"emails[primary eq true].value"_s);

    // Same through the profile side.
    QVERIFY(m_profile->dropMimeData(mime.get(), Qt::CopyAction, -1, -1,
                                    m_profile->index(m_profile->rowOfTarget(u"email"_s), 0)));
    QCOMPARE(m_mapping->pairForTarget(u"email"_s)->scim, u"emails[type eq \"work\"].value"_s);
}

void TestMappingModels::refusedDrops_data()
{
    QTest::addColumn<QString>("scim");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("reason");
    QTest::newRow("scim attribute already mapped")
        << u"Emails[Primary eq true].Value"_s << u"nickname"_s << u"one_to_one"_s << u"already mapped to 'email'"_s;
    QTest::newRow("id") << u"id"_s << u"nickname"_s << u"not_mappable"_s << u"never part of a profile"_s;
    QTest::newRow("meta") << u"meta.created"_s << u"nickname"_s << u"not_mappable"_s << u"never part of a profile"_s;
    QTest::newRow("password") << u"password"_s << u"nickname"_s << u"not_mappable"_s << u"never part of a profile"_s;
    QTest::newRow("groups") << u"groups"_s << u"app_metadata.groups"_s << u"not_mappable"_s
                            << u"never part of a profile"_s;
    QTest::newRow("whole extension") << u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"_s << u"nickname"_s
                                     << u"not_mappable"_s << u"whole schema extension"_s;
    QTest::newRow("active elsewhere") << u"active"_s << u"nickname"_s << u"active_to_blocked"_s
                                      << u"only be mapped to 'blocked'"_s;
    QTest::newRow("blocked from other") << u"title"_s << u"blocked"_s << u"active_to_blocked"_s
                                        << u"only be fed from 'active'"_s;
    QTest::newRow("filter not eq") << u"emails[type ne \"work\"].value"_s << u"nickname"_s << u"unsupported_filter"_s
                                   << u"only use 'eq'"_s;
    QTest::newRow("unknown attribute") << u"shoeSize"_s << u"nickname"_s << u"unknown_scim_attribute"_s
                                       << u"not an attribute"_s;
    QTest::newRow("overlapping metadata")
        << u"title"_s << u"app_metadata.external_id.sub"_s << u"one_to_one"_s << u"overlaps"_s;
}

void TestMappingModels::refusedDrops()
{
    QFETCH(QString, scim);
    QFETCH(QString, target);
    QFETCH(QString, rule);
    QFETCH(QString, reason);
    m_mapping->setReplacePolicy([](const MappingPair &, const MappingPair &) { return true; });
    if (m_profile->rowOfTarget(target) < 0)
        QVERIFY(m_profile->addCustomKey(target));
    if (scim == u"active"_s) // free it first, so the rule about its target is what refuses
        m_mapping->removePairs({m_mapping->pairForSource(scim)->id});
    const int stackBefore = m_stack->count();
    QSignalSpy refused(m_mapping.get(), &MappingModel::dropRefused);
    auto mime = scimMime(scim);
    const QModelIndex targetIndex = m_profile->index(m_profile->rowOfTarget(target), 0);
    QVERIFY(m_profile->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, targetIndex));
    QVERIFY(!m_profile->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, targetIndex));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0).at(1).toString(), rule);
    QVERIFY2(refused.at(0).at(0).toString().contains(reason), qPrintable(refused.at(0).at(0).toString()));
    QCOMPARE(m_mapping->check(scim, target).verdict, MappingModel::Verdict::Refuse);
    QCOMPARE(m_stack->count(), stackBefore);

    // The same drop onto the table (a row whose target is `target`, or the open area) is refused as well.
    if (const std::optional<MappingPair> onRow = m_mapping->pairForTarget(target)) {
        QVERIFY(!m_mapping->dropMimeData(mime.get(), Qt::CopyAction, -1, -1,
                                         m_mapping->index(m_mapping->rowOfId(onRow->id), 0)));
        QCOMPARE(refused.size(), 2);
    }
}

void TestMappingModels::pairDragOutRemovesAndTableRefusesPairs()
{
    std::unique_ptr<QMimeData> mime(m_mapping->mimeData({m_mapping->index(4, 0)}));
    // Within the table a pair has nowhere to go.
    QVERIFY(!m_mapping->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    QVERIFY(!m_mapping->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    // Out onto the tree: removed.
    QVERIFY(m_tree->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    QVERIFY(m_tree->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    QCOMPARE(m_mapping->rowCount(), 4);
    QVERIFY(!m_mapping->pairForTarget(u"given_name"_s));
    QVERIFY(m_tree->indexOfPath(u"name.givenName"_s).data(ScimAttributeTreeModel::MappedToRole).toString().isEmpty());
    // Out onto the profile side: removed too. Two at once, one undo step.
    std::unique_ptr<QMimeData> two(m_mapping->mimeData({m_mapping->index(0, 0), m_mapping->index(3, 1)}));
    QVERIFY(m_profile->dropMimeData(two.get(), Qt::MoveAction, -1, -1, {}));
    QCOMPARE(m_mapping->rowCount(), 2);
    QCOMPARE(m_stack->undoText(), u"Remove 2 pairs"_s);
    m_stack->undo();
    QCOMPARE(m_mapping->rowCount(), 4);
    QCOMPARE(m_mapping->pairs().at(0).scim, u"userName"_s);
    QCOMPARE(m_mapping->pairs().at(3).scim, u"externalId"_s);
    // A stale drag (its pairs are gone) does nothing.
    m_stack->redo();
    QVERIFY(!m_tree->canDropMimeData(two.get(), Qt::MoveAction, -1, -1, {}));
}

void TestMappingModels::foreignOrMalformedDragsAreRefused()
{
    // A pair drag from another editor (another connection's page) never removes pairs here.
    QUndoStack otherStack;
    MappingModel other(&otherStack);
    other.setRules(m_rules);
    other.load(smallMap(), u"externalId"_s);
    std::unique_ptr<QMimeData> foreign(other.mimeData({other.index(0, 0)}));
    QVERIFY(!m_tree->canDropMimeData(foreign.get(), Qt::MoveAction, -1, -1, {}));
    QVERIFY(!m_profile->dropMimeData(foreign.get(), Qt::MoveAction, -1, -1, {}));
    QCOMPARE(m_mapping->rowCount(), 5);
    QMimeData text;
    text.setText(u"userName"_s);
    QVERIFY(!m_mapping->canDropMimeData(&text, Qt::CopyAction, -1, -1, {}));
    QVERIFY(!m_profile->dropMimeData(&text, Qt::CopyAction, -1, -1, m_profile->index(0, 0)));
    QMimeData garbage;
    garbage.setData(MappingMime::scimAttribute(), "not json");
    QVERIFY(!m_mapping->dropMimeData(&garbage, Qt::CopyAction, -1, -1, {}));
    // A SCIM attribute dropped onto the tree is not a removal.
    auto mime = scimMime(u"title"_s);
    QVERIFY(!m_tree->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, {}));
    QCOMPARE(m_stack->count(), 0);
}

void TestMappingModels::undoRedoSequences()
{
    QSignalSpy changed(m_mapping.get(), &MappingModel::mapChanged);
    QVERIFY(m_mapping->map(u"title"_s, u"app_metadata.title"_s));
    QVERIFY(m_mapping->map(u"nickName"_s, u"nickname"_s));
    m_mapping->removePairs({m_mapping->pairForTarget(u"given_name"_s)->id});
    m_mapping->setUserIdAttribute(u"userName"_s);
    m_mapping->setReplacePolicy([](const MappingPair &, const MappingPair &) { return true; });
    QVERIFY(m_mapping->map(u"displayName"_s, u"nickname"_s));
    QCOMPARE(m_stack->count(), 5);
    const QJsonObject after = m_mapping->fileJson();
    QCOMPARE(after.value(u"user_id_attribute"_s).toString(), u"userName"_s);

    for (int i = 0; i < 5; ++i)
        m_stack->undo();
    QCOMPARE(m_mapping->fileJson(),
             (QJsonObject{{u"user_id_attribute"_s, u"externalId"_s}, {u"mapping"_s, smallMap()}}));
    for (int i = 0; i < 5; ++i)
        m_stack->redo();
    QCOMPARE(m_mapping->fileJson(), after);
    // Undo in the middle, then a new edit drops the redo branch.
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_mapping->userIdAttribute(), u"externalId"_s);
    QVERIFY(m_mapping->map(u"locale"_s, u"locale"_s));
    QVERIFY(!m_stack->canRedo());
    QCOMPARE(m_stack->count(), 4);
    // Replace the whole map (import/reset) is one step.
    m_mapping->replaceMap(QJsonArray{pair(u"userName"_s, u"email"_s)}, u"userName"_s, u"Reset to defaults"_s);
    QCOMPARE(m_mapping->rowCount(), 1);
    QCOMPARE(m_stack->undoText(), u"Reset to defaults"_s);
    m_stack->undo();
    QCOMPARE(m_mapping->rowCount(), 7); // 5 + title + nickName - givenName + locale
    QVERIFY(changed.size() >= 15);
}

void TestMappingModels::customEntriesAreValidatedAndUndoable()
{
    const QString entry = u"emails[type eq \"school\"].value"_s;
    QVERIFY(m_tree->validateCustomEntry(entry).isEmpty());
    QVERIFY(m_tree->validateCustomEntry(u"emails[type eq \"school\".value"_s).contains(u"malformed"_s));
    QVERIFY(m_tree->validateCustomEntry(u"emails[type co \"x\"].value"_s).contains(u"eq"_s));
    QVERIFY(m_tree->validateCustomEntry(u"password"_s).contains(u"never part"_s));
    QVERIFY(m_tree->validateCustomEntry(u"Emails[Type eq \"work\"].Value"_s).contains(u"already listed"_s));
    QVERIFY(!m_tree->addCustomEntry(u"emails[type eq"_s));
    QVERIFY(m_tree->addCustomEntry(entry));
    QVERIFY(m_tree->indexOfPath(entry).isValid());
    QCOMPARE(m_stack->undoText(), u"Add SCIM entry emails[type eq \"school\"].value"_s);
    m_stack->undo();
    QVERIFY(!m_tree->indexOfPath(entry).isValid());
    m_stack->redo();
    QVERIFY(m_tree->indexOfPath(entry).isValid());

    QVERIFY(m_profile->validateCustomKey(u"app_metadata.cost_center"_s).isEmpty());
    QVERIFY(!m_profile->validateCustomKey(u"cost_center"_s).isEmpty());
    QVERIFY(!m_profile->validateCustomKey(u"app_metadata.cost center"_s).isEmpty());
    QVERIFY(m_profile->validateCustomKey(u"app_metadata.external_id"_s).contains(u"already listed"_s));
    QVERIFY(m_profile->addCustomKey(u"user_metadata.nick"_s));
    QVERIFY(m_profile->rowOfTarget(u"user_metadata.nick"_s) >= 0);
    m_stack->undo();
    QCOMPARE(m_profile->rowOfTarget(u"user_metadata.nick"_s), -1);

    // A filtered entry in a loaded map that the tree does not list joins it.
    m_mapping->load(QJsonArray{pair(u"userName"_s, u"email"_s), pair(u"ims[type eq \"xmpp\"].value"_s, u"nickname"_s)},
                    u"userName"_s);
    QCOMPARE(
        m_tree->indexOfPath(u"ims[type eq \"xmpp\"].value"_s).data(ScimAttributeTreeModel::MappedToRole).toString(),
        u"nickname"_s);
}

void TestMappingModels::issuesMarkRowsAndEngineDetailsReplaceThem()
{
    QVERIFY(!m_mapping->hasIssues());
    // An imported map is not checked pair by pair: its problems show on the rows.
    m_mapping->replaceMap(QJsonArray{pair(u"userName"_s, u"email"_s), pair(u"userName"_s, u"nickname"_s),
                                     pair(u"password"_s, u"app_metadata.p"_s)},
                          u"emails"_s, u"Import"_s);
    QVERIFY(m_mapping->hasIssues());
    QVERIFY(m_mapping->index(0, 0).data(MappingModel::IssueRole).toString().isEmpty());
    QCOMPARE(m_mapping->index(1, MappingModel::StatusColumn).data(ModelRoles::RawValueRole).toString(),
             u"one_to_one"_s);
    QCOMPARE(m_mapping->index(1, 0).data(MappingModel::IssueSourceRole).toString(), u"client"_s);
    QCOMPARE(m_mapping->index(2, 0).data(ModelRoles::RawValueRole).toString(), u"password"_s);
    QVERIFY(m_mapping->index(2, 2).data().toString().startsWith(u"⚠"_s));
    QVERIFY(m_mapping->index(2, 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(m_mapping->mapIssues().size(), 1); // user_id_attribute must be single-valued
    QCOMPARE(m_mapping->mapIssues().constFirst().rule, u"user_id_attribute"_s);

    // The engine's details (as a 400 invalid_mapping carries them) take over until the next change.
    m_mapping->setEngineIssues(
        QJsonArray{QJsonObject{{u"index"_s, 2}, {u"rule"_s, u"not_mappable"_s}, {u"message"_s, u"engine says no"_s}},
                   QJsonObject{{u"rule"_s, u"username_required"_s}, {u"message"_s, u"engine whole-map"_s}}});
    QCOMPARE(m_mapping->index(2, 0).data(MappingModel::IssueRole).toString(), u"engine says no"_s);
    QCOMPARE(m_mapping->index(2, 0).data(MappingModel::IssueSourceRole).toString(), u"engine"_s);
    QCOMPARE(m_mapping->mapIssues().constFirst().message, u"engine whole-map"_s);
    m_mapping->removePairs({m_mapping->pairs().at(2).id});
    QCOMPARE(m_mapping->index(1, 0).data(MappingModel::IssueSourceRole).toString(), u"client"_s);
}

void TestMappingModels::importExportRoundTrip()
{
    const QByteArray file = QJsonDocument(m_mapping->fileJson()).toJson();
    QJsonArray mapping;
    QString userId;
    QString error;
    QVERIFY(MappingModel::parseFile(file, &mapping, &userId, &error));
    QCOMPARE(mapping, smallMap());
    QCOMPARE(userId, u"externalId"_s);
    QVERIFY(!MappingModel::parseFile("[1,2]", &mapping, &userId, &error));
    QVERIFY(error.contains(u"user_id_attribute"_s));
    QVERIFY(!MappingModel::parseFile("{\"user_id_attribute\":\"x\",\"mapping\":[{\"scim\":1}]}", &mapping, &userId,
                                     &error));
    QVERIFY(error.contains(u"'scim' and 'auth0'"_s));
    QVERIFY(!MappingModel::parseFile("{", &mapping, &userId, &error));
    QVERIFY(error.startsWith(u"not JSON"_s));
}

void TestMappingModels::sortsAndFiltersOnRawValues()
{
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_mapping.get());
    proxy.setSortRole(ModelRoles::RawValueRole);
    proxy.setFilterRole(ModelRoles::RawValueRole);
    proxy.setFilterKeyColumn(-1);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(MappingModel::ProfileColumn);
    QCOMPARE(proxy.index(0, MappingModel::ProfileColumn).data().toString(), u"app_metadata.external_id"_s);
    proxy.setFilterFixedString(u"mail"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"emails[primary eq true].value"_s);
}

void TestMappingModels::previewOfBuiltInSamples_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("department");
    QTest::addColumn<QString>("manager");
    QTest::newRow("okta") << u"okta"_s << u"isabella.rossi@acme.example"_s << u"Identity"_s
                          << u"00u9zz8yy7XX6ww5v4u3"_s;
    QTest::newRow("entra") << u"waad"_s << u"Kenji.Tanaka@contoso.example"_s << u"Sales"_s
                           << u"a3b4c5d6-0000-4e11-8f22-123456789abc"_s;
}

void TestMappingModels::previewOfBuiltInSamples()
{
    QFETCH(QString, strategy);
    QFETCH(QString, email);
    QFETCH(QString, department);
    QFETCH(QString, manager);
    // The strategy's default map, as the engine hands it out.
    const QString id = m_engine.createScimConnection(u"preview-"_s + strategy, strategy);
    const TestEngine::Reply defaults =
        m_engine.api("GET", u"/api/v2/connections/%1/scim-configuration/default-mapping"_s.arg(id));
    m_mapping->load(defaults.object().value(u"mapping"_s).toArray(),
                    defaults.object().value(u"user_id_attribute"_s).toString());
    QVERIFY(!m_mapping->hasIssues());
    MappingPreview preview(m_mapping.get());
    preview.setConnection(u"preview-"_s + strategy, strategy);
    preview.setPayload(strategy == u"okta"_s ? MappingPreview::oktaSample() : MappingPreview::entraSample());
    QVERIFY2(preview.error().isEmpty(), qPrintable(preview.error()));
    const QJsonObject profile = preview.profile();
    QCOMPARE(profile.value(u"email"_s).toString(), email);
    QCOMPARE(profile.value(u"blocked"_s), QJsonValue(false));
    const QJsonObject app = profile.value(u"app_metadata"_s).toObject();
    QCOMPARE(app.value(u"department"_s).toString(), department);
    QCOMPARE(app.value(u"manager"_s).toString(), manager);
    QCOMPARE(profile.value(u"identities"_s).toArray().at(0).toObject().value(u"provider"_s).toString(), strategy);

    // The same payload provisioned through the real engine gives the same profile (one implementation).
    const QString token = m_engine.createToken(id);
    const TestEngine::Reply created =
        m_engine.scim("POST", id, u"/Users"_s, token,
                      strategy == u"okta"_s ? MappingPreview::oktaSample() : MappingPreview::entraSample());
    QCOMPARE(created.status, 201);
    const QString userId = created.object().value(u"id"_s).toString();
    QJsonObject stored = m_engine.api("GET", u"/api/v2/users/"_s + userId).object();
    QJsonObject previewed = profile;
    for (const QString &engineOwned : {u"user_id"_s, u"created_at"_s, u"updated_at"_s}) {
        stored.remove(engineOwned);
        previewed.remove(engineOwned);
    }
    QCOMPARE(previewed, stored);
    // What the map leaves out is listed.
    // The default maps leave out only what never reaches a profile (okta: ims, and the write-only password).
    const QStringList expectedLeftOut = strategy == u"okta"_s ? QStringList{u"ims"_s, u"password"_s} : QStringList();
    QCOMPARE(preview.unmapped(), expectedLeftOut);
    // Unmapping an attribute moves it to "not in the profile" at once, before any save.
    m_mapping->removePairs({m_mapping->pairForSource(u"title"_s)->id});
    QVERIFY(preview.unmapped().contains(u"title"_s));
    QVERIFY(!preview.profile().value(u"app_metadata"_s).toObject().contains(u"title"_s));
    const QString costCenter = u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User.costCenter"_s;
    m_mapping->removePairs({m_mapping->pairForSource(costCenter)->id});
    QVERIFY(preview.unmapped().contains(u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:costCenter"_s));
}

void TestMappingModels::previewFollowsTheMapBeforeSaving()
{
    MappingPreview preview(m_mapping.get());
    preview.setConnection(u"acme-okta"_s, u"okta"_s);
    preview.setPayload(MappingPreview::oktaSample());
    QVERIFY(preview.unmapped().contains(u"title"_s));
    QVERIFY(!preview.profile().value(u"app_metadata"_s).toObject().contains(u"title"_s));
    QSignalSpy updated(&preview, &MappingPreview::updated);
    QVERIFY(m_mapping->map(u"title"_s, u"app_metadata.title"_s));
    QCOMPARE(updated.size(), 1);
    QCOMPARE(preview.profile().value(u"app_metadata"_s).toObject().value(u"title"_s).toString(),
             u"Principal Engineer"_s);
    QVERIFY(!preview.unmapped().contains(u"title"_s));
    m_stack->undo();
    QVERIFY(preview.unmapped().contains(u"title"_s));
    QVERIFY(!preview.setPayloadText(u"{ not json"_s));
    QVERIFY(preview.error().contains(u"not JSON"_s));
    QVERIFY(preview.setPayloadText(u"{\"userName\": 12}"_s));
    QVERIFY(preview.error().contains(u"not a valid SCIM User"_s));
    QVERIFY(preview.setPayloadText(u"{\"userName\": \"pat@x.example\", \"active\": false}"_s));
    QCOMPARE(preview.profile().value(u"preferred_username"_s).toString(), u"pat@x.example"_s);
    QCOMPARE(preview.profile().value(u"blocked"_s), QJsonValue(true));
}

QTEST_MAIN(TestMappingModels)
#include "tst_mapping_models.moc"
