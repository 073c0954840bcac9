#include "TrainingService.h"

namespace pd::views {

TrainingService::TrainingService(QSqlDatabase db, const Clock &clock, QString actor, QObject *parent)
    : QObject(parent), m_clock(clock), m_partners(db, clock, actor), m_training(db, clock, actor),
      m_rules(db, clock, actor), m_tiers(db)
{}

Result<storage::PartnerTier> TrainingService::tier(const QString &partnerId, const QDate &asOf) const
{
    auto book = m_rules.load();
    if (!book)
        return book.error();
    return m_tiers.evaluate(partnerId, asOf, book.value());
}

Result<QList<storage::PartnerTier>> TrainingService::tiers(const QDate &asOf) const
{
    auto book = m_rules.load();
    if (!book)
        return book.error();
    return m_tiers.evaluateAll(asOf, book.value());
}

Result<domain::Course> TrainingService::saveCourse(const domain::Course &course)
{
    return announce(m_training.saveCourse(course));
}

Result<domain::Enrollment> TrainingService::saveEnrollment(const domain::Enrollment &enrollment)
{
    return announce(m_training.saveEnrollment(enrollment));
}

Result<domain::Certificate> TrainingService::addCertificate(const domain::Certificate &certificate)
{
    auto book = m_rules.load();
    if (!book)
        return book.error();
    const QDate on = certificate.issuedOn.isValid() ? certificate.issuedOn : today();
    return announce(m_training.addCertificate(certificate, book.value().at(on).certificateValidityMonths));
}

Status TrainingService::removeCertificate(const QString &id)
{
    return announce(m_training.removeCertificate(id));
}

Result<domain::CompatCertification> TrainingService::saveCompat(const domain::CompatCertification &certification)
{
    return announce(m_training.saveCompat(certification));
}

Status TrainingService::saveRules(const domain::ProgramRules &rules)
{
    return announce(m_rules.save(rules));
}

} // namespace pd::views
