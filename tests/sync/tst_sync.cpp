#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

#include "DealRepository.h"
#include "SyncFixture.h"
#include "SyncJournal.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace pd;
using sync::client::SyncJournal;
using sync::client::SyncOutcome;

// Two and three clients against a real server on loopback over TLS: merge, conflicts and their
// resolution, delete against edit, random convergence, and the CLI acceptance script.
class TestSync final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void differentFieldsMerge();
    void sameFieldConflictResolvedOnOneSeenOnOther();
    void deleteAgainstEdit();
    void conflictBringsTheOtherFieldsAtOnce();
    void recordDeletedHereSettlesItsFieldConflicts();
    void mergedPushIsTheNewBaseAtOnce();
    void randomizedConvergence();
    void cliAcceptanceTwoDemoClients();
    void recordTheClientCannotStoreIsReported();

private:
    std::unique_ptr<SyncClient> client(const QString &name);
    static void settle(const QList<SyncClient *> &clients, QRandomGenerator *random = nullptr);
    QStringList exportedRows(const QString &db, const QString &table);
    static bool fileDeal(SyncClient &client, const QString &partnerId, const QString &customer);

    QTemporaryDir m_dir;
    SyncServer m_server;
};

void TestSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.init(m_dir.filePath(QStringLiteral("server"))));
    QVERIFY(m_server.start());
}

std::unique_ptr<SyncClient> TestSync::client(const QString &name)
{
    return std::make_unique<SyncClient>(m_dir.filePath(name + QStringLiteral(".db")), m_server.certificate(),
                                        m_server.url());
}

// Every client syncs until nothing is left to decide; open conflicts are resolved (randomly, or mine).
void TestSync::settle(const QList<SyncClient *> &clients, QRandomGenerator *random)
{
    for (int round = 0; round < 6; ++round) {
        bool open = false;
        for (SyncClient *c : clients) {
            const auto r = c->sync(true);
            QVERIFY2(r.outcome == SyncOutcome::Synced || r.outcome == SyncOutcome::NeedsAttention,
                     qPrintable(r.message));
            SyncJournal journal(c->db());
            const auto conflicts = journal.openConflicts();
            QVERIFY(conflicts.ok());
            for (const auto &conflict : conflicts.value()) {
                open = true;
                const bool mine = random ? random->bounded(2) == 0 : true;
                const Status s =
                    journal.resolve(conflict.id, mine ? SyncJournal::Choice::Mine : SyncJournal::Choice::Theirs, {},
                                    QStringLiteral("test"));
                QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().text()));
            }
        }
        if (!open && round > 0)
            return;
    }
}

void TestSync::differentFieldsMerge()
{
    auto a = client(QStringLiteral("merge-a"));
    auto b = client(QStringLiteral("merge-b"));
    const domain::Partner p = a->createPartner(QStringLiteral("Romashka"));
    QVERIFY(!p.id.isEmpty());
    QCOMPARE(a->sync().outcome, SyncOutcome::Synced);
    QCOMPARE(b->sync().outcome, SyncOutcome::Synced);
    QCOMPARE(b->partner(p.id).name, QStringLiteral("Romashka"));

    // Offline on both: A changes the region, B the notes.
    domain::Partner onA = a->partner(p.id);
    onA.region = QStringLiteral("Omsk");
    QVERIFY(a->updatePartner(onA));
    domain::Partner onB = b->partner(p.id);
    onB.notes = QStringLiteral("call back on Monday");
    QVERIFY(b->updatePartner(onB));

    auto ra = a->sync();
    QCOMPARE(ra.outcome, SyncOutcome::Synced);
    QCOMPARE(ra.pushed, 1);
    auto rb = b->sync();
    QCOMPARE(rb.outcome, SyncOutcome::Synced);
    QCOMPARE(rb.merged, 1);
    QCOMPARE(rb.conflicts, 0);
    QCOMPARE(a->sync().outcome, SyncOutcome::Synced);
    for (SyncClient *c : {a.get(), b.get()}) {
        QCOMPARE(c->partner(p.id).region, QStringLiteral("Omsk"));
        QCOMPARE(c->partner(p.id).notes, QStringLiteral("call back on Monday"));
    }
    const Records server = m_server.records();
    QVERIFY2(difference(server, a->records()).isEmpty(), qPrintable(difference(server, a->records())));
    QVERIFY2(difference(server, b->records()).isEmpty(), qPrintable(difference(server, b->records())));
}

