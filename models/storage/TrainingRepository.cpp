#include "TrainingRepository.h"

#include "ChangeRecorder.h"
#include "Database.h"
#include "Partner.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace pd::storage {

using namespace pd::domain;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::TrainingRepository)
};

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(sql::toStored(d)) : QJsonValue(QJsonValue::Null);
}

QJsonObject fieldsOf(const Course &c)
{
    return {{QStringLiteral("title"), c.title},
            {QStringLiteral("kind"), toKey(c.kind)},
            {QStringLiteral("format"), toKey(c.format)},
            {QStringLiteral("hours"), c.hours},
            {QStringLiteral("description"), c.description}};
}

QJsonObject fieldsOf(const Enrollment &e)
{
    return {{QStringLiteral("person_id"), e.personId},
            {QStringLiteral("course_id"), e.courseId},
            {QStringLiteral("enrolled_on"), date(e.enrolledOn)},
            {QStringLiteral("progress_pct"), e.progressPct},
            {QStringLiteral("completed_on"), date(e.completedOn)}};
}

QJsonObject fieldsOf(const Certificate &c)
{
    return {{QStringLiteral("person_id"), c.personId},           {QStringLiteral("partner_id"), c.partnerId},
            {QStringLiteral("competence"), toKey(c.competence)}, {QStringLiteral("number"), c.number},
            {QStringLiteral("issued_on"), date(c.issuedOn)},     {QStringLiteral("expires_on"), date(c.expiresOn)}};
}

QJsonObject fieldsOf(const CompatCertification &c)
{
    QJsonArray steps;
    for (const CompatStep &s : c.steps)
        steps.append(QJsonObject{{QStringLiteral("number"), s.number},
                                 {QStringLiteral("started_on"), date(s.startedOn)},
                                 {QStringLiteral("completed_on"), date(s.completedOn)},
                                 {QStringLiteral("note"), s.note}});
    return {{QStringLiteral("partner_id"), c.partnerId},
            {QStringLiteral("product_name"), c.productName},
            {QStringLiteral("product_version"), c.productVersion},
            {QStringLiteral("service"), c.service},
            {QStringLiteral("vendor"), c.vendor},
            {QStringLiteral("test_project_id"), c.testProjectId},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("outcome"), toKey(c.outcome)},
            {QStringLiteral("certificate_number"), c.certificateNumber},
            {QStringLiteral("issuer"), c.issuer},
            {QStringLiteral("issued_on"), date(c.issuedOn)},
            {QStringLiteral("expires_on"), date(c.expiresOn)}};
}

// Loads a record's stored fields (as fieldsOf would give them), or an empty object when it is new.
Result<QJsonObject> storedFields(const QSqlDatabase &db, const QString &table, const QString &id,
                                 const QJsonObject &shape)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(shape.keys().join(QLatin1String(", ")), table)))
        return sql::errorOf(q, Tr::tr("read a training record"));
    q.addBindValue(id);
    if (!q.exec())
        return sql::errorOf(q, Tr::tr("read a training record"));
    QJsonObject stored;
    if (!q.next())
        return stored;
    const QStringList keys = shape.keys();
    for (int i = 0; i < keys.size(); ++i) {
        const QJsonValue like = shape.value(keys.at(i));
        const QVariant v = q.value(i);
        if (v.isNull())
            stored.insert(keys.at(i), QJsonValue::Null);
        else if (like.isArray())
            stored.insert(keys.at(i), QJsonDocument::fromJson(v.toString().toUtf8()).array());
        else if (like.isDouble())
            stored.insert(keys.at(i), v.toLongLong());
        else
            stored.insert(keys.at(i), v.toString());
    }
    return stored;
}

