#include "AuditLog.h"
#include "Database.h"
#include "Inn.h"
#include "Outbox.h"
#include "PartnerRepository.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace pd;
using namespace pd::domain;
using namespace pd::storage;

namespace {

Partner samplePartner(const QString &inn = QStringLiteral("7707083893"))
{
    Partner p;
    p.name = QStringLiteral("ООО «Северный ветер»");
    p.inn = inn;
    p.registeredOn = QDate(2015, 3, 1);
    p.role = Role::Partner;
    p.stage = OnboardingStage::AgreementSigned;
    p.tier = Tier::Silver;
    p.manager = QStringLiteral("Ирина Смирнова");
    p.region = QStringLiteral("Москва");
    p.people.append(Person{{},
                           {},
                           QStringLiteral("Анна Петрова"),
                           QStringLiteral("Директор"),
                           QStringLiteral("anna@veter.ru"),
                           QStringLiteral("+7 495 123-45-67")});
    return p;
}

} // namespace

class TestPartnerRepository final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<PartnerRepository> m_repo;

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    qint64 rows(const char *table) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    }

private slots:
    void init()
    {
        static int n = 0;
        auto db = Database::open(m_dir.filePath(QStringLiteral("repo%1.db").arg(++n)));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_repo = std::make_unique<PartnerRepository>(m_db->connection(), m_clock, QStringLiteral("irina"));
    }
    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
    }

    void createWritesRowAuditAndOutboxTogether()
    {
        auto created = m_repo->create(samplePartner());
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().text()));
        const Partner &p = created.value();
        QVERIFY(!QUuid::fromString(p.id).isNull());
        QCOMPARE(p.people.size(), 1);
        QCOMPARE(p.people.first().partnerId, p.id);
        QCOMPARE(p.createdAt, m_clock.nowUtc());
        QCOMPARE(rows("partners"), 1);
        QCOMPARE(rows("people"), 1);
        // One audit entry and one mutation per record, linked by the mutation id.
        QCOMPARE(rows("audit_log"), 2);
        QCOMPARE(rows("outbox"), 2);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM audit_log a JOIN outbox o ON o.mutation_id = a.mutation_id")),
            2);

        auto pending = Outbox(m_db->connection()).pending();
        QVERIFY(pending.ok());
        const Mutation &m = pending.value().first();
        QCOMPARE(m.entity, QStringLiteral("partner"));
        QCOMPARE(m.op, QStringLiteral("upsert"));
        QCOMPARE(m.fields.value(QStringLiteral("inn")).toString(), QStringLiteral("7707083893"));
        QCOMPARE(m.fields.value(QStringLiteral("tier")).toString(), QStringLiteral("silver"));

        auto history = AuditLog(m_db->connection()).historyOf(p.id);
        QVERIFY(history.ok());
        QCOMPARE(history.value().size(), 2); // the partner and its person
        QCOMPARE(history.value().last().action, QStringLiteral("create"));
        QCOMPARE(history.value().last().actor, QStringLiteral("irina"));
    }

    void roundTripKeepsEveryField()
    {
        Partner p = samplePartner();
        p.role = Role::WhiteLabel;
        p.whiteLabel = {QStringLiteral("VeterCloud"),
                        PaymentModel::Postpaid,
                        1250,
                        {QStringLiteral("GPU"), QStringLiteral("Kubernetes")}};
        p.notes = QStringLiteral("Quote's \"quotes\"; DROP TABLE partners; --");
        auto created = m_repo->create(p);
        QVERIFY(created.ok());
        auto loaded = m_repo->get(created.value().id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().whiteLabel, p.whiteLabel);
        QCOMPARE(loaded.value().notes, p.notes);
        QCOMPARE(loaded.value().role, Role::WhiteLabel);
        QCOMPARE(loaded.value().registeredOn, p.registeredOn);
        QCOMPARE(rows("partners"), 1);
    }

    void updateWritesOnlyChangedFields()
    {
        auto created = m_repo->create(samplePartner());
        QVERIFY(created.ok());
        Partner p = created.value();
        m_clock.advanceSecs(60);
        p.region = QStringLiteral("Казань");
        p.tier = Tier::Gold;
        auto updated = m_repo->update(p);
        QVERIFY(updated.ok());
        QCOMPARE(updated.value().region, QStringLiteral("Казань"));
        QCOMPARE(updated.value().updatedAt, m_clock.nowUtc());
        QCOMPARE(updated.value().createdAt, created.value().createdAt);

        auto pending = Outbox(m_db->connection()).pending();
        const Mutation &m = pending.value().last();
        QCOMPARE(m.fields.keys(), (QStringList{QStringLiteral("region"), QStringLiteral("tier")}));
        auto history = AuditLog(m_db->connection()).historyOf(p.id);
        const AuditEntry &latest = history.value().first();
        QCOMPARE(latest.action, QStringLiteral("update"));
        QCOMPARE(latest.changes.size(), 2);
        QCOMPARE(latest.changes.at(0).field, QStringLiteral("region"));
        QCOMPARE(latest.changes.at(0).oldValue.toString(), QStringLiteral("Москва"));
        QCOMPARE(latest.changes.at(0).newValue.toString(), QStringLiteral("Казань"));

        // Saving the same values again writes nothing.
        const qint64 audits = rows("audit_log");
        QVERIFY(m_repo->update(updated.value()).ok());
        QCOMPARE(rows("audit_log"), audits);
        QCOMPARE(rows("outbox"), audits);
    }

    void peopleAreAddedChangedAndRemoved()
    {
        auto created = m_repo->create(samplePartner());
        Partner p = created.value();
        p.people[0].phone = QStringLiteral("+7 495 000-00-00");
        p.people.append(Person{{}, {}, QStringLiteral("Олег Ким"), QStringLiteral("Пресейл"), {}, {}});
        auto updated = m_repo->update(p);
        QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().text()));
        QCOMPARE(updated.value().people.size(), 2);
        QCOMPARE(updated.value().people.at(0).phone, QStringLiteral("+7 495 000-00-00"));
        QCOMPARE(updated.value().people.at(1).name, QStringLiteral("Олег Ким"));

        Partner q = updated.value();
        q.people.removeFirst();
        auto again = m_repo->update(q);
        QVERIFY(again.ok());
        QCOMPARE(again.value().people.size(), 1);
        QCOMPARE(rows("people"), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'person' AND op = 'delete'")), 1);
        QCOMPARE(m_repo->list().value().first().peopleCount, 1);
    }

    void duplicateInnIsRefusedAndChangesNothing()
    {
        QVERIFY(m_repo->create(samplePartner()).ok());
        const qint64 audits = rows("audit_log");
        Partner other = samplePartner();
        other.name = QStringLiteral("АО «Другой»");
        auto refused = m_repo->create(other);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("inn"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("Северный ветер")),
                 qPrintable(refused.error().message));
        QCOMPARE(rows("partners"), 1);
        QCOMPARE(rows("audit_log"), audits);
        QCOMPARE(rows("outbox"), audits);

        // Changing another partner's INN to a used one is refused the same way.
        auto second = m_repo->create(samplePartner(QStringLiteral("7736050003")));
        QVERIFY(second.ok());
        Partner edit = second.value();
        edit.inn = QStringLiteral("7707083893");
        QVERIFY(!m_repo->update(edit).ok());
        QCOMPARE(m_repo->get(edit.id).value().inn, QStringLiteral("7736050003"));
    }

    void ruleViolationsAreRefusedWithTheField()
    {
        Partner p = samplePartner(QStringLiteral("7707083894"));
        auto refused = m_repo->create(p);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("inn"));
        QVERIFY(refused.error().message.contains(QLatin1String("check digit")));
        p = samplePartner();
        p.role = Role::Agent;
        refused = m_repo->create(p);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("tier"));
        QCOMPARE(rows("partners"), 0);
        QCOMPARE(rows("audit_log"), 0);
        QCOMPARE(rows("outbox"), 0);
    }

    void removeRecordsTheOldValues()
    {
        auto created = m_repo->create(samplePartner());
        const QString id = created.value().id;
        QVERIFY(m_repo->remove(id).ok());
        QCOMPARE(rows("partners"), 0);
        QCOMPARE(rows("people"), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'delete'")), 2);
        auto history = AuditLog(m_db->connection()).historyOf(id);
        const AuditEntry &deleted = history.value().first();
        QCOMPARE(deleted.action, QStringLiteral("delete"));
        bool sawInn = false;
        for (const FieldChange &c : deleted.changes) {
            if (c.field == QLatin1String("inn")) {
                sawInn = true;
                QCOMPARE(c.oldValue.toString(), QStringLiteral("7707083893"));
                QVERIFY(c.newValue.isNull());
            }
        }
        QVERIFY(sawInn);
        QVERIFY(!m_repo->get(id).ok());
        QVERIFY(!m_repo->remove(id).ok());
    }

    void recreateWithTheSameIdRestoresTheRecord()
    {
        auto created = m_repo->create(samplePartner());
        const Partner snapshot = created.value();
        QVERIFY(m_repo->remove(snapshot.id).ok());
        auto restored = m_repo->create(snapshot);
        QVERIFY(restored.ok());
        QCOMPARE(restored.value().id, snapshot.id);
        QCOMPARE(restored.value().people.first().id, snapshot.people.first().id);
        QCOMPARE(restored.value().createdAt, snapshot.createdAt);
    }

    void listIsSortedByName()
    {
        Partner b = samplePartner(QStringLiteral("7736050003"));
        b.name = QStringLiteral("Б-Технологии");
        Partner a = samplePartner();
        a.name = QStringLiteral("АльфаСофт");
        QVERIFY(m_repo->create(b).ok());
        QVERIFY(m_repo->create(a).ok());
        auto list = m_repo->list();
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 2);
        QCOMPARE(list.value().at(0).name, QStringLiteral("АльфаСофт"));
        QCOMPARE(m_repo->count().value(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPartnerRepository)
#include "tst_partnerrepository.moc"