void TestSync::sameFieldConflictResolvedOnOneSeenOnOther()
{
    auto a = client(QStringLiteral("conflict-a"));
    auto b = client(QStringLiteral("conflict-b"));
    const domain::Partner p = a->createPartner(QStringLiteral("Vector"));
    QCOMPARE(a->sync().outcome, SyncOutcome::Synced);
    QCOMPARE(b->sync().outcome, SyncOutcome::Synced);

    domain::Partner onA = a->partner(p.id);
    onA.region = QStringLiteral("Tomsk");
    QVERIFY(a->updatePartner(onA));
    domain::Partner onB = b->partner(p.id);
    onB.region = QStringLiteral("Perm");
    onB.notes = QStringLiteral("met at the fair"); // not in conflict: must still reach the server
    QVERIFY(b->updatePartner(onB));

    QCOMPARE(a->sync().outcome, SyncOutcome::Synced);
    const auto rb = b->sync();
    QCOMPARE(rb.outcome, SyncOutcome::NeedsAttention);
    QCOMPARE(rb.conflicts, 1);
    // Both values are kept: the local row still shows mine, the conflict has mine, theirs and base.
    QCOMPARE(b->partner(p.id).region, QStringLiteral("Perm"));
    SyncJournal journal(b->db());
    const auto conflicts = journal.openConflicts();
    QVERIFY(conflicts.ok());
    QCOMPARE(conflicts.value().size(), 1);
    const auto &c = conflicts.value().first();
    QCOMPARE(c.field, QStringLiteral("region"));
    QCOMPARE(c.mine->toString(), QStringLiteral("Perm"));
    QCOMPARE(c.theirs->toString(), QStringLiteral("Tomsk"));
    QCOMPARE(c.base->toString(), QStringLiteral("Kazan"));
    QCOMPARE(c.recordLabel, QStringLiteral("Vector"));
    QCOMPARE(m_server.records().value(QStringLiteral("partner")).value(p.id).value(QStringLiteral("notes")).toString(),
             QStringLiteral("met at the fair"));

    // A pull while the conflict is open does not overwrite the local value.
    QCOMPARE(b->sync().outcome, SyncOutcome::NeedsAttention);
    QCOMPARE(b->partner(p.id).region, QStringLiteral("Perm"));

    // Resolved on B with an edited value; A sees it resolved.
    const Status s = journal.resolve(c.id, SyncJournal::Choice::Edited, QJsonValue(QStringLiteral("Perm and Tomsk")),
                                     QStringLiteral("test"));
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().text()));
    QCOMPARE(b->partner(p.id).region, QStringLiteral("Perm and Tomsk"));
    const auto after = b->sync();
    QCOMPARE(after.outcome, SyncOutcome::Synced);
    QCOMPARE(after.openConflicts, 0);
    QCOMPARE(a->sync().outcome, SyncOutcome::Synced);
    QCOMPARE(a->partner(p.id).region, QStringLiteral("Perm and Tomsk"));
    QCOMPARE(a->partner(p.id).notes, QStringLiteral("met at the fair"));
    const Records server = m_server.records();
    QVERIFY2(difference(server, a->records()).isEmpty(), qPrintable(difference(server, a->records())));
    QVERIFY2(difference(server, b->records()).isEmpty(), qPrintable(difference(server, b->records())));
}

