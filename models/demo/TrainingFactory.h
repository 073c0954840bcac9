#pragma once

#include "DemoRandom.h"
#include "Partner.h"
#include "TierEngine.h"
#include "Training.h"

#include <QDateTime>
#include <QList>

namespace pd::demo {

// What the demo adds for one partner: specialists beyond its contacts, their enrolments and
// certificates, and its software compatibility tracks.
struct PartnerTraining
{
    QList<domain::Person> specialists;
    QList<domain::Enrollment> enrollments;
    QList<domain::Certificate> certificates;
    QList<domain::CompatCertification> compat;
};

// Makes the demo's training data from its own random stream: the course catalogue, and per partner
// certified people in proportion to its tier (most partners justify their tier, some are upgrade or
// downgrade candidates, some certificates expired or expiring within 90 days of the present).
class TrainingFactory final
{
public:
    TrainingFactory(DemoRandom &random, const QDateTime &now);

    const QList<domain::Course> &courses() const { return m_courses; }
    PartnerTraining next(const domain::Partner &partner);

private:
    domain::Enrollment enrol(const QString &personId, const QDate &completedBy, bool complete);
    domain::Certificate certify(const domain::Partner &partner, const QString &personId, domain::Competence competence,
                                const QDate &issuedOn);
    domain::CompatCertification compatTrack(const domain::Partner &partner);

    DemoRandom &m_random;
    QDate m_today;
    QList<domain::Course> m_courses;
    int m_certificateSerial = 0;
    int m_compatSerial = 0;
};

} // namespace pd::demo
