#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "FaultProxy.h"
#include "SyncFixture.h"
#include "SyncJournal.h"
#include "SyncWorker.h"

using namespace pd;
using sync::client::SyncOutcome;
using sync::client::SyncStatus;

// What goes wrong between a client and its server: the client killed mid-sync, a failing server,
// and certificates that must be refused before any credential leaves.
class TestSyncFaults final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedAtManyPoints_data();
    void killedAtManyPoints();
    void serverFaultsRetriedByItself();
    void certificatesRefusedBeforeCredentials_data();
    void certificatesRefusedBeforeCredentials();
    void pinnedCertificateWorks();
    void massDeleteWaitsForTheUser();
    void epochChangeFailingHalfway();

private:
    CliResult cliSync(const QString &db, const QString &server, const QStringList &extra = {},
                      const QStringList &env = {});
    bool openssl(const QStringList &args);

    QTemporaryDir m_dir;
    SyncServer m_server;
    QString m_certs;
};

void TestSyncFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.init(m_dir.filePath(QStringLiteral("server"))));
    QVERIFY(m_server.start());

    // A private CA, a leaf for another host and an expired leaf signed by it, and a self-signed one, made by
    // openssl in their folder (names relative to it: a Windows test under Wine runs the Linux openssl).
    m_certs = m_dir.filePath(QStringLiteral("certs"));
    QDir().mkpath(m_certs);
    const auto path = [](const char *name) {
        return QString::fromLatin1(name);
    };
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    QVERIFY(openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                    + QStringList{QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                                  QStringLiteral("/CN=PartnerDesk Test CA"), QStringLiteral("-keyout"), path("ca.key"),
                                  QStringLiteral("-out"), path("ca.pem")}));
    QVERIFY(
        openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                + QStringList{QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                              QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                              QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-keyout"),
                              path("selfsigned.key"), QStringLiteral("-out"), path("selfsigned.pem")}));
    for (const char *leaf : {"wronghost", "expired"}) {
        const QString name = QLatin1String(leaf);
        const QString host =
            name == QLatin1String("wronghost") ? QStringLiteral("wrong.example") : QStringLiteral("localhost");
        QVERIFY(openssl(QStringList{QStringLiteral("req")} + ec
                        + QStringList{QStringLiteral("-subj"), QStringLiteral("/CN=") + host, QStringLiteral("-addext"),
                                      QStringLiteral("subjectAltName=DNS:") + host, QStringLiteral("-keyout"),
                                      name + QStringLiteral(".key"), QStringLiteral("-out"),
                                      name + QStringLiteral(".csr")}));
    }
    QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("wronghost.csr"),
                     QStringLiteral("-CA"), path("ca.pem"), QStringLiteral("-CAkey"), path("ca.key"),
                     QStringLiteral("-set_serial"), QStringLiteral("2"), QStringLiteral("-days"), QStringLiteral("30"),
                     QStringLiteral("-copy_extensions"), QStringLiteral("copy"), QStringLiteral("-out"),
                     path("wronghost.pem")}));
    // `openssl ca` sets validity dates in the past.
    QFile config(m_certs + QStringLiteral("/ca.cnf"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[ca]\ndefault_ca = d\n[d]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\n"
                 "default_md = sha256\npolicy = p\ncopy_extensions = copy\n[p]\ncommonName = supplied\n");
    config.close();
    QFile(m_certs + QStringLiteral("/index.txt")).open(QIODevice::WriteOnly);
    QFile serial(m_certs + QStringLiteral("/serial"));
    QVERIFY(serial.open(QIODevice::WriteOnly));
    serial.write("03\n");
    serial.close();
    QVERIFY(openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), path("ca.cnf"),
                     QStringLiteral("-cert"), path("ca.pem"), QStringLiteral("-keyfile"), path("ca.key"),
                     QStringLiteral("-in"), path("expired.csr"), QStringLiteral("-startdate"),
                     QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"), QStringLiteral("20200201000000Z"),
                     QStringLiteral("-notext"), QStringLiteral("-out"), path("expired.pem")}));
}

