#include "EngineHarness.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace scim;

namespace {

QJsonObject patchOp(const QJsonArray &operations)
{
    return QJsonObject{
        {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp")}},
        {QStringLiteral("Operations"), operations}};
}

QJsonObject op(const QString &name, const QString &path, const QJsonValue &value = QJsonValue::Undefined)
{
    QJsonObject object{{QStringLiteral("op"), name}};
    if (!path.isEmpty())
        object.insert(QStringLiteral("path"), path);
    if (!value.isUndefined())
        object.insert(QStringLiteral("value"), value);
    return object;
}

QJsonObject member(const QString &id)
{
    return QJsonObject{{QStringLiteral("value"), id}};
}

} // namespace

// Groups (RFC 7643 §4.2): CRUD, uniqueness, members as a relation, the membership PATCH shapes of Entra ID
// and Okta, atomicity, and the computed `groups` of a user; real SQLite store, transport-free handlers.
class GroupsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_engine.reset();
        m_engine = std::make_unique<EngineHarness>(m_dir.path(), QStringLiteral("groups-%1.sqlite").arg(++m_counter));
        m_engine->createConnection(QStringLiteral("okta"));
        for (int i = 0; i < 4; ++i)
            m_users.append(
                m_engine->create(QStringLiteral("/Users"),
                                 QJsonObject{{QStringLiteral("userName"), QStringLiteral("u%1@x.example").arg(i)},
                                             {QStringLiteral("displayName"), QStringLiteral("User %1").arg(i)}}));
        m_group = m_engine->create(
            QStringLiteral("/Groups"),
            QJsonObject{{QStringLiteral("schemas"),
                         QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group"),
                                    QStringLiteral(
                                        "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group")}},
                        {QStringLiteral("displayName"), QStringLiteral("Engineering")},
                        {QStringLiteral("externalId"), QStringLiteral("grp-eng")},
                        {QStringLiteral("members"), QJsonArray{}}});
        QVERIFY(!m_group.isEmpty());
    }

    void cleanup()
    {
        m_users.clear();
        m_engine.reset();
    }

    void createdGroupReadsBackWithMembersAndRefs()
    {
        const QString id =
            m_engine->create(QStringLiteral("/Groups"),
                             QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Sales")},
                                         {QStringLiteral("members"),
                                          QJsonArray{QJsonObject{{QStringLiteral("value"), m_users.at(0)},
                                                                 {QStringLiteral("display"), QStringLiteral("VP")}}}}});
        const QJsonObject group = get(id);
        QCOMPARE(group.value(QStringLiteral("displayName")).toString(), QStringLiteral("Sales"));
        const QJsonObject first = group.value(QStringLiteral("members")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("value")).toString(), m_users.at(0));
        QCOMPARE(first.value(QStringLiteral("display")).toString(), QStringLiteral("VP"));
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("User"));
        QVERIFY(first.value(QStringLiteral("$ref")).toString().endsWith(QStringLiteral("/Users/") + m_users.at(0)));
        QCOMPARE(group.value(QStringLiteral("meta")).toObject().value(QStringLiteral("resourceType")).toString(),
                 QStringLiteral("Group"));
    }

    void displayNameIsUniquePerConnection()
    {
        const HttpResponse duplicate =
            m_engine->scim("POST", QStringLiteral("/Groups"),
                           QJsonObject{{QStringLiteral("displayName"), QStringLiteral("engineering")}});
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(EngineHarness::json(duplicate).value(QStringLiteral("scimType")).toString(),
                 QStringLiteral("uniqueness"));
    }

    void unknownMemberIsRejected()
    {
        const HttpResponse response = patch(QJsonArray{
            op(QStringLiteral("add"), QStringLiteral("members"), QJsonArray{member(QStringLiteral("not-a-user"))})});
        QCOMPARE(response.status, 400);
        QCOMPARE(EngineHarness::json(response).value(QStringLiteral("scimType")).toString(),
                 QStringLiteral("invalidValue"));
        const HttpResponse otherType =
            m_engine->scim("POST", QStringLiteral("/Groups"),
                           QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Nested")},
                                       {QStringLiteral("members"),
                                        QJsonArray{QJsonObject{{QStringLiteral("value"), m_group},
                                                               {QStringLiteral("type"), QStringLiteral("Group")}}}}});
        QCOMPARE(otherType.status, 400);
    }

    void entraAddAndRemoveShapes()
    {
        // Add with $ref null, as Entra sends it.
        QCOMPARE(patch(QJsonArray{op(QStringLiteral("Add"), QStringLiteral("members"),
                                     QJsonArray{QJsonObject{{QStringLiteral("$ref"), QJsonValue::Null},
                                                            {QStringLiteral("value"), m_users.at(0)}},
                                                member(m_users.at(1))})})
                     .status,
                 204);
        QCOMPARE(memberIds(), sorted({m_users.at(0), m_users.at(1)}));
        // Remove without the flag: value list.
        QCOMPARE(patch(QJsonArray{
                           op(QStringLiteral("Remove"), QStringLiteral("members"), QJsonArray{member(m_users.at(0))})})
                     .status,
                 204);
        QCOMPARE(memberIds(), QStringList{m_users.at(1)});
        // Remove with aadOptscim062020: value filter.
        QCOMPARE(patch(QJsonArray{
                           op(QStringLiteral("remove"), QStringLiteral("members[value eq \"%1\"]").arg(m_users.at(1)))})
                     .status,
                 204);
        QVERIFY(memberIds().isEmpty());
    }

    void capitalisedOperationKeysChangeMemberRows()
    {
        // Entra has sent "Op"/"Path"/"Value"; keys are case-insensitive as in PatchEngine. Before the fix (found by
        // fuzz_patch) such a members operation skipped the member rows and wrote `members` into the group's JSON.
        const QJsonObject add{{QStringLiteral("Op"), QStringLiteral("Add")},
                              {QStringLiteral("Path"), QStringLiteral("members")},
                              {QStringLiteral("Value"), QJsonArray{member(m_users.at(0)), member(m_users.at(1))}}};
        QCOMPARE(patch(QJsonArray{add}).status, 204);
        QCOMPARE(memberIds(), sorted({m_users.at(0), m_users.at(1)}));
        const QJsonObject remove{
            {QStringLiteral("OP"), QStringLiteral("remove")},
            {QStringLiteral("PATH"), QStringLiteral("members[value eq \"%1\"]").arg(m_users.at(0))}};
        QCOMPARE(patch(QJsonArray{remove}).status, 204);
        QCOMPARE(memberIds(), QStringList{m_users.at(1)});
        const std::optional<StoredResource> stored =
            m_engine->store->resource(m_engine->connection, QStringLiteral("Group"), m_group);
        QVERIFY(stored);
        QVERIFY2(!stored->data.contains(QStringLiteral("members")), "members belong in the member rows only");
    }

    void urnQualifiedMembersChangeMemberRows()
    {
        // Found by fuzz_patch: `members` written with the core schema URN also slipped into the group's JSON.
        const QString urn = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group:");
        QCOMPARE(patch(QJsonArray{op(QStringLiteral("add"), urn + QStringLiteral("members"),
                                     QJsonArray{member(m_users.at(0))})})
                     .status,
                 204);
        QCOMPARE(memberIds(), QStringList{m_users.at(0)});
        const QJsonObject pathless{
            {QStringLiteral("op"), QStringLiteral("replace")},
            {QStringLiteral("Value"),
             QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Engineering (all)")},
                         {urn + QStringLiteral("members"), QJsonArray{member(m_users.at(1)), member(m_users.at(2))}}}}};
        QCOMPARE(patch(QJsonArray{pathless}).status, 204);
        QCOMPARE(memberIds(), sorted({m_users.at(1), m_users.at(2)}));
        QCOMPARE(patch(QJsonArray{op(QStringLiteral("remove"),
                                     urn + QStringLiteral("members[value eq \"%1\"]").arg(m_users.at(1)))})
                     .status,
                 204);
        QCOMPARE(memberIds(), QStringList{m_users.at(2)});
        const std::optional<StoredResource> stored =
            m_engine->store->resource(m_engine->connection, QStringLiteral("Group"), m_group);
        QVERIFY(stored);
        QVERIFY2(!stored->data.contains(QStringLiteral("members")), "members belong in the member rows only");
        QCOMPARE(stored->data.value(QStringLiteral("displayName")).toString(), QStringLiteral("Engineering (all)"));
    }

    void oktaRemoveThenAddInOneRequest()
    {
        patch(QJsonArray{op(QStringLiteral("add"), QStringLiteral("members"), QJsonArray{member(m_users.at(0))})});
        const QJsonObject added{{QStringLiteral("value"), m_users.at(2)},
                                {QStringLiteral("display"), QStringLiteral("User 2")}};
        QCOMPARE(patch(QJsonArray{
                           op(QStringLiteral("remove"), QStringLiteral("members[value eq \"%1\"]").arg(m_users.at(0))),
                           op(QStringLiteral("add"), QStringLiteral("members"), QJsonArray{added})})
                     .status,
                 204);
        QCOMPARE(memberIds(), QStringList{m_users.at(2)});
        QCOMPARE(get(m_group)
                     .value(QStringLiteral("members"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("display"))
                     .toString(),
                 QStringLiteral("User 2"));
    }

    void oktaReplaceMembersAndPathlessRename()
    {
        patch(QJsonArray{op(QStringLiteral("add"), QStringLiteral("members"), QJsonArray{member(m_users.at(0))})});
        QCOMPARE(patch(QJsonArray{op(QStringLiteral("replace"), QStringLiteral("members"),
                                     QJsonArray{member(m_users.at(1)), member(m_users.at(3))})})
                     .status,
                 204);
        QCOMPARE(memberIds(), sorted({m_users.at(1), m_users.at(3)}));
        // Okta sends the id along with the new name; the id is readOnly and ignored.
        QCOMPARE(
            patch(QJsonArray{op(QStringLiteral("replace"), QString(),
                                QJsonObject{{QStringLiteral("id"), m_group},
                                            {QStringLiteral("displayName"), QStringLiteral("Platform Engineering")}})})
                .status,
            204);
        const QJsonObject group = get(m_group);
        QCOMPARE(group.value(QStringLiteral("displayName")).toString(), QStringLiteral("Platform Engineering"));
        QCOMPARE(group.value(QStringLiteral("members")).toArray().size(), 2);
    }

    void removeAllMembers()
    {
        patch(QJsonArray{op(QStringLiteral("add"), QStringLiteral("members"),
                            QJsonArray{member(m_users.at(0)), member(m_users.at(1))})});
        QCOMPARE(patch(QJsonArray{op(QStringLiteral("remove"), QStringLiteral("members"))}).status, 204);
        QVERIFY(memberIds().isEmpty());
        QVERIFY(!get(m_group).contains(QStringLiteral("members")));
    }

    void addingAMemberTwiceAndRemovingANonMemberAreNoOps()
    {
        patch(QJsonArray{op(QStringLiteral("add"), QStringLiteral("members"), QJsonArray{member(m_users.at(0))})});
        const QString version =
            get(m_group).value(QStringLiteral("meta")).toObject().value(QStringLiteral("version")).toString();
        QCOMPARE(
            patch(QJsonArray{op(QStringLiteral("add"), QStringLiteral("members"), QJsonArray{member(m_users.at(0))})})
                .status,
            204);
        QCOMPARE(patch(QJsonArray{
                           op(QStringLiteral("remove"), QStringLiteral("members[value eq \"%1\"]").arg(m_users.at(3)))})
                     .status,
                 204);
        QCOMPARE(memberIds(), QStringList{m_users.at(0)});
        QCOMPARE(get(m_group).value(QStringLiteral("meta")).toObject().value(QStringLiteral("version")).toString(),
                 version);
    }

    void operationsAreAtomic()
    {
        patch(QJsonArray{op(QStringLiteral("add"), QStringLiteral("members"), QJsonArray{member(m_users.at(0))})});
        const HttpResponse response = patch(QJsonArray{
            op(QStringLiteral("remove"), QStringLiteral("members")),
            op(QStringLiteral("replace"), QStringLiteral("displayName"), QStringLiteral("Renamed")),
            op(QStringLiteral("add"), QStringLiteral("members"), QJsonArray{member(QStringLiteral("ghost"))})});
        QCOMPARE(response.status, 400);
        QCOMPARE(memberIds(), QStringList{m_users.at(0)});
        QCOMPARE(get(m_group).value(QStringLiteral("displayName")).toString(), QStringLiteral("Engineering"));
    }

    void patchReturnsTheGroupWhenAttributesAreAsked()
    {
        const HttpResponse response =
            m_engine->scim("PATCH", QStringLiteral("/Groups/%1?excludedAttributes=members").arg(m_group),
                           patchOp(QJsonArray{op(QStringLiteral("add"), QStringLiteral("members"),
                                                 QJsonArray{member(m_users.at(0))})}));
        QCOMPARE(response.status, 200);
        QVERIFY(!EngineHarness::json(response).contains(QStringLiteral("members")));
    }

    void excludedMembersAreNeverLoaded()
    {
        patch(QJsonArray{op(QStringLiteral("add"), QStringLiteral("members"), QJsonArray{member(m_users.at(0))})});
        const quint64 before = m_engine->statistics.memberListsLoaded;
        const HttpResponse one =
            m_engine->scim("GET", QStringLiteral("/Groups/%1?excludedAttributes=members").arg(m_group));
        QCOMPARE(one.status, 200);
        QVERIFY(!EngineHarness::json(one).contains(QStringLiteral("members")));
        const HttpResponse list = m_engine->scim(
            "GET", QStringLiteral("/Groups?excludedAttributes=members&filter=displayName%20eq%20%22Engineering%22"));
        QCOMPARE(EngineHarness::json(list).value(QStringLiteral("totalResults")).toInt(), 1);
        QCOMPARE(m_engine->statistics.memberListsLoaded, before);
        m_engine->scim("GET", QStringLiteral("/Groups/") + m_group);
        QCOMPARE(m_engine->statistics.memberListsLoaded, before + 1);
    }

    void filtersOnDisplayNameExternalIdAndMembers()
    {
        patch(QJsonArray{op(QStringLiteral("add"), QStringLiteral("members"), QJsonArray{member(m_users.at(2))})});
        QCOMPARE(total(QStringLiteral("displayName%20eq%20%22ENGINEERING%22")), 1);
        QCOMPARE(total(QStringLiteral("externalId%20eq%20%22grp-eng%22")), 1);
        QCOMPARE(total(QStringLiteral("members%5Bvalue%20eq%20%22") + m_users.at(2) + QStringLiteral("%22%5D")), 1);
        QCOMPARE(total(QStringLiteral("members%5Bvalue%20eq%20%22") + m_users.at(1) + QStringLiteral("%22%5D")), 0);
    }

    void userGroupsAreComputedAndFollowDeletes()
    {
        patch(QJsonArray{op(QStringLiteral("add"), QStringLiteral("members"), QJsonArray{member(m_users.at(0))})});
        const QJsonObject user = EngineHarness::json(m_engine->scim("GET", QStringLiteral("/Users/") + m_users.at(0)));
        const QJsonObject membership = user.value(QStringLiteral("groups")).toArray().at(0).toObject();
        QCOMPARE(membership.value(QStringLiteral("value")).toString(), m_group);
        QCOMPARE(membership.value(QStringLiteral("display")).toString(), QStringLiteral("Engineering"));
        QCOMPARE(membership.value(QStringLiteral("type")).toString(), QStringLiteral("direct"));
        QVERIFY(membership.value(QStringLiteral("$ref")).toString().endsWith(QStringLiteral("/Groups/") + m_group));

        // Deleting a user removes it from every group; deleting a group leaves its users.
        QCOMPARE(m_engine->scim("DELETE", QStringLiteral("/Users/") + m_users.at(0)).status, 204);
        QVERIFY(memberIds().isEmpty());
        patch(QJsonArray{op(QStringLiteral("add"), QStringLiteral("members"), QJsonArray{member(m_users.at(1))})});
        QCOMPARE(m_engine->scim("DELETE", QStringLiteral("/Groups/") + m_group).status, 204);
        QCOMPARE(m_engine->scim("GET", QStringLiteral("/Users/") + m_users.at(1)).status, 200);
        QVERIFY(!EngineHarness::json(m_engine->scim("GET", QStringLiteral("/Users/") + m_users.at(1)))
                     .contains(QStringLiteral("groups")));
    }

    void putReplacesTheMemberList()
    {
        patch(QJsonArray{op(QStringLiteral("add"), QStringLiteral("members"), QJsonArray{member(m_users.at(0))})});
        const HttpResponse response = m_engine->scim(
            "PUT", QStringLiteral("/Groups/") + m_group,
            QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Engineering")},
                        {QStringLiteral("members"), QJsonArray{member(m_users.at(1)), member(m_users.at(2))}}});
        QCOMPARE(response.status, 200);
        QCOMPARE(memberIds(), sorted({m_users.at(1), m_users.at(2)}));
    }

    void groupScopesAreEnforced()
    {
        m_engine->token =
            EngineHarness::json(
                m_engine->api(
                    "POST",
                    QStringLiteral("/api/v2/connections/%1/scim-configuration/tokens").arg(m_engine->connection),
                    QJsonObject{{QStringLiteral("scopes"), QJsonArray{QStringLiteral("get:users")}}}))
                .value(QStringLiteral("token"))
                .toString();
        QCOMPARE(m_engine->scim("GET", QStringLiteral("/Groups")).status, 403);
        QCOMPARE(m_engine->scim("GET", QStringLiteral("/Users")).status, 200);
    }

private:
    HttpResponse patch(const QJsonArray &operations)
    {
        return m_engine->scim("PATCH", QStringLiteral("/Groups/") + m_group, patchOp(operations));
    }

    QJsonObject get(const QString &id)
    {
        return EngineHarness::json(m_engine->scim("GET", QStringLiteral("/Groups/") + id));
    }

    static QStringList sorted(QStringList ids)
    {
        ids.sort();
        return ids;
    }

    QStringList memberIds()
    {
        QStringList ids;
        for (const Membership &row : m_engine->store->members(m_group))
            ids.append(row.memberId);
        ids.sort();
        return ids;
    }

    int total(const QString &encodedFilter)
    {
        return EngineHarness::json(m_engine->scim("GET", QStringLiteral("/Groups?filter=") + encodedFilter))
            .value(QStringLiteral("totalResults"))
            .toInt(-1);
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<EngineHarness> m_engine;
    QStringList m_users;
    QString m_group;
};

QTEST_GUILESS_MAIN(GroupsTest)
#include "tst_groups.moc"
