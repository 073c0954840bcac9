#include "PartnerFactory.h"

#include <array>

#include "DemoVocabulary.h"
#include "Inn.h"

using namespace Qt::StringLiterals;

namespace pd::demo {
namespace {

using domain::LegalForm;
using domain::OnboardingStage;
using domain::Role;
using domain::Tier;
namespace voc = vocabulary;

constexpr int kManagers = 7;
// How often to draw again for a name not used yet before accepting a repeat (real names repeat too).
constexpr int kNameAttempts = 8;

QString capitalized(const QString &word)
{
    return word.isEmpty() ? word : word.left(1).toUpper() + word.mid(1);
}

} // namespace

PartnerFactory::PartnerFactory(DemoRandom &random, QDateTime now)
    : m_random(random), m_now(std::move(now)), m_today(m_now.date())
{
    while (m_managers.size() < kManagers) {
        const bool female = m_random.percent(55);
        const QString first = m_random.pick(female ? voc::femaleFirstNames() : voc::maleFirstNames());
        const voc::Gendered &surname = m_random.pick(voc::surnames());
        const QString name = first + u' ' + (female ? surname.female : surname.male);
        if (!m_managers.contains(name))
            m_managers.append(name);
    }
}

PartnerFactory::Profile PartnerFactory::drawProfile()
{
    // The first partners show every role, tier, stage and legal form even in a tiny data set.
    static const Profile cover[] = {
        {LegalForm::LegalEntity, Role::Partner, OnboardingStage::AgreementSigned, Tier::Silver},
        {LegalForm::LegalEntity, Role::WhiteLabel, OnboardingStage::AgreementSigned, Tier::Gold},
        {LegalForm::LegalEntity, Role::Partner, OnboardingStage::AgreementSigned, Tier::Platinum},
        {LegalForm::SoleProprietor, Role::Agent, OnboardingStage::AgreementSigned, Tier::None},
        {LegalForm::LegalEntity, Role::Partner, OnboardingStage::Application, Tier::None},
        {LegalForm::LegalEntity, Role::Agent, OnboardingStage::Contacted, Tier::None},
        {LegalForm::LegalEntity, Role::WhiteLabel, OnboardingStage::ModelAgreed, Tier::None},
        {LegalForm::SoleProprietor, Role::Partner, OnboardingStage::AgreementSigned, Tier::Silver},
    };
    if (m_made < int(std::size(cover)))
        return cover[m_made];

    Profile p{};
    p.form = m_random.percent(18) ? LegalForm::SoleProprietor : LegalForm::LegalEntity;
    if (p.form == LegalForm::SoleProprietor)
        p.role = m_random.percent(55) ? Role::Agent : Role::Partner;
    else
        p.role = std::array{Role::Partner, Role::WhiteLabel, Role::Agent}[m_random.weighted({55, 18, 27})];
    p.stage = std::array{OnboardingStage::Application, OnboardingStage::Contacted, OnboardingStage::ModelAgreed,
                         OnboardingStage::AgreementSigned}[m_random.weighted({8, 10, 12, 70})];
    p.tier = Tier::None;
    if (p.stage == OnboardingStage::AgreementSigned && p.role != Role::Agent)
        p.tier = std::array{Tier::Silver, Tier::Gold, Tier::Platinum}[m_random.weighted({55, 33, 12})];
    return p;
}

domain::Partner PartnerFactory::next()
{
    const Profile profile = drawProfile();
    ++m_made;

    domain::Partner p;
    p.id = m_random.uuid();
    p.legalForm = profile.form;
    p.role = profile.role;
    p.stage = profile.stage;
    p.tier = profile.tier;

    const voc::Region &region = [this]() -> const voc::Region & {
        int total = 0;
        for (const voc::Region &r : voc::regions())
            total += r.weight;
        int roll = m_random.between(0, total - 1);
        for (const voc::Region &r : voc::regions()) {
            if (roll < r.weight)
                return r;
            roll -= r.weight;
        }
        return voc::regions().constFirst();
    }();
    p.region = region.name;
    p.inn = uniqueInn(profile.form, region.innCode);
    p.manager = m_random.pick(m_managers);
    p.registeredOn = registrationDate(profile);
    p.createdAt = joinedAt(profile, p.registeredOn);
    p.updatedAt = p.createdAt;
    p.notes = notes();

    QString mailDomain;
    QString core;
    if (profile.form == LegalForm::SoleProprietor) {
        const bool female = m_random.percent(35);
        PersonName owner;
        for (int attempt = 0; attempt < kNameAttempts; ++attempt) {
            owner = drawName(female);
            if (!m_names.contains(owner.full))
                break;
        }
        m_names.insert(owner.full);
        p.name = u"ИП "_s + owner.full;
        p.people.append(makePerson(p.id, owner, u"Индивидуальный предприниматель"_s, {}, region.phoneCode));
        core = owner.family;
    } else {
        for (int attempt = 0; attempt < kNameAttempts; ++attempt) {
            core = companyCore();
            if (!m_names.contains(core))
                break;
        }
        m_names.insert(core);
        const QString form = QStringList{u"ООО"_s, u"АО"_s, u"ПАО"_s}.at(m_random.weighted({85, 12, 3}));
        p.name = form + u" \""_s + core + u'"';
        mailDomain = voc::transliterate(core) + (m_random.percent(80) ? u".ru"_s : u".com"_s);
    }

    const int contacts = 1 + m_random.weighted({30, 35, 22, 13});
    QStringList positions = voc::positions();
    if (p.people.isEmpty() && m_random.percent(60)) {
        p.people.append(
            makePerson(p.id, drawName(m_random.percent(45)), positions.takeFirst(), mailDomain, region.phoneCode));
    }
    while (p.people.size() < contacts) {
        const QString position = positions.takeAt(m_random.between(0, int(positions.size()) - 1));
        p.people.append(makePerson(p.id, drawName(m_random.percent(45)), position, mailDomain, region.phoneCode));
    }
    for (qsizetype i = 0; i < p.people.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (p.people.at(j).email == p.people.at(i).email)
                p.people[i].email.insert(p.people.at(i).email.indexOf(u'@'), QString::number(i + 1));
        }
    }

