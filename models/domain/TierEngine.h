#pragma once

#include "Partner.h"
#include "ProgramRules.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class QLocale;

namespace pd::domain {

enum class Competence
{
    Sale,
    PreSale
};
QString toKey(Competence v);
std::optional<Competence> competenceFromKey(const QString &key);
template <>
QList<Competence> allValues<Competence>();
QString displayName(Competence v);

// A person's certificate in a competence, valid over [issuedOn, expiresOn).
struct Certificate
{
    QString id;
    QString personId;
    Competence competence = Competence::Sale;
    QDate issuedOn;
    QDate expiresOn;
    QString partnerId;
    QString number;

    bool isValidOn(const QDate &date) const { return issuedOn <= date && date < expiresOn; }
    bool operator==(const Certificate &) const = default;
};

// What a partner's tier is judged on, on one date.
struct TierMetrics
{
    bool agreementSigned = false;
    qint64 salesMinor = 0; // trailing 12 months, excluding VAT
    int certifiedSpecialists = 0;
    int preSaleSpecialists = 0;
    int registeredDealsWon = 0;

    bool operator==(const TierMetrics &) const = default;
};

// People with at least one valid certificate, and with a valid Pre-Sale certificate, on `date`.
TierMetrics withCertificates(TierMetrics metrics, const QList<Certificate> &certificates, const QDate &date);

enum class Criterion
{
    Agreement,
    Sales,
    CertifiedSpecialists,
    PreSaleSpecialists,
    RegisteredDealsWon
};
QString toKey(Criterion v);
QString displayName(Criterion v);

// One criterion of one tier: what it requires, what the partner has, and whether that is enough.
struct CriterionCheck
{
    Tier tier;
    Criterion criterion;
    qint64 required;
    qint64 actual;
    bool pass;
};

enum class TierChange
{
    NotApplicable,
    Keep,
    Upgrade,
    Downgrade,
    KeptInGrace
};
QString displayName(TierChange v);

// The verdict on a partner's tier on one date, with every reason.
struct TierVerdict
{
    Role role = Role::Partner;
    Tier current = Tier::None;
    Tier qualified = Tier::None;   // what the metrics allow today
    Tier recommended = Tier::None; // what the partner should have today, grace period included
    TierChange change = TierChange::NotApplicable;
    QDate graceEnds;                 // set while the partner is kept in grace
    QDate asOf;                      // the date judged on
    std::optional<QDate> belowSince; // the first day below the current tier, as the verdict was given it
    QList<CriterionCheck> checks;    // every criterion of Silver, Gold and Platinum
    bool exampleRules = true;

    QList<CriterionCheck> checksFor(Tier tier) const;
    // A paragraph that says why, criterion by criterion.
    QString explanation(const QLocale &locale) const;
};

namespace tierEngine {

// `belowSince` is the first day the partner no longer met its current tier, if it does not now; the
// grace period runs from it. Agents have no tier.
TierVerdict evaluate(Role role, Tier current, const TierMetrics &metrics, const ProgramRules &rules, const QDate &asOf,
                     std::optional<QDate> belowSince = std::nullopt);

Tier qualifiedTier(const TierMetrics &metrics, const ProgramRules &rules);

// The verdict `real` would have been with other metrics: the same partner, date and grace-period start,
// so unchanged metrics give exactly `real` back (a what-if never starts a grace period that has ended).
TierVerdict reevaluate(const TierVerdict &real, const TierMetrics &metrics, const ProgramRules &rules);

// Whether certificates that expire within `days` of asOf would take the partner below its current
// tier (the other metrics unchanged); the certificates that cause it are returned.
QList<Certificate> tierRiskFromExpiry(Tier current, const TierMetrics &metrics, const QList<Certificate> &certificates,
                                      const ProgramRules &rules, const QDate &asOf, int days = 90);

} // namespace tierEngine
} // namespace pd::domain
