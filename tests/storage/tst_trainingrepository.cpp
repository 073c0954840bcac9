#include "Database.h"
#include "PartnerRepository.h"
#include "TrainingRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pd;
using namespace pd::domain;
using namespace pd::storage;

namespace {

CompatCertification track(const QString &partnerId, int steps)
{
    CompatCertification c;
    c.partnerId = partnerId;
    c.productName = QStringLiteral("DataVault");
    c.productVersion = QStringLiteral("4.2");
    c.service = QStringLiteral("Managed PostgreSQL");
    QDate day(2026, 1, 5); // a Monday
    for (int n = 1; n <= steps; ++n) {
        const int length = n == 4 ? 7 : 1; // the document review takes more than five working days
        c.steps.append({n, day, day.addDays(length), {}});
        day = day.addDays(length);
    }
    return c;
}

} // namespace

class TestTrainingRepository final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<TrainingRepository> m_training;
    Partner m_partner;

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void init()
    {
        static int n = 0;
        auto db = Database::open(m_dir.filePath(QStringLiteral("t%1.db").arg(++n)));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_training = std::make_unique<TrainingRepository>(m_db->connection(), m_clock, QStringLiteral("irina"));
        Partner p;
        p.name = QStringLiteral("ООО «Альфа»");
        p.inn = QStringLiteral("7707083893");
        p.registeredOn = QDate(2015, 1, 1);
        p.people = {Person{{}, {}, QStringLiteral("Анна"), {}, {}, {}},
                    Person{{}, {}, QStringLiteral("Олег"), {}, {}, {}}};
        m_partner = PartnerRepository(m_db->connection(), m_clock, QStringLiteral("irina")).create(p).value();
    }
    void cleanup()
    {
        m_training.reset();
        m_db.reset();
    }

    void coursesAndEnrollments()
    {
        auto course = m_training->saveCourse(
            {{}, QStringLiteral("Managed Kubernetes: deployment"), CourseKind::Technical, CourseFormat::Lab, 16, {}});
        QVERIFY(course.ok());
        QVERIFY(
            !m_training->saveCourse({{}, QStringLiteral("  "), CourseKind::Sales, CourseFormat::Lecture, 1, {}}).ok());
        const QString anna = m_partner.people.at(0).id;
        auto e = m_training->saveEnrollment({{}, anna, course.value().id, {}, 40, {}});
        QVERIFY(e.ok());
        QCOMPARE(e.value().enrolledOn, m_clock.todayUtc());
        QVERIFY(!m_training->saveEnrollment({{}, anna, course.value().id, {}, 0, {}}).ok()); // enrolled twice
        Enrollment done = e.value();
        done.progressPct = 100;
        auto completed = m_training->saveEnrollment(done);
        QVERIFY(completed.ok());
        QCOMPARE(completed.value().completedOn, m_clock.todayUtc());
        auto rows = m_training->enrollmentsOfPartner(m_partner.id);
        QCOMPARE(rows.value().size(), 1);
        QCOMPARE(rows.value().first().enrollment.progressPct, 100);
        QCOMPARE(rows.value().first().courseTitle, QStringLiteral("Managed Kubernetes: deployment"));
        // course create, enrolment create, enrolment update: each audited and queued.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity IN ('course', 'enrollment')")), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity IN ('course', 'enrollment')")), 3);
        // Saving the same values again writes nothing.
        QVERIFY(m_training->saveEnrollment(completed.value()).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'enrollment'")), 2);
    }

    void certificatesExpireByTheProgramRule()
    {
        const QString oleg = m_partner.people.at(1).id;
        Certificate c;
        c.personId = oleg;
        c.competence = Competence::PreSale;
        c.issuedOn = QDate(2024, 8, 1);
        auto added = m_training->addCertificate(c, 24);
        QVERIFY(added.ok());
        QCOMPARE(added.value().expiresOn, QDate(2026, 8, 1));
        QCOMPARE(added.value().partnerId, m_partner.id);
        c.issuedOn = m_clock.todayUtc().addDays(1);
        QVERIFY(!m_training->addCertificate(c, 24).ok());

        auto soon = m_training->expiringCertificates(m_clock.todayUtc(), 90);
        QCOMPARE(soon.value().size(), 1);
        QCOMPARE(soon.value().first().personName, QStringLiteral("Олег"));
        QCOMPARE(m_training->expiringCertificates(m_clock.todayUtc(), 30).value().size(), 0);

        QVERIFY(m_training->removeCertificate(added.value().id).ok());
        QCOMPARE(m_training->certificatesOfPartner(m_partner.id).value().size(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'certificate' AND op = 'delete'")),
                 1);
    }

    void deletingAPersonRemovesItsCertificates()
    {
        Certificate c;
        c.personId = m_partner.people.at(1).id;
        c.issuedOn = QDate(2025, 1, 1);
        QVERIFY(m_training->addCertificate(c, 24).ok());
        PartnerRepository partners(m_db->connection(), m_clock, QStringLiteral("irina"));
        Partner edited = partners.get(m_partner.id).value();
        edited.people.removeLast();
        QVERIFY(partners.update(edited).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM certificates")), 0);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'certificate' AND action = 'delete'")),
            1);
    }

    void compatibilityTrack()
    {
        CompatCertification c = track(m_partner.id, 3);
        auto saved = m_training->saveCompat(c);
        QVERIFY(saved.ok());
        CompatCertification next = saved.value();
        next.steps = track(m_partner.id, 8).steps;
        next.outcome = CompatOutcome::Certified;
        auto refused = m_training->saveCompat(next);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1String("number, an issuer")));
        next.certificateNumber = QStringLiteral("CC-2026-0042");
        next.issuer = QStringLiteral("Cloud Provider");
        next.issuedOn = QDate(2026, 2, 1);
        next.expiresOn = QDate(2027, 2, 1);
        QVERIFY(m_training->saveCompat(next).ok());
        auto list = m_training->compatOfPartner(m_partner.id);
        QCOMPARE(list.value().size(), 1);
        QCOMPARE(list.value().first().steps.size(), 8);
        QCOMPARE(list.value().first(), next);
        // A partner with a compatibility certification on record is not deleted.
        QVERIFY(!PartnerRepository(m_db->connection(), m_clock, QStringLiteral("irina")).remove(m_partner.id).ok());
    }
};

QTEST_GUILESS_MAIN(TestTrainingRepository)
#include "tst_trainingrepository.moc"
