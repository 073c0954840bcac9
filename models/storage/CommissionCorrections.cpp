#include "CommissionCorrections.h"

#include "SqliteStatement.h"
#include "SqlUtil.h"
#include "TierService.h"

#include <QCoreApplication>

namespace pd::storage {

using namespace pd::domain;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::CommissionCorrections)
};

QString monthText(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

CommissionCorrections::CommissionCorrections(QSqlDatabase db) : m_db(std::move(db))
{}

QDate CommissionCorrections::nextOpen(const QDate &closed, const QList<QDate> &closedMonths)
{
    QDate month = closed.addMonths(1);
    while (closedMonths.contains(month))
        month = month.addMonths(1);
    return month;
}

Result<QList<QDate>> CommissionCorrections::closedMonths() const
{
    auto q =
        sql::exec(m_db, QStringLiteral("SELECT month FROM settlement_periods WHERE state = 'closed' ORDER BY month"));
    if (!q)
        return q.error();
    QList<QDate> months;
    while (q.value().next())
        months.append(sql::dateFromStored(q.value().value(0).toString()));
    return months;
}

Result<QList<QDate>> CommissionCorrections::pendingTargets() const
{
    auto closed = closedMonths();
    if (!closed)
        return closed.error();
    auto q = sql::exec(m_db, QStringLiteral("SELECT DISTINCT period FROM commission_dirty ORDER BY period"));
    if (!q)
        return q.error();
    QList<QDate> targets;
    while (q.value().next()) {
        const QDate month = sql::dateFromStored(q.value().value(0).toString());
        if (!closed.value().contains(month))
            continue;
        const QDate open = nextOpen(month, closed.value());
        if (!targets.contains(open))
            targets.append(open);
    }
    std::sort(targets.begin(), targets.end());
    return targets;
}

Result<PricingPartner> CommissionCorrections::settledAs(const QDate &closed, const QByteArray &partnerId,
                                                        const RuleBook &book) const
{
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT tier, role FROM commission_totals WHERE period = ? AND partner_id = ? "
                                      "AND kind NOT IN ('clawback', 'top_up') LIMIT 1"),
                       {sql::toStored(closed), QString::fromUtf8(partnerId)});
    if (!q)
        return q.error();
    if (q.value().next()) {
        return PricingPartner{roleFromKey(q.value().value(1).toString()).value_or(Role::Partner),
                              tierFromKey(q.value().value(0).toString()).value_or(Tier::None)};
    }
    q.value().finish();
    // Nothing was settled for this partner then: its tier as evaluated on that month's last day.
    auto tier = TierService(m_db).evaluate(QString::fromUtf8(partnerId), closed.addMonths(1).addDays(-1), book);
    if (!tier)
        return tier.error();
    const PartnerTier &t = tier.value();
    return PricingPartner{t.role, t.role == Role::Agent ? Tier::None : t.verdict.recommended};
}