bool TestSyncFaults::openssl(const QStringList &args)
{
    QString output;
    const int code = pd::server::ServerProcess::run(QStringLiteral("openssl"), args, {}, &output, m_certs);
    if (code != 0)
        qWarning().noquote() << "openssl" << args.join(QLatin1Char(' ')) << "exit code" << code << output;
    return code == 0;
}

CliResult TestSyncFaults::cliSync(const QString &db, const QString &server, const QStringList &extra,
                                  const QStringList &env)
{
    return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--server"), server,
                              QStringLiteral("--user"), QStringLiteral("root")}
                      + extra,
                  QStringList{QStringLiteral("PARTNERDESK_PASSWORD=rootpw")} + env);
}

void TestSyncFaults::killedAtManyPoints_data()
{
    QTest::addColumn<QString>("point");
    for (const char *p : {"before_push", "push_sent", "push_answered", "push_stored", "page_received#2",
                          "page_stored#1", "page_stored#3"})
        QTest::newRow(p) << QString::fromLatin1(p);
}

void TestSyncFaults::killedAtManyPoints()
{
    QFETCH(QString, point);
    const QString tag = point.section(QLatin1Char('#'), 0, 0) + point.section(QLatin1Char('#'), 1);
    const QString dbPath = m_dir.filePath(QStringLiteral("kill-%1.db").arg(tag));
    const QStringList ca{QStringLiteral("--ca"), m_server.certificate(), QStringLiteral("--page-size"),
                         QStringLiteral("2")};
    QStringList created;
    QString edited;
    {
        SyncClient other(m_dir.filePath(QStringLiteral("kill-other-%1.db").arg(tag)), m_server.certificate(),
                         m_server.url());
        for (int i = 0; i < 5; ++i)
            QVERIFY(!other.createPartner(QStringLiteral("From the team %1").arg(i)).id.isEmpty());
        QCOMPARE(other.sync().outcome, SyncOutcome::Synced);
        SyncClient mine(dbPath, m_server.certificate(), m_server.url());
        edited = mine.createPartner(QStringLiteral("Edited after first sync")).id;
        QCOMPARE(mine.sync().outcome, SyncOutcome::Synced);
        for (int i = 0; i < 3; ++i)
            created.append(mine.createPartner(QStringLiteral("Made offline %1").arg(i)).id);
        domain::Partner p = mine.partner(edited);
        p.notes = QStringLiteral("edited offline");
        QVERIFY(mine.updatePartner(p));
        // More for the pull: the team writes meanwhile.
        for (int i = 5; i < 10; ++i)
            QVERIFY(!other.createPartner(QStringLiteral("From the team %1").arg(i)).id.isEmpty());
        QCOMPARE(other.sync().outcome, SyncOutcome::Synced);
    }
    const CliResult killed = cliSync(dbPath, m_server.url(), ca, {QStringLiteral("PD_SYNC_FAULT=") + point});
    QCOMPARE(killed.status, QProcess::CrashExit);
    const CliResult again = cliSync(dbPath, m_server.url(), ca);
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));

    SyncClient mine(dbPath, m_server.certificate(), m_server.url());
    const Records server = m_server.records();
    QVERIFY2(difference(server, mine.records()).isEmpty(), qPrintable(difference(server, mine.records())));
    // No mutation applied twice: each offline create is version 1, the edit is version 2.
    const auto versions = m_server.versions();
    for (const QString &id : created)
        QCOMPARE(versions.value(QStringLiteral("partner/") + id), qint64(1));
    QCOMPARE(versions.value(QStringLiteral("partner/") + edited), qint64(2));
    QCOMPARE(mine.partner(edited).notes, QStringLiteral("edited offline"));
    sync::client::SyncJournal journal(mine.db());
    QCOMPARE(journal.overview().value().pending, qint64(0));
}

