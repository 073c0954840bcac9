#pragma once

#include "DemoRandom.h"
#include "Partner.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pd::demo {

// Makes believable partner companies one after another: Russian names and legal forms, unique INNs
// with valid check digits issued in the partner's region, roles, tiers and onboarding stages that obey
// the program's rules, contacts and notes. Everything comes from the DemoRandom it is given, so the
// same seed gives the same partners.
class PartnerFactory final
{
public:
    // `now` is the demo's fixed present: every date lies before it.
    PartnerFactory(DemoRandom &random, QDateTime now);

    // The next partner. The first few cover every role, tier, stage and legal form; the rest are drawn
    // with realistic weights.
    domain::Partner next();

    const QStringList &managers() const { return m_managers; }

private:
    struct Profile
    {
        domain::LegalForm form;
        domain::Role role;
        domain::OnboardingStage stage;
        domain::Tier tier;
    };

    Profile drawProfile();
    QString uniqueInn(domain::LegalForm form, const QString &regionCode);
    QString companyCore();
    QDate registrationDate(const Profile &profile);
    QDateTime joinedAt(const Profile &profile, const QDate &registeredOn);
    struct PersonName
    {
        QString full; // "Иванов Сергей Петрович"
        QString first;
        QString family;
    };

    PersonName drawName(bool female);
    // A contact; an empty mailDomain gives a personal address at a public mail service.
    domain::Person makePerson(const QString &partnerId, const PersonName &name, const QString &position,
                              const QString &mailDomain, const QString &phoneCode);
    QString phone(const QString &cityCode);
    QString notes();
    domain::WhiteLabelSettings whiteLabel(const QString &core);

    DemoRandom &m_random;
    QDateTime m_now;
    QDate m_today;
    int m_made = 0;
    QStringList m_managers;
    QSet<QString> m_inns;
    QSet<QString> m_names;
};

} // namespace pd::demo
