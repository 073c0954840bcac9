#include "ConflictsCommand.h"

#include <QDir>
#include <QFile>
#include <QLocale>

#include <cstdio>

#include "CliContext.h"
#include "Conflicts.h"
#include "CsvWriter.h"
#include "Database.h"
#include "DealRepository.h"

namespace pd::cli {
namespace {

// A list inside one cell: ", " between items reads well and splits back unambiguously (no key or product
// name holds a comma).
const QString kListSeparator = QStringLiteral(", ");

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

ConflictsCommand::ConflictsCommand()
    : m_out(QStringLiteral("out"), tr("Write the CSV to FILE (replaced only when complete) instead of stdout."),
            QStringLiteral("FILE")),
      m_delimiter(QStringLiteral("delimiter"), tr("The field delimiter: ',' (default) or ';'."), QStringLiteral("C"),
                  QStringLiteral(",")),
      m_noBom(QStringLiteral("no-bom"), tr("Leave out the UTF-8 byte order mark (kept by default for Excel)."))
{}

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
    return {m_out, m_delimiter, m_noBom};
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
    const QString delimiter = parser.value(m_delimiter);
    if (delimiter.size() != 1 || !io::CsvWriter::isValidDelimiter(delimiter.front()))
        return context.usageError(tr("--delimiter must be ',' or ';', not \"%1\".").arg(delimiter), name());
    if (parser.isSet(m_out) && parser.value(m_out).trimmed().isEmpty())
        return context.usageError(tr("--out needs a file path."), name());

    auto opened = storage::Database::open(context.databasePath(), storage::Database::Mode::OpenExisting);
    if (!opened)
        return context.fail(opened.error());
    const storage::DealRepository deals(opened.value()->connection(), SystemClock::instance(), QString());
    // The reasons are sentences for people; the CLI writes them in English, like its other output.
    auto found = deals.allConflicts(QLocale::c());
    if (!found)
        return context.fail(found.error());

    io::CsvWriter writer({delimiter.front(), !parser.isSet(m_noBom)});
    QFile standardOutput;
    Status started;
    if (parser.isSet(m_out)) {
        started = writer.open(parser.value(m_out));
    } else {
        context.out().flush();
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return context.fail({tr("Could not write to the standard output."), {}, {}});
        started = writer.open(&standardOutput);
    }
    if (!started)
        return context.fail(started.error());

    Status s = writer.writeRow(header());
    for (qsizetype i = 0; s && i < found.value().size(); ++i) {
        const storage::DealConflict &c = found.value().at(i);
        QStringList matched;
        for (const domain::MatchedField f : c.conflict.matched)
            matched.append(domain::toKey(f));
        s = writer.writeRow({c.first.id, c.second.id, c.first.customerName, c.first.customerInn, c.first.partnerName,
                             c.second.partnerName, matched.join(kListSeparator),
                             c.conflict.commonProducts.join(kListSeparator), timeText(c.conflict.overlapStart),
                             timeText(c.conflict.overlapEnd), c.reason});
    }
    if (s)
        s = writer.commit();
    if (!s) {
        writer.cancel();
        return context.fail(s.error());
    }
    if (parser.isSet(m_out))
        context.err() << tr("%n conflict(s) written to %1.", nullptr, int(found.value().size()))
                             .arg(QDir::toNativeSeparators(parser.value(m_out)))
                      << Qt::endl;
    else
        context.err() << tr("%n conflict(s).", nullptr, int(found.value().size())) << Qt::endl;
    return ExitCode::Success;
}

} // namespace pd::cli
