#include "TrainingFactory.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace pd::demo {
namespace {

using domain::CompatOutcome;
using domain::Competence;
using domain::CourseFormat;
using domain::CourseKind;
using domain::Tier;

struct CourseSpec
{
    const char16_t *title;
    CourseKind kind;
    CourseFormat format;
    int hours;
    const char16_t *description;
};

// The program's catalogue: product and service, technical and sales training, as lectures, demos and labs.
const CourseSpec kCourses[] = {
    {u"Обзор облачной платформы: сервисы и сценарии", CourseKind::Product, CourseFormat::Lecture, 4,
     u"Compute Cloud, Object Storage, managed databases and where each fits."},
    {u"Compute Cloud и группы виртуальных машин", CourseKind::Product, CourseFormat::Demo, 3,
     u"Instance groups, autoscaling and preemptible VMs shown live."},
    {u"Managed Kubernetes in practice", CourseKind::Product, CourseFormat::Lab, 8,
     u"Clusters, node groups, ingress and registry in a hands-on lab."},
    {u"Управляемые базы данных: PostgreSQL, ClickHouse, MySQL", CourseKind::Product, CourseFormat::Lecture, 6,
     u"Managed database services, backups, replicas and pricing."},
    {u"Object Storage и CDN для медиа", CourseKind::Product, CourseFormat::Demo, 2,
     u"Buckets, lifecycle rules, static sites and CDN in front of them."},
    {u"Проектирование отказоустойчивой архитектуры", CourseKind::Technical, CourseFormat::Lecture, 8,
     u"Availability zones, load balancers, disaster recovery patterns."},
    {u"Migration to the cloud: assessment and lift-and-shift", CourseKind::Technical, CourseFormat::Lab, 12,
     u"Discovery, migration waves and cutover with the migration tools."},
    {u"Сети и безопасность: VPC, группы безопасности, IAM", CourseKind::Technical, CourseFormat::Lab, 10,
     u"Networks, security groups, service accounts and roles."},
    {u"Эксплуатация: мониторинг, логирование, алерты", CourseKind::Technical, CourseFormat::Demo, 4,
     u"Monitoring, Cloud Logging and alerting for day-two operations."},
    {u"Продажи облачных сервисов: квалификация и TCO", CourseKind::Sales, CourseFormat::Lecture, 4,
     u"Qualifying customers, total cost of ownership and the business case."},
    {u"Partner program: deal registration and protection", CourseKind::Sales, CourseFormat::Lecture, 2,
     u"Registering deals, protection periods, feedback and tiers."},
    {u"Пресейл-воркшоп: пилот за две недели", CourseKind::Sales, CourseFormat::Lab, 6,
     u"Planning and running a customer pilot as a pre-sale engineer."},
};

const QStringList kSpecialistNames = {
    u"Алексей Морозов"_s, u"Ирина Ковалёва"_s, u"Дмитрий Соколов"_s, u"Екатерина Лебедева"_s,
    u"Павел Новиков"_s,   u"Ольга Фёдорова"_s, u"Сергей Волков"_s,   u"Наталья Павлова"_s,
    u"Андрей Егоров"_s,   u"Мария Орлова"_s,   u"Игорь Зайцев"_s,    u"Юлия Семёнова"_s,
};

const QStringList kSpecialistPositions = {u"Облачный архитектор"_s, u"Пресейл-инженер"_s, u"DevOps-инженер"_s,
                                          u"Менеджер по продажам"_s};

const QStringList kCompatProducts = {u"DocFlow Enterprise"_s, u"Бухгалтерия Онлайн"_s, u"MedArchive PACS"_s,
                                     u"RetailHub POS"_s,      u"ГеоАналитик"_s,        u"SecureBackup"_s};

const QStringList kCompatServices = {u"Managed Kubernetes"_s, u"Compute Cloud"_s, u"Managed PostgreSQL"_s,
                                     u"Object Storage"_s, u"Managed ClickHouse"_s};

constexpr int kValidityMonths = 24;

} // namespace