    if (profile.role == Role::WhiteLabel)
        p.whiteLabel = whiteLabel(core);
    return p;
}

QString PartnerFactory::uniqueInn(LegalForm form, const QString &regionCode)
{
    for (;;) {
        const QString office = QStringLiteral("%1").arg(m_random.between(1, 45), 2, 10, QLatin1Char('0'));
        const QString serial = m_random.digits(form == LegalForm::SoleProprietor ? 6 : 5);
        const QString inn = domain::inn::complete(regionCode + office + serial);
        if (!m_inns.contains(inn)) {
            m_inns.insert(inn);
            return inn;
        }
    }
}

QString PartnerFactory::companyCore()
{
    QString core;
    switch (m_random.weighted({55, 35, 10})) {
    case 0: {
        const voc::Noun &noun = m_random.pick(voc::nouns());
        core = voc::adjectiveForm(m_random.pick(voc::adjectives()), noun.gender) + u' ' + noun.word;
        break;
    }
    case 1:
        core = m_random.pick(voc::namePrefixes()) + m_random.pick(voc::nameSuffixes());
        break;
    default:
        return m_random.pick(voc::surnames()).male + u" и партнёры"_s;
    }
    if (m_random.percent(12))
        core += QStringList{u" Плюс"_s, u" Групп"_s, u" Консалтинг"_s, u" Интеграция"_s}.at(m_random.between(0, 3));
    return core;
}

QDate PartnerFactory::registrationDate(const Profile &profile)
{
    const QDate latest = m_today.addDays(-30);
    if (profile.form == LegalForm::SoleProprietor && profile.role == Role::Agent)
        return m_random.dateBetween(m_today.addYears(-15), m_today.addYears(-1).addDays(-2));
    if (profile.form == LegalForm::SoleProprietor)
        return m_random.dateBetween(m_today.addYears(-12), latest);
    // Most partner companies are young; some have been in business for decades.
    return m_random.percent(70) ? m_random.dateBetween(m_today.addYears(-8), latest)
                                : m_random.dateBetween(m_today.addYears(-28), latest);
}

