#include "DemoData.h"

#include "LocalOnly.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>
#include <QStringList>

#include "Database.h"
#include "DealFactory.h"
#include "DealWriter.h"
#include "DeferredIndexes.h"
#include "DemoRandom.h"
#include "DemoWriter.h"
#include "PartnerFactory.h"
#include "TrainingFactory.h"
#include "TrainingWriter.h"
#include "DealRepository.h"
#include "PartnerRepository.h"
#include "PartnerRules.h"

namespace pd::demo {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::demo::DemoData)
};

constexpr int kProgressStep = 100;
constexpr int kDealProgressStep = 1000;
// From this many deals on, indexes are built after the rows rather than with each of them.
constexpr int kDeferIndexesFrom = 10'000;
// Deals come from their own stream, so that adding deals leaves a seed's partners as they were.
constexpr quint32 kDealStream = 0x5DEECE6Du;
// Training data has a third stream, so partners and deals stay as they were for a seed.
constexpr quint32 kTrainingStream = 0x2545F491u;

// How many deals a partner files, relatively: higher tiers register more.
int dealWeight(const domain::Partner &p)
{
    switch (p.tier) {
    case domain::Tier::Platinum:
        return 12;
    case domain::Tier::Gold:
        return 5;
    default:
        return 2;
    }
}

DealPartner dealPartnerOf(const domain::Partner &p)
{
    DealPartner d{p.id, p.name, p.inn, p.createdAt, dealWeight(p), {}, {}};
    if (!p.people.isEmpty()) {
        const domain::Person &first = p.people.first();
        d.replyContact = {first.name, first.position, {}, {}};
        if (!first.phone.isEmpty())
            d.replyContact.phones.append(first.phone);
        if (!first.email.isEmpty())
            d.replyContact.emails.append(first.email);
        d.accountManager = p.people.size() > 1 ? p.people.at(1).name : first.name;
    }
    return d;
}

// Holds the whole demo transaction in memory (64 MiB, plus about half a KiB per deal up to 1 GiB) so SQLite does not
// spill pages into the WAL and read them back while it writes; the connection's own setting returns afterwards.
class LargeCache final
{
public:
    LargeCache(QSqlDatabase db, qint64 kibibytes) : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_previous = q.value(0).toLongLong();
        if (q.exec(QStringLiteral("PRAGMA temp_store")) && q.next())
            m_previousTempStore = q.value(0).toInt();
        // PRAGMA takes no bound values; the size is computed here.
        q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kibibytes));
        // Statement journals (every insert that fires the search-index trigger has one) stay in memory
        // instead of a temporary file written and thrown away for each row.
        q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
    ~LargeCache()
    {
        QSqlQuery q(m_db);
        // PRAGMA takes no bound values; these are numbers read from SQLite itself.
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
        q.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_previousTempStore));
    }
    LargeCache(const LargeCache &) = delete;
    LargeCache &operator=(const LargeCache &) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_previous = -2000;
    int m_previousTempStore = 0;
};

QString whereOf(const QSqlDatabase &db)
{
    return QDir::toNativeSeparators(db.databaseName());
}

