#include "CommissionCommand.h"

#include <QGuiApplication>
#include <QLocale>

#include "CliContext.h"
#include "CommissionReports.h"
#include "CommissionService.h"
#include "Database.h"
#include "SqlUtil.h"
#include "Statement.h"

namespace pd::cli {
namespace {

using domain::LineKind;
using domain::Money;

QString plain(qint64 minor)
{
    return Money::rub(minor).toPlainString();
}

} // namespace

CommissionCommand::CommissionCommand()
    : m_period(QStringLiteral("period"), tr("The settlement period as YYYY-MM (required)."), QStringLiteral("YYYY-MM")),
      m_partner(QStringLiteral("partner"), tr("Only the lines of partner ID."), QStringLiteral("ID")),
      m_pdf(QStringLiteral("pdf"), tr("Write the partner's statement for the period as PDF to FILE (needs --partner)."),
            QStringLiteral("FILE"))
{}

QString CommissionCommand::name() const
{
    return QStringLiteral("commission");
}

QString CommissionCommand::summary() const
{
    return tr("Recompute a settlement period and write its commission lines, a summary or a PDF statement.");
}

QString CommissionCommand::description() const
{
    return tr("Prices the period's consumption with the program rules in force then (recomputed first when the\n"
              "period is open; a closed period is shown as settled) and writes, with --out, every commission\n"
              "line as CSV, each with the rule and the tier that priced it, its consumption record and deal;\n"
              "without --out, a summary table per partner on standard output. Amounts are RUB excluding VAT\n"
              "as plain numbers (1234.56); each line is rounded to the kopeck, half away from zero, and the\n"
              "lines add up to the total. Clawbacks and top-ups correct closed periods (corrects_period).\n"
              "--pdf writes one partner's statement (with --partner). Columns:\n  %1.")
        .arg(header().join(QStringLiteral(",\n  ")));
}

QList<QCommandLineOption> CommissionCommand::options() const
{
    return QList<QCommandLineOption>{m_period, m_partner, m_pdf} + m_csv.options();
}

QStringList CommissionCommand::header()
{
    return {QStringLiteral("line_id"),       QStringLiteral("period"),
            QStringLiteral("partner_id"),    QStringLiteral("partner_name"),
            QStringLiteral("partner_inn"),   QStringLiteral("role"),
            QStringLiteral("tier"),          QStringLiteral("kind"),
            QStringLiteral("rule"),          QStringLiteral("rule_effective_from"),
            QStringLiteral("rate_bp"),       QStringLiteral("basis_rub"),
            QStringLiteral("amount_rub"),    QStringLiteral("consumption_id"),
            QStringLiteral("customer_name"), QStringLiteral("customer_inn"),
            QStringLiteral("category"),      QStringLiteral("deal_id"),
            QStringLiteral("source_amount"), QStringLiteral("source_currency"),
            QStringLiteral("rub_per_unit"),  QStringLiteral("corrects_period")};
}

bool CommissionCommand::wantsPdf(int argc, char **argv)
{
    bool commission = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        commission = commission || a == "commission";
        pdf = pdf || a == "--pdf" || a.startsWith("--pdf=");
    }
    return commission && pdf;
}

int CommissionCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (const QString problem = m_csv.usageProblem(parser); !problem.isEmpty())
        return context.usageError(problem, name());
    if (!parser.isSet(m_period))
        return context.usageError(tr("--period is required (YYYY-MM)."), name());
    const QString periodText = parser.value(m_period);
    const QDate month = QDate::fromString(periodText + QStringLiteral("-01"), Qt::ISODate);
    if (!month.isValid() || periodText.size() != 7)
        return context.usageError(tr("--period must be a month as YYYY-MM, not \"%1\".").arg(periodText), name());
    const QString partnerId = parser.value(m_partner);
    if (parser.isSet(m_pdf) && partnerId.isEmpty())
        return context.usageError(tr("--pdf writes one partner's statement: give --partner ID too."), name());
    if (parser.isSet(m_pdf) && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return context.fail(
            Error{tr("Writing a PDF needs the graphics library, which this run did not start."), {}, {}});

    auto opened = storage::Database::open(context.databasePath(), storage::Database::Mode::OpenExisting);
    if (!opened)
        return context.fail(opened.error());
    const QSqlDatabase connection = opened.value()->connection();
    if (!partnerId.isEmpty()) {
        auto exists =
            storage::sql::exec(connection, QStringLiteral("SELECT 1 FROM partners WHERE id = ?"), {partnerId});
        if (!exists)
            return context.fail(exists.error());
        if (!exists.value().next())
            return context.fail(Error{tr("There is no partner %1.").arg(partnerId), {}, QStringLiteral("partner")});
    }

    storage::CommissionService service(connection, SystemClock::instance(), QStringLiteral("cli"));
    auto state = service.period(month);
    if (!state)
        return context.fail(state.error());
    const bool closed = state.value().state == storage::PeriodState::Closed;
    if (!closed) {
        auto done = service.recompute(month);
        if (!done)
            return context.fail(done.error());
        context.err() << tr("Recomputed %1: %2 consumption records, %3 lines (%4 corrections) in %5 ms.")
                             .arg(periodText)
                             .arg(done.value().records)
                             .arg(done.value().lines)
                             .arg(done.value().corrections)
                             .arg(done.value().elapsedMs)
                      << Qt::endl;
    } else {
        context.err() << tr("%1 is closed: its settled lines are shown as they were settled.").arg(periodText)
                      << Qt::endl;
    }

    storage::CommissionReports reports(connection);
    auto totals = reports.totals(month);
    if (!totals)
        return context.fail(totals.error());
    QHash<QString, storage::PartnerPeriodTotal> byPartner;
    qint64 grand = 0;
    int lineCount = 0;
    for (const storage::PartnerPeriodTotal &t : totals.value()) {
        byPartner.insert(t.partnerId, t);
        if (partnerId.isEmpty() || t.partnerId == partnerId) {
            grand += t.totalMinor;
            lineCount += t.lines;
        }
    }

    if (parser.isSet(m_pdf)) {
        auto statement = io::Statement::load(connection, partnerId, month);
        if (!statement)
            return context.fail(statement.error());
        if (Status s = statement.value().writePdf(parser.value(m_pdf)); !s)
            return context.fail(s.error());
        context.err() << tr("Statement written to %1.").arg(parser.value(m_pdf)) << Qt::endl;
    }

    if (!parser.isSet(QStringLiteral("out"))) {
        if (parser.isSet(m_pdf))
            return ExitCode::Success;
        // A summary table for people.
        QTextStream &out = context.out();
        out << tr("Commission for %1 (%2)").arg(periodText, closed ? tr("closed") : tr("open")) << Qt::endl;
        out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                   .arg(tr("Partner"), -40)
                   .arg(tr("Role"), -12)
                   .arg(tr("Tier"), -9)
                   .arg(tr("Lines"), 8)
                   .arg(tr("Corrections"), 14)
                   .arg(tr("Total, RUB"), 16)
            << Qt::endl;
        for (const storage::PartnerPeriodTotal &t : totals.value()) {
            if (!partnerId.isEmpty() && t.partnerId != partnerId)
                continue;
            out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                       .arg(t.partnerName.left(40), -40)
                       .arg(domain::toKey(t.role), -12)
                       .arg(t.role == domain::Role::Agent ? QString() : domain::toKey(t.tier), -9)
                       .arg(t.lines, 8)
                       .arg(plain(t.correctionsMinor), 14)
                       .arg(plain(t.totalMinor), 16)
                << Qt::endl;
        }
        out << QStringLiteral("%1  %2  %3").arg(tr("Total"), -63).arg(lineCount, 8).arg(plain(grand), 31) << Qt::endl;
        return ExitCode::Success;
    }

    if (Status started = m_csv.open(parser, context); !started)
        return context.fail(started.error());
    io::CsvWriter &writer = m_csv.writer();
    Status s = writer.writeRow(header());
    Status rows;
    if (s) {
        s = reports.forEachLine(month, partnerId, [&](const storage::StoredLine &l) {
            const domain::CommissionLine &line = l.line;
            const storage::PartnerPeriodTotal partner = byPartner.value(line.partnerId);
            const bool foreign = l.fxRateMicro > 0;
            rows = writer.writeRow(
                {QString::number(l.id),
                 periodText,
                 line.partnerId,
                 partner.partnerName,
                 partner.partnerInn,
                 domain::toKey(l.role),
                 domain::toKey(line.tier),
                 domain::toKey(line.kind),
                 io::Statement::ruleText(l),
                 line.ruleEffectiveFrom.toString(Qt::ISODate),
                 QString::number(line.rateBp),
                 line.basis.toPlainString(),
                 line.amount.toPlainString(),
                 line.consumptionId,
                 l.customerName,
                 l.customerInn,
                 l.category,
                 line.dealId,
                 foreign ? l.source.toPlainString() : QString(),
                 foreign ? l.source.currency() : QString(),
                 foreign ? QStringLiteral("%1.%2")
                               .arg(l.fxRateMicro / 1000000)
                               .arg(l.fxRateMicro % 1000000, 6, 10, QLatin1Char('0'))
                         : QString(),
                 line.correctsPeriod.isValid() ? line.correctsPeriod.toString(QStringLiteral("yyyy-MM")) : QString()});
            return bool(rows);
        });
        if (s && !rows)
            s = rows;
    }
    if (s = m_csv.finish(s); !s)
        return context.fail(s.error());
    context.err()
        << tr("%n line(s), total %1 RUB, written to %2.", nullptr, lineCount).arg(plain(grand), m_csv.nativePath())
        << Qt::endl;
    return ExitCode::Success;
}

} // namespace pd::cli
