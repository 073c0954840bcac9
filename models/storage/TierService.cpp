#include "TierService.h"

#include "SqlUtil.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

namespace pd::storage {

using namespace pd::domain;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::TierService)
};

// The UTC day of a stored time ("2026-08-31T09:00:00.000Z"): its first ten characters; any other form
// goes through the full parse.
QDate closedDate(QByteArrayView stored)
{
    const auto digits = [&](qsizetype from, qsizetype count) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char c = stored[i];
            if (c < '0' || c > '9')
                return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    };
    if (stored.size() == 24 && stored[4] == '-' && stored[7] == '-' && stored[10] == 'T' && stored[23] == 'Z') {
        const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
        if (y >= 0 && m >= 0 && d >= 0 && QDate::isValid(y, m, d))
            return QDate(y, m, d);
    }
    return sql::dateTimeFromStored(QString::fromUtf8(stored)).date();
}

struct WonDeal
{
    QDate closedOn;
    qint64 amountMinor;
};

struct PartnerData
{
    QList<WonDeal> won;
    QList<Certificate> certificates;
};

TierMetrics metricsOn(const PartnerData &data, bool agreementSigned, const QDate &date)
{
    TierMetrics m;
    m.agreementSigned = agreementSigned;
    const QDate from = date.addMonths(-12);
    for (const WonDeal &d : data.won) {
        if (d.closedOn > from && d.closedOn <= date) {
            m.salesMinor += d.amountMinor;
            ++m.registeredDealsWon;
        }
    }
    return withCertificates(m, data.certificates, date);
}

} // namespace

TierService::TierService(QSqlDatabase db) : m_db(std::move(db))
{}

TierService::TierService(sqlite3 *db) : m_handle(db)
{}

Result<QList<PartnerTier>> TierService::evaluateAll(const QDate &asOf, const RuleBook &rules) const
{
    return run({}, asOf, rules);
}

Result<PartnerTier> TierService::evaluate(const QString &partnerId, const QDate &asOf, const RuleBook &rules) const
{
    auto all = run(partnerId, asOf, rules);
    if (!all)
        return all.error();
    if (all.value().isEmpty())
        return Error{QStringLiteral("No partner %1.").arg(partnerId), {}, {}};
    return all.value().first();
}

