#include "TrainingWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "ChangeRecorder.h"
#include "SqlUtil.h"

using namespace Qt::StringLiterals;

namespace pd::demo {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::demo::TrainingWriter)
};

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(storage::sql::toStored(d)) : QJsonValue(QJsonValue::Null);
}

QJsonObject fieldsOf(const domain::Course &c)
{
    return {{u"title"_s, c.title},
            {u"kind"_s, domain::toKey(c.kind)},
            {u"format"_s, domain::toKey(c.format)},
            {u"hours"_s, c.hours},
            {u"description"_s, c.description}};
}

QJsonObject fieldsOf(const domain::Enrollment &e)
{
    return {{u"person_id"_s, e.personId},
            {u"course_id"_s, e.courseId},
            {u"enrolled_on"_s, date(e.enrolledOn)},
            {u"progress_pct"_s, e.progressPct},
            {u"completed_on"_s, date(e.completedOn)}};
}

QJsonObject fieldsOf(const domain::Certificate &c)
{
    return {{u"person_id"_s, c.personId},
            {u"partner_id"_s, c.partnerId},
            {u"competence"_s, domain::toKey(c.competence)},
            {u"number"_s, c.number},
            {u"issued_on"_s, date(c.issuedOn)},
            {u"expires_on"_s, date(c.expiresOn)}};
}

QJsonObject fieldsOf(const domain::CompatCertification &c)
{
    QJsonArray steps;
    for (const domain::CompatStep &s : c.steps)
        steps.append(QJsonObject{{u"number"_s, s.number},
                                 {u"started_on"_s, date(s.startedOn)},
                                 {u"completed_on"_s, date(s.completedOn)},
                                 {u"note"_s, s.note}});
    return {{u"partner_id"_s, c.partnerId},
            {u"product_name"_s, c.productName},
            {u"product_version"_s, c.productVersion},
            {u"service"_s, c.service},
            {u"vendor"_s, c.vendor},
            {u"test_project_id"_s, c.testProjectId},
            {u"steps"_s, steps},
            {u"outcome"_s, domain::toKey(c.outcome)},
            {u"certificate_number"_s, c.certificateNumber},
            {u"issuer"_s, c.issuer},
            {u"issued_on"_s, date(c.issuedOn)},
            {u"expires_on"_s, date(c.expiresOn)}};
}

// The insert for a table whose columns are the keys of a field set (names from this file, never input).
QString insertSql(const QString &table, const QStringList &columns)
{
    const QStringList marks(columns.size() + 3, u"?"_s);
    return u"INSERT INTO %1 (id, %2, created_at, updated_at) VALUES (%3)"_s.arg(table, columns.join(u", "_s),
                                                                                marks.join(u", "_s));
}

QDateTime atNine(const QDate &d)
{
    return QDateTime(d, QTime(9, 0), Qt::UTC);
}

} // namespace

TrainingWriter::TrainingWriter(QSqlDatabase db)
    : m_db(std::move(db)), m_audit(m_db), m_courseInsert(m_db), m_enrollmentInsert(m_db), m_certificateInsert(m_db),
      m_compatInsert(m_db)
{}

Status TrainingWriter::prepare()
{
    const struct
    {
        QSqlQuery *query;
        QString sql;
    } statements[] = {
        {&m_courseInsert, insertSql(u"courses"_s, fieldsOf(domain::Course{}).keys())},
        {&m_enrollmentInsert, insertSql(u"enrollments"_s, fieldsOf(domain::Enrollment{}).keys())},
        {&m_certificateInsert, insertSql(u"certificates"_s, fieldsOf(domain::Certificate{}).keys())},
        {&m_compatInsert, insertSql(u"compat_certifications"_s, fieldsOf(domain::CompatCertification{}).keys())},
    };
    for (const auto &s : statements) {
        if (!s.query->prepare(s.sql))
            return storage::sql::errorOf(*s.query, Tr::tr("prepare the demo training records"));
    }
    return {};
}

Status TrainingWriter::insert(QSqlQuery &query, const QString &entity, const QString &id, const QString &parentId,
                              const QJsonObject &fields, const QDateTime &at)
{
    int i = 0;
    query.bindValue(i++, id);
    const QStringList columns = fields.keys();
    for (const QString &c : columns)
        query.bindValue(i++, storage::sql::bound(fields.value(c)));
    query.bindValue(i++, storage::sql::toStored(at));
    query.bindValue(i++, storage::sql::toStored(at));
    if (!query.exec())
        return storage::sql::errorOf(query, Tr::tr("write the demo training records"));
    return m_audit.append({0,
                           at,
                           u"demo"_s,
                           entity,
                           id,
                           parentId,
                           storage::actionText(storage::ChangeAction::Create),
                           {},
                           storage::ChangeRecorder::created(fields)});
}

Status TrainingWriter::write(const domain::Course &course, const QDateTime &at)
{
    return insert(m_courseInsert, u"course"_s, course.id, {}, fieldsOf(course), at);
}

Status TrainingWriter::write(const domain::Enrollment &enrollment, const QString &partnerId)
{
    return insert(m_enrollmentInsert, u"enrollment"_s, enrollment.id, partnerId, fieldsOf(enrollment),
                  atNine(enrollment.enrolledOn));
}

Status TrainingWriter::write(const domain::Certificate &certificate)
{
    return insert(m_certificateInsert, u"certificate"_s, certificate.id, certificate.partnerId, fieldsOf(certificate),
                  atNine(certificate.issuedOn));
}

Status TrainingWriter::write(const domain::CompatCertification &compat)
{
    const QDate started = compat.steps.isEmpty() ? compat.issuedOn : compat.steps.first().startedOn;
    return insert(m_compatInsert, u"compat_certification"_s, compat.id, compat.partnerId, fieldsOf(compat),
                  atNine(started));
}

} // namespace pd::demo
