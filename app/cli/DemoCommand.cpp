#include "DemoCommand.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

#include <limits>

#include "CliContext.h"
#include "Database.h"
#include "DemoData.h"

namespace pd::cli {
namespace {

constexpr int kProgressFrom = 20'000;

} // namespace

DemoCommand::DemoCommand()
    : m_seed(QStringLiteral("seed"), tr("The seed: the same seed gives the same data (default: 1)."),
             QStringLiteral("N"), QStringLiteral("1")),
      m_partners(QStringLiteral("partners"), tr("How many partners to make (default: 200)."), QStringLiteral("P"),
                 QStringLiteral("200"))
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
              "The same seed gives the same data in any file. Demo records are recorded in the audit log (actor\n"
              "\"demo\") but never queued for sync. A database that already holds partners is refused unchanged.");
}

QList<QCommandLineOption> DemoCommand::options() const
{
    return {m_seed, m_partners};
}

int DemoCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const auto seed = integerOption(parser, m_seed, 0, std::numeric_limits<quint32>::max(), context);
    if (!seed)
        return ExitCode::UsageError;
    const auto partners = integerOption(parser, m_partners, 1, demo::kMaxPartners, context);
    if (!partners)
        return ExitCode::UsageError;

    QElapsedTimer timer;
    timer.start();
    auto opened = storage::Database::open(context.databasePath(), storage::Database::Mode::OpenOrCreate);
    if (!opened)
        return context.fail(opened.error());
    // Large runs say how far they are, on stderr so that stdout stays the result.
    int reported = 0;
    const auto progress = [&context, &reported](int done, int total) {
        if (total >= kProgressFrom && done * 10 / total > reported && done < total) {
            reported = done * 10 / total;
            context.err() << tr("demo: %1 of %2 partners made").arg(done).arg(total) << Qt::endl;
        }
        return true;
    };
    demo::Summary made;
    if (Status s = demo::generate(*opened.value(), {quint32(*seed), int(*partners)}, progress, &made); !s)
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
                  << tr("Demo records are in the audit log (actor \"demo\") and are never synced.") << Qt::endl;
    return ExitCode::Success;
}

} // namespace pd::cli