Result<QList<PartnerTier>> TierService::run(const QString &partnerId, const QDate &asOf, const RuleBook &rules) const
{
    // The rows come through SQLite's own API: a recompute evaluates every partner over a year of won deals,
    // and Qt's per-value QVariant and QDateTime conversions cost more than the query.
    sqlite3 *handle = m_handle ? m_handle : SqliteStatement::handleOf(m_db);
    const QByteArray onePartner = partnerId.isEmpty() ? QByteArray() : partnerId.toUtf8();
    const QString what = Tr::tr("evaluate the partners' tiers");

    // Enough history to evaluate every day of the longest grace period back from asOf.
    int maxGrace = 0;
    for (const ProgramRules &r : rules.versions())
        maxGrace = std::max(maxGrace, r.graceDays);
    const QDate earliest = asOf.addDays(-maxGrace - 1).addMonths(-12);

    QHash<QByteArray, PartnerData> data;
    SqliteStatement deals(handle);
    if (Status s = deals.prepare(
            onePartner.isEmpty() ? "SELECT partner_id, closed_at, amount_minor FROM deals WHERE state = 'registered' "
                                   "AND outcome = 'won' AND closed_at >= ?1"
                                 : "SELECT partner_id, closed_at, amount_minor FROM deals WHERE state = 'registered' "
                                   "AND outcome = 'won' AND closed_at >= ?1 AND partner_id = ?2",
            what);
        !s)
        return s.error();
    const QByteArray since = sql::toStored(QDateTime(earliest, QTime(0, 0), QTimeZone::utc())).toUtf8();
    deals.bind(1, since);
    if (!onePartner.isEmpty())
        deals.bind(2, onePartner);
    QByteArray lastPartner;
    PartnerData *current = nullptr;
    while (true) {
        auto row = deals.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const QByteArrayView partner = deals.textView(0);
        if (!current || partner != QByteArrayView(lastPartner)) {
            lastPartner = partner.toByteArray();
            current = &data[lastPartner];
        }
        current->won.append({closedDate(deals.textView(1)), deals.integer(2)});
    }
    SqliteStatement certs(handle);
    if (Status s =
            certs.prepare(onePartner.isEmpty() ? "SELECT partner_id, id, person_id, competence, issued_on, expires_on "
                                                 "FROM certificates WHERE expires_on >= ?1"
                                               : "SELECT partner_id, id, person_id, competence, issued_on, expires_on "
                                                 "FROM certificates WHERE expires_on >= ?1 AND partner_id = ?2",
                          what);
        !s)
        return s.error();
    const QByteArray certSince = sql::toStored(earliest).toUtf8();
    certs.bind(1, certSince);
    if (!onePartner.isEmpty())
        certs.bind(2, onePartner);
    while (true) {
        auto row = certs.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const QString partner = QString::fromUtf8(certs.textView(0));
        data[certs.text(0)].certificates.append(
            {QString::fromUtf8(certs.textView(1)), QString::fromUtf8(certs.textView(2)),
             competenceFromKey(QString::fromUtf8(certs.textView(3))).value_or(Competence::Sale),
             sql::dateFromStored(QString::fromUtf8(certs.textView(4))),
             sql::dateFromStored(QString::fromUtf8(certs.textView(5))), partner, QString()});
    }

    SqliteStatement partners(handle);
    if (Status s = partners.prepare(
            onePartner.isEmpty() ? "SELECT id, name, role, tier, stage FROM partners ORDER BY name COLLATE NOCASE, id"
                                 : "SELECT id, name, role, tier, stage FROM partners WHERE id = ?1",
            what);
        !s)
        return s.error();
    if (!onePartner.isEmpty())
        partners.bind(1, onePartner);
    const QByteArray signedKey = toKey(OnboardingStage::AgreementSigned).toUtf8();
    static const PartnerData kNone;
    QList<PartnerTier> result;
    while (true) {
        auto row = partners.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        PartnerTier t;
        t.partnerId = QString::fromUtf8(partners.textView(0));
        t.name = QString::fromUtf8(partners.textView(1));
        t.role = roleFromKey(QString::fromUtf8(partners.textView(2))).value_or(Role::Partner);
        t.current = tierFromKey(QString::fromUtf8(partners.textView(3))).value_or(Tier::None);
        const bool signed_ = partners.textView(4) == QByteArrayView(signedKey);
        const auto found = data.constFind(partners.rawText(0));
        const PartnerData &d = found == data.cend() ? kNone : *found;
        const ProgramRules &today = rules.at(asOf);
        t.metrics = metricsOn(d, signed_, asOf);

        std::optional<QDate> belowSince;
        if (t.role != Role::Agent
            && static_cast<int>(tierEngine::qualifiedTier(t.metrics, today)) < static_cast<int>(t.current)) {
            // Walk back to the first day of the current stretch below the tier.
            QDate first = asOf;
            for (QDate day = asOf.addDays(-1); day >= asOf.addDays(-today.graceDays); day = day.addDays(-1)) {
                const Tier q = tierEngine::qualifiedTier(metricsOn(d, signed_, day), rules.at(day));
                if (static_cast<int>(q) >= static_cast<int>(t.current))
                    break;
                first = day;
            }
            belowSince = first;
        }
        t.verdict = tierEngine::evaluate(t.role, t.current, t.metrics, today, asOf, belowSince);
        if (t.role != Role::Agent)
            t.atRisk =
                tierEngine::tierRiskFromExpiry(t.verdict.recommended, t.metrics, d.certificates, today, asOf, 90);
        result.append(std::move(t));
    }
    return result;
}

} // namespace pd::storage
