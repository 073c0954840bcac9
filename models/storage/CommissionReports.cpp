#include "CommissionReports.h"

#include "ProgramRulesRepository.h"
#include "SqlUtil.h"
#include "Deal.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

namespace pd::storage {

using namespace pd::domain;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::CommissionReports)
};

const QString kLineColumns = QStringLiteral(
    "l.id, l.period, l.partner_id, l.kind, l.role, l.tier, l.rule_from, l.consumption_id, l.deal_id, l.category, "
    "l.basis_minor, l.rate_bp, l.amount_minor, l.currency, l.source_minor, l.source_currency, l.fx_rate_micro, "
    "l.corrects_period, c.customer_name, c.customer_inn, l.reg_rate_bp, l.reg_amount_minor");
constexpr int kLineColumnCount = 22;

// A row of commission_lines is one line, or two: a record's base discount row may also carry the record's
// registration discount (schema 15). The lines' ids are the row's id times two, plus one for the registration
// part, so that every line keeps an id of its own.
qint64 baseLineId(qint64 rowId)
{
    return rowId * 2;
}

// The row's first line: the base discount (or whichever line the row holds alone).
StoredLine lineFrom(const QSqlQuery &q)
{
    StoredLine s;
    s.id = baseLineId(q.value(0).toLongLong());
    CommissionLine &l = s.line;
    l.period = sql::dateFromStored(q.value(1).toString());
    l.partnerId = q.value(2).toString();
    l.kind = lineKindFromKey(q.value(3).toString()).value_or(LineKind::BaseDiscount);
    s.role = roleFromKey(q.value(4).toString()).value_or(Role::Partner);
    l.tier = tierFromKey(q.value(5).toString()).value_or(Tier::None);
    l.ruleEffectiveFrom = sql::dateFromStored(q.value(6).toString());
    l.consumptionId = q.value(7).toString();
    l.dealId = q.value(8).toString();
    s.category = q.value(9).toString();
    const QString currency = q.value(13).toString();
    l.basis = Money(q.value(10).toLongLong(), currency);
    l.rateBp = q.value(11).toInt();
    l.amount = Money(q.value(12).toLongLong(), currency);
    s.source = q.value(15).isNull() ? l.basis : Money(q.value(14).toLongLong(), q.value(15).toString());
    s.fxRateMicro = q.value(16).toLongLong();
    l.correctsPeriod = sql::dateFromStored(q.value(17).toString());
    s.customerName = q.value(18).toString();
    s.customerInn = q.value(19).toString();
    // The deal of a row that holds both parts is the registration part's.
    if (!q.value(20).isNull())
        l.dealId.clear();
    return s;
}

// The registration part of a row that holds one, from the row's first line.
std::optional<StoredLine> registrationPartOf(const QSqlQuery &q, const StoredLine &base)
{
    if (q.value(20).isNull())
        return std::nullopt;
    StoredLine s = base;
    s.id = base.id + 1;
    CommissionLine &l = s.line;
    l.kind = LineKind::RegistrationDiscount;
    l.rateBp = q.value(20).toInt();
    l.amount = Money(q.value(21).toLongLong(), l.amount.currency());
    l.dealId = q.value(8).toString();
    return s;
}

QString monthName(const QDate &month)
{
    // The standalone month name ("июль 2026", "July 2026"), as a period is named on its own.
    const QLocale locale;
    return locale.standaloneMonthName(month.month()) + QLatin1Char(' ') + QString::number(month.year());
}

QString dateText(const QDate &date)
{
    // A full date in the interface language ("1 January 2000", "1 января 2000"): a short format such as
    // "1/1/00" reads differently from one country to the next.
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString rateMicroText(qint64 micro)
{
    return QStringLiteral("%1.%2").arg(micro / 1000000).arg(micro % 1000000, 6, 10, QLatin1Char('0'));
}

Result<QList<MonthlyAmount>> series(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<MonthlyAmount> points;
    while (q.value().next())
        points.append({sql::dateFromStored(q.value().value(0).toString()), q.value().value(1).toString(),
                       q.value().value(2).toLongLong()});
    return points;
}

} // namespace

CommissionReports::CommissionReports(QSqlDatabase db) : m_db(std::move(db))
{}

