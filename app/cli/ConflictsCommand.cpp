#include "ConflictsCommand.h"

#include <QLocale>

#include "CliContext.h"
#include "Conflicts.h"
#include "Database.h"
#include "DealRepository.h"

namespace pd::cli {
namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

ConflictsCommand::ConflictsCommand() = default;

QString ConflictsCommand::name() const
{
    return QStringLiteral("conflicts");
}

QString ConflictsCommand::summary() const
{
    return tr("Write the current conflicts between deal registrations as CSV.");
}

QString ConflictsCommand::description() const
{
    return tr("Lists every pair of registrations of different partners that claim the same customer and product\n"
              "with overlapping protection, now, one row per pair; the first registration has priority (filed\n"
              "first). Columns:\n  %1.\n"
              "matched_fields names the customer fields that matched (customer_inn, customer_name,\n"
              "customer_email_domain), and common_products the products, each list separated by \", \". Times\n"
              "are UTC, ISO 8601. The number of conflicts is printed on stderr; no conflicts is not an error.")
        .arg(header().join(QStringLiteral(",\n  ")));
}

QList<QCommandLineOption> ConflictsCommand::options() const
{
    return m_csv.options();
}

QStringList ConflictsCommand::header()
{
    return {QStringLiteral("first_registration_id"),
            QStringLiteral("second_registration_id"),
            QStringLiteral("customer"),
            QStringLiteral("customer_inn"),
            QStringLiteral("first_partner"),
            QStringLiteral("second_partner"),
            QStringLiteral("matched_fields"),
            QStringLiteral("common_products"),
            QStringLiteral("overlap_start"),
            QStringLiteral("overlap_end"),
            QStringLiteral("reason")};
}

int ConflictsCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (const QString problem = m_csv.usageProblem(parser); !problem.isEmpty())
        return context.usageError(problem, name());

    auto opened = storage::Database::open(context.databasePath(), storage::Database::Mode::OpenExisting);
    if (!opened)
        return context.fail(opened.error());
    const storage::DealRepository deals(opened.value()->connection(), SystemClock::instance(), QString());
    // The reasons are sentences for people; the CLI writes them in English, like its other output.
    auto found = deals.allConflicts(QLocale::c());
    if (!found)
        return context.fail(found.error());

    if (Status started = m_csv.open(parser, context); !started)
        return context.fail(started.error());
    io::CsvWriter &writer = m_csv.writer();

    Status s = writer.writeRow(header());
    for (qsizetype i = 0; s && i < found.value().size(); ++i) {
        const storage::DealConflict &c = found.value().at(i);
        QStringList matched;
        for (const domain::MatchedField f : c.conflict.matched)
            matched.append(domain::toKey(f));
        s = writer.writeRow({c.first.id, c.second.id, c.first.customerName, c.first.customerInn, c.first.partnerName,
                             c.second.partnerName, matched.join(kCellListSeparator),
                             c.conflict.commonProducts.join(kCellListSeparator), timeText(c.conflict.overlapStart),
                             timeText(c.conflict.overlapEnd), c.reason});
    }
    if (s = m_csv.finish(s); !s)
        return context.fail(s.error());
    if (m_csv.toFile())
        context.err() << tr("%n conflict(s) written to %1.", nullptr, int(found.value().size())).arg(m_csv.nativePath())
                      << Qt::endl;
    else
        context.err() << tr("%n conflict(s).", nullptr, int(found.value().size())) << Qt::endl;
    return ExitCode::Success;
}

} // namespace pd::cli