void TestSyncFaults::serverFaultsRetriedByItself()
{
    const QString dbPath = m_dir.filePath(QStringLiteral("faults.db"));
    QStringList created;
    {
        SyncClient c(dbPath, m_server.certificate(), m_server.url());
        for (int i = 0; i < 3; ++i)
            created.append(c.createPartner(QStringLiteral("Through a bad network %1").arg(i)).id);
    }
    if (pd::server::ServerProcess::underWine())
        QSKIP(pd::server::ServerProcess::wineCertificateStores); // the fault proxy is a TLS server
    FaultProxy proxy(m_server.port(), m_server.certificate(), m_server.certificate(), m_server.key());
    QVERIFY(proxy.start());
    using F = FaultProxy::Fault;
    proxy.addFault(QStringLiteral("/api/v1/push"), F::Hang);
    proxy.addFault(QStringLiteral("/api/v1/push"), F::Error500);
    proxy.addFault(QStringLiteral("/api/v1/push"), F::CloseBeforeReply); // the server commits, the answer is lost
    proxy.addFault(QStringLiteral("/api/v1/changes"), F::TruncatedJson);
    proxy.addFault(QStringLiteral("/api/v1/changes"), F::CloseMidResponse);

    sync::client::SyncWorker::Setup setup;
    setup.databasePath = dbPath;
    setup.server = QUrl(QStringLiteral("https://localhost:%1").arg(proxy.port()));
    setup.intervalSeconds = 0; // only the backoff timer may start a run
    setup.backoffBaseMs = 200;
    setup.backoffCapMs = 1500;
    setup.timeoutMs = 1500;
    const QString ca = m_server.certificate();
    setup.makeTls = [ca] {
        return std::make_unique<sync::client::FileTlsPolicy>(ca);
    };
    setup.makeCredentials = [] {
        return std::make_unique<TestCredentials>();
    };
    sync::client::SyncWorker worker(setup);
    QList<SyncStatus> seen;
    connect(&worker, &sync::client::SyncWorker::statusChanged, this, [&seen](const SyncStatus &s) { seen.append(s); });
    worker.start();
    worker.syncNow();
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last().state, SyncStatus::State::Offline);
    QVERIFY(seen.last().nextRetry.isValid());
    {
        SyncClient c(dbPath, m_server.certificate(), m_server.url());
        QCOMPARE(sync::client::SyncJournal(c.db()).overview().value().pending, qint64(3)); // the outbox is kept
    }
    // No new edit, no call: the backoff timer retries until the server answers properly.
    QTRY_VERIFY_WITH_TIMEOUT(seen.last().state == SyncStatus::State::Synced, 60000);
    QVERIFY(!proxy.faultsLeft());
    int offline = 0;
    for (const SyncStatus &s : seen) {
        if (s.state == SyncStatus::State::Offline) {
            ++offline;
            qInfo().noquote() << "retried after:" << s.message;
        }
    }
    // Qt's network layer resends a request once by itself when a kept-alive connection closes before
    // any answer; the server's idempotent push makes that safe. Every other fault is one failed run.
    QVERIFY2(offline >= 4, qPrintable(QString::number(offline)));
    const auto versions = m_server.versions();
    for (const QString &id : created)
        QCOMPARE(versions.value(QStringLiteral("partner/") + id), qint64(1)); // the retried push was not applied twice
    SyncClient c(dbPath, m_server.certificate(), m_server.url());
    const Records server = m_server.records();
    QVERIFY2(difference(server, c.records()).isEmpty(), qPrintable(difference(server, c.records())));
    QCOMPARE(SyncStatus::State::Synced, seen.last().state);
}

void TestSyncFaults::certificatesRefusedBeforeCredentials_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown self-signed") << QStringLiteral("selfsigned") << QStringLiteral("signed by itself");
    QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("has expired");
    QTest::newRow("wrong host") << QStringLiteral("wronghost") << QStringLiteral("another name");
}

