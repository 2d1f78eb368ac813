#include "EngineHarness.h"
#include "common/DomainEventBus.h"
#include "protocol/ScimRequestInfo.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace scim;
using Kind = DomainEvent::Kind;

namespace {

const QString kUserUrn = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
const QString kPatchUrn = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp");

QJsonObject user(const QString &userName, bool active = true)
{
    return QJsonObject{{QStringLiteral("schemas"), QJsonArray{kUserUrn}},
                       {QStringLiteral("userName"), userName},
                       {QStringLiteral("active"), active}};
}

QJsonObject replaceOp(const QString &path, const QJsonValue &value)
{
    return QJsonObject{
        {QStringLiteral("schemas"), QJsonArray{kPatchUrn}},
        {QStringLiteral("Operations"), QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                                              {QStringLiteral("path"), path},
                                                              {QStringLiteral("value"), value}}}}};
}

} // namespace

// Domain events from the SCIM service (user created, updated, deactivated, deleted; group membership changed) on
// the event bus: what each write reports, the transaction id of the request on every event it causes, and events
// held by an open batch until it commits (dropped when it rolls back). Real SQLite store, transport-free handlers.
class DomainEventsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_engine.reset();
        m_engine = std::make_unique<EngineHarness>(m_dir.path(), QStringLiteral("events-%1.sqlite").arg(++m_counter));
        m_engine->createConnection(QStringLiteral("okta"));
        m_bus = std::make_unique<DomainEventBus>();
        m_engine->service->setEventBus(m_bus.get());
        m_seen.clear();
        connect(m_bus.get(), &DomainEventBus::committed, this,
                [this](const DomainEvent &event) { m_seen.append(event); });
    }

    void cleanup()
    {
        m_engine.reset();
        m_bus.reset();
    }

    void userLifecycle()
    {
        const QString id = m_engine->create(QStringLiteral("/Users"), user(QStringLiteral("ada@example.com")));
        QCOMPARE(kinds(), (QList<Kind>{Kind::UserCreated}));
        QCOMPARE(m_seen.at(0).connectionId, m_engine->connection);
        QCOMPARE(m_seen.at(0).resourceType, QStringLiteral("User"));
        QCOMPARE(m_seen.at(0).resourceId, id);

        m_seen.clear();
        QCOMPARE(m_engine
                     ->scim("PATCH", QStringLiteral("/Users/") + id,
                            replaceOp(QStringLiteral("displayName"), QStringLiteral("Ada")))
                     .status,
                 204);
        QCOMPARE(kinds(), (QList<Kind>{Kind::UserUpdated}));
        QCOMPARE(m_seen.at(0).changedAttributes, QStringList{QStringLiteral("displayName")});

        // Deactivation is an update and a deactivation; doing it again changes nothing and reports nothing.
        m_seen.clear();
        QCOMPARE(m_engine->scim("PUT", QStringLiteral("/Users/") + id, user(QStringLiteral("ada@example.com"), false))
                     .status,
                 200);
        QCOMPARE(kinds(), (QList<Kind>{Kind::UserUpdated, Kind::UserDeactivated}));
        QVERIFY(m_seen.at(0).changedAttributes.contains(QStringLiteral("active")));
        m_seen.clear();
        QCOMPARE(m_engine->scim("PUT", QStringLiteral("/Users/") + id, user(QStringLiteral("ada@example.com"), false))
                     .status,
                 200);
        QCOMPARE(kinds(), QList<Kind>{});

        QCOMPARE(m_engine->scim("DELETE", QStringLiteral("/Users/") + id).status, 204);
        QCOMPARE(kinds(), (QList<Kind>{Kind::UserDeleted}));
        QCOMPARE(m_seen.at(0).resourceId, id);
    }

    void failedWritesReportNothing()
    {
        m_engine->create(QStringLiteral("/Users"), user(QStringLiteral("taken@example.com")));
        m_seen.clear();
        QCOMPARE(m_engine->scim("POST", QStringLiteral("/Users"), user(QStringLiteral("TAKEN@example.com"))).status,
                 409);
        QCOMPARE(
            m_engine->scim("PATCH", QStringLiteral("/Users/no-such-user"), replaceOp(QStringLiteral("active"), false))
                .status,
            404);
        QCOMPARE(kinds(), QList<Kind>{});
    }

    void groupMembershipChanges()
    {
        const QString member = m_engine->create(QStringLiteral("/Users"), user(QStringLiteral("grace@example.com")));
        const QString group = m_engine->create(
            QStringLiteral("/Groups"),
            QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Engineering")},
                        {QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("value"), member}}}}});
        QCOMPARE(kinds(), (QList<Kind>{Kind::UserCreated, Kind::GroupMembershipChanged}));
        QCOMPARE(m_seen.at(1).resourceType, QStringLiteral("Group"));
        QCOMPARE(m_seen.at(1).resourceId, group);
        QCOMPARE(m_seen.at(1).changedAttributes, QStringList{QStringLiteral("members")});

        // Renaming the group is not a membership change; emptying it is.
        m_seen.clear();
        QCOMPARE(m_engine
                     ->scim("PATCH", QStringLiteral("/Groups/") + group,
                            replaceOp(QStringLiteral("displayName"), QStringLiteral("Eng")))
                     .status,
                 204);
        QCOMPARE(kinds(), QList<Kind>{});
        QCOMPARE(
            m_engine
                ->scim("PATCH", QStringLiteral("/Groups/") + group, replaceOp(QStringLiteral("members"), QJsonArray{}))
                .status,
            204);
        QCOMPARE(kinds(), (QList<Kind>{Kind::GroupMembershipChanged}));
    }

    void everyEventOfARequestCarriesItsTransactionId()
    {
        const QJsonObject bulk{
            {QStringLiteral("schemas"),
             QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:BulkRequest")}},
            {QStringLiteral("Operations"),
             QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                    {QStringLiteral("path"), QStringLiteral("/Users")},
                                    {QStringLiteral("bulkId"), QStringLiteral("a")},
                                    {QStringLiteral("data"), user(QStringLiteral("a@example.com"))}},
                        QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                    {QStringLiteral("path"), QStringLiteral("/Users")},
                                    {QStringLiteral("bulkId"), QStringLiteral("b")},
                                    {QStringLiteral("data"), user(QStringLiteral("b@example.com"))}}}}};
        ScimRequestInfo info;
        info.transactionId = 41;
        const HttpRequest request = EngineHarness::request(
            "POST", QStringLiteral("/Bulk"), bulk,
            {{"content-type", "application/scim+json"}, {"authorization", "Bearer " + m_engine->token.toLatin1()}});
        QCOMPARE(m_engine->service->handle(request, m_engine->connection, request.path, &info).status, 200);
        QCOMPARE(kinds(), (QList<Kind>{Kind::UserCreated, Kind::UserCreated}));
        QCOMPARE(m_seen.at(0).transactionId, quint64(41));
        QCOMPARE(m_seen.at(1).transactionId, quint64(41));
        QVERIFY(m_seen.at(0).resourceId != m_seen.at(1).resourceId);
    }

    void anOpenBatchHoldsEventsUntilItsOutcome()
    {
        m_bus->batchBegan();
        m_engine->create(QStringLiteral("/Users"), user(QStringLiteral("kept@example.com")));
        QCOMPARE(kinds(), QList<Kind>{});
        m_bus->batchCommitted();
        QCOMPARE(kinds(), (QList<Kind>{Kind::UserCreated}));

        m_seen.clear();
        m_bus->batchBegan();
        m_engine->create(QStringLiteral("/Users"), user(QStringLiteral("lost@example.com")));
        m_bus->batchRolledBack([](quint64) { return HttpResponse::empty(503); });
        QCOMPARE(kinds(), QList<Kind>{});
        // Outside a batch every write commits on its own, and its events go out at once.
        m_engine->create(QStringLiteral("/Users"), user(QStringLiteral("now@example.com")));
        QCOMPARE(kinds(), (QList<Kind>{Kind::UserCreated}));
    }

    void eventsPublishedBySubscribersFollowTheirCause()
    {
        connect(m_bus.get(), &DomainEventBus::committed, this, [this](const DomainEvent &event) {
            if (event.kind == Kind::UserDeactivated) {
                DomainEvent revoked = event;
                revoked.kind = Kind::SessionsRevoked;
                m_bus->publish(revoked);
            }
        });
        const QString id = m_engine->create(QStringLiteral("/Users"), user(QStringLiteral("lin@example.com")));
        m_seen.clear();
        m_bus->batchBegan();
        m_engine->scim("PATCH", QStringLiteral("/Users/") + id, replaceOp(QStringLiteral("active"), false));
        m_engine->scim("PATCH", QStringLiteral("/Users/") + id,
                       replaceOp(QStringLiteral("displayName"), QStringLiteral("Lin")));
        m_bus->batchCommitted();
        QCOMPARE(kinds(),
                 (QList<Kind>{Kind::UserUpdated, Kind::UserDeactivated, Kind::UserUpdated, Kind::SessionsRevoked}));
    }

private:
    QList<Kind> kinds() const
    {
        QList<Kind> result;
        for (const DomainEvent &event : m_seen)
            result.append(event.kind);
        return result;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<EngineHarness> m_engine;
    std::unique_ptr<DomainEventBus> m_bus;
    QList<DomainEvent> m_seen;
};

QTEST_GUILESS_MAIN(DomainEventsTest)
#include "tst_domain_events.moc"
