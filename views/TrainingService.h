#pragma once

#include "PartnerRepository.h"
#include "ProgramRulesRepository.h"
#include "TierService.h"
#include "TrainingRepository.h"

#include <QObject>

namespace pd::views {

// What the Training page and the program rules dialog do to the store, in one place: reads go to the
// repositories and the tier service, every write goes through a repository (one transaction with its
// audit and outbox entries) and is announced, so the page, its charts and its lists follow it.
class TrainingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingService)

public:
    TrainingService(QSqlDatabase db, const Clock &clock, QString actor, QObject *parent = nullptr);

    QDate today() const { return m_clock.todayUtc(); }

    Result<QList<storage::PartnerSummary>> partners() const { return m_partners.list(); }
    Result<domain::Partner> partner(const QString &id) const { return m_partners.get(id); }
    Result<QList<domain::Course>> courses() const { return m_training.courses(); }
    Result<QList<storage::EnrollmentRow>> enrollments(const QString &partnerId) const
    {
        return m_training.enrollmentsOfPartner(partnerId);
    }
    Result<QList<storage::CertificateRow>> certificates(const QString &partnerId) const
    {
        return m_training.certificatesOfPartner(partnerId);
    }
    Result<QList<storage::CertificateRow>> expiring(const QDate &asOf, int days) const
    {
        return m_training.expiringCertificates(asOf, days);
    }
    Result<QList<domain::CompatCertification>> compat(const QString &partnerId) const
    {
        return m_training.compatOfPartner(partnerId);
    }

    Result<domain::RuleBook> rules() const { return m_rules.load(); }
    Result<storage::PartnerTier> tier(const QString &partnerId, const QDate &asOf) const;
    Result<QList<storage::PartnerTier>> tiers(const QDate &asOf) const;

    Result<domain::Course> saveCourse(const domain::Course &course);
    Result<domain::Enrollment> saveEnrollment(const domain::Enrollment &enrollment);
    Result<domain::Certificate> addCertificate(const domain::Certificate &certificate);
    Status removeCertificate(const QString &id);
    Result<domain::CompatCertification> saveCompat(const domain::CompatCertification &certification);
    Status saveRules(const domain::ProgramRules &rules);

signals:
    // Training data or program rules changed: verdicts, lists and charts are out of date.
    void changed();

private:
    template <typename R>
    R announce(R result)
    {
        if (result.ok())
            emit changed();
        return result;
    }

    const Clock &m_clock;
    storage::PartnerRepository m_partners;
    storage::TrainingRepository m_training;
    storage::ProgramRulesRepository m_rules;
    storage::TierService m_tiers;
};

} // namespace pd::views
