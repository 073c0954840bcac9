#pragma once

#include "Partner.h"

#include <QList>
#include <QString>

namespace pd::domain {

// A broken rule, tied to the field a person has to change. Person fields are "people[N].field".
struct FieldIssue
{
    QString field;
    QString message;
};

// Field keys shared by validation, storage columns, the audit log and the sync protocol.
namespace fields {
inline constexpr QLatin1String name{"name"};
inline constexpr QLatin1String legalForm{"legal_form"};
inline constexpr QLatin1String inn{"inn"};
inline constexpr QLatin1String registeredOn{"registered_on"};
inline constexpr QLatin1String role{"role"};
inline constexpr QLatin1String tier{"tier"};
inline constexpr QLatin1String stage{"stage"};
inline constexpr QLatin1String manager{"manager"};
inline constexpr QLatin1String region{"region"};
inline constexpr QLatin1String notes{"notes"};
inline constexpr QLatin1String wlBrand{"wl_brand"};
inline constexpr QLatin1String wlPaymentModel{"wl_payment_model"};
inline constexpr QLatin1String wlMarkupBp{"wl_markup_bp"};
inline constexpr QLatin1String wlRestrictedServices{"wl_restricted_services"};
inline constexpr QLatin1String personName{"name"};
inline constexpr QLatin1String personPosition{"position"};
inline constexpr QLatin1String personEmail{"email"};
inline constexpr QLatin1String personPhone{"phone"};
} // namespace fields

// The program's rules for a partner record (docs/domain.md, "Cooperation models and roles"). Uniqueness of
// the INN needs the store and is checked there.
namespace partnerRules {

inline constexpr int kMaxNameLength = 300;
inline constexpr int kMaxMarkupBp = 100'000;

QList<FieldIssue> validate(const Partner &partner, const QDate &today);
QList<FieldIssue> validatePerson(const Person &person, int index);

QString validateEmail(const QString &email);
QString validatePhone(const QString &phone);

// A sole proprietor may be an Agent only when registered for more than one year.
bool mayBeAgent(LegalForm form, const QDate &registeredOn, const QDate &today);

} // namespace partnerRules
} // namespace pd::domain
