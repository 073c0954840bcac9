#include "Training.h"

#include "EnumKeys.h"

#include <QCoreApplication>

namespace pd::domain {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::domain::Training)
};

constexpr EnumKey<CourseKind> kKinds[] = {
    {CourseKind::Product, "product"}, {CourseKind::Technical, "technical"}, {CourseKind::Sales, "sales"}};
constexpr EnumKey<CourseFormat> kFormats[] = {
    {CourseFormat::Lecture, "lecture"}, {CourseFormat::Demo, "demo"}, {CourseFormat::Lab, "lab"}};
constexpr EnumKey<CompatOutcome> kOutcomes[] = {{CompatOutcome::InProgress, "in_progress"},
                                                {CompatOutcome::Certified, "certified"},
                                                {CompatOutcome::Failed, "failed"},
                                                {CompatOutcome::Withdrawn, "withdrawn"}};

} // namespace

QString toKey(CourseKind v)
{
    return keyOf(v, kKinds);
}
QString toKey(CourseFormat v)
{
    return keyOf(v, kFormats);
}
QString toKey(CompatOutcome v)
{
    return keyOf(v, kOutcomes);
}
std::optional<CourseKind> courseKindFromKey(const QString &key)
{
    return valueOfKey(key, kKinds);
}
std::optional<CourseFormat> courseFormatFromKey(const QString &key)
{
    return valueOfKey(key, kFormats);
}
std::optional<CompatOutcome> compatOutcomeFromKey(const QString &key)
{
    return valueOfKey(key, kOutcomes);
}
template <>
QList<CourseKind> allValues<CourseKind>()
{
    return valuesOf(kKinds);
}
template <>
QList<CourseFormat> allValues<CourseFormat>()
{
    return valuesOf(kFormats);
}
template <>
QList<CompatOutcome> allValues<CompatOutcome>()
{
    return valuesOf(kOutcomes);
}

QString displayName(CourseKind v)
{
    switch (v) {
    case CourseKind::Product:
        return Tr::tr("Products and services");
    case CourseKind::Technical:
        return Tr::tr("Technical");
    case CourseKind::Sales:
        return Tr::tr("Sales");
    }
    return {};
}

QString displayName(CourseFormat v)
{
    switch (v) {
    case CourseFormat::Lecture:
        return Tr::tr("Lecture");
    case CourseFormat::Demo:
        return Tr::tr("Demo");
    case CourseFormat::Lab:
        return Tr::tr("Lab");
    }
    return {};
}

QString displayName(CompatOutcome v)
{
    switch (v) {
    case CompatOutcome::InProgress:
        return Tr::tr("In progress");
    case CompatOutcome::Certified:
        return Tr::tr("Certified");
    case CompatOutcome::Failed:
        return Tr::tr("Failed");
    case CompatOutcome::Withdrawn:
        return Tr::tr("Withdrawn");
    }
    return {};
}

namespace training {

QString compatStepName(int number)
{
    switch (number) {
    case 1:
        return Tr::tr("Application");
    case 2:
        return Tr::tr("Dedicated test project");
    case 3:
        return Tr::tr("Documents: test programme and method, architecture, product description");
    case 4:
        return Tr::tr("Document review");
    case 5:
        return Tr::tr("Deployment on the test project");
    case 6:
        return Tr::tr("Tests with a supervisor and a protocol");
    case 7:
        return Tr::tr("Evaluation");
    case 8:
        return Tr::tr("Certificate");
    default:
        return {};
    }
}

int workingDaysBetween(const QDate &from, const QDate &to)
{
    int days = 0;
    for (QDate d = from; d < to; d = d.addDays(1))
        days += d.dayOfWeek() <= 5 ? 1 : 0;
    return days;
}

QString validateCompat(const CompatCertification &c)
{
    if (c.productName.trimmed().isEmpty() || c.productVersion.trimmed().isEmpty() || c.service.trimmed().isEmpty())
        return Tr::tr("A compatibility certification names one product, one version and one service.");
    int previous = 0;
    QDate previousDone;
    for (const CompatStep &s : c.steps) {
        if (s.number != previous + 1)
            return Tr::tr("Steps go in order: step %1 cannot follow step %2.").arg(s.number).arg(previous);
        if (!s.startedOn.isValid())
            return Tr::tr("Step %1 (%2) needs its start date.").arg(s.number).arg(compatStepName(s.number));
        if (previous > 0 && !previousDone.isValid())
            return Tr::tr("Step %1 starts only after step %2 is completed.").arg(s.number).arg(previous);
        if (previousDone.isValid() && s.startedOn < previousDone)
            return Tr::tr("Step %1 cannot start before step %2 was completed.").arg(s.number).arg(previous);
        if (s.completedOn.isValid() && s.completedOn < s.startedOn)
            return Tr::tr("Step %1 cannot be completed before it started.").arg(s.number);
        if (s.number == 4 && s.completedOn.isValid()
            && workingDaysBetween(s.startedOn, s.completedOn) < kMinDocumentReviewWorkingDays)
            return Tr::tr("The document review takes at least %1 working days; this one took %2.")
                .arg(kMinDocumentReviewWorkingDays)
                .arg(workingDaysBetween(s.startedOn, s.completedOn));
        previous = s.number;
        previousDone = s.completedOn;
    }
    if (c.outcome == CompatOutcome::Certified) {
        if (previous != kCompatSteps || !previousDone.isValid())
            return Tr::tr("A certificate is issued only when all %1 steps are completed.").arg(kCompatSteps);
        if (c.certificateNumber.trimmed().isEmpty() || c.issuer.trimmed().isEmpty() || !c.issuedOn.isValid()
            || !c.expiresOn.isValid())
            return Tr::tr("A compatibility certificate has a number, an issuer, an issue date and an expiry date.");
        if (c.expiresOn <= c.issuedOn)
            return Tr::tr("A certificate expires after it is issued.");
    }
    return {};
}

QString validateEnrollment(const Enrollment &e)
{
    if (e.personId.isEmpty() || e.courseId.isEmpty())
        return Tr::tr("An enrolment names a person and a course.");
    if (e.progressPct < 0 || e.progressPct > 100)
        return Tr::tr("Progress is between 0 % and 100 %.");
    if (e.completedOn.isValid() && e.progressPct != 100)
        return Tr::tr("A completed course has 100 % progress.");
    if (e.completedOn.isValid() && e.enrolledOn.isValid() && e.completedOn < e.enrolledOn)
        return Tr::tr("A course cannot be completed before the enrolment.");
    return {};
}

} // namespace training
} // namespace pd::domain