QDateTime PartnerFactory::joinedAt(const Profile &profile, const QDate &registeredOn)
{
    int daysBack = 3 * 365;
    if (profile.stage == OnboardingStage::Application || profile.stage == OnboardingStage::Contacted)
        daysBack = 60;
    else if (profile.stage == OnboardingStage::ModelAgreed)
        daysBack = 120;
    QDate from = m_today.addDays(-daysBack);
    if (from <= registeredOn)
        from = registeredOn.addDays(1);
    const QDate day = m_random.dateBetween(from, m_today.addDays(-1));
    // Working hours in Moscow: 10:00 to 19:00, that is 07:00 to 16:00 UTC.
    const QTime time(m_random.between(7, 15), m_random.between(0, 59), m_random.between(0, 59));
    return QDateTime(day, time, Qt::UTC);
}

PartnerFactory::PersonName PartnerFactory::drawName(bool female)
{
    const QString first = m_random.pick(female ? voc::femaleFirstNames() : voc::maleFirstNames());
    const voc::Gendered &family = m_random.pick(voc::surnames());
    const voc::Gendered &father = m_random.pick(voc::patronymics());
    PersonName name;
    name.first = first;
    name.family = female ? family.female : family.male;
    name.full = name.family + u' ' + first + u' ' + (female ? father.female : father.male);
    return name;
}

domain::Person PartnerFactory::makePerson(const QString &partnerId, const PersonName &name, const QString &position,
                                          const QString &mailDomain, const QString &phoneCode)
{
    domain::Person person;
    person.id = m_random.uuid();
    person.partnerId = partnerId;
    person.name = name.full;
    person.position = position;
    const QString firstLatin = voc::transliterate(name.first);
    const QString familyLatin = voc::transliterate(name.family);
    if (mailDomain.isEmpty()) {
        person.email = familyLatin + u'.' + firstLatin + QString::number(m_random.between(1, 99)) + u'@'
                       + m_random.pick(voc::freeMailDomains());
    } else {
        person.email = firstLatin.left(1) + u'.' + familyLatin + u'@' + mailDomain;
    }
    person.phone = phone(m_random.percent(60) ? phoneCode : QString());
    return person;
}

QString PartnerFactory::phone(const QString &cityCode)
{
    if (cityCode.isEmpty()) {
        static const QStringList mobile{u"903"_s, u"905"_s, u"910"_s, u"915"_s, u"916"_s, u"917"_s, u"921"_s,
                                        u"925"_s, u"926"_s, u"929"_s, u"977"_s, u"985"_s, u"999"_s};
        const QString d = m_random.digits(7);
        return u"+7 ("_s + m_random.pick(mobile) + u") "_s + d.left(3) + u'-' + d.mid(3, 2) + u'-' + d.mid(5);
    }
    const QString d = m_random.digits(10 - int(cityCode.size()));
    const QString local = d.size() == 7 ? d.left(3) + u'-' + d.mid(3, 2) + u'-' + d.mid(5)
                                        : d.left(2) + u'-' + d.mid(2, 2) + u'-' + d.mid(4);
    return u"+7 ("_s + cityCode + u") "_s + local;
}

QString PartnerFactory::notes()
{
    if (m_random.percent(40))
        return {};
    return m_random.sample(voc::noteSentences(), m_random.between(1, 2)).join(u' ');
}

domain::WhiteLabelSettings PartnerFactory::whiteLabel(const QString &core)
{
    domain::WhiteLabelSettings wl;
    QString root = voc::transliterate(core.section(u' ', 0, 0)).remove(u'-');
    wl.brandName = capitalized(root) + u' ' + m_random.pick(voc::brandSuffixes());
    wl.clientPaymentModel = m_random.percent(60) ? domain::PaymentModel::Prepaid : domain::PaymentModel::Postpaid;
    wl.priceMarkupBp = m_random.between(4, 60) * 50;
    if (m_random.percent(70))
        wl.restrictedServices = m_random.sample(voc::services(), m_random.between(1, 3));
    return wl;
}

} // namespace pd::demo
