#include "DemoData.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>
#include <QStringList>

#include "Database.h"
#include "DemoRandom.h"
#include "DemoWriter.h"
#include "PartnerFactory.h"
#include "PartnerRepository.h"
#include "PartnerRules.h"

namespace pd::demo {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::demo::DemoData)
};

constexpr int kProgressStep = 100;

// Holds the whole demo transaction in memory (64 MiB at most) so SQLite does not spill pages into the
// WAL and read them back while it writes; the connection's own setting returns afterwards.
class LargeCache final
{
public:
    explicit LargeCache(QSqlDatabase db) : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_previous = q.value(0).toLongLong();
        q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    }
    ~LargeCache()
    {
        QSqlQuery q(m_db);
        // PRAGMA takes no bound values; this is a number read from SQLite itself.
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    LargeCache(const LargeCache &) = delete;
    LargeCache &operator=(const LargeCache &) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_previous = -2000;
};

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

    const LargeCache cache(connection);
    storage::Transaction tx(connection);
    if (!tx.isActive())
        return Error{
            Tr::tr("Could not write demo data into %1: the database is busy or read-only.").arg(where), {}, {}};
    DemoWriter writer(connection);
    if (Status s = writer.prepare(); !s)
        return s;

    DemoRandom random(options.seed);
    PartnerFactory factory(random, baseTime());
    const QDate today = baseTime().date();
    Summary made;
    for (int i = 0; i < options.partners; ++i) {
        if (progress && i % kProgressStep == 0 && !progress(i, options.partners))
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
        ++made.partners;
        made.people += int(partner.people.size());
        ++made.partnersByRole[int(partner.role)];
        made.soleProprietors += partner.legalForm == domain::LegalForm::SoleProprietor ? 1 : 0;
        made.agreementsSigned += partner.stage == domain::OnboardingStage::AgreementSigned ? 1 : 0;
    }
    if (progress && !progress(options.partners, options.partners))
        return Error{Tr::tr("Demo data was cancelled; nothing was written."), {}, {}};
    if (Status s = tx.commit(); !s)
        return Error{Tr::tr("Could not save demo data into %1; nothing was written.").arg(where), s.error().text(), {}};
    if (summary)
        *summary = made;
    return {};
}

} // namespace pd::demo