void TestSync::deleteAgainstEdit()
{
    auto a = client(QStringLiteral("delete-a"));
    auto b = client(QStringLiteral("delete-b"));
    const domain::Partner kept = a->createPartner(QStringLiteral("Kept by edit"));
    const domain::Partner gone = a->createPartner(QStringLiteral("Gone by delete"));
    QCOMPARE(a->sync().outcome, SyncOutcome::Synced);
    QCOMPARE(b->sync().outcome, SyncOutcome::Synced);

    // Both partners: A deletes, B edits. A syncs first.
    QVERIFY(a->removePartner(kept.id));
    QVERIFY(a->removePartner(gone.id));
    for (const QString &id : {kept.id, gone.id}) {
        domain::Partner p = b->partner(id);
        p.notes = QStringLiteral("still interested");
        QVERIFY(b->updatePartner(p));
    }
    QCOMPARE(a->sync().outcome, SyncOutcome::Synced);
    const auto rb = b->sync();
    QCOMPARE(rb.outcome, SyncOutcome::NeedsAttention);
    QCOMPARE(rb.conflicts, 2);
    SyncJournal journal(b->db());
    auto conflicts = journal.openConflicts();
    QVERIFY(conflicts.ok());
    QCOMPARE(conflicts.value().size(), 2);
    for (const auto &c : conflicts.value()) {
        QVERIFY(c.isDeletion());
        QCOMPARE(c.mine->toBool(), false);
        QCOMPARE(c.theirs->toBool(), true);
        // The edit wins for one (Keep mine brings it back), the delete for the other.
        const bool keep = c.entityId == kept.id;
        QVERIFY(journal
                    .resolve(c.id, keep ? SyncJournal::Choice::Mine : SyncJournal::Choice::Theirs, {},
                             QStringLiteral("test"))
                    .ok());
    }
    QVERIFY(b->partner(gone.id).id.isEmpty());
    QCOMPARE(b->sync().outcome, SyncOutcome::Synced);
    QCOMPARE(a->sync().outcome, SyncOutcome::Synced);
    QCOMPARE(a->partner(kept.id).notes, QStringLiteral("still interested"));
    QVERIFY(a->partner(gone.id).id.isEmpty());
    const Records server = m_server.records();
    QVERIFY(server.value(QStringLiteral("partner")).contains(kept.id));
    QVERIFY(!server.value(QStringLiteral("partner")).contains(gone.id));
    QVERIFY2(difference(server, a->records()).isEmpty(), qPrintable(difference(server, a->records())));
    QVERIFY2(difference(server, b->records()).isEmpty(), qPrintable(difference(server, b->records())));
}

// A conflict on one field while the server's record also has another client's change of another field:
// that other field arrives with this very sync (the conflict's answer carries the server's record), not
// never (the pull skips the version the conflict already made the base).
void TestSync::conflictBringsTheOtherFieldsAtOnce()
{
    auto a = client(QStringLiteral("stale-a"));
    auto b = client(QStringLiteral("stale-b"));
    const domain::Partner p = a->createPartner(QStringLiteral("Stale"));
    QCOMPARE(a->sync().outcome, SyncOutcome::Synced);
    QCOMPARE(b->sync().outcome, SyncOutcome::Synced);

    domain::Partner onB = b->partner(p.id);
    onB.region = QStringLiteral("Tver");
    onB.notes = QStringLiteral("notes from B");
    QVERIFY(b->updatePartner(onB));
    QCOMPARE(b->sync().outcome, SyncOutcome::Synced);
    domain::Partner onA = a->partner(p.id);
    onA.notes = QStringLiteral("notes from A");
    QVERIFY(a->updatePartner(onA));

    const auto ra = a->sync();
    QCOMPARE(ra.outcome, SyncOutcome::NeedsAttention);
    QCOMPARE(ra.conflicts, 1);
    QCOMPARE(a->partner(p.id).region, QStringLiteral("Tver"));        // B's region, not in conflict
    QCOMPARE(a->partner(p.id).notes, QStringLiteral("notes from A")); // mine, kept until decided

    SyncJournal journal(a->db());
    const auto conflicts = journal.openConflicts();
    QVERIFY(conflicts.ok());
    QCOMPARE(conflicts.value().size(), 1);
    QVERIFY(journal.resolve(conflicts.value().first().id, SyncJournal::Choice::Mine, {}, QStringLiteral("test")).ok());
    QCOMPARE(a->sync().outcome, SyncOutcome::Synced);
    QCOMPARE(b->sync().outcome, SyncOutcome::Synced);
    const Records server = m_server.records();
    QCOMPARE(server.value(QStringLiteral("partner")).value(p.id).value(QStringLiteral("region")).toString(),
             QStringLiteral("Tver"));
    QVERIFY2(difference(server, a->records()).isEmpty(), qPrintable(difference(server, a->records())));
    QVERIFY2(difference(server, b->records()).isEmpty(), qPrintable(difference(server, b->records())));
}

