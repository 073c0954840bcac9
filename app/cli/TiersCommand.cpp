#include "TiersCommand.h"

#include <QLocale>

#include "CliContext.h"
#include "Database.h"
#include "ProgramRulesRepository.h"
#include "TierService.h"

namespace pd::cli {
namespace {

using domain::Criterion;
using domain::Tier;

QString changeKey(domain::TierChange change)
{
    switch (change) {
    case domain::TierChange::Keep:
        return QStringLiteral("keep");
    case domain::TierChange::Upgrade:
        return QStringLiteral("upgrade");
    case domain::TierChange::Downgrade:
        return QStringLiteral("downgrade");
    case domain::TierChange::KeptInGrace:
        return QStringLiteral("kept_in_grace");
    case domain::TierChange::NotApplicable:
        break;
    }
    return QStringLiteral("not_applicable");
}

QString tierText(Tier tier)
{
    return tier == Tier::None ? QString() : domain::toKey(tier);
}

QString flag(bool pass)
{
    return pass ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

TiersCommand::TiersCommand()
    : m_asOf(QStringLiteral("as-of"), tr("Evaluate on DATE (YYYY-MM-DD) instead of today (UTC)."),
             QStringLiteral("DATE"))
{}

QString TiersCommand::name() const
{
    return QStringLiteral("tiers");
}

QString TiersCommand::summary() const
{
    return tr("Write every partner's tier verdict on a date as CSV, with its criteria.");
}

QString TiersCommand::description() const
{
    return tr("Evaluates every partner's status (tier) on a date with the program rules in force then: the\n"
              "current tier, the tier its metrics qualify for, the recommended tier (grace period included)\n"
              "and the change. For each tier and criterion the CSV has the required value, the actual value\n"
              "and whether it passes (sales in kopecks excluding VAT, trailing 12 months of won registered\n"
              "deals). Agents have no tier: their criterion columns are empty. at_risk_certificates lists the\n"
              "certificates whose expiry within 90 days would cost the partner its tier. Columns:\n  %1.")
        .arg(header().join(QStringLiteral(",\n  ")));
}

QList<QCommandLineOption> TiersCommand::options() const
{
    return QList<QCommandLineOption>{m_asOf} + m_csv.options();
}

QList<QPair<Tier, Criterion>> TiersCommand::criterionColumns()
{
    return {{Tier::Silver, Criterion::Agreement},
            {Tier::Gold, Criterion::Sales},
            {Tier::Gold, Criterion::CertifiedSpecialists},
            {Tier::Gold, Criterion::PreSaleSpecialists},
            {Tier::Gold, Criterion::RegisteredDealsWon},
            {Tier::Platinum, Criterion::Sales},
            {Tier::Platinum, Criterion::CertifiedSpecialists},
            {Tier::Platinum, Criterion::PreSaleSpecialists},
            {Tier::Platinum, Criterion::RegisteredDealsWon}};
}

QStringList TiersCommand::header()
{
    QStringList h{QStringLiteral("partner_id"),   QStringLiteral("name"),           QStringLiteral("role"),
                  QStringLiteral("current_tier"), QStringLiteral("qualified_tier"), QStringLiteral("recommended_tier"),
                  QStringLiteral("change"),       QStringLiteral("grace_ends")};
    for (const auto &[tier, criterion] : criterionColumns()) {
        const QString prefix = domain::toKey(tier) + QLatin1Char('_') + domain::toKey(criterion);
        h << prefix + QStringLiteral("_required") << prefix + QStringLiteral("_actual")
          << prefix + QStringLiteral("_pass");
    }
    h << QStringLiteral("at_risk_certificates") << QStringLiteral("why");
    return h;
}

int TiersCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (const QString problem = m_csv.usageProblem(parser); !problem.isEmpty())
        return context.usageError(problem, name());
    QDate asOf = QDateTime::currentDateTimeUtc().date();
    if (parser.isSet(m_asOf)) {
        asOf = QDate::fromString(parser.value(m_asOf), Qt::ISODate);
        if (!asOf.isValid() || parser.value(m_asOf).size() != 10)
            return context.usageError(tr("--as-of must be a date as YYYY-MM-DD, not \"%1\".").arg(parser.value(m_asOf)),
                                      name());
    }

    auto opened = storage::Database::open(context.databasePath(), storage::Database::Mode::OpenExisting);
    if (!opened)
        return context.fail(opened.error());
    const QSqlDatabase connection = opened.value()->connection();
    const storage::ProgramRulesRepository rulesRepository(connection, SystemClock::instance(), QString());
    auto rules = rulesRepository.load();
    if (!rules)
        return context.fail(rules.error());
    const storage::TierService service(connection);
    auto found = service.evaluateAll(asOf, rules.value());
    if (!found)
        return context.fail(found.error());

    if (Status started = m_csv.open(parser, context); !started)
        return context.fail(started.error());
    io::CsvWriter &writer = m_csv.writer();

    const QList<QPair<Tier, Criterion>> columns = criterionColumns();
    Status s = writer.writeRow(header());
    for (qsizetype i = 0; s && i < found.value().size(); ++i) {
        const storage::PartnerTier &t = found.value().at(i);
        const domain::TierVerdict &v = t.verdict;
        QStringList row{t.partnerId,           t.name,
                        domain::toKey(t.role), tierText(v.current),
                        tierText(v.qualified), tierText(v.recommended),
                        changeKey(v.change),   v.graceEnds.isValid() ? v.graceEnds.toString(Qt::ISODate) : QString()};
        for (const auto &[tier, criterion] : columns) {
            const auto check = std::find_if(v.checks.cbegin(), v.checks.cend(), [&](const domain::CriterionCheck &c) {
                return c.tier == tier && c.criterion == criterion;
            });
            if (check == v.checks.cend())
                row << QString() << QString() << QString();
            else
                row << QString::number(check->required) << QString::number(check->actual) << flag(check->pass);
        }
        QStringList atRisk;
        for (const domain::Certificate &c : t.atRisk)
            atRisk.append(c.number.isEmpty() ? c.id : c.number);
        // The explanation is a paragraph for people; the CLI writes it in English, like its other output.
        row << atRisk.join(kCellListSeparator) << v.explanation(QLocale::c()).simplified();
        s = writer.writeRow(row);
    }
    if (s = m_csv.finish(s); !s)
        return context.fail(s.error());
    if (m_csv.toFile())
        context.err() << tr("%n partner(s) evaluated on %1, written to %2.", nullptr, int(found.value().size()))
                             .arg(asOf.toString(Qt::ISODate), m_csv.nativePath())
                      << Qt::endl;
    else
        context.err()
            << tr("%n partner(s) evaluated on %1.", nullptr, int(found.value().size())).arg(asOf.toString(Qt::ISODate))
            << Qt::endl;
    return ExitCode::Success;
}

} // namespace pd::cli