TrainingFactory::TrainingFactory(DemoRandom &random, const QDateTime &now) : m_random(random), m_today(now.date())
{
    for (const CourseSpec &spec : kCourses) {
        domain::Course c;
        c.id = m_random.uuid();
        c.title = QString::fromUtf16(spec.title);
        c.kind = spec.kind;
        c.format = spec.format;
        c.hours = spec.hours;
        c.description = QString::fromUtf16(spec.description);
        m_courses.append(c);
    }
}

domain::Enrollment TrainingFactory::enrol(const QString &personId, const QDate &completedBy, bool complete)
{
    domain::Enrollment e;
    e.id = m_random.uuid();
    e.personId = personId;
    e.courseId = m_random.pick(m_courses).id;
    if (complete) {
        e.completedOn = completedBy.addDays(-m_random.between(3, 60));
        e.enrolledOn = e.completedOn.addDays(-m_random.between(1, 30));
        e.progressPct = 100;
    } else {
        e.enrolledOn = m_today.addDays(-m_random.between(5, 120));
        e.progressPct = 5 * m_random.between(1, 19);
    }
    return e;
}

domain::Certificate TrainingFactory::certify(const domain::Partner &partner, const QString &personId,
                                             Competence competence, const QDate &issuedOn)
{
    domain::Certificate c;
    c.id = m_random.uuid();
    c.personId = personId;
    c.partnerId = partner.id;
    c.competence = competence;
    c.issuedOn = issuedOn;
    c.expiresOn = issuedOn.addMonths(kValidityMonths);
    c.number = u"%1-%2-%3"_s.arg(competence == Competence::PreSale ? u"PS"_s : u"S"_s)
                   .arg(issuedOn.year())
                   .arg(++m_certificateSerial, 5, 10, QLatin1Char('0'));
    return c;
}

domain::CompatCertification TrainingFactory::compatTrack(const domain::Partner &partner)
{
    domain::CompatCertification c;
    c.id = m_random.uuid();
    c.partnerId = partner.id;
    c.productName = m_random.pick(kCompatProducts);
    c.productVersion = u"%1.%2"_s.arg(m_random.between(1, 7)).arg(m_random.between(0, 12));
    c.service = m_random.pick(kCompatServices);
    c.vendor = partner.name;
    c.testProjectId = u"tp-"_s + m_random.digits(8);
    const int profile = m_compatSerial % 4 == 0 ? 0 : m_random.weighted({50, 35, 10, 5});
    ++m_compatSerial;
    c.outcome = std::array{CompatOutcome::Certified, CompatOutcome::InProgress, CompatOutcome::Failed,
                           CompatOutcome::Withdrawn}[profile];
    const int lastStep = std::array{8, 7, m_random.between(6, 7), m_random.between(2, 4)}[profile];
    QDate at =
        profile == 1 ? m_today.addDays(-m_random.between(20, 150)) : m_today.addDays(-m_random.between(220, 700));
    for (int n = 1; n <= lastStep; ++n) {
        domain::CompatStep s;
        s.number = n;
        s.startedOn = at;
        // At least a week for the document review: any seven days hold five working days.
        const QDate done = at.addDays(n == 4 ? m_random.between(8, 15) : m_random.between(1, 12));
        if (done >= m_today) {
            c.steps.append(s); // still running
            break;
        }
        s.completedOn = done;
        c.steps.append(s);
        at = done.addDays(m_random.between(0, 5));
    }
    if (c.outcome == CompatOutcome::Certified) {
        c.certificateNumber =
            u"COMPAT-%1-%2"_s.arg(c.steps.last().completedOn.year()).arg(m_compatSerial, 4, 10, QLatin1Char('0'));
        c.issuer = u"Облачная платформа, отдел технологической сертификации"_s;
        c.issuedOn = c.steps.last().completedOn.addDays(m_random.between(1, 7));
        c.expiresOn = c.issuedOn.addMonths(kValidityMonths);
    }
    return c;
}