Status generateDeals(const QSqlDatabase &connection, const Options &options, const QList<DealPartner> &partners,
                     const std::function<bool(int, int)> &progress, Summary &made)
{
    if (options.deals == 0)
        return {};
    if (partners.isEmpty())
        return Error{Tr::tr("None of the %1 demo partners has a signed agreement, so none may register deals.")
                         .arg(options.partners),
                     Tr::tr("Nothing was written. Ask for more partners (200 or more always include some)."),
                     {}};
    const int total = options.partners + options.deals;
    made.dealsAudited = options.deals <= kMaxAuditedDeals;
    DealWriter writer(connection, made.dealsAudited);
    // The deal tables are empty (the database held no partners, so no deals): their indexes and search
    // index are built once at the end instead of row by row, in this same transaction.
    DeferredIndexes indexes(connection);
    const bool deferred = options.deals >= kDeferIndexesFrom;
    if (deferred) {
        if (Status s = indexes.drop({QStringLiteral("deals"), QStringLiteral("deal_products"),
                                     QStringLiteral("deal_extensions"), QStringLiteral("deal_feedback")});
            !s)
            return s;
    }
    DemoRandom random(options.seed ^ kDealStream);
    DealFactory factory(random, baseTime(), partners, options.deals);
    made.deliberateConflicts = int(factory.deliberateConflicts());
    for (int i = 0; i < options.deals; ++i) {
        if (progress && i % kDealProgressStep == 0 && !progress(options.partners + i, total))
            return Error{Tr::tr("Demo data was cancelled; nothing was written."), {}, {}};
        const domain::Registration deal = factory.next();
        if (const QString e = storage::DealRepository::validateForm(deal); !e.isEmpty())
            return Error{Tr::tr("The demo generator made an invalid registration for %1: %2").arg(deal.customerName, e),
                         Tr::tr("Nothing was written. Please report this."),
                         {}};
        if (Status s = writer.write(deal); !s)
            return Error{Tr::tr("Could not write demo deals into %1; nothing was written.").arg(whereOf(connection)),
                         s.error().text(),
                         {}};
        ++made.deals;
        ++made.dealsByState[int(deal.state)];
        made.dealsWon += deal.outcome == domain::DealOutcome::Won ? 1 : 0;
        made.dealsLost += deal.outcome == domain::DealOutcome::Lost ? 1 : 0;
    }
    if (deferred) {
        if (Status s = indexes.restore(); !s)
            return s;
    }
    made.extensions = writer.extensionsWritten();
    made.feedback = writer.feedbackWritten();
    return {};
}

// A partner's training: its extra specialists, their enrolments and certificates, its compatibility tracks.
Status writeTraining(DemoWriter &people, TrainingWriter &writer, const domain::Partner &partner,
                     const PartnerTraining &t, Summary &made)
{
    for (qsizetype i = 0; i < t.specialists.size(); ++i) {
        if (Status s = people.writePerson(partner, t.specialists.at(i), int(partner.people.size() + i)); !s)
            return s;
    }
    for (const domain::Enrollment &e : t.enrollments) {
        if (const QString issue = domain::training::validateEnrollment(e); !issue.isEmpty())
            return Error{Tr::tr("The demo generator made an invalid enrolment: %1").arg(issue), {}, {}};
        if (Status s = writer.write(e, partner.id); !s)
            return s;
    }
    for (const domain::Certificate &c : t.certificates) {
        if (Status s = writer.write(c); !s)
            return s;
    }
    for (const domain::CompatCertification &c : t.compat) {
        if (const QString issue = domain::training::validateCompat(c); !issue.isEmpty())
            return Error{Tr::tr("The demo generator made an invalid compatibility track: %1").arg(issue), {}, {}};
        if (Status s = writer.write(c); !s)
            return s;
    }
    made.specialists += int(t.specialists.size());
    made.people += int(t.specialists.size());
    made.enrollments += int(t.enrollments.size());
    made.certificates += int(t.certificates.size());
    made.compatTracks += int(t.compat.size());
    return {};
}

} // namespace

QDateTime baseTime()
{
    return QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC);
}