// A record with a field conflict that is then deleted here: the conflict can be settled (the deletion
// decides), and a deletion the server takes closes the record's field conflicts by itself.
void TestSync::recordDeletedHereSettlesItsFieldConflicts()
{
    auto a = client(QStringLiteral("gone-a"));
    auto b = client(QStringLiteral("gone-b"));
    const domain::Partner first = a->createPartner(QStringLiteral("Deleted after the conflict"));
    const domain::Partner second = a->createPartner(QStringLiteral("Deleted before the sync"));
    QCOMPARE(a->sync().outcome, SyncOutcome::Synced);
    QCOMPARE(b->sync().outcome, SyncOutcome::Synced);
    for (const QString &id : {first.id, second.id}) {
        domain::Partner onB = b->partner(id);
        onB.region = QStringLiteral("Omsk");
        QVERIFY(b->updatePartner(onB));
        domain::Partner onA = a->partner(id);
        onA.region = QStringLiteral("Perm");
        QVERIFY(a->updatePartner(onA));
    }
    QCOMPARE(b->sync().outcome, SyncOutcome::Synced);

    // The second is deleted here before the sync: its edit conflicts, its deletion is taken.
    QVERIFY(a->removePartner(second.id));
    const auto ra = a->sync();
    QCOMPARE(ra.conflicts, 2);
    SyncJournal journal(a->db());
    auto conflicts = journal.openConflicts();
    QVERIFY(conflicts.ok());
    QCOMPARE(conflicts.value().size(), 1);
    QCOMPARE(conflicts.value().first().entityId, first.id);

    // The first is deleted here after its conflict was found: the conflict still settles.
    QVERIFY(a->removePartner(first.id));
    const Status s =
        journal.resolve(conflicts.value().first().id, SyncJournal::Choice::Theirs, {}, QStringLiteral("test"));
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().text()));
    const auto after = a->sync();
    QCOMPARE(after.outcome, SyncOutcome::Synced);
    QCOMPARE(after.openConflicts, 0);
    QCOMPARE(b->sync(true).outcome, SyncOutcome::Synced);
    const Records server = m_server.records();
    QVERIFY(!server.value(QStringLiteral("partner")).contains(first.id));
    QVERIFY(!server.value(QStringLiteral("partner")).contains(second.id));
    QVERIFY2(difference(server, a->records()).isEmpty(), qPrintable(difference(server, a->records())));
    QVERIFY2(difference(server, b->records()).isEmpty(), qPrintable(difference(server, b->records())));
}

