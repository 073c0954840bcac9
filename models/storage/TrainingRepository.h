#pragma once

#include "Clock.h"
#include "Result.h"
#include "TierEngine.h"
#include "Training.h"

#include <QSqlDatabase>

namespace pd::storage {

// A certificate with the names a list shows beside it.
struct CertificateRow
{
    domain::Certificate certificate;
    QString personName;
    QString partnerName;
};

// An enrolment with the names a list shows beside it.
struct EnrollmentRow
{
    domain::Enrollment enrollment;
    QString personName;
    QString courseTitle;
};

// The course catalogue, enrolments, certificates and compatibility certifications. Every write is one
// transaction with its audit entry and outbox mutation; a write that breaks a rule changes nothing.
class TrainingRepository final
{
public:
    TrainingRepository(QSqlDatabase db, const Clock &clock, QString actor);

    Result<QList<domain::Course>> courses() const;
    Result<domain::Course> saveCourse(domain::Course course);

    Result<QList<EnrollmentRow>> enrollmentsOfPartner(const QString &partnerId) const;
    Result<domain::Enrollment> saveEnrollment(domain::Enrollment enrollment);

    Result<QList<CertificateRow>> certificatesOfPartner(const QString &partnerId) const;
    // Valid on asOf and expiring within `days`, soonest first, across every partner.
    Result<QList<CertificateRow>> expiringCertificates(const QDate &asOf, int days) const;
    // An invalid expiresOn is issuedOn plus `validityMonths` (the program rule).
    Result<domain::Certificate> addCertificate(domain::Certificate certificate, int validityMonths);
    Status removeCertificate(const QString &id);

    Result<QList<domain::CompatCertification>> compatOfPartner(const QString &partnerId) const;
    Result<domain::CompatCertification> saveCompat(domain::CompatCertification certification);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
    QString m_actor;
};

} // namespace pd::storage
