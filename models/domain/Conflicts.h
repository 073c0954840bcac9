#pragma once

#include "DealRules.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd::domain {

enum class MatchedField
{
    Inn,
    Name,
    EmailDomain
};
QString toKey(MatchedField v);
QString displayName(MatchedField v);

// What identifies a customer across registrations of different partners.
struct CustomerKey
{
    QString inn;
    QString name;        // normalised: no legal form, no punctuation, Latin letters
    QString emailDomain; // of the customer's contact; empty for public mail services
};

namespace customers {

// «ООО "Ромашка"», "Ромашка, ООО" and "romashka llc" all normalise to "romashka".
QString normalizeName(const QString &name);
// "ivan@Romashka.RU" → "romashka.ru"; empty for public mail services (gmail.com, mail.ru, ...).
QString emailDomain(const QString &email);
CustomerKey keyOf(const Registration &r);
// Whether two keys name the same customer: by INN when both have one (different INNs are different
// customers, whatever their names), else by name or by e-mail domain.
bool sameCustomer(const CustomerKey &a, const CustomerKey &b);
QString normalizeProduct(const QString &product);

} // namespace customers

// Two registrations of different partners that claim the same customer and product at the same time.
struct Conflict
{
    QString firstId; // filed first: it has priority
    QString secondId;
    QList<MatchedField> matched;
    QStringList commonProducts;
    QDateTime overlapStart;
    QDateTime overlapEnd;
};

namespace conflicts {

// The conflict between a and b at `now`, if any; first is whichever was filed first.
std::optional<Conflict> find(const Registration &a, const Registration &b, const ProtectionPolicy &policy,
                             const QDateTime &now);
// A sentence that says why: which fields matched, the overlap and the products, and who has priority.
QString explain(const Conflict &c, const Registration &first, const Registration &second, const QLocale &locale);
// Why `r` may not be approved given its competitors (empty when it may): another partner's
// registration of the same customer and product is Registered, or was filed earlier and is still
// under review.
QString approvalRefusal(const Registration &r, const QList<Registration> &competitors, const ProtectionPolicy &policy,
                        const QDateTime &now);

// The competing registration that keeps `r` from being registered, with the conflict between them.
struct Blocker
{
    enum class Kind
    {
        Registered,         // the other is registered and its protection runs
        EarlierUnderReview, // the other was filed earlier and is still under review: it has priority
    };
    Kind kind = Kind::Registered;
    Registration other;
    Conflict conflict;
};
// The first competitor that keeps `r` from being registered at `now`, if any. `registeredOnly`: only a
// registered competitor counts (a registration that arrives already decided, such as a first upload).
std::optional<Blocker> approvalBlocker(const Registration &r, const QList<Registration> &competitors,
                                       const ProtectionPolicy &policy, const QDateTime &now,
                                       bool registeredOnly = false);

} // namespace conflicts
} // namespace pd::domain
