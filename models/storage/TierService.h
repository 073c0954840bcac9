#pragma once

#include "Clock.h"
#include "PartnerRepository.h"
#include "ProgramRules.h"
#include "Result.h"
#include "TierEngine.h"

#include <QSqlDatabase>

struct sqlite3;

namespace pd::storage {

// One partner's standing on a date: the metrics, the verdict with its reasons, and the certificates
// whose expiry within 90 days would cost it its tier.
struct PartnerTier
{
    QString partnerId;
    QString name;
    domain::Role role = domain::Role::Partner;
    domain::Tier current = domain::Tier::None;
    domain::TierMetrics metrics;
    domain::TierVerdict verdict;
    QList<domain::Certificate> atRisk;
};

// Evaluates tiers from the store on any date. Sales are the amounts of registered deals won in the
// trailing 12 months (excluding VAT); specialists count people with a valid certificate on that date;
// the grace period runs from the first day, within it, that the partner stopped meeting its tier.
class TierService final
{
public:
    explicit TierService(QSqlDatabase db);
    // On a raw SQLite connection, for a worker thread that owns one (the commission recompute's reader).
    explicit TierService(sqlite3 *db);

    Result<QList<PartnerTier>> evaluateAll(const QDate &asOf, const domain::RuleBook &rules) const;
    Result<PartnerTier> evaluate(const QString &partnerId, const QDate &asOf, const domain::RuleBook &rules) const;

private:
    Result<QList<PartnerTier>> run(const QString &partnerId, const QDate &asOf, const domain::RuleBook &rules) const;

    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
};

} // namespace pd::storage