// Inserts or updates one record and records what changed; unchanged records write nothing.
Status writeRecord(const QSqlDatabase &db, const Clock &clock, const QString &actor, const QString &table,
                   const QString &entity, const QString &id, const QString &parentId, const QJsonObject &after)
{
    auto before = storedFields(db, table, id, after);
    if (!before)
        return before.error();
    const bool isNew = before.value().isEmpty();
    const QList<FieldChange> changes =
        isNew ? ChangeRecorder::created(after) : ChangeRecorder::diff(before.value(), after);
    if (changes.isEmpty())
        return {};
    const QDateTime now = clock.nowUtc();
    Transaction tx(db);
    if (!tx.isActive())
        return Error{Tr::tr("Could not save: the database is busy or read-only."), {}, {}};
    const QStringList columns = after.keys(); // the keys are column names from this file, never input
    QVariantList values;
    for (const QString &c : columns)
        values.append(sql::bound(after.value(c)));
    Result<QSqlQuery> q = Error{};
    if (isNew) {
        QStringList marks(columns.size() + 3, QStringLiteral("?"));
        values.prepend(id);
        values << sql::toStored(now) << sql::toStored(now);
        q = sql::exec(db,
                      QStringLiteral("INSERT INTO %1 (id, %2, created_at, updated_at) VALUES (%3)")
                          .arg(table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", "))),
                      values);
    } else {
        QStringList sets;
        for (const QString &c : columns)
            sets.append(c + QStringLiteral(" = ?"));
        values << sql::toStored(now) << id;
        q = sql::exec(
            db,
            QStringLiteral("UPDATE %1 SET %2, updated_at = ? WHERE id = ?").arg(table, sets.join(QLatin1String(", "))),
            values);
    }
    if (!q)
        return q.error();
    QJsonObject outboxFields;
    for (const FieldChange &c : changes)
        outboxFields.insert(c.field, after.value(c.field));
    ChangeRecorder recorder(db, now, actor);
    if (Status s = recorder.record(entity, id, parentId, isNew ? ChangeAction::Create : ChangeAction::Update, 0,
                                   outboxFields, changes);
        !s)
        return s;
    return tx.commit();
}

QString personPartner(const QSqlDatabase &db, const QString &personId)
{
    auto q = sql::exec(db, QStringLiteral("SELECT partner_id FROM people WHERE id = ?"), {personId});
    return q && q.value().next() ? q.value().value(0).toString() : QString();
}

Certificate certificateFromRow(const QSqlQuery &r, int first)
{
    Certificate c;
    c.id = r.value(first).toString();
    c.personId = r.value(first + 1).toString();
    c.partnerId = r.value(first + 2).toString();
    c.competence = competenceFromKey(r.value(first + 3).toString()).value_or(Competence::Sale);
    c.number = r.value(first + 4).toString();
    c.issuedOn = sql::dateFromStored(r.value(first + 5).toString());
    c.expiresOn = sql::dateFromStored(r.value(first + 6).toString());
    return c;
}

const QString kCertificateColumns =
    QStringLiteral("c.id, c.person_id, c.partner_id, c.competence, c.number, c.issued_on, c.expires_on");

// Certificates with their holder's and partner's names, filtered by `where` (bound `values`).
Result<QList<CertificateRow>> certificateRows(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    auto q = sql::exec(
        db,
        QStringLiteral("SELECT %1, p.name, pa.name FROM certificates c JOIN people p ON p.id = c.person_id "
                       "JOIN partners pa ON pa.id = c.partner_id WHERE %2 ORDER BY c.expires_on, pa.name, p.name")
            .arg(kCertificateColumns, where),
        values);
    if (!q)
        return q.error();
    QList<CertificateRow> list;
    while (q.value().next())
        list.append({certificateFromRow(q.value(), 0), q.value().value(7).toString(), q.value().value(8).toString()});
    return list;
}

} // namespace

TrainingRepository::TrainingRepository(QSqlDatabase db, const Clock &clock, QString actor)
    : m_db(std::move(db)), m_clock(clock), m_actor(std::move(actor))
{}

Result<QList<Course>> TrainingRepository::courses() const
{
    auto q = sql::exec(
        m_db, QStringLiteral("SELECT id, title, kind, format, hours, description FROM courses ORDER BY title"));
    if (!q)
        return q.error();
    QList<Course> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        list.append({r.value(0).toString(), r.value(1).toString(),
                     courseKindFromKey(r.value(2).toString()).value_or(CourseKind::Product),
                     courseFormatFromKey(r.value(3).toString()).value_or(CourseFormat::Lecture), r.value(4).toInt(),
                     r.value(5).toString()});
    }
    return list;
}

