#include "Statement.h"

#include "SqlUtil.h"

#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace pd::io {

using namespace pd::domain;

namespace {

QString periodText(const QDate &month)
{
    // The standalone month name ("июль 2026", "July 2026"), as a period is named on its own.
    const QLocale locale;
    return locale.standaloneMonthName(month.month()) + QLatin1Char(' ') + QString::number(month.year());
}

} // namespace

Result<Statement> Statement::load(const QSqlDatabase &db, const QString &partnerId, const QDate &month)
{
    Statement s;
    s.m_month = QDate(month.year(), month.month(), 1);
    auto partner =
        storage::sql::exec(db, QStringLiteral("SELECT name, inn, role, tier FROM partners WHERE id = ?"), {partnerId});
    if (!partner)
        return partner.error();
    if (!partner.value().next())
        return Error{tr("There is no partner %1.").arg(partnerId), {}, QStringLiteral("partner")};
    s.m_total.partnerId = partnerId;
    s.m_total.partnerName = partner.value().value(0).toString();
    s.m_total.partnerInn = partner.value().value(1).toString();
    s.m_total.role = roleFromKey(partner.value().value(2).toString()).value_or(Role::Partner);
    s.m_total.tier = tierFromKey(partner.value().value(3).toString()).value_or(Tier::None);
    partner.value().finish();

    storage::CommissionReports reports(db);
    auto total = reports.total(s.m_month, partnerId);
    if (!total)
        return total.error();
    if (total.value())
        s.m_total = *total.value();
    auto lines = reports.lines(s.m_month, partnerId);
    if (!lines)
        return lines.error();
    s.m_lines = std::move(lines).value();
    auto state = storage::sql::exec(db, QStringLiteral("SELECT state FROM settlement_periods WHERE month = ?"),
                                    {storage::sql::toStored(s.m_month)});
    if (!state)
        return state.error();
    s.m_closed = state.value().next() && state.value().value(0).toString() == QLatin1String("closed");
    return s;
}

QString Statement::ruleText(const storage::StoredLine &l)
{
    const CommissionLine &line = l.line;
    if (line.kind == LineKind::Clawback || line.kind == LineKind::TopUp)
        return tr("%1 of %2").arg(displayName(line.kind), periodText(line.correctsPeriod));
    if (line.kind == LineKind::PresaleReward)
        return tr("%1, program rules from %2")
            .arg(displayName(line.kind), line.ruleEffectiveFrom.toString(Qt::ISODate));
    return tr("%1 %2, program rules from %3")
        .arg(displayName(line.kind), commission::rateText(line.rateBp), line.ruleEffectiveFrom.toString(Qt::ISODate));
}

QStringList Statement::header()
{
    return {tr("Line"), tr("Customer"),    tr("Customer INN"),  tr("Service category"), tr("Rule"), tr("Tier"),
            tr("Deal"), tr("Consumption"), tr("Currency rate"), tr("Basis, RUB"),       tr("Rate"), tr("Amount, RUB")};
}

QStringList Statement::cells(const storage::StoredLine &l, bool forCsv)
{
    const CommissionLine &line = l.line;
    const QLocale locale;
    const auto money = [&](const Money &m) {
        return forCsv ? m.toPlainString() : m.toString(locale);
    };
    const auto category = serviceCategoryFromKey(l.category);
    const bool priced = line.kind != LineKind::Clawback && line.kind != LineKind::TopUp;
    return {
        QString::number(l.id),
        l.customerName,
        l.customerInn,
        category ? displayName(*category) : QString(),
        ruleText(l),
        l.role == Role::Agent ? tr("Agent") : displayName(line.tier),
        line.dealId,
        l.source.currency() != QLatin1String("RUB") ? money(l.source) + QLatin1Char(' ') + l.source.currency()
                                                    : QString(),
        l.fxRateMicro
            ? QStringLiteral("%1.%2").arg(l.fxRateMicro / 1000000).arg(l.fxRateMicro % 1000000, 6, 10, QLatin1Char('0'))
            : QString(),
        priced ? money(line.basis) : QString(),
        line.rateBp ? commission::rateText(line.rateBp) : QString(),
        money(line.amount)};
}