// A push answered `merged` makes the merged record the base right away: a sync killed after storing the
// push answer and before its pull has the server's version and the other client's field already.
void TestSync::mergedPushIsTheNewBaseAtOnce()
{
    const QString path = m_dir.filePath(QStringLiteral("merged-a.db"));
    auto b = client(QStringLiteral("merged-b"));
    QString id;
    {
        SyncClient a(path, m_server.certificate(), m_server.url());
        id = a.createPartner(QStringLiteral("Merged")).id;
        QCOMPARE(a.sync().outcome, SyncOutcome::Synced);
        QCOMPARE(b->sync().outcome, SyncOutcome::Synced);
        domain::Partner onB = b->partner(id);
        onB.notes = QStringLiteral("notes from B");
        QVERIFY(b->updatePartner(onB));
        QCOMPARE(b->sync().outcome, SyncOutcome::Synced);
        domain::Partner onA = a.partner(id);
        onA.region = QStringLiteral("Tomsk");
        QVERIFY(a.updatePartner(onA));
    }
    const CliResult killed =
        runCli({QStringLiteral("--db"), path, QStringLiteral("sync"), QStringLiteral("--server"), m_server.url(),
                QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--ca"), m_server.certificate()},
               {QStringLiteral("PARTNERDESK_PASSWORD=rootpw"), QStringLiteral("PD_SYNC_FAULT=push_stored")});
    QCOMPARE(killed.status, QProcess::CrashExit);

    const qint64 serverVersion = m_server.versions().value(QStringLiteral("partner/") + id);
    QVERIFY(serverVersion >= 3);
    SyncClient a(path, m_server.certificate(), m_server.url());
    QSqlQuery q(a.db());
    QVERIFY(q.prepare(QStringLiteral("SELECT version, fields FROM sync_shadow WHERE entity = 'partner' AND id = ?")));
    q.addBindValue(id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toLongLong(), serverVersion);
    const QJsonObject shadow = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    QCOMPARE(shadow.value(QStringLiteral("notes")).toString(), QStringLiteral("notes from B"));
    QCOMPARE(shadow.value(QStringLiteral("region")).toString(), QStringLiteral("Tomsk"));
    QCOMPARE(a.partner(id).notes, QStringLiteral("notes from B"));
    QCOMPARE(a.partner(id).region, QStringLiteral("Tomsk"));
    // The next pull has nothing left to bring for it.
    const auto r = a.sync();
    QCOMPARE(r.outcome, SyncOutcome::Synced);
    QCOMPARE(r.pulled, 0);
    const Records server = m_server.records();
    QVERIFY2(difference(server, a.records()).isEmpty(), qPrintable(difference(server, a.records())));
}

void TestSync::randomizedConvergence()
{
    // Three clients, random edits, deletes and syncs in random order, then all settle: every replica
    // equals the server. The seed is printed; PD_TEST_SEED replays it.
    quint32 seed = quint32(qEnvironmentVariableIntValue("PD_TEST_SEED"));
    if (seed == 0)
        seed = QRandomGenerator::global()->generate();
    qInfo().noquote() << QStringLiteral("randomizedConvergence seed %1 (PD_TEST_SEED=%1 replays it)").arg(seed);
    QRandomGenerator random(seed);
    std::vector<std::unique_ptr<SyncClient>> owned;
    QList<SyncClient *> clients;
    for (int i = 0; i < 3; ++i) {
        owned.push_back(client(QStringLiteral("random-%1").arg(i)));
        clients.append(owned.back().get());
    }
    const QStringList regions{QStringLiteral("Kazan"), QStringLiteral("Omsk"), QStringLiteral("Perm"),
                              QStringLiteral("Tver")};
    for (int step = 0; step < 60; ++step) {
        SyncClient *c = clients.at(int(random.bounded(3)));
        const QStringList ids = c->partnerIds();
        const int op = int(random.bounded(10));
        if (op < 2 || ids.isEmpty()) {
            QVERIFY(!c->createPartner(QStringLiteral("Partner %1").arg(step)).id.isEmpty());
        } else if (op < 6) {
            domain::Partner p = c->partner(ids.at(int(random.bounded(qsizetype(ids.size())))));
            if (random.bounded(2))
                p.region = regions.at(int(random.bounded(qsizetype(regions.size()))));
            else
                p.notes = QStringLiteral("note %1").arg(step);
            QVERIFY(c->updatePartner(p));
        } else if (op < 7) {
            QVERIFY(c->removePartner(ids.at(int(random.bounded(qsizetype(ids.size()))))));
        } else {
            const auto r = c->sync(true);
            QVERIFY2(r.outcome == SyncOutcome::Synced || r.outcome == SyncOutcome::NeedsAttention,
                     qPrintable(r.message));
        }
    }
    settle(clients, &random);
    settle(clients);
    const Records server = m_server.records();
    for (SyncClient *c : clients) {
        QCOMPARE(c->sync().outcome, SyncOutcome::Synced);
        QVERIFY2(difference(server, c->records()).isEmpty(), qPrintable(difference(server, c->records())));
    }
}

// Two demo databases join one server: the demos stay on their computers, the partners and deals people add
// reach everybody, and edits of the same partner on both merge.
void TestSync::cliAcceptanceTwoDemoClients()
{
    const QString a = m_dir.filePath(QStringLiteral("demo-a.db"));
    const QString b = m_dir.filePath(QStringLiteral("demo-b.db"));
    for (const QString &db : {a, b}) {
        const CliResult demo = runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--seed"),
                                       QStringLiteral("7"), QStringLiteral("--partners"), QStringLiteral("12")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QVERIFY2(demo.out.contains(QStringLiteral("stay on this computer")), qPrintable(demo.out));
    }
    const QStringList env{QStringLiteral("PARTNERDESK_PASSWORD=rootpw")};
    const auto sync = [&](const QString &db) {
        return runCli({QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--server"), m_server.url(),
                       QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--ca"),
                       m_server.certificate()},
                      env);
    };
    QStringList demoIds;
    {
        SyncClient ca(a, m_server.certificate(), m_server.url());
        demoIds = ca.partnerIds();
    }
    QCOMPARE(demoIds.size(), 12);
    // The demo's first sync sends none of it, and says how much stays.
    CliResult first = sync(a);
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    QVERIFY2(first.out.contains(QStringLiteral("pushed: 0\n")), qPrintable(first.out));
    QVERIFY2(first.out.contains(QStringLiteral("kept on this computer: ")), qPrintable(first.out));
    const Records serverAfterDemo = m_server.records();
    for (const QString &id : demoIds)
        QVERIFY2(!serverAfterDemo.value(QStringLiteral("partner")).contains(id),
                 qPrintable(id + QStringLiteral(" of the demo reached the server")));
    CliResult second = sync(b);
    QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));

    // Partners the team works on, made on A; then edits on both, and work under a demo partner on A.
    QStringList ids;
    QString demoPartner;
    {
        SyncClient ca(a, m_server.certificate(), m_server.url());
        demoPartner = demoIds.first();
        for (int i = 0; i < 4; ++i)
            ids.append(ca.createPartner(QStringLiteral("Team partner %1").arg(i)).id);
    }
    QVERIFY2(sync(a).exitCode == 0, "sync of A failed");
    QVERIFY2(sync(b).exitCode == 0, "sync of B failed");
    {
        SyncClient ca(a, m_server.certificate(), m_server.url());
        SyncClient cb(b, m_server.certificate(), m_server.url());
        for (const QString &id : ids)
            QVERIFY2(!cb.partner(id).id.isEmpty(), qPrintable(id + QStringLiteral(" did not reach B")));
        domain::Partner p0 = ca.partner(ids.at(0));
        p0.notes = QStringLiteral("edited on A");
        QVERIFY(ca.updatePartner(p0));
        domain::Partner p1 = cb.partner(ids.at(1));
        p1.region = QStringLiteral("edited on B");
        QVERIFY(cb.updatePartner(p1));
        // The same partner on both, different fields: the second push merges, and the first pusher must
        // take the other's field too (a stale field shows in the exports).
        domain::Partner p3a = ca.partner(ids.at(3));
        p3a.region = QStringLiteral("merged region from A");
        QVERIFY(ca.updatePartner(p3a));
        domain::Partner p3b = cb.partner(ids.at(3));
        p3b.notes = QStringLiteral("merged notes from B");
        QVERIFY(cb.updatePartner(p3b));
        QVERIFY(!ca.createPartner(QStringLiteral("New on A")).id.isEmpty());
        QVERIFY(!cb.createPartner(QStringLiteral("New on B")).id.isEmpty());
        QVERIFY(fileDeal(ca, ids.at(0), QStringLiteral("Customer filed on A")));
        QVERIFY(fileDeal(cb, ids.at(1), QStringLiteral("Customer filed on B")));
        // A demo partner's edit and a deal filed under it are as made up as the demo: they stay on A.
        domain::Partner demo = ca.partner(demoPartner);
        demo.notes = QStringLiteral("demo edited on A");
        QVERIFY(ca.updatePartner(demo));
        QVERIFY(fileDeal(ca, demoPartner, QStringLiteral("Customer under a demo partner")));
    }
    for (const QString &db : {a, b, a}) {
        const CliResult r = sync(db);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }
    {
        SyncClient cb(b, m_server.certificate(), m_server.url());
        domain::Partner p = cb.partner(ids.at(2));
        p.notes = QStringLiteral("edited on B after");
        QVERIFY(cb.updatePartner(p));
    }
    for (const QString &db : {b, a}) {
        const CliResult r = sync(db);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }
    // The server's data as a user would get it: a third, fresh client syncs everything down.
    const QString c = m_dir.filePath(QStringLiteral("demo-c.db"));
    {
        SyncClient fresh(c, m_server.certificate(), m_server.url()); // creates the empty database
        QVERIFY(fresh.partnerIds().isEmpty());
    }
    const CliResult third = sync(c);
    QVERIFY2(third.exitCode == 0, qPrintable(third.out + third.err));

    // Everything the server has is on A and on B, byte for byte in `export`; A and B hold their demos besides.
    const QStringList tables{QStringLiteral("partners"), QStringLiteral("people"), QStringLiteral("certificates"),
                             QStringLiteral("deals")};
    for (const QString &table : tables) {
        const QStringList onServer = exportedRows(c, table);
        const QStringList onA = exportedRows(a, table);
        const QStringList onB = exportedRows(b, table);
        QCOMPARE(onA.first(), onServer.first()); // the header
        for (qsizetype i = 1; i < onServer.size(); ++i) {
            QVERIFY2(onA.contains(onServer.at(i)),
                     qPrintable(QStringLiteral("%1: A lacks %2").arg(table, onServer.at(i))));
            QVERIFY2(onB.contains(onServer.at(i)),
                     qPrintable(QStringLiteral("%1: B lacks %2").arg(table, onServer.at(i))));
        }
        QVERIFY2(onA.size() > onServer.size(), qPrintable(table + QStringLiteral(": A's demo is missing")));
    }
    const QString partners = exportedRows(c, QStringLiteral("partners")).join(QLatin1Char('\n'));
    for (const QString &edit :
         {QStringLiteral("edited on A"), QStringLiteral("edited on B"), QStringLiteral("New on A"),
          QStringLiteral("New on B"), QStringLiteral("edited on B after"), QStringLiteral("merged region from A"),
          QStringLiteral("merged notes from B")})
        QVERIFY2(partners.contains(edit), qPrintable(edit));
    // None of the demos reached the server, edited or not.
    const Records finalServer = m_server.records();
    for (const QString &id : demoIds)
        QVERIFY2(!finalServer.value(QStringLiteral("partner")).contains(id),
                 qPrintable(id + QStringLiteral(" of the demo reached the server")));
    QVERIFY(!partners.contains(QStringLiteral("demo edited on A")));
    const QString deals = exportedRows(c, QStringLiteral("deals")).join(QLatin1Char('\n'));
    QVERIFY2(deals.contains(QStringLiteral("Customer filed on A"))
                 && deals.contains(QStringLiteral("Customer filed on B")),
             qPrintable(deals));
    QVERIFY(!deals.contains(QStringLiteral("Customer under a demo partner")));
    QVERIFY(exportedRows(a, QStringLiteral("deals"))
                .join(QLatin1Char('\n'))
                .contains(QStringLiteral("Customer under a demo partner")));
}