Status generate(storage::Database &db, const Options &options, const std::function<bool(int, int)> &progress,
                Summary *summary)
{
    const QString where = QDir::toNativeSeparators(db.path());
    if (options.partners < 0 || options.partners > kMaxPartners)
        return Error{Tr::tr("The number of demo partners must be between 0 and %1; %2 was asked for.")
                         .arg(kMaxPartners)
                         .arg(options.partners),
                     {},
                     {}};
    if (options.deals < 0 || options.deals > kMaxDeals)
        return Error{Tr::tr("The number of demo deals must be between 0 and %1; %2 was asked for.")
                         .arg(kMaxDeals)
                         .arg(options.deals),
                     {},
                     {}};

    const QSqlDatabase connection = db.connection();
    const storage::PartnerRepository partners(connection, SystemClock::instance(), QString());
    auto existing = partners.count();
    if (!existing)
        return existing.error();
    if (existing.value() > 0)
        return Error{Tr::tr("The database %1 already holds partners (%2); demo data goes only into an empty database.")
                         .arg(where)
                         .arg(existing.value()),
                     Tr::tr("Nothing was changed. Choose a new file for the demo data."),
                     {}};

    const LargeCache cache(connection, std::min<qint64>(65536 + qint64(options.deals) / 2, 1 << 20));
    storage::Transaction tx(connection);
    if (!tx.isActive())
        return Error{
            Tr::tr("Could not write demo data into %1: the database is busy or read-only.").arg(where), {}, {}};
    DemoWriter writer(connection);
    if (Status s = writer.prepare(); !s)
        return s;

    DemoRandom random(options.seed);
    PartnerFactory factory(random, baseTime());
    DemoRandom trainingRandom(options.seed ^ kTrainingStream);
    TrainingFactory training(trainingRandom, baseTime());
    TrainingWriter trainingWriter(connection);
    if (Status s = trainingWriter.prepare(); !s)
        return s;
    const QDateTime catalogueAt = baseTime().addYears(-4);
    for (const domain::Course &course : training.courses()) {
        if (Status s = trainingWriter.write(course, catalogueAt); !s)
            return Error{Tr::tr("Could not write the demo courses into %1; nothing was written.").arg(where),
                         s.error().text(),
                         {}};
    }
    const QDate today = baseTime().date();
    Summary made;
    made.courses = int(training.courses().size());
    const int total = options.partners + options.deals;
    QList<DealPartner> dealPartners;
    for (int i = 0; i < options.partners; ++i) {
        if (progress && i % kProgressStep == 0 && !progress(i, total))
            return Error{Tr::tr("Demo data was cancelled; nothing was written."), {}, {}};
        const domain::Partner partner = factory.next();
        // The generator promises valid data; a broken rule is a bug here, and it must not reach a file.
        if (const auto issues = domain::partnerRules::validate(partner, today); !issues.isEmpty())
            return Error{Tr::tr("The demo generator made an invalid partner %1: %2")
                             .arg(partner.name, issues.first().field + QLatin1String(": ") + issues.first().message),
                         Tr::tr("Nothing was written. Please report this."),
                         {}};
        if (Status s = writer.write(partner); !s)
            return Error{
                Tr::tr("Could not write demo data into %1; nothing was written.").arg(where), s.error().text(), {}};
        if (Status s = writeTraining(writer, trainingWriter, partner, training.next(partner), made); !s)
            return Error{Tr::tr("Could not write the demo training of %1 into %2; nothing was written.")
                             .arg(partner.name, where),
                         s.error().text(),
                         {}};
        ++made.partners;
        made.people += int(partner.people.size());
        ++made.partnersByRole[int(partner.role)];
        made.soleProprietors += partner.legalForm == domain::LegalForm::SoleProprietor ? 1 : 0;
        made.agreementsSigned += partner.stage == domain::OnboardingStage::AgreementSigned ? 1 : 0;
        // Only partners with a signed agreement file registrations (any role: Partner, White Label, Agent).
        if (partner.stage == domain::OnboardingStage::AgreementSigned)
            dealPartners.append(dealPartnerOf(partner));
    }
    if (Status s = generateDeals(connection, options, dealPartners, progress, made); !s)
        return s;
    // The stored competing pairs (the has-conflicts filter), computed at the demo's present and
    // committed with the deals.
    if (made.deals > 0) {
        const FixedClock present(baseTime());
        storage::DealRepository deals(connection, present, QStringLiteral("demo"));
        if (Status s = deals.rebuildConflicts(storage::DealRepository::TransactionScope::Callers); !s)
            return Error{
                Tr::tr("Could not list the conflicting demo deals; nothing was written."), s.error().text(), {}};
    }
    // 24 months of consumption before the demo's present, priced and settled (ConsumptionDemo).
    ConsumptionDemo consumption(connection, options.seed, baseTime().date());
    if (Status s = consumption.generate([&progress, total](int, int) { return !progress || progress(total, total); },
                                        &made.consumption);
        !s)
        return Error{
            Tr::tr("Could not write the demo consumption and commission into %1; nothing was written.").arg(where),
            s.error().text(),
            {}};
    if (progress && !progress(total, total))
        return Error{Tr::tr("Demo data was cancelled; nothing was written."), {}, {}};
    // Made-up partners stay on this computer: sync never sends them, nor anything added under them.
    if (Status s = storage::LocalOnly(connection).markEverything(); !s)
        return Error{
            Tr::tr("Could not write demo data into %1; nothing was written.").arg(where), s.error().text(), {}};
    if (Status s = tx.commit(); !s)
        return Error{Tr::tr("Could not save demo data into %1; nothing was written.").arg(where), s.error().text(), {}};
    if (summary)
        *summary = made;
    return {};
}

} // namespace pd::demo