Status CommissionReports::forEachLine(const QDate &month, const QString &partnerId,
                                      const std::function<bool(const StoredLine &)> &visit) const
{
    QVariantList args{sql::toStored(month)};
    if (!partnerId.isEmpty())
        args.append(partnerId);
    auto q =
        sql::exec(m_db,
                  QStringLiteral("SELECT %1 FROM commission_lines l LEFT JOIN consumption c ON c.id = l.consumption_id "
                                 "WHERE l.period = ?%2 ORDER BY l.partner_id, l.id")
                      .arg(kLineColumns, partnerId.isEmpty() ? QString() : QStringLiteral(" AND l.partner_id = ?")),
                  args);
    if (!q)
        return q.error();
    while (q.value().next()) {
        const StoredLine line = lineFrom(q.value());
        if (!visit(line))
            break;
        if (const auto registration = registrationPartOf(q.value(), line); registration && !visit(*registration))
            break;
    }
    return {};
}

Result<QList<StoredLine>> CommissionReports::lines(const QDate &month, const QString &partnerId) const
{
    QList<StoredLine> list;
    if (Status s = forEachLine(month, partnerId,
                               [&](const StoredLine &l) {
                                   list.append(l);
                                   return true;
                               });
        !s)
        return s.error();
    return list;
}

Result<QList<PartnerPeriodTotal>> CommissionReports::totals(const QDate &month) const
{
    return totalsWhere(month, {});
}

Result<std::optional<PartnerPeriodTotal>> CommissionReports::total(const QDate &month, const QString &partnerId) const
{
    auto list = totalsWhere(month, partnerId);
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return std::optional<PartnerPeriodTotal>();
    return std::optional<PartnerPeriodTotal>(list.value().first());
}

Result<QList<PartnerPeriodTotal>> CommissionReports::totalsWhere(const QDate &month, const QString &partnerId) const
{
    QVariantList args{sql::toStored(month)};
    if (!partnerId.isEmpty())
        args.append(partnerId);
    auto q = sql::exec(
        m_db,
        QStringLiteral(
            "SELECT t.partner_id, p.name, p.inn, p.role, "
            "COALESCE(MAX(CASE WHEN t.kind NOT IN ('clawback', 'top_up') THEN t.tier END), MAX(t.tier)), "
            "SUM(t.amount_minor), SUM(CASE WHEN t.kind IN ('clawback', 'top_up') THEN t.amount_minor ELSE 0 END), "
            "SUM(t.line_count) FROM commission_totals t JOIN partners p ON p.id = t.partner_id "
            "WHERE t.period = ?%1 GROUP BY t.partner_id ORDER BY p.name COLLATE NOCASE, t.partner_id")
            .arg(partnerId.isEmpty() ? QString() : QStringLiteral(" AND t.partner_id = ?")),
        args);
    if (!q)
        return q.error();
    QList<PartnerPeriodTotal> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        PartnerPeriodTotal t;
        t.partnerId = r.value(0).toString();
        t.partnerName = r.value(1).toString();
        t.partnerInn = r.value(2).toString();
        t.role = roleFromKey(r.value(3).toString()).value_or(Role::Partner);
        t.tier = tierFromKey(r.value(4).toString()).value_or(Tier::None);
        t.totalMinor = r.value(5).toLongLong();
        t.correctionsMinor = r.value(6).toLongLong();
        t.lines = r.value(7).toInt();
        list.append(t);
    }
    return list;
}