void TestSyncFaults::certificatesRefusedBeforeCredentials()
{
    QFETCH(QString, certificate);
    QFETCH(QString, reason);
    const QString dbPath = m_dir.filePath(QStringLiteral("cert-%1.db").arg(certificate));
    {
        SyncClient c(dbPath, m_server.certificate(), m_server.url());
        QVERIFY(!c.createPartner(QStringLiteral("Never sent")).id.isEmpty());
    }
    if (pd::server::ServerProcess::underWine())
        QSKIP(pd::server::ServerProcess::wineCertificateStores); // the fault proxy is a TLS server
    FaultProxy proxy(m_server.port(), m_server.certificate(),
                     m_certs + QLatin1Char('/') + certificate + QStringLiteral(".pem"),
                     m_certs + QLatin1Char('/') + certificate + QStringLiteral(".key"));
    QVERIFY(proxy.start());
    const CliResult r = cliSync(dbPath, QStringLiteral("https://localhost:%1").arg(proxy.port()),
                                {QStringLiteral("--ca"), m_certs + QStringLiteral("/ca.pem")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("certificate was refused; nothing was sent")), qPrintable(r.err));
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QVERIFY2(r.err.contains(QRegularExpression(QStringLiteral("SHA-256: +([0-9A-F]{2}:){31}[0-9A-F]{2}"))),
             qPrintable(r.err));
    QVERIFY2(proxy.requests().isEmpty(),
             qPrintable(proxy.requests().join(QLatin1Char('\n')))); // no request, no password
    SyncClient c(dbPath, m_server.certificate(), m_server.url());
    QCOMPARE(sync::client::SyncJournal(c.db()).overview().value().pending, qint64(1));
}

void TestSyncFaults::pinnedCertificateWorks()
{
    const QString dbPath = m_dir.filePath(QStringLiteral("pinned.db"));
    {
        SyncClient c(dbPath, m_server.certificate(), m_server.url());
        QVERIFY(!c.createPartner(QStringLiteral("Sent after the pin")).id.isEmpty());
    }
    if (pd::server::ServerProcess::underWine())
        QSKIP(pd::server::ServerProcess::wineCertificateStores); // the fault proxy is a TLS server
    FaultProxy proxy(m_server.port(), m_server.certificate(), m_certs + QStringLiteral("/selfsigned.pem"),
                     m_certs + QStringLiteral("/selfsigned.key"));
    QVERIFY(proxy.start());
    const QString url = QStringLiteral("https://localhost:%1").arg(proxy.port());
    const CliResult refused = cliSync(dbPath, url);
    QCOMPARE(refused.exitCode, 1);
    const auto m = QRegularExpression(QStringLiteral("SHA-256: +((?:[0-9A-F]{2}:){31}[0-9A-F]{2})")).match(refused.err);
    QVERIFY(m.hasMatch());
    QVERIFY(proxy.requests().isEmpty());
    // Another certificate's fingerprint does not open the door.
    const CliResult wrongPin =
        cliSync(dbPath, url,
                {QStringLiteral("--trust-fingerprint"), QString(m.captured(1)).replace(0, 2, QStringLiteral("00"))});
    QCOMPARE(wrongPin.exitCode, 1);
    QVERIFY(proxy.requests().isEmpty());
    const CliResult pinned = cliSync(dbPath, url, {QStringLiteral("--trust-fingerprint"), m.captured(1)});
    QVERIFY2(pinned.exitCode == 0, qPrintable(pinned.out + pinned.err));
    QVERIFY(pinned.out.contains(QStringLiteral("pushed: 1")));
    QVERIFY(!proxy.requests().isEmpty());
}

void TestSyncFaults::massDeleteWaitsForTheUser()
{
    const QString a = m_dir.filePath(QStringLiteral("mass-a.db"));
    const QString b = m_dir.filePath(QStringLiteral("mass-b.db"));
    QStringList ids;
    {
        SyncClient ca(a, m_server.certificate(), m_server.url());
        SyncClient cb(b, m_server.certificate(), m_server.url());
        QCOMPARE(cb.sync().outcome, SyncOutcome::Synced); // whatever the server has already
        for (int i = 0; i < 30; ++i)
            ids.append(ca.createPartner(QStringLiteral("Doomed %1").arg(i)).id);
        QCOMPARE(ca.sync().outcome, SyncOutcome::Synced);
        QCOMPARE(cb.sync().outcome, SyncOutcome::Synced);
        const qint64 total = cb.partnerIds().size();
        for (const QString &id : ca.partnerIds())
            QVERIFY(ca.removePartner(id));
        QCOMPARE(ca.sync().outcome, SyncOutcome::Synced);
        QVERIFY(total >= 30);
    }
    const QStringList ca{QStringLiteral("--ca"), m_server.certificate()};
    const CliResult refused = cliSync(b, m_server.url(), ca);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("--allow-mass-delete")), qPrintable(refused.err));
    {
        SyncClient cb(b, m_server.certificate(), m_server.url());
        QVERIFY(cb.partnerIds().size() >= 30); // nothing was deleted
    }
    const CliResult allowed = cliSync(b, m_server.url(), ca + QStringList{QStringLiteral("--allow-mass-delete")});
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.out + allowed.err));
    SyncClient cb(b, m_server.certificate(), m_server.url());
    QVERIFY(cb.partnerIds().isEmpty());
    QVERIFY2(difference(m_server.records(), cb.records()).isEmpty(),
             qPrintable(difference(m_server.records(), cb.records())));
}