PartnerTraining TrainingFactory::next(const domain::Partner &partner)
{
    PartnerTraining t;
    if (partner.stage != domain::OnboardingStage::AgreementSigned || partner.people.isEmpty())
        return t;

    // How many people hold a valid certificate, and how many of them Pre-Sale: mostly what the tier
    // needs (example defaults: Gold 2, Platinum 5 with 2 Pre-Sale), sometimes less or more.
    int certified = 0;
    int preSale = 0;
    if (partner.role == domain::Role::Agent) {
        certified = m_random.percent(40) ? 1 : 0;
    } else if (partner.tier == Tier::Platinum) {
        const bool meets = m_random.percent(80);
        certified = meets ? m_random.between(5, 7) : m_random.between(3, 4);
        preSale = meets ? m_random.between(2, 3) : 1;
    } else if (partner.tier == Tier::Gold) {
        const bool meets = m_random.percent(85);
        certified = meets ? m_random.between(2, 4) : 1;
        preSale = m_random.between(0, std::min(2, certified));
    } else {
        certified = std::array{0, 1, 2, 3}[m_random.weighted({40, 35, 20, 5})];
        preSale = certified > 0 && m_random.percent(30) ? 1 : 0;
    }

    QList<domain::Person> people = partner.people;
    const int wanted = certified + (m_random.percent(40) ? 1 : 0); // someone still in training
    for (qsizetype i = people.size(); i < wanted; ++i) {
        domain::Person p;
        p.id = m_random.uuid();
        p.partnerId = partner.id;
        p.name = m_random.pick(kSpecialistNames);
        p.position = m_random.pick(kSpecialistPositions);
        // Reached through the company: its mail domain and switchboard.
        const domain::Person &contact = partner.people.first();
        p.email = u"specialist%1"_s.arg(i + 1) + contact.email.mid(contact.email.indexOf(u'@'));
        p.phone = contact.phone;
        t.specialists.append(p);
        people.append(p);
    }

    for (qsizetype i = 0; i < people.size(); ++i) {
        const QString &personId = people.at(i).id;
        if (i < certified) {
            // One in seven certificates lapses within 90 days of the present: the tier-risk warning.
            const QDate issued = m_random.percent(15)
                                     ? m_today.addMonths(-kValidityMonths).addDays(m_random.between(1, 89))
                                     : m_today.addDays(-m_random.between(14, 640));
            const Competence competence = i < preSale ? Competence::PreSale : Competence::Sale;
            const int courses = m_random.between(1, 3);
            for (int c = 0; c < courses; ++c) {
                domain::Enrollment e = enrol(personId, issued, true);
                const bool taken = std::any_of(t.enrollments.cbegin(), t.enrollments.cend(), [&](const auto &o) {
                    return o.personId == e.personId && o.courseId == e.courseId;
                });
                if (!taken)
                    t.enrollments.append(e);
            }
            t.certificates.append(certify(partner, personId, competence, issued));
            if (competence == Competence::PreSale && m_random.percent(40))
                t.certificates.append(certify(partner, personId, Competence::Sale,
                                              std::min(issued.addDays(m_random.between(1, 60)), m_today.addDays(-1))));
        } else {
            // Not certified now: maybe in training, maybe holding a certificate that has lapsed.
            if (m_random.percent(50)) {
                domain::Enrollment e = enrol(personId, m_today, false);
                t.enrollments.append(e);
            }
            if (m_random.percent(30)) {
                const QDate issued = m_today.addMonths(-kValidityMonths).addDays(-m_random.between(1, 300));
                t.certificates.append(
                    certify(partner, personId, m_random.percent(50) ? Competence::Sale : Competence::PreSale, issued));
            }
        }
    }

    if (partner.role != domain::Role::Agent && (m_compatSerial < 3 || m_random.percent(3)))
        t.compat.append(compatTrack(partner));
    return t;
}

} // namespace pd::demo