// A new deal registration of this partner, filed through the repository as the app does.
bool TestSync::fileDeal(SyncClient &client, const QString &partnerId, const QString &customer)
{
    domain::Registration r;
    r.partnerId = partnerId;
    r.customerName = customer;
    r.customerInn = testInn(int(QRandomGenerator::global()->bounded(100000, 900000)));
    r.products = {QStringLiteral("Cloud servers")};
    r.amount = domain::Money::rub(125000000);
    r.expectedYear = 2026;
    r.expectedQuarter = 3;
    r.description = QStringLiteral("Migration, \"phase one\",\nthen backups"); // quotes, a comma and a line break
    storage::DealRepository deals(client.db(), SystemClock::instance(), QStringLiteral("test"));
    const auto made = deals.create(r);
    if (!made)
        qWarning().noquote() << "filing a deal failed:" << made.error().text();
    return made.ok();
}

// `partnerdesk-cli export TABLE` of one database: the header first, then the data rows sorted (deals are
// written in storage order, which differs between replicas). Rows are split as CSV records, so a quoted
// cell with a line break stays in its row.
QStringList TestSync::exportedRows(const QString &db, const QString &table)
{
    const QString out =
        m_dir.filePath(QFileInfo(db).completeBaseName() + QLatin1Char('-') + table + QStringLiteral(".csv"));
    const CliResult r =
        runCli({QStringLiteral("--db"), db, QStringLiteral("export"), table, QStringLiteral("--out"), out});
    if (r.exitCode != 0) {
        qWarning().noquote() << "export" << table << "of" << db << "failed:" << r.err;
        return {};
    }
    QFile file(out);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QStringList records;
    QString current;
    bool quoted = false;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('"'))
            quoted = !quoted;
        if (!quoted && (ch == QLatin1Char('\n') || ch == QLatin1Char('\r'))) {
            if (!current.isEmpty())
                records.append(current);
            current.clear();
            continue;
        }
        current.append(ch);
    }
    if (!current.isEmpty())
        records.append(current);
    if (records.size() > 1)
        std::sort(records.begin() + 1, records.end());
    return records;
}