Status Statement::writeCsv(const QString &path, const CsvOptions &options) const
{
    CsvWriter writer(options);
    if (Status s = writer.open(path); !s)
        return s;
    const auto rows = [&]() -> Status {
        const QList<QStringList> head{
            {tr("Commission statement")},
            {tr("Partner"), m_total.partnerName},
            {tr("INN"), m_total.partnerInn},
            {tr("Role"), displayName(m_total.role)},
            {tr("Tier"), m_total.role == Role::Agent ? tr("none (Agent)") : displayName(m_total.tier)},
            {tr("Period"), m_month.toString(QStringLiteral("yyyy-MM")),
             m_closed ? tr("closed") : tr("open (may still change)")},
            {}};
        for (const QStringList &row : head) {
            if (Status s = writer.writeRow(row); !s)
                return s;
        }
        if (Status s = writer.writeRow(header()); !s)
            return s;
        for (const storage::StoredLine &l : m_lines) {
            if (Status s = writer.writeRow(cells(l, true)); !s)
                return s;
        }
        const QList<QStringList> tail{
            {},
            {tr("Lines"), QString::number(m_lines.size())},
            {tr("Clawbacks and top-ups, RUB"), Money::rub(m_total.correctionsMinor).toPlainString()},
            {tr("Total, RUB"), Money::rub(m_total.totalMinor).toPlainString()}};
        for (const QStringList &row : tail) {
            if (Status s = writer.writeRow(row); !s)
                return s;
        }
        return {};
    }();
    if (!rows) {
        writer.cancel();
        return rows;
    }
    return writer.commit();
}

QString Statement::html() const
{
    const QLocale locale;
    const auto esc = [](const QString &t) {
        return t.toHtmlEscaped();
    };
    QString h = QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans', sans-serif; font-size: 8pt;\">");
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Commission statement")));
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    const QList<QPair<QString, QString>> head{
        {tr("Partner"), m_total.partnerName},
        {tr("INN"), m_total.partnerInn},
        {tr("Role"), displayName(m_total.role)},
        {tr("Tier"), m_total.role == Role::Agent ? tr("none (Agent)") : displayName(m_total.tier)},
        {tr("Period"), periodText(m_month) + QStringLiteral(" (")
                           + (m_closed ? tr("closed") : tr("open, may still change")) + QLatin1Char(')')},
        {tr("Amounts"), tr("RUB excluding VAT; each line rounded to the kopeck, half away from zero")}};
    for (const auto &[label, value] : head)
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    h += QStringLiteral("</table><br/>");
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"><thead><tr>");
    const QStringList columns = header();
    // The PDF leaves out the customer INN, deal and consumption columns for width; the CSV has them all.
    const QList<int> shown{1, 3, 4, 5, 9, 10, 11};
    for (int c : shown)
        h += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(columns.at(c)));
    h += QStringLiteral("</tr></thead>");
    for (const storage::StoredLine &l : m_lines) {
        const QStringList row = cells(l, false);
        const bool correction = l.line.kind == LineKind::Clawback || l.line.kind == LineKind::TopUp;
        h += correction ? QStringLiteral("<tr style=\"background-color: #fde8e8;\">") : QStringLiteral("<tr>");
        for (int c : shown) {
            const bool number = c >= 9;
            h += QStringLiteral("<td%1>%2</td>")
                     .arg(number ? QStringLiteral(" align=\"right\"") : QString(), esc(row.at(c)));
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table><br/><table cellpadding=\"2\">");
    const QList<QPair<QString, QString>> tail{
        {tr("Lines"), locale.toString(m_lines.size())},
        {tr("Clawbacks and top-ups"), Money::rub(m_total.correctionsMinor).toString(locale)},
        {tr("Total"), Money::rub(m_total.totalMinor).toString(locale)}};
    for (const auto &[label, value] : tail)
        h += QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\">%2</td></tr>").arg(esc(label), esc(value));
    h += QStringLiteral("</table></body></html>");
    return h;
}

Status Statement::writePdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not write the statement to %1: %2").arg(path, file.errorString()), {}, {}};
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        pdf.setTitle(
            tr("Commission statement %1, %2").arg(m_total.partnerName, m_month.toString(QStringLiteral("yyyy-MM"))));
        pdf.setCreator(QCoreApplication::applicationName());
        QTextDocument document;
        document.setHtml(html());
        // print() lays the document out on the writer's pages, scaled from the screen's resolution.
        document.print(&pdf);
    }
    if (!file.commit())
        return Error{tr("Could not write the statement to %1: %2").arg(path, file.errorString()), {}, {}};
    return {};
}

} // namespace pd::io
