// A writer killed with SIGKILL in the middle of its writes leaves every change whole (row, audit entry
// and outbox mutation) or absent, and every write it was told had succeeded is in the file.
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "AuditLog.h"
#include "Database.h"
#include "PartnerRepository.h"

namespace {

struct Ack
{
    QString id;
    QString op;
    qint64 rev = 0;
};

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

qint64 revOf(const QString &notes)
{
    return notes.startsWith(QLatin1String("rev ")) ? notes.mid(4).toLongLong() : -1;
}

} // namespace

class TestCrashSafety final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWriterLeavesWholeChanges();
    void killedWhileCreatingTheFile();

private:
    QList<Ack> runAndKill(int round, QRandomGenerator &rng, QString *error);
    void verifyFile(const QList<Ack> &acks);
    // The newest value of each field in the audit entries of one record, as {field: value}.
    static QJsonObject latestAudited(const QList<pd::storage::AuditEntry> &history, const QString &entity,
                                     const QString &id, QString *lastAction);

    QTemporaryDir m_dir;
    QString m_path;
    int m_rounds = 20;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("crash.db"));
    QVERIFY2(QFileInfo::exists(QStringLiteral(PD_CRASH_WRITER_PATH)), PD_CRASH_WRITER_PATH);
    if (const int rounds = qEnvironmentVariableIntValue("PD_CRASH_ROUNDS"); rounds > 0)
        m_rounds = rounds;
}

QList<Ack> TestCrashSafety::runAndKill(int round, QRandomGenerator &rng, QString *error)
{
    QProcess writer;
    writer.setProgram(QStringLiteral(PD_CRASH_WRITER_PATH));
    writer.setArguments({m_path, QString::number(round)});
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start();
    if (!writer.waitForStarted(10'000)) {
        *error = QStringLiteral("the writer did not start: ") + writer.errorString();
        return {};
    }
    // Let it get going (past opening the file), then kill it at a random moment of its work.
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (!output.contains("ack ") && timer.elapsed() < 20'000 && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(50);
        output += writer.readAllStandardOutput();
    }
    const int delayMs = int(rng.bounded(400));
    QElapsedTimer delay;
    delay.start();
    while (delay.elapsed() < delayMs && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(qMax(1, int(delayMs - delay.elapsed())));
        output += writer.readAllStandardOutput();
    }
    const bool wasRunning = writer.state() == QProcess::Running;
    writer.kill(); // SIGKILL on Unix: no destructor, no rollback, no flush runs
    writer.waitForFinished(10'000);
    output += writer.readAllStandardOutput();
    if (!wasRunning) {
        *error = QStringLiteral("the writer stopped on its own: ") + QString::fromUtf8(writer.readAllStandardError());
        return {};
    }

    QList<Ack> acks;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 4 && parts.at(0) == "ack")
            acks.append({QString::fromLatin1(parts.at(1)), QString::fromLatin1(parts.at(2)), parts.at(3).toLongLong()});
    }
    return acks;
}

QJsonObject TestCrashSafety::latestAudited(const QList<pd::storage::AuditEntry> &history, const QString &entity,
                                           const QString &id, QString *lastAction)
{
    QJsonObject values;
    lastAction->clear();
    for (const pd::storage::AuditEntry &entry : history) { // newest first
        if (entry.entity != entity || entry.entityId != id)
            continue;
        if (lastAction->isEmpty())
            *lastAction = entry.action;
        for (const pd::storage::FieldChange &change : entry.changes) {
            if (!values.contains(change.field))
                values.insert(change.field, QJsonValue::fromVariant(change.newValue));
        }
    }
    return values;
}