// A record in the server's feed that no client can store (let in by an older server that checked only JSON
// types, here written straight into the server's store): the pull holds it back and goes on with the rest,
// and the run says so: the CLI names it and exits non-zero, the sync log keeps it.
void TestSync::recordTheClientCannotStoreIsReported()
{
    SyncServer server;
    QVERIFY(server.init(m_dir.filePath(QStringLiteral("older-server"))));
    QVERIFY(server.start());
    QStringList good;
    {
        SyncClient a(m_dir.filePath(QStringLiteral("unstored-a.db")), server.certificate(), server.url());
        for (int i = 0; i < 3; ++i)
            good.append(a.createPartner(QStringLiteral("Stored partner %1").arg(i)).id);
        QCOMPARE(a.sync().outcome, SyncOutcome::Synced);
    }
    server.stop();
    {
        // A partner in a stage the client's table does not allow, a person under it, and a good partner after both.
        QSqlDatabase store = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older-server"));
        store.setDatabaseName(server.dataDir() + QStringLiteral("/server.sqlite"));
        QVERIFY(store.open());
        QSqlQuery q(store);
        QVERIFY(q.exec(QStringLiteral("SELECT max(seq) FROM records")) && q.next());
        qint64 seq = q.value(0).toLongLong();
        const auto insert = [&](const QString &entity, const QString &id, const QJsonObject &fields) {
            QSqlQuery ins(store);
            ins.prepare(QStringLiteral(
                "INSERT INTO records (entity, id, version, deleted, fields, field_versions, seq, updated_at) "
                "VALUES (?, ?, 1, 0, ?, '{}', ?, '2024-05-17T09:30:00.000Z')"));
            ins.addBindValue(entity);
            ins.addBindValue(id);
            ins.addBindValue(QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
            ins.addBindValue(++seq);
            return ins.exec() ? QString() : ins.lastError().text();
        };
        const QJsonObject partner{{QStringLiteral("name"), QStringLiteral("Lead partner")},
                                  {QStringLiteral("legal_form"), QStringLiteral("legal_entity")},
                                  {QStringLiteral("inn"), testInn(9101)},
                                  {QStringLiteral("registered_on"), QStringLiteral("2024-05-17")},
                                  {QStringLiteral("role"), QStringLiteral("partner")},
                                  {QStringLiteral("stage"), QStringLiteral("lead")}};
        QCOMPARE(insert(QStringLiteral("partner"), QStringLiteral("p-lead"), partner), QString());
        QCOMPARE(insert(QStringLiteral("person"), QStringLiteral("pe-lead"),
                        {{QStringLiteral("partner_id"), QStringLiteral("p-lead")},
                         {QStringLiteral("name"), QStringLiteral("Anna")}}),
                 QString());
        QJsonObject later = partner;
        later.insert(QStringLiteral("name"), QStringLiteral("Partner after the bad one"));
        later.insert(QStringLiteral("inn"), testInn(9102));
        later.insert(QStringLiteral("stage"), QStringLiteral("contacted"));
        QCOMPARE(insert(QStringLiteral("partner"), QStringLiteral("p-after"), later), QString());
        good.append(QStringLiteral("p-after"));
        QSqlQuery meta(store);
        meta.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'last_seq'"));
        meta.addBindValue(QString::number(seq));
        QVERIFY(meta.exec());
        q.finish();
        store.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older-server"));
    QVERIFY(server.start());

    const QString b = m_dir.filePath(QStringLiteral("unstored-b.db"));
    {
        SyncClient make(b, server.certificate(), server.url());
    }
    const CliResult r =
        runCli({QStringLiteral("--db"), b, QStringLiteral("sync"), QStringLiteral("--server"), server.url(),
                QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--ca"), server.certificate()},
               {QStringLiteral("PARTNERDESK_PASSWORD=rootpw")});
    QVERIFY2(r.exitCode != 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("not stored: 2\n")), qPrintable(r.out));
    // Told in the program's terms: the field and its value, not the database's CHECK constraint.
    QVERIFY2(r.out.contains(QStringLiteral("  partner p-lead: its field stage holds 'lead'")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("  person pe-lead: ")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("p-lead")), qPrintable(r.err));

    SyncClient cb(b, server.certificate(), server.url());
    const QStringList here = cb.partnerIds();
    for (const QString &id : good)
        QVERIFY2(here.contains(id), qPrintable(id + QStringLiteral(" did not arrive")));
    QVERIFY(!here.contains(QStringLiteral("p-lead")));
    const auto log = SyncJournal(cb.db()).log();
    QVERIFY(log.ok() && !log.value().isEmpty());
    QCOMPARE(log.value().first().outcome, QStringLiteral("needs_attention"));
    QVERIFY2(log.value().first().message.contains(QStringLiteral("partner p-lead")),
             qPrintable(log.value().first().message));
    // Still told on the next run, and the engine's report counts it.
    const auto again = cb.sync();
    QCOMPARE(again.outcome, SyncOutcome::NeedsAttention);
    QCOMPARE(again.unstored.size(), 2);
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
