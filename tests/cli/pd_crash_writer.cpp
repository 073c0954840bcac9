// pd_crash_writer DB ROUND: writes partners through PartnerRepository until it is killed (or a minute
// passes), printing "ack <partner id> <op> <rev>" after each write has returned successfully. Every write
// stores "rev <rev>" in the partner's notes; revs grow across rounds, so the test can tell that an
// acknowledged write, or a later one, is in the file. Used by tst_crashsafety.
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRandomGenerator>

#include <cstdio>

#include "Clock.h"
#include "Database.h"
#include "Inn.h"
#include "PartnerRepository.h"

using namespace pd;

namespace {

constexpr qint64 kRevsPerRound = 1'000'000;

QString digits(QRandomGenerator &rng, int count)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s.append(QChar(u'0' + int(rng.bounded(10))));
    return s;
}

domain::Person person(QRandomGenerator &rng, int n)
{
    domain::Person p;
    p.name = QStringLiteral("Контакт %1").arg(n);
    p.position = QStringLiteral("Менеджер");
    p.email = QStringLiteral("c%1@example.ru").arg(n);
    p.phone = QStringLiteral("+7 (495) ") + digits(rng, 7);
    return p;
}

void ack(const QString &id, const char *op, qint64 rev)
{
    std::printf("ack %s %s %lld\n", id.toUtf8().constData(), op, static_cast<long long>(rev));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: pd_crash_writer DB ROUND\n");
        return 2;
    }
    const int round = args.at(2).toInt();
    auto opened = storage::Database::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "%s\n", opened.error().text().toUtf8().constData());
        return 1;
    }
    storage::PartnerRepository repository(opened.value()->connection(), SystemClock::instance(),
                                          QStringLiteral("crash-writer"));
    auto existing = repository.list();
    if (!existing) {
        std::fprintf(stderr, "%s\n", existing.error().text().toUtf8().constData());
        return 1;
    }
    QStringList ids;
    for (const storage::PartnerSummary &s : existing.value())
        ids.append(s.id);

    QRandomGenerator rng(quint32(round) * 7919u + 17u);
    qint64 rev = qint64(round + 1) * kRevsPerRound;
    std::printf("ready\n");
    std::fflush(stdout);
    const QDeadlineTimer deadline(60'000);
    while (!deadline.hasExpired()) {
        ++rev;
        if (ids.size() < 5 || rng.bounded(100) < 35) {
            domain::Partner p;
            const bool sole = rng.bounded(100) < 25;
            p.legalForm = sole ? domain::LegalForm::SoleProprietor : domain::LegalForm::LegalEntity;
            p.inn = domain::inn::complete(QStringLiteral("77") + digits(rng, sole ? 8 : 7));
            p.name = (sole ? QStringLiteral("ИП Писатель ") : QStringLiteral("ООО \"Запись ")) + QString::number(rev)
                     + (sole ? QString() : QStringLiteral("\""));
            p.registeredOn = QDate(2015, 1, 1).addDays(rng.bounded(1500));
            p.role = domain::Role::Partner;
            p.stage = domain::OnboardingStage::Application;
            p.region = QStringLiteral("Москва");
            p.manager = QStringLiteral("Анна Соколова");
            p.notes = QStringLiteral("rev %1").arg(rev);
            const int people = int(rng.bounded(4));
            for (int i = 0; i < people; ++i)
                p.people.append(person(rng, i));
            auto created = repository.create(p);
            if (!created)
                continue; // e.g. an INN that is already taken: nothing was written, nothing to acknowledge
            ids.append(created.value().id);
            ack(created.value().id, "create", rev);
            continue;
        }
        const QString id = ids.at(int(rng.bounded(quint32(ids.size()))));
        auto stored = repository.get(id);
        if (!stored) {
            std::fprintf(stderr, "%s\n", stored.error().text().toUtf8().constData());
            return 1;
        }
        domain::Partner p = stored.value();
        p.notes = QStringLiteral("rev %1").arg(rev);
        p.manager = rng.bounded(2) ? QStringLiteral("Анна Соколова") : QStringLiteral("Дмитрий Орлов");
        switch (rng.bounded(5)) {
        case 0:
            if (p.stage != domain::OnboardingStage::AgreementSigned)
                p.stage = domain::OnboardingStage(int(p.stage) + 1);
            else if (p.tier != domain::Tier::Platinum)
                p.tier = domain::Tier(int(p.tier) + 1);
            break;
        case 1:
            p.people.append(person(rng, int(rev % 1000)));
            break;
        case 2:
            if (!p.people.isEmpty())
                p.people.removeAt(int(rng.bounded(quint32(p.people.size()))));
            break;
        case 3:
            if (!p.people.isEmpty())
                p.people[0].phone = QStringLiteral("+7 (812) ") + digits(rng, 7);
            break;
        default:
            p.region = rng.bounded(2) ? QStringLiteral("Москва") : QStringLiteral("Санкт-Петербург");
            break;
        }
        auto updated = repository.update(p);
        if (!updated) {
            std::fprintf(stderr, "%s\n", updated.error().text().toUtf8().constData());
            return 1;
        }
        ack(id, "update", rev);
    }
    return 0;
}