Result<int> CommissionCorrections::postInto(const QDate &open, const RuleBook &book,
                                            const QHash<QByteArray, PricingPartner> &partnersNow)
{
    auto closed = closedMonths();
    if (!closed)
        return closed.error();
    auto dirty =
        sql::exec(m_db, QStringLiteral("SELECT period, partner_id FROM commission_dirty ORDER BY period, partner_id"));
    if (!dirty)
        return dirty.error();
    QList<QPair<QDate, QByteArray>> pairs;
    while (dirty.value().next())
        pairs.append(
            {sql::dateFromStored(dirty.value().value(0).toString()), dirty.value().value(1).toString().toUtf8()});
    dirty.value().finish();

    sqlite3 *handle = SqliteStatement::handleOf(m_db);
    int posted = 0;
    for (const auto &[month, partnerId] : pairs) {
        const QString monthKey = sql::toStored(month);
        const QString partner = QString::fromUtf8(partnerId);
        if (!closed.value().contains(month)) {
            // The month was never closed (or the mark is stale): its own recompute prices it.
            if (auto q =
                    sql::exec(m_db, QStringLiteral("DELETE FROM commission_dirty WHERE period = ? AND partner_id = ?"),
                              {monthKey, partner});
                !q)
                return q.error();
            continue;
        }
        if (nextOpen(month, closed.value()) != open)
            continue;

        // What the closed month is worth now for this partner.
        auto as = settledAs(month, partnerId, book);
        if (!as)
            return as.error();
        auto rates = CommissionPricer::ratesFor(m_db, month);
        if (!rates)
            return rates.error();
        CommissionPricer pricer(handle, month, book.at(month), {{partnerId, as.value()}}, rates.value());
        qint64 now = 0;
        if (Status s = pricer.run(partnerId,
                                  [&](const PricedLine &l) {
                                      now += l.amountMinor;
                                      return Status();
                                  });
            !s) {
            Error e = s.error();
            e.detail = Tr::tr("While correcting the closed period %1.").arg(monthText(month));
            return e;
        }

        // What was settled for it: its own lines, and its corrections posted in other periods.
        auto settled =
            sql::exec(m_db,
                      QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) + COALESCE(SUM(reg_amount_minor), 0) "
                                     "FROM commission_lines WHERE period = ? AND partner_id = ? AND "
                                     "corrects_period IS NULL"),
                      {monthKey, partner});
        if (!settled)
            return settled.error();
        settled.value().next();
        qint64 before = settled.value().value(0).toLongLong();
        settled.value().finish();
        auto later =
            sql::exec(m_db, QStringLiteral("SELECT month FROM settlement_periods WHERE month > ? AND month <> ?"),
                      {monthKey, sql::toStored(open)});
        if (!later)
            return later.error();
        QStringList laterMonths;
        while (later.value().next())
            laterMonths.append(later.value().value(0).toString());
        later.value().finish();
        for (const QString &other : laterMonths) {
            auto earlier = sql::exec(m_db,
                                     QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM commission_lines WHERE "
                                                    "period = ? AND partner_id = ? AND corrects_period = ?"),
                                     {other, partner, monthKey});
            if (!earlier)
                return earlier.error();
            earlier.value().next();
            before += earlier.value().value(0).toLongLong();
        }

        if (auto q = sql::exec(m_db,
                               QStringLiteral("DELETE FROM commission_lines WHERE period = ? AND partner_id = ? AND "
                                              "corrects_period = ?"),
                               {sql::toStored(open), partner, monthKey});
            !q)
            return q.error();
        const qint64 difference = now - before;
        if (difference != 0) {
            const PricingPartner current = partnersNow.value(partnerId, as.value());
            auto q = sql::exec(
                m_db,
                QStringLiteral("INSERT INTO commission_lines (period, partner_id, kind, role, tier, rule_from, "
                               "basis_minor, rate_bp, amount_minor, source_minor, corrects_period) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"),
                {sql::toStored(open), partner, toKey(difference < 0 ? LineKind::Clawback : LineKind::TopUp),
                 toKey(current.role), toKey(current.role == Role::Agent ? Tier::None : current.tier),
                 sql::toStored(book.at(month).effectiveFrom), difference, difference, difference, monthKey});
            if (!q)
                return q.error();
        }
        if (Status s = refreshTotals(open, partnerId); !s)
            return s.error();
        if (auto q = sql::exec(m_db, QStringLiteral("DELETE FROM commission_dirty WHERE period = ? AND partner_id = ?"),
                               {monthKey, partner});
            !q)
            return q.error();
        ++posted;
    }
    return posted;
}

Status CommissionCorrections::refreshTotals(const QDate &open, const QByteArray &partnerId)
{
    const QString period = sql::toStored(open);
    const QString partner = QString::fromUtf8(partnerId);
    if (auto q = sql::exec(m_db,
                           QStringLiteral("DELETE FROM commission_totals WHERE period = ? AND partner_id = ? AND "
                                          "kind IN ('clawback', 'top_up')"),
                           {period, partner});
        !q)
        return q.error();
    auto q = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO commission_totals (period, partner_id, category, kind, tier, role, "
                       "amount_minor, line_count) SELECT period, partner_id, '', kind, MIN(tier), MIN(role), "
                       "SUM(amount_minor), COUNT(*) FROM commission_lines WHERE period = ? AND partner_id = ? "
                       "AND corrects_period IS NOT NULL GROUP BY kind"),
        {period, partner});
    return q ? Status() : Status(q.error());
}

} // namespace pd::storage