// The server is replaced (a restore, a new server: a new epoch). Recording that is one step: the resync flag
// and the new epoch together. A database that refuses the flag, or a client killed between the two, stores
// neither; the next sync then does the full resync and puts back what the new server lacks.
void TestSyncFaults::epochChangeFailingHalfway()
{
    const QString db = m_dir.filePath(QStringLiteral("epoch.db"));
    QString partnerId;
    {
        SyncClient client(db, m_server.certificate(), m_server.url());
        partnerId = client.createPartner(QStringLiteral("Before the restore")).id;
        QCOMPARE(client.sync().outcome, SyncOutcome::Synced);
    }
    const auto stored = [&db](const char *key) {
        auto opened = storage::Database::open(db, storage::Database::Mode::OpenExisting);
        if (!opened)
            return QStringLiteral("<cannot open>");
        return sync::client::SyncJournal(opened.value()->connection()).value(key).value();
    };
    const QString oldEpoch = stored(sync::client::SyncJournal::kEpoch);
    QVERIFY(!oldEpoch.isEmpty());

    SyncServer replaced;
    QVERIFY(replaced.init(m_dir.filePath(QStringLiteral("server-replaced"))));
    QVERIFY(replaced.start());
    {
        // The database refuses the resync flag (a full disk would, for one): the run fails and says so.
        SyncClient client(db, replaced.certificate(), replaced.url());
        for (const char *event : {"INSERT", "UPDATE"}) {
            QSqlQuery q(client.db());
            QVERIFY2(
                q.exec(QStringLiteral("CREATE TRIGGER refuse_resync_%1 BEFORE %1 ON sync_state WHEN new.key = 'resync' "
                                      "AND new.value <> '' BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
                           .arg(QLatin1String(event))),
                qPrintable(q.lastError().text()));
        }
        const auto r = client.sync();
        QCOMPARE(r.outcome, SyncOutcome::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("disk is full")), qPrintable(r.message));
        QSqlQuery q(client.db());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_resync_INSERT")));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_resync_UPDATE")));
    }
    QCOMPARE(stored(sync::client::SyncJournal::kEpoch), oldEpoch);
    QCOMPARE(stored(sync::client::SyncJournal::kResync), QString());

    // Killed between flagging the resync and storing the epoch: nothing of it was kept.
    const CliResult killed = cliSync(db, replaced.url(), {QStringLiteral("--ca"), replaced.certificate()},
                                     {QStringLiteral("PD_SYNC_FAULT=epoch_flagged")});
    QVERIFY2(killed.status == QProcess::CrashExit || killed.exitCode != 0, qPrintable(killed.out + killed.err));
    QCOMPARE(stored(sync::client::SyncJournal::kEpoch), oldEpoch);

    // The next sync sees the new epoch, resyncs, and uploads what the new server never had.
    {
        SyncClient client(db, replaced.certificate(), replaced.url());
        const auto r = client.sync();
        QVERIFY2(r.outcome == SyncOutcome::Synced, qPrintable(r.message));
    }
    QVERIFY(stored(sync::client::SyncJournal::kEpoch) != oldEpoch);
    QCOMPARE(stored(sync::client::SyncJournal::kResync), QString());
    QVERIFY2(replaced.records().value(QStringLiteral("partner")).contains(partnerId),
             "the new server did not get the partner back");
    // The full resync was preceded by a copy of the file, in the backups folder beside it.
    const QStringList copies =
        QDir(QFileInfo(db).absolutePath() + QStringLiteral("/backups"))
            .entryList({QFileInfo(db).completeBaseName() + QStringLiteral("-*-resync.db")}, QDir::Files);
    QCOMPARE(copies.size(), 1);
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