Result<Course> TrainingRepository::saveCourse(Course course)
{
    if (course.title.trimmed().isEmpty())
        return Error{Tr::tr("A course needs a title."), {}, QStringLiteral("title")};
    if (course.hours < 0)
        return Error{Tr::tr("A course cannot last a negative number of hours."), {}, QStringLiteral("hours")};
    if (course.id.isEmpty())
        course.id = newId();
    course.title = course.title.trimmed();
    if (Status s = writeRecord(m_db, m_clock, m_actor, QStringLiteral("courses"), QStringLiteral("course"), course.id,
                               {}, fieldsOf(course));
        !s)
        return s.error();
    return course;
}

Result<QList<EnrollmentRow>> TrainingRepository::enrollmentsOfPartner(const QString &partnerId) const
{
    auto q = sql::exec(
        m_db,
        QStringLiteral("SELECT e.id, e.person_id, e.course_id, e.enrolled_on, e.progress_pct, e.completed_on, "
                       "p.name, c.title FROM enrollments e JOIN people p ON p.id = e.person_id "
                       "JOIN courses c ON c.id = e.course_id WHERE p.partner_id = ? ORDER BY p.name, c.title"),
        {partnerId});
    if (!q)
        return q.error();
    QList<EnrollmentRow> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        list.append({Enrollment{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                                sql::dateFromStored(r.value(3).toString()), r.value(4).toInt(),
                                sql::dateFromStored(r.value(5).toString())},
                     r.value(6).toString(), r.value(7).toString()});
    }
    return list;
}

Result<Enrollment> TrainingRepository::saveEnrollment(Enrollment e)
{
    if (!e.enrolledOn.isValid())
        e.enrolledOn = m_clock.todayUtc();
    if (e.progressPct == 100 && !e.completedOn.isValid())
        e.completedOn = m_clock.todayUtc();
    if (const QString error = training::validateEnrollment(e); !error.isEmpty())
        return Error{error, {}, {}};
    const QString partnerId = personPartner(m_db, e.personId);
    if (partnerId.isEmpty())
        return Error{Tr::tr("The person %1 does not exist.").arg(e.personId), {}, {}};
    if (e.id.isEmpty()) {
        auto existing =
            sql::exec(m_db, QStringLiteral("SELECT id FROM enrollments WHERE person_id = ? AND course_id = ?"),
                      {e.personId, e.courseId});
        if (!existing)
            return existing.error();
        if (existing.value().next())
            return Error{Tr::tr("This person is already enrolled in this course."), {}, {}};
        e.id = newId();
    }
    if (Status s = writeRecord(m_db, m_clock, m_actor, QStringLiteral("enrollments"), QStringLiteral("enrollment"),
                               e.id, partnerId, fieldsOf(e));
        !s)
        return s.error();
    return e;
}

Result<QList<CertificateRow>> TrainingRepository::certificatesOfPartner(const QString &partnerId) const
{
    return certificateRows(m_db, QStringLiteral("c.partner_id = ?"), {partnerId});
}

Result<QList<CertificateRow>> TrainingRepository::expiringCertificates(const QDate &asOf, int days) const
{
    return certificateRows(m_db, QStringLiteral("c.issued_on <= ? AND c.expires_on > ? AND c.expires_on <= ?"),
                           {sql::toStored(asOf), sql::toStored(asOf), sql::toStored(asOf.addDays(days))});
}

