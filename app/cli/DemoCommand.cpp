#include "DemoCommand.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

#include <limits>

#include "CliContext.h"
#include "Database.h"
#include "Deal.h"
#include "DemoData.h"

namespace pd::cli {
namespace {

constexpr int kProgressFrom = 20'000;

} // namespace

DemoCommand::DemoCommand()
    : m_seed(QStringLiteral("seed"), tr("The seed: the same seed gives the same data (default: 1)."),
             QStringLiteral("N"), QStringLiteral("1")),
      m_partners(QStringLiteral("partners"), tr("How many partners to make (default: 200)."), QStringLiteral("P"),
                 QStringLiteral("200")),
      m_deals(QStringLiteral("deals"),
              tr("How many deal registrations to make (default: 0), filed by the partners with a signed agreement."),
              QStringLiteral("D"), QStringLiteral("0"))
{}

QString DemoCommand::name() const
{
    return QStringLiteral("demo");
}

QString DemoCommand::summary() const
{
    return tr("Fill a new or empty database with realistic demo data.");
}

QString DemoCommand::description() const
{
    return tr("Creates the database if it does not exist and fills it with demo partners: Russian companies and\n"
              "sole proprietors with valid, unique INNs, every role, tier and onboarding stage, and their contacts.\n"
              "With --deals, the partners with a signed agreement also register deals over the two years before\n"
              "%1: customers with and without INNs, every application state and outcome, protection extensions,\n"
              "monthly feedback (some overdue) and a few deliberate conflicts between partners.\n"
              "The same seed gives the same data in any file. Demo records are recorded in the audit log (actor\n"
              "\"demo\"; deals only up to %2 of them). They stay on this computer: sync never sends them, nor\n"
              "anything added under a demo partner; partners you add yourself sync as usual. A database that\n"
              "already holds partners is refused unchanged, and a cancelled or failed run writes nothing.")
        .arg(demo::baseTime().toString(Qt::ISODate))
        .arg(demo::kMaxAuditedDeals);
}

QList<QCommandLineOption> DemoCommand::options() const
{
    return {m_seed, m_partners, m_deals};
}

int DemoCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const auto seed = integerOption(parser, m_seed, 0, std::numeric_limits<quint32>::max(), context);
    if (!seed)
        return ExitCode::UsageError;
    const auto partners = integerOption(parser, m_partners, 1, demo::kMaxPartners, context);
    if (!partners)
        return ExitCode::UsageError;
    const auto deals = integerOption(parser, m_deals, 0, demo::kMaxDeals, context);
    if (!deals)
        return ExitCode::UsageError;

    QElapsedTimer timer;
    timer.start();
    auto opened = storage::Database::open(context.databasePath(), storage::Database::Mode::OpenOrCreate);
    if (!opened)
        return context.fail(opened.error());
    // Large runs say how far they are, on stderr so that stdout stays the result.
    int reported = 0;
    const int partnerCount = int(*partners);
    const auto progress = [&context, &reported, partnerCount](int done, int total) {
        if (total >= kProgressFrom && qint64(done) * 10 / total > reported && done < total) {
            reported = int(qint64(done) * 10 / total);
            if (done <= partnerCount)
                context.err() << tr("demo: %1 of %2 partners made").arg(done).arg(partnerCount) << Qt::endl;
            else
                context.err() << tr("demo: %1 of %2 deals made").arg(done - partnerCount).arg(total - partnerCount)
                              << Qt::endl;
        }
        return true;
    };
    demo::Summary made;
    if (Status s = demo::generate(*opened.value(), {quint32(*seed), int(*partners), int(*deals)}, progress, &made); !s)
        return context.fail(s.error());

    const QLocale c = QLocale::c();
    context.out() << tr("Made %1 demo partners (seed %2) in %3 in %4 s:")
                         .arg(made.partners)
                         .arg(*seed)
                         .arg(QDir::toNativeSeparators(opened.value()->path()))
                         .arg(c.toString(double(timer.elapsed()) / 1000.0, 'f', 2))
                  << Qt::endl
                  << tr("  %1 Partners, %2 White Label partners, %3 Agents; %4 sole proprietors;")
                         .arg(made.partnersByRole[0])
                         .arg(made.partnersByRole[1])
                         .arg(made.partnersByRole[2])
                         .arg(made.soleProprietors)
                  << Qt::endl
                  << tr("  %1 with a signed agreement; %2 contacts.").arg(made.agreementsSigned).arg(made.people)
                  << Qt::endl
                  << tr("  %1 courses, %2 enrolments, %3 Sale and Pre-Sale certificates, %4 software compatibility "
                        "tracks.")
                         .arg(made.courses)
                         .arg(made.enrollments)
                         .arg(made.certificates)
                         .arg(made.compatTracks)
                  << Qt::endl;
    if (made.deals > 0) {
        using domain::ApplicationState;
        const auto of = [&made](ApplicationState s) {
            return made.dealsByState[int(s)];
        };
        context.out() << tr("  %1 deal registrations: %2 new, %3 awaiting review, %4 in review, %5 in confirmation, "
                            "%6 returned, %7 rejected, %8 registered (%9 won, %10 lost);")
                             .arg(made.deals)
                             .arg(of(ApplicationState::New))
                             .arg(of(ApplicationState::AwaitingReview))
                             .arg(of(ApplicationState::InProgress))
                             .arg(of(ApplicationState::Confirmation))
                             .arg(of(ApplicationState::Returned))
                             .arg(of(ApplicationState::Rejected))
                             .arg(of(ApplicationState::Registered))
                             .arg(made.dealsWon)
                             .arg(made.dealsLost)
                      << Qt::endl
                      << tr("  %1 protection extensions, %2 feedback entries, %3 registrations filed against "
                            "another partner's.")
                             .arg(made.extensions)
                             .arg(made.feedback)
                             .arg(made.deliberateConflicts)
                      << Qt::endl;
    }
    if (made.consumption.records > 0) {
        const demo::ConsumptionSummary &m = made.consumption;
        context.out() << tr("  %1 consumption records of %2 customers over %3 months (%4 in USD or EUR at stored "
                            "rates, %5 refunds); %6 won Agent deals with pre-sale.")
                             .arg(m.records)
                             .arg(m.customers)
                             .arg(m.months)
                             .arg(m.foreignRecords)
                             .arg(m.refunds)
                             .arg(m.presales)
                      << Qt::endl
                      << tr("  Commission: %1 lines, %2 RUB; %3 periods closed, %4 open; %n correction line(s) from a "
                            "late refund in a closed period.",
                            nullptr, int(m.corrections))
                             .arg(m.commissionLines)
                             .arg(domain::Money::rub(m.commissionMinor).toPlainString())
                             .arg(m.closedPeriods)
                             .arg(m.openPeriods)
                      << Qt::endl;
    }
    context.out() << (made.deals > 0 && !made.dealsAudited
                          ? tr("Demo partners are in the audit log (actor \"demo\"); deals are not (more than %1). "
                               "Demo records stay on this computer: sync never sends them, nor anything added under "
                               "a demo partner.")
                                .arg(demo::kMaxAuditedDeals)
                          : tr("Demo records are in the audit log (actor \"demo\"). They stay on this computer: sync "
                               "never sends them, nor anything added under a demo partner."))
                  << Qt::endl;
    return ExitCode::Success;
}

} // namespace pd::cli