Result<LineExplanation> CommissionReports::explain(qint64 lineId) const
{
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT %1, p.name, c.month, c.category, c.project, c.amount_minor, c.currency "
                                      "FROM commission_lines l LEFT JOIN consumption c ON c.id = l.consumption_id "
                                      "LEFT JOIN partners p ON p.id = l.partner_id WHERE l.id = ?")
                           .arg(kLineColumns),
                       {lineId / 2});
    if (!q)
        return q.error();
    const Error missing{Tr::tr("There is no commission line %1.").arg(lineId), {}, {}};
    if (lineId < 0 || !q.value().next())
        return missing;
    LineExplanation e;
    e.line = lineFrom(q.value());
    if (lineId % 2 == 1) {
        auto registration = registrationPartOf(q.value(), e.line);
        if (!registration)
            return missing;
        e.line = *registration;
    }
    constexpr int c = kLineColumnCount; // the explanation's own columns follow the line's
    e.partnerName = q.value().value(c).toString();
    const CommissionLine &l = e.line.line;
    if (!q.value().value(c + 1).isNull()) {
        ConsumptionRecord r;
        r.id = l.consumptionId;
        r.partnerId = l.partnerId;
        r.customerName = e.line.customerName;
        r.customerInn = e.line.customerInn;
        r.month = sql::dateFromStored(q.value().value(c + 1).toString());
        r.category = serviceCategoryFromKey(q.value().value(c + 2).toString()).value_or(ServiceCategory::Other);
        r.project = q.value().value(c + 3).toString();
        r.amount = Money(q.value().value(c + 4).toLongLong(), q.value().value(c + 5).toString());
        e.consumption = r;
    }
    q.value().finish();

    auto book = ProgramRulesRepository(m_db, SystemClock::instance(), {}).load();
    if (!book)
        return book.error();
    if (l.ruleEffectiveFrom.isValid())
        e.rules = book.value().at(l.ruleEffectiveFrom);

    if (!l.dealId.isEmpty()) {
        auto d =
            sql::exec(m_db, QStringLiteral("SELECT customer_name, state, outcome FROM deals WHERE id = ?"), {l.dealId});
        if (!d)
            return d.error();
        if (d.value().next()) {
            e.dealCustomer = d.value().value(0).toString();
            const auto state = applicationStateFromKey(d.value().value(1).toString());
            const auto outcome = dealOutcomeFromKey(d.value().value(2).toString());
            e.dealState = (state ? displayName(*state) : QString()) + QStringLiteral(", ")
                          + (outcome ? displayName(*outcome) : QString());
        }
    }
    e.steps = steps(e);
    return e;
}

QStringList CommissionReports::steps(const LineExplanation &e)
{
    const QLocale locale;
    const CommissionLine &l = e.line.line;
    QStringList s;
    s.append(Tr::tr("%1 for %2, settlement period %3: %4.")
                 .arg(displayName(l.kind), e.partnerName, monthName(l.period), l.amount.toString(locale)));
    if (l.kind == LineKind::Clawback || l.kind == LineKind::TopUp) {
        s.append(Tr::tr("The closed period %1 was changed after it was settled (consumption, exchange rate or a "
                        "registered deal). "
                        "Its lines stay as they were; this line carries the difference between what %1 is worth now, "
                        "priced with the rules and tier it was settled at, and everything settled for it so far.")
                     .arg(monthName(l.correctsPeriod)));
        s.append(l.kind == LineKind::Clawback
                     ? Tr::tr("The difference is negative: a clawback of %1.").arg(l.amount.toString(locale))
                     : Tr::tr("The difference is positive: a top-up of %1.").arg(l.amount.toString(locale)));
        return s;
    }
    if (l.kind == LineKind::PresaleReward) {
        s.append(Tr::tr("Deal %1 (customer %2, %3) was won in %4 with technical pre-sale work by the agent.")
                     .arg(l.dealId, e.dealCustomer, e.dealState, monthName(l.period)));
        s.append(Tr::tr("The program rules in force from %1 pay a fixed reward of %2 per such deal.")
                     .arg(dateText(l.ruleEffectiveFrom), l.amount.toString(locale)));
        return s;
    }
    if (e.consumption) {
        const ConsumptionRecord &r = *e.consumption;
        s.append(Tr::tr("Consumption record %1: customer %2 (INN %3), %4, project %5, %6: %7 excluding VAT.")
                     .arg(r.id, r.customerName, r.customerInn, displayName(r.category),
                          r.project.isEmpty() ? Tr::tr("(none)") : r.project, monthName(r.month),
                          r.amount.toString(locale)));
    } else {
        s.append(Tr::tr("Consumption record %1 no longer exists; this line was priced from it as it was then.")
                     .arg(l.consumptionId));
    }
    if (e.line.fxRateMicro > 0) {
        s.append(Tr::tr("Converted to rubles at the stored rate for %1: %2 × %3 RUB per %4 = %5, rounded to the kopeck "
                        "half away from zero.")
                     .arg(monthName(l.period), e.line.source.toString(locale), rateMicroText(e.line.fxRateMicro),
                          e.line.source.currency(), l.basis.toString(locale)));
    }
    const QString rulesLabel = e.rules && e.rules->exampleDefaults ? Tr::tr(" (example defaults)") : QString();
    s.append(Tr::tr("Rule: program rules in force from %1%2, %3 at %4.")
                 .arg(dateText(l.ruleEffectiveFrom), rulesLabel, displayName(l.kind).toLower(),
                      commission::rateText(l.rateBp, locale)));
    if (e.line.role == Role::Agent) {
        s.append(Tr::tr("The partner is an Agent: no tier; the agent's percentage of what its clients pay applies."));
    } else {
        s.append(Tr::tr("Tier: %1, as evaluated for the month (on its last day, grace period included).")
                     .arg(displayName(l.tier)));
    }
    if (l.kind == LineKind::RegistrationDiscount) {
        s.append(Tr::tr("Deal %1 (customer %2, %3) registers this customer for the partner, so the registration "
                        "part for %4 applies.")
                     .arg(l.dealId, e.dealCustomer, e.dealState, displayName(l.tier)));
    }
    s.append(Tr::tr("%1 × %2 = %3, rounded to the kopeck half away from zero.")
                 .arg(l.basis.toString(locale), commission::rateText(l.rateBp, locale), l.amount.toString(locale)));
    return s;
}