Result<Certificate> TrainingRepository::addCertificate(Certificate c, int validityMonths)
{
    if (!c.issuedOn.isValid())
        return Error{Tr::tr("A certificate needs its issue date."), {}, QStringLiteral("issued_on")};
    if (c.issuedOn > m_clock.todayUtc())
        return Error{Tr::tr("A certificate cannot be issued in the future."), {}, QStringLiteral("issued_on")};
    if (!c.expiresOn.isValid())
        c.expiresOn = c.issuedOn.addMonths(validityMonths);
    if (c.expiresOn <= c.issuedOn)
        return Error{Tr::tr("A certificate expires after it is issued."), {}, QStringLiteral("expires_on")};
    c.partnerId = personPartner(m_db, c.personId);
    if (c.partnerId.isEmpty())
        return Error{Tr::tr("The person %1 does not exist.").arg(c.personId), {}, {}};
    if (c.id.isEmpty())
        c.id = newId();
    if (Status s = writeRecord(m_db, m_clock, m_actor, QStringLiteral("certificates"), QStringLiteral("certificate"),
                               c.id, c.partnerId, fieldsOf(c));
        !s)
        return s.error();
    return c;
}

Status TrainingRepository::removeCertificate(const QString &id)
{
    auto q =
        sql::exec(m_db, QStringLiteral("SELECT %1 FROM certificates c WHERE c.id = ?").arg(kCertificateColumns), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{Tr::tr("The certificate %1 does not exist.").arg(id), {}, {}};
    const Certificate c = certificateFromRow(q.value(), 0);
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error{Tr::tr("Could not delete: the database is busy or read-only."), {}, {}};
    auto del = sql::exec(m_db, QStringLiteral("DELETE FROM certificates WHERE id = ?"), {id});
    if (!del)
        return del.error();
    ChangeRecorder recorder(m_db, m_clock.nowUtc(), m_actor);
    if (Status s = recorder.record(QStringLiteral("certificate"), id, c.partnerId, ChangeAction::Delete, 0, {},
                                   ChangeRecorder::deleted(fieldsOf(c)));
        !s)
        return s;
    return tx.commit();
}

Result<QList<CompatCertification>> TrainingRepository::compatOfPartner(const QString &partnerId) const
{
    auto q = sql::exec(
        m_db,
        QStringLiteral("SELECT id, partner_id, product_name, product_version, service, vendor, test_project_id, "
                       "steps, outcome, certificate_number, issuer, issued_on, expires_on "
                       "FROM compat_certifications WHERE partner_id = ? ORDER BY product_name, product_version"),
        {partnerId});
    if (!q)
        return q.error();
    QList<CompatCertification> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        CompatCertification c;
        c.id = r.value(0).toString();
        c.partnerId = r.value(1).toString();
        c.productName = r.value(2).toString();
        c.productVersion = r.value(3).toString();
        c.service = r.value(4).toString();
        c.vendor = r.value(5).toString();
        c.testProjectId = r.value(6).toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(r.value(7).toString().toUtf8()).array()) {
            const QJsonObject s = v.toObject();
            c.steps.append({s.value(QStringLiteral("number")).toInt(),
                            sql::dateFromStored(s.value(QStringLiteral("started_on")).toString()),
                            sql::dateFromStored(s.value(QStringLiteral("completed_on")).toString()),
                            s.value(QStringLiteral("note")).toString()});
        }
        c.outcome = compatOutcomeFromKey(r.value(8).toString()).value_or(CompatOutcome::InProgress);
        c.certificateNumber = r.value(9).toString();
        c.issuer = r.value(10).toString();
        c.issuedOn = sql::dateFromStored(r.value(11).toString());
        c.expiresOn = sql::dateFromStored(r.value(12).toString());
        list.append(std::move(c));
    }
    return list;
}

Result<CompatCertification> TrainingRepository::saveCompat(CompatCertification c)
{
    if (const QString error = training::validateCompat(c); !error.isEmpty())
        return Error{error, {}, {}};
    auto partner = sql::exec(m_db, QStringLiteral("SELECT 1 FROM partners WHERE id = ?"), {c.partnerId});
    if (!partner)
        return partner.error();
    if (!partner.value().next())
        return Error{Tr::tr("The partner %1 does not exist.").arg(c.partnerId), {}, {}};
    if (c.id.isEmpty())
        c.id = newId();
    if (Status s = writeRecord(m_db, m_clock, m_actor, QStringLiteral("compat_certifications"),
                               QStringLiteral("compat_certification"), c.id, c.partnerId, fieldsOf(c));
        !s)
        return s.error();
    return c;
}

} // namespace pd::storage