void TestCrashSafety::verifyFile(const QList<Ack> &acks)
{
    // It opens: quick_check passes, and the full integrity and reference checks pass too.
    auto opened = pd::storage::Database::open(m_path, pd::storage::Database::Mode::OpenExisting);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().text()));
    const pd::storage::Database &db = *opened.value();
    const pd::Status verified = db.verify();
    QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error().text()));
    const QSqlDatabase connection = db.connection();
    const pd::storage::PartnerRepository repository(connection, pd::SystemClock::instance(), QStringLiteral("test"));
    const pd::storage::AuditLog audit(connection);

    // Every acknowledged write is there: the partner exists with that write or a later one.
    for (const Ack &ack : acks) {
        auto partner = repository.get(ack.id);
        QVERIFY2(partner.ok(), qPrintable(QStringLiteral("acknowledged %1 of %2 is missing").arg(ack.op, ack.id)));
        QVERIFY2(revOf(partner.value().notes) >= ack.rev,
                 qPrintable(QStringLiteral("acknowledged %1 rev %2 of %3, found %4")
                                .arg(ack.op)
                                .arg(ack.rev)
                                .arg(ack.id, partner.value().notes)));
    }

    QSqlQuery q(connection);
    const auto countOf = [&q](const char *sql) {
        if (!q.exec(QString::fromLatin1(sql)) || !q.next())
            return qint64(-1);
        return q.value(0).toLongLong();
    };
    // Each record has its create entry and its outbox mutation.
    QCOMPARE(countOf("SELECT count(*) FROM partners p WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE "
                     "a.entity = 'partner' AND a.entity_id = p.id AND a.action = 'create')"),
             0);
    QCOMPARE(countOf("SELECT count(*) FROM partners p WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE "
                     "o.entity = 'partner' AND o.entity_id = p.id)"),
             0);
    QCOMPARE(countOf("SELECT count(*) FROM people p WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE "
                     "a.entity = 'person' AND a.entity_id = p.id AND a.action = 'create')"),
             0);
    QCOMPARE(countOf("SELECT count(*) FROM people p WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE "
                     "o.entity = 'person' AND o.entity_id = p.id)"),
             0);
    // Audit entries and outbox mutations come in pairs, linked by the mutation id.
    QCOMPARE(countOf("SELECT count(*) FROM audit_log a WHERE a.mutation_id IS NULL OR NOT EXISTS "
                     "(SELECT 1 FROM outbox o WHERE o.mutation_id = a.mutation_id AND o.entity_id = a.entity_id)"),
             0);
    QCOMPARE(countOf("SELECT count(*) FROM outbox o WHERE NOT EXISTS "
                     "(SELECT 1 FROM audit_log a WHERE a.mutation_id = o.mutation_id)"),
             0);
    QCOMPARE(countOf("SELECT count(*) FROM outbox"), countOf("SELECT count(*) FROM audit_log"));

    // Each record's newest audited values are the values in its row.
    auto list = repository.list();
    QVERIFY(list.ok());
    QVERIFY(!list.value().isEmpty());
    for (const pd::storage::PartnerSummary &summary : list.value()) {
        auto partner = repository.get(summary.id);
        QVERIFY(partner.ok());
        const pd::domain::Partner &p = partner.value();
        auto history = audit.historyOf(p.id);
        QVERIFY(history.ok());
        QString lastAction;
        const QJsonObject audited = latestAudited(history.value(), QStringLiteral("partner"), p.id, &lastAction);
        QVERIFY(lastAction == QLatin1String("create") || lastAction == QLatin1String("update"));
        const QJsonObject row = pd::storage::PartnerRepository::toFields(p);
        for (auto it = row.begin(); it != row.end(); ++it)
            QVERIFY2(sameValue(audited.value(it.key()), it.value()),
                     qPrintable(QStringLiteral("%1.%2: audit and row differ").arg(p.id, it.key())));

        QSet<QString> present;
        for (int i = 0; i < p.people.size(); ++i) {
            const pd::domain::Person &person = p.people.at(i);
            present.insert(person.id);
            const QJsonObject personAudited =
                latestAudited(history.value(), QStringLiteral("person"), person.id, &lastAction);
            QVERIFY(lastAction == QLatin1String("create") || lastAction == QLatin1String("update"));
            const QJsonObject personRow = pd::storage::PartnerRepository::toFields(person);
            for (auto it = personRow.begin(); it != personRow.end(); ++it)
                QVERIFY2(sameValue(personAudited.value(it.key()), it.value()),
                         qPrintable(QStringLiteral("person %1.%2: audit and row differ").arg(person.id, it.key())));
        }
        // A person whose newest entry is a delete is gone; every other audited person is present.
        QSet<QString> auditedPeople;
        for (const pd::storage::AuditEntry &entry : history.value()) {
            if (entry.entity == QLatin1String("person"))
                auditedPeople.insert(entry.entityId);
        }
        for (const QString &personId : std::as_const(auditedPeople)) {
            latestAudited(history.value(), QStringLiteral("person"), personId, &lastAction);
            QCOMPARE(present.contains(personId), lastAction != QLatin1String("delete"));
        }
    }
}

void TestCrashSafety::killedWriterLeavesWholeChanges()
{
    const quint32 seed = qEnvironmentVariableIsSet("PD_CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("PD_CRASH_SEED"))
                             : QRandomGenerator::global()->generate();
    qInfo("kill timings from seed %u (set PD_CRASH_SEED to repeat them)", seed);
    QRandomGenerator rng(seed);
    int totalAcks = 0;
    for (int round = 0; round < m_rounds; ++round) {
        QString error;
        const QList<Ack> acks = runAndKill(round, rng, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        totalAcks += int(acks.size());
        verifyFile(acks);
        if (QTest::currentTestFailed()) {
            qWarning("round %d failed", round);
            return;
        }
    }
    qInfo("%d rounds, %d acknowledged writes, killed while writing each round", m_rounds, totalAcks);
    QVERIFY(totalAcks > m_rounds);
}

void TestCrashSafety::killedWhileCreatingTheFile()
{
    // Killed while it creates and migrates a new file: the file is either absent or opens whole.
    QRandomGenerator rng(QRandomGenerator::global()->generate());
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString file = m_dir.filePath(QStringLiteral("fresh-%1.db").arg(attempt));
        QProcess writer;
        writer.start(QStringLiteral(PD_CRASH_WRITER_PATH), {file, QStringLiteral("0")});
        QVERIFY(writer.waitForStarted(10'000));
        QTest::qWait(int(rng.bounded(60)));
        writer.kill();
        writer.waitForFinished(10'000);
        if (!QFileInfo::exists(file))
            continue;
        auto opened = pd::storage::Database::open(file);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().text()));
        QCOMPARE(opened.value()->schemaVersion(), pd::storage::Database::currentSchemaVersion());
        const pd::Status verified = opened.value()->verify();
        QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error().text()));
    }
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