Result<QList<MonthlyAmount>> CommissionReports::monthlyByPartner(const QDate &from, const QDate &to,
                                                                 const QStringList &partnerIds) const
{
    QVariantList args{sql::toStored(from), sql::toStored(to)};
    QStringList marks;
    for (const QString &id : partnerIds) {
        args.append(id);
        marks.append(QStringLiteral("?"));
    }
    return series(sql::exec(
        m_db,
        QStringLiteral("SELECT period, partner_id, SUM(amount_minor) FROM commission_totals WHERE "
                       "period BETWEEN ? AND ?%1 GROUP BY period, partner_id ORDER BY period, partner_id")
            .arg(partnerIds.isEmpty() ? QString()
                                      : QStringLiteral(" AND partner_id IN (%1)").arg(marks.join(QLatin1Char(',')))),
        args));
}

Result<QList<MonthlyAmount>> CommissionReports::monthlyByTier(const QDate &from, const QDate &to) const
{
    return series(sql::exec(m_db,
                            QStringLiteral("SELECT period, tier, SUM(amount_minor) FROM commission_totals WHERE period "
                                           "BETWEEN ? AND ? GROUP BY period, tier ORDER BY period, tier"),
                            {sql::toStored(from), sql::toStored(to)}));
}

Result<QList<MonthlyAmount>> CommissionReports::monthlyByCategory(const QDate &from, const QDate &to,
                                                                  const QString &partnerId) const
{
    QVariantList args{sql::toStored(from), sql::toStored(to)};
    if (!partnerId.isEmpty())
        args.append(partnerId);
    return series(
        sql::exec(m_db,
                  QStringLiteral("SELECT period, category, SUM(amount_minor) FROM commission_totals WHERE period "
                                 "BETWEEN ? AND ?%1 GROUP BY period, category ORDER BY period, category")
                      .arg(partnerId.isEmpty() ? QString() : QStringLiteral(" AND partner_id = ?")),
                  args));
}

Result<MonthOverMonth> CommissionReports::monthOverMonth(const QDate &today) const
{
    MonthOverMonth m;
    m.thisMonth = QDate(today.year(), today.month(), 1);
    m.lastMonth = m.thisMonth.addMonths(-1);
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT month, total_minor, computed_at IS NOT NULL OR state = 'closed' FROM "
                                      "settlement_periods WHERE month IN (?, ?)"),
                       {sql::toStored(m.thisMonth), sql::toStored(m.lastMonth)});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QDate month = sql::dateFromStored(q.value().value(0).toString());
        const qint64 total = q.value().value(1).toLongLong();
        const bool computed = q.value().value(2).toBool();
        if (month == m.thisMonth) {
            m.thisMinor = total;
            m.thisComputed = computed;
        } else {
            m.lastMinor = total;
            m.lastComputed = computed;
        }
    }
    return m;
}

} // namespace pd::storage
