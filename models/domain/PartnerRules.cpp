#include "PartnerRules.h"

#include "Inn.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pd::domain::partnerRules {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::domain::PartnerRules)
};

QString personField(int index, QLatin1String field)
{
    return QStringLiteral("people[%1].%2").arg(index).arg(field);
}

} // namespace

QString validateEmail(const QString &email)
{
    if (email.isEmpty())
        return {};
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$)"));
    if (!re.match(email).hasMatch())
        return Tr::tr("\"%1\" is not an e-mail address (expected name@example.ru).").arg(email);
    return {};
}

QString validatePhone(const QString &phone)
{
    if (phone.isEmpty())
        return {};
    static const QRegularExpression allowed(QStringLiteral(R"(^\+?[0-9 ()\-]+$)"));
    if (!allowed.match(phone).hasMatch())
        return Tr::tr("A phone number may contain digits, spaces, brackets, dashes and a leading +.");
    int digits = 0;
    for (QChar c : phone)
        digits += c.isDigit() ? 1 : 0;
    if (digits < 5 || digits > 15)
        return Tr::tr("A phone number has 5 to 15 digits; this one has %1.").arg(digits);
    return {};
}

bool mayBeAgent(LegalForm form, const QDate &registeredOn, const QDate &today)
{
    if (form != LegalForm::SoleProprietor)
        return true;
    return registeredOn.isValid() && registeredOn.addYears(1) < today;
}

QList<FieldIssue> validatePerson(const Person &person, int index)
{
    QList<FieldIssue> issues;
    if (person.name.trimmed().isEmpty())
        issues.append({personField(index, fields::personName), Tr::tr("A contact needs a name.")});
    if (const QString e = validateEmail(person.email); !e.isEmpty())
        issues.append({personField(index, fields::personEmail), e});
    if (const QString e = validatePhone(person.phone); !e.isEmpty())
        issues.append({personField(index, fields::personPhone), e});
    return issues;
}

QList<FieldIssue> validate(const Partner &p, const QDate &today)
{
    QList<FieldIssue> issues;
    const QString name = p.name.trimmed();
    if (name.isEmpty())
        issues.append({fields::name, Tr::tr("The partner needs a name.")});
    else if (name.size() > kMaxNameLength)
        issues.append({fields::name, Tr::tr("The name is longer than %1 characters.").arg(kMaxNameLength)});

    if (const QString e = inn::validate(p.inn, p.legalForm); !e.isEmpty())
        issues.append({fields::inn, e});

    if (!p.registeredOn.isValid())
        issues.append({fields::registeredOn, Tr::tr("The registration date is required.")});
    else if (p.registeredOn > today)
        issues.append({fields::registeredOn, Tr::tr("The registration date cannot be in the future.")});

    if (p.role == Role::Agent && p.tier != Tier::None)
        issues.append({fields::tier, Tr::tr("Agents have no status: only Partners and White Label partners do.")});
    if (p.tier != Tier::None && p.stage != OnboardingStage::AgreementSigned)
        issues.append({fields::tier, Tr::tr("A status is given only after the partner agreement is signed.")});
    if (p.role == Role::Agent && p.registeredOn.isValid() && !mayBeAgent(p.legalForm, p.registeredOn, today))
        issues.append({fields::role, Tr::tr("A sole proprietor can be an Agent only after more than one year "
                                            "since registration (registered on %1).")
                                         .arg(p.registeredOn.toString(Qt::ISODate))});

    if (p.role == Role::WhiteLabel && p.whiteLabel.brandName.trimmed().isEmpty())
        issues.append({fields::wlBrand, Tr::tr("A White Label partner needs the brand name it resells under.")});
    if (p.whiteLabel.priceMarkupBp < 0 || p.whiteLabel.priceMarkupBp > kMaxMarkupBp)
        issues.append(
            {fields::wlMarkupBp, Tr::tr("The price markup must be between 0 % and %1 %.").arg(kMaxMarkupBp / 100)});

    for (int i = 0; i < p.people.size(); ++i)
        issues.append(validatePerson(p.people.at(i), i));
    return issues;
}

} // namespace pd::domain::partnerRules
