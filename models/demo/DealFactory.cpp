#include "DealFactory.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

#include "Conflicts.h"
#include "DealRules.h"
#include "DemoVocabulary.h"
#include "Inn.h"

using namespace Qt::StringLiterals;

namespace pd::demo {
namespace {

namespace voc = vocabulary;
using domain::ApplicationState;
using domain::DealOutcome;
using domain::ExtensionDecision;
using domain::FeedbackCategory;
using domain::FeedbackType;

constexpr int kDaySecs = 24 * 3600;
constexpr int kRecentDays = 45;      // filings younger than this may still be under review
constexpr int kMaxVictims = 4096;    // candidates for the deliberate conflicts
constexpr int kRecentCustomers = 12; // customers a partner comes back to
constexpr int kNameAttempts = 12;

// The cloud catalogue, with the yearly deal size a product typically brings, in thousands of RUB.
struct Product
{
    QString name;
    int minK;
    int maxK;
};

const QList<Product> &catalogue()
{
    static const QList<Product> products{
        {u"Cloud Servers"_s, 120, 6000},
        {u"Object Storage"_s, 40, 1500},
        {u"Managed Kubernetes"_s, 300, 8000},
        {u"Managed PostgreSQL"_s, 150, 3000},
        {u"GPU instances"_s, 800, 25000},
        {u"CDN"_s, 60, 2000},
        {u"Backup"_s, 50, 1200},
        {u"VDI"_s, 200, 5000},
        {u"Managed Kafka"_s, 200, 2500},
        {u"Managed ClickHouse"_s, 250, 4000},
        {u"ML Platform"_s, 500, 12000},
        {u"DDoS Protection"_s, 100, 1800},
        {u"Private Cloud"_s, 3000, 60000},
        {u"Cloud Desktop for 1C"_s, 150, 2500},
    };
    return products;
}
// Products bought together more often than not.
const QList<QList<int>> &bundles()
{
    static const QList<QList<int>> sets{{0, 1}, {0, 6}, {2, 3}, {2, 8}, {4, 10}, {0, 5, 11}, {7, 13}, {3, 9}, {12, 6}};
    return sets;
}

const QStringList &brandWords()
{
    static const QStringList words{
        u"Ромашка"_s, u"Берёзка"_s, u"Меридиан"_s, u"Атлант"_s,  u"Вега"_s,     u"Орион"_s,      u"Сапфир"_s,
        u"Гранит"_s,  u"Кедр"_s,    u"Радуга"_s,   u"Пегас"_s,   u"Алмаз"_s,    u"Янтарь"_s,     u"Фрегат"_s,
        u"Спектр"_s,  u"Стрела"_s,  u"Зенит"_s,    u"Полюс"_s,   u"Аврора"_s,   u"Магистраль"_s, u"Прогресс"_s,
        u"Эталон"_s,  u"Монолит"_s, u"Триумф"_s,   u"Квант"_s,   u"Импульс"_s,  u"Феникс"_s,     u"Ладога"_s,
        u"Байкал"_s,  u"Енисей"_s,  u"Ангара"_s,   u"Таймыр"_s,  u"Восход"_s,   u"Рассвет"_s,    u"Созвездие"_s,
        u"Лотос"_s,   u"Каскад"_s,  u"Гелиос"_s,   u"Штурман"_s, u"Континент"_s};
    return words;
}
const QStringList &sectorWords()
{
    static const QStringList words{u"Логистик"_s, u"Трейд"_s,      u"Строй"_s,       u"Агро"_s,   u"Медиа"_s,
                                   u"Финанс"_s,   u"Ритейл"_s,     u"Девелопмент"_s, u"Фарм"_s,   u"Энерго"_s,
                                   u"Телеком"_s,  u"Инжиниринг"_s, u"Маркет"_s,      u"Транс"_s,  u"Металл"_s,
                                   u"Авто"_s,     u"Мед"_s,        u"Нефтесервис"_s, u"Мебель"_s, u"Текстиль"_s,
                                   u"Экспорт"_s,  u"Пищепром"_s,   u"Снаб"_s,        u"Сервис"_s};
    return words;
}
const QStringList &placeWords()
{
    static const QStringList words{u"Урал"_s,  u"Сибирь"_s,  u"Волга"_s, u"Кубань"_s, u"Нева"_s,
                                   u"Дон"_s,   u"Балтика"_s, u"Алтай"_s, u"Север"_s,  u"Юг"_s,
                                   u"Центр"_s, u"Казань"_s,  u"Пермь"_s, u"Самара"_s, u"Томск"_s,
                                   u"Тверь"_s, u"Омск"_s,    u"Курск"_s, u"Тула"_s,   u"Вятка"_s};
    return words;
}
const QStringList &kindWords()
{
    static const QStringList words{u"Торговый дом "_s, u"Группа компаний "_s, u"Завод "_s, u"НПО "_s, u"Компания "_s};
    return words;
}
const QStringList &customerPositions()
{
    static const QStringList words{u"ИТ-директор"_s,
                                   u"Технический директор"_s,
                                   u"Руководитель отдела инфраструктуры"_s,
                                   u"Финансовый директор"_s,
                                   u"Генеральный директор"_s,
                                   u"Руководитель отдела закупок"_s,
                                   u"Директор по цифровой трансформации"_s};
    return words;
}
const QStringList &descriptions()
{
    static const QStringList words{u"Перенос 1С и файловых серверов из собственной серверной в облако."_s,
                                   u"Пилот Managed Kubernetes для интернет-магазина перед сезоном распродаж."_s,
                                   u"Резервное копирование филиалов и архив документов на 5 лет."_s,
                                   u"Обучение моделей компьютерного зрения для контроля качества на линии."_s,
                                   u"Виртуальные рабочие места для колл-центра на 300 операторов."_s,
                                   u"Импортозамещение: уход с зарубежного облака, перенос баз данных."_s,
                                   u"Аналитическое хранилище на ClickHouse для отчётности продаж."_s,
                                   u"Отказоустойчивый контур для личного кабинета клиентов и мобильного приложения."_s,
                                   u"Раздача видеоконтента через CDN для образовательной платформы."_s,
                                   u"Защита публичных сервисов от DDoS-атак и перенос фронтендов."_s,
                                   u"Тестовые среды для команды разработки, автоматическое создание по запросу."_s,
                                   u"Выделенное частное облако по требованиям 152-ФЗ."_s};
    return words;
}
const QStringList &rejectionReasons()
{
    static const QStringList words{u"Заказчик уже работает с провайдером напрямую."_s,
                                   u"Сделка зарегистрирована другим партнёром раньше."_s,
                                   u"Не подтверждён контакт с лицом, принимающим решение."_s,
                                   u"Сумма и состав сделки не соответствуют потребностям заказчика."_s,
                                   u"Заказчик подтвердил, что не планирует закупку в этом году."_s};
    return words;
}
const QStringList &returnComments()
{
    static const QStringList words{
        u"Укажите ИНН заказчика и контакт ЛПР."_s, u"Уточните состав продуктов и ожидаемое потребление."_s,
        u"Приложите идентификаторы проектов заказчика."_s, u"Сумма сделки указана с НДС; исправьте, пожалуйста."_s};
    return words;
}
const QStringList &feedbackComments()
{
    static const QStringList words{u"Идёт пилот, заказчик доволен производительностью."_s,
                                   u"Согласуем архитектуру с безопасностью заказчика."_s,
                                   u"Ждём решения бюджетного комитета."_s,
                                   u"Перенесли первую группу сервисов, нагрузка растёт."_s,
                                   u"Заказчик запросил коммерческое предложение на год."_s,
                                   u"Встреча с ЛПР перенесена на следующий месяц."_s};
    return words;
}
const QStringList &riskNames()
{
    static const QStringList words{u"Сокращение бюджета"_s, u"Требования ИБ"_s, u"Сложность миграции"_s, u"Смена ЛПР"_s,
                                   u"Решение откладывается"_s};
    return words;
}
const QStringList &competitorNames()
{
    static const QStringList words{
        u"Yandex Cloud"_s,    u"Cloud.ru"_s, u"Selectel"_s, u"MTS Cloud"_s, u"Собственный ЦОД заказчика"_s,
        u"Rostelecom Cloud"_s};
    return words;
}
const QStringList &extensionReasons()
{
    static const QStringList words{u"Пилот продлён заказчиком на месяц."_s,
                                   u"Закупка перенесена на следующий квартал."_s,
                                   u"Идёт конкурсная процедура, итоги через 6 недель."_s};
    return words;
}
const QStringList &managerNames()
{
    static const QStringList words{u"Смирнова Анна"_s, u"Кузнецов Дмитрий"_s, u"Орлова Мария"_s, u"Волков Игорь"_s};
    return words;
}

QString latinWord(const QString &word)
{
    return domain::customers::normalizeName(word);
}

} // namespace

DealFactory::DealFactory(DemoRandom &random, QDateTime now, QList<DealPartner> partners, qint64 total)
    : m_random(random), m_now(std::move(now)), m_start(m_now.addYears(-2)), m_partners(std::move(partners)),
      m_total(total)
{
    qint64 sum = 0;
    for (const DealPartner &p : std::as_const(m_partners)) {
        sum += std::max(1, p.weight);
        m_cumulativeWeights.append(sum);
    }
    m_partnerCustomers.resize(m_partners.size());
    // A few hundred on a million; a handful on small sets; none without two partners to compete.
    if (m_partners.size() >= 2 && total >= 20)
        m_conflicts = std::clamp<qint64>(total / 2500, 3, 400);
}

QDateTime DealFactory::timeBetween(const QDateTime &from, const QDateTime &to)
{
    const qint64 span = from.secsTo(to);
    if (span <= 0)
        return from;
    // Two draws make the range of a 31-bit number enough for any span.
    const qint64 offset = (qint64(m_random.between(0, 1 << 20)) << 20 | m_random.between(0, (1 << 20) - 1)) % span;
    return from.addSecs(offset);
}

const DealPartner &DealFactory::drawPartner()
{
    const qint64 total = m_cumulativeWeights.last();
    const qint64 x = (qint64(m_random.between(0, 1 << 20)) << 20 | m_random.between(0, (1 << 20) - 1)) % total;
    const auto it = std::upper_bound(m_cumulativeWeights.cbegin(), m_cumulativeWeights.cend(), x);
    return m_partners.at(it - m_cumulativeWeights.cbegin());
}

DealFactory::Customer DealFactory::newCustomer()
{
    Customer c;
    QStringList latinParts;
    for (int attempt = 0;; ++attempt) {
        QStringList parts;
        QString core;
        const QString brand = m_random.pick(brandWords());
        switch (m_random.weighted({20, 30, 25, 25})) {
        case 0:
            core = brand;
            break;
        case 1:
            core = brand + u'-' + m_random.pick(sectorWords());
            break;
        case 2:
            core = m_random.pick(voc::namePrefixes()) + m_random.pick(voc::nameSuffixes()) + u' '
                   + m_random.pick(placeWords());
            break;
        default: {
            const voc::Noun &noun = m_random.pick(voc::nouns());
            core = voc::adjectiveForm(m_random.pick(voc::adjectives()), noun.gender) + u' ' + noun.word;
            break;
        }
        }
        if (m_random.percent(30)) {
            const QString place = m_random.pick(placeWords());
            if (!core.contains(place)) // «Сибирь Сибирь» reads like a typo
                core += u' ' + place;
        }
        if (m_random.percent(20))
            core = m_random.pick(kindWords()) + core;
        if (attempt >= kNameAttempts)
            core += u'-' + QString::number(m_random.between(2, 999));
        const QString norm = domain::customers::normalizeName(core);
        if (norm.isEmpty() || m_names.contains(norm))
            continue;
        m_names.insert(norm);
        c.core = core;
        break;
    }
    for (const QString &w : c.core.split(QRegularExpression(u"[ \\-]"_s), Qt::SkipEmptyParts))
        latinParts.append(latinWord(w));
    c.latin = latinParts.join(u' ');
    c.form = QStringList{u"ООО"_s, u"АО"_s, u"ПАО"_s}.at(m_random.weighted({80, 16, 4}));
    if (m_random.percent(85)) {
        const QList<voc::Region> &regions = voc::regions();
        for (;;) {
            const QString body = m_random.pick(regions).innCode
                                 + QStringLiteral("%1").arg(m_random.between(1, 45), 2, 10, QLatin1Char('0'))
                                 + m_random.digits(5);
            const QString inn = domain::inn::complete(body);
            if (!m_inns.contains(inn)) {
                m_inns.insert(inn);
                c.inn = inn;
                break;
            }
        }
    }
    if (m_random.percent(80)) {
        QString domain = latinParts.join(u'-');
        const QString tld = QStringList{u".ru"_s, u".com"_s, u".tech"_s}.at(m_random.weighted({80, 15, 5}));
        while (m_domains.contains(domain + tld))
            domain += QString::number(m_random.between(0, 9));
        m_domains.insert(domain + tld);
        c.domain = domain + tld;
    }
    return c;
}

DealFactory::Customer DealFactory::customerFor(int partnerIndex)
{
    QList<Customer> &recent = m_partnerCustomers[partnerIndex];
    // Partners come back to their customers: a second project, a renewal.
    if (!recent.isEmpty() && m_random.percent(35))
        return m_random.pick(recent);
    Customer c = newCustomer();
    if (recent.size() >= kRecentCustomers)
        recent.removeFirst();
    recent.append(c);
    return c;
}

QString DealFactory::customerName(const Customer &c, bool variant)
{
    // One customer, spelled as people spell it: «ООО "Ромашка"», "Ромашка, ООО", "romashka llc".
    const int form = variant ? m_random.between(1, 3) : 0;
    switch (form) {
    case 1:
        return c.core + u", "_s + c.form;
    case 2:
        return c.latin + (c.form == u"ООО"_s ? u" llc"_s : u" jsc"_s);
    case 3:
        return c.form + u" «"_s + c.core + u'»';
    default:
        return c.form + u" \""_s + c.core + u'"';
    }
}

QString DealFactory::personName()
{
    const bool female = m_random.percent(40);
    const voc::Gendered &surname = m_random.pick(voc::surnames());
    return (female ? surname.female : surname.male) + u' '
           + m_random.pick(female ? voc::femaleFirstNames() : voc::maleFirstNames());
}

QString DealFactory::phone()
{
    const QString d = m_random.digits(7);
    static const QStringList codes{u"495"_s, u"812"_s, u"343"_s, u"383"_s, u"903"_s, u"916"_s, u"926"_s, u"985"_s};
    return u"+7 ("_s + m_random.pick(codes) + u") "_s + d.left(3) + u'-' + d.mid(3, 2) + u'-' + d.mid(5);
}

domain::Contact DealFactory::customerContact(const Customer &c)
{
    domain::Contact contact;
    contact.name = personName();
    contact.position = m_random.pick(customerPositions());
    contact.phones.append(phone());
    const QStringList words = voc::transliterate(contact.name).split(u' ', Qt::SkipEmptyParts);
    const QString local = words.size() >= 2 ? words.at(1).left(1) + u'.' + words.at(0) : words.value(0, u"info"_s);
    const QString domain = c.domain.isEmpty() ? m_random.pick(voc::freeMailDomains()) : c.domain;
    contact.emails.append(local + u'@' + domain);
    return contact;
}

void DealFactory::fillForm(domain::Registration &r, const Customer &c, const QDateTime &filedAt)
{
    r.id = m_random.uuid();
    r.customerName = customerName(c, m_random.percent(10));
    r.customerInn = c.inn;
    r.customerContact = customerContact(c);
    const int projects = m_random.weighted({70, 25, 5});
    for (int i = 0; i <= projects; ++i)
        r.customerProjectIds.append(u"mcs"_s + m_random.digits(10));

    QList<int> chosen;
    if (m_random.percent(35)) {
        chosen = m_random.pick(bundles());
    } else {
        const int count = 1 + m_random.weighted({65, 30, 5});
        while (chosen.size() < count) {
            const int p = m_random.between(0, int(catalogue().size()) - 1);
            if (!chosen.contains(p))
                chosen.append(p);
        }
    }
    qint64 thousands = 0;
    for (int p : std::as_const(chosen)) {
        const Product &product = catalogue().at(p);
        r.products.append(product.name);
        thousands += m_random.between(product.minK, product.maxK);
    }
    r.amount = domain::Money::rub(thousands * 1000 * 100);
    r.expectedAnnualConsumption = domain::Money::rub(thousands * m_random.between(60, 140) * 10 * 100);
    const QDate expected = filedAt.date().addMonths(m_random.between(1, 9));
    r.expectedYear = expected.year();
    r.expectedQuarter = (expected.month() - 1) / 3 + 1;
    r.description = m_random.pick(descriptions());
    r.filedAt = filedAt;
    r.createdAt = filedAt;
    r.updatedAt = filedAt;
}

domain::FeedbackEntry DealFactory::feedback(const QDateTime &at, FeedbackType type, FeedbackCategory category)
{
    domain::FeedbackEntry f;
    f.id = m_random.uuid();
    f.at = at;
    f.type = type;
    f.category = category;
    f.comment = m_random.pick(feedbackComments());
    if (m_random.percent(35))
        f.risks.append({m_random.pick(riskNames()), u"Обсуждаем с заказчиком."_s});
    if (m_random.percent(30))
        f.competitors.append({m_random.pick(competitorNames()), u"Предлагает скидку на первый год."_s});
    return f;
}

void DealFactory::addRegisteredLife(domain::Registration &r)
{
    r.state = ApplicationState::Registered;
    r.protectionDays = domain::ProtectionPolicy{}.protectionDays;
    // Most deals close within a few months; some are still running at the demo's present.
    const QDateTime closing = r.registeredAt.addSecs(qint64(m_random.between(20, 260)) * kDaySecs);
    const bool closes = closing < m_now;
    const bool silent = m_random.percent(15); // stops reporting: its feedback becomes overdue
    const QDateTime lastReport = silent ? timeBetween(r.registeredAt, closes ? closing : m_now) : m_now;
    const QDateTime end = closes ? closing : m_now;

    static const FeedbackCategory path[] = {FeedbackCategory::PilotTesting, FeedbackCategory::AwaitingDecision,
                                            FeedbackCategory::Implementation};
    int month = 0;
    bool extensionAsked = false;
    for (QDateTime at = r.registeredAt.addSecs(qint64(m_random.between(20, 32)) * kDaySecs);
         at < end && at < lastReport; at = at.addSecs(qint64(m_random.between(24, 31)) * kDaySecs), ++month) {
        // Near the end of protection a running deal may ask for more time.
        const qint64 protectedFor = r.registeredAt.secsTo(at) / kDaySecs;
        const int approved = domain::dealRules::approvedExtensions(r);
        const bool pending = !r.extensions.isEmpty() && r.extensions.last().decision == ExtensionDecision::Pending;
        if (!extensionAsked && !pending && protectedFor >= 70 + approved * 90 && approved < 2 && m_random.percent(45)) {
            domain::ProtectionExtension e;
            e.id = m_random.uuid();
            e.requestedAt = at;
            e.reason = m_random.pick(extensionReasons());
            const QDateTime decided = at.addSecs(qint64(m_random.between(1, 10)) * kDaySecs);
            if (decided < m_now) {
                const bool yes = m_random.percent(70);
                e.decision = yes ? ExtensionDecision::Approved : ExtensionDecision::Denied;
                e.decidedAt = decided;
                e.decidedBy = m_random.pick(managerNames());
                e.days = yes ? domain::ProtectionPolicy{}.extensionDays : 0;
                extensionAsked = !yes;
            }
            r.extensions.append(e);
            r.feedback.append(feedback(at, FeedbackType::ExtensionRequest, FeedbackCategory::AwaitingDecision));
            continue;
        }
        r.feedback.append(feedback(at, FeedbackType::MonthlyStatus, path[std::min(month, 2)]));
    }
    if (closes) {
        r.outcome = m_random.percent(58) ? DealOutcome::Won : DealOutcome::Lost;
        r.closedAt = closing;
        r.feedback.append(feedback(closing, FeedbackType::Closure,
                                   r.outcome == DealOutcome::Won ? FeedbackCategory::Sold : FeedbackCategory::Refused));
    }
}

void DealFactory::fillLifecycle(domain::Registration &r)
{
    const qint64 ageDays = r.filedAt.secsTo(m_now) / kDaySecs;
    const QDateTime reviewed =
        r.filedAt.addSecs(qint64(m_random.between(1, 14)) * kDaySecs + m_random.between(0, 8 * 3600));
    int pick;
    if (ageDays < kRecentDays && reviewed < m_now)
        pick = m_random.weighted(
            {8, 22, 14, 8, 8, 36, 4}); // new, awaiting, in review, confirmation, returned, registered, rejected
    else if (ageDays < kRecentDays)
        pick = m_random.weighted({30, 50, 20, 0, 0, 0, 0});
    else
        pick = m_random.weighted({0, 0, 0, 0, 2, 84, 14});
    switch (pick) {
    case 0:
        r.state = ApplicationState::New;
        break;
    case 1:
        r.state = ApplicationState::AwaitingReview;
        break;
    case 2:
        r.state = ApplicationState::InProgress;
        break;
    case 3:
        r.state = ApplicationState::Confirmation;
        break;
    case 4:
        r.state = ApplicationState::Returned;
        r.stateComment = m_random.pick(returnComments());
        break;
    case 5:
        r.registeredAt = reviewed;
        addRegisteredLife(r);
        break;
    default:
        r.state = ApplicationState::Rejected;
        r.stateComment = m_random.pick(rejectionReasons());
        break;
    }
    QDateTime updated = r.state == ApplicationState::New ? r.filedAt : std::min(reviewed, m_now);
    if (r.closedAt.isValid())
        updated = std::max(updated, r.closedAt);
    if (!r.feedback.isEmpty())
        updated = std::max(updated, r.feedback.last().at);
    for (const domain::ProtectionExtension &e : std::as_const(r.extensions))
        updated = std::max(updated, e.decidedAt.isValid() ? e.decidedAt : e.requestedAt);
    r.updatedAt = updated;
}

bool DealFactory::isActiveAtNow(const domain::Registration &r) const
{
    const auto window = domain::dealRules::claimedWindow(r, domain::ProtectionPolicy{}, m_now);
    return window.isValid() && window.start < m_now.addDays(-1) && window.end > m_now;
}

domain::Registration DealFactory::conflicting()
{
    const domain::Registration victim = m_random.pick(m_victims);
    int index = 0;
    for (int attempt = 0; attempt < 64; ++attempt) {
        index = int(&drawPartner() - m_partners.constData());
        if (m_partners.at(index).id != victim.partnerId)
            break;
    }
    const DealPartner &partner = m_partners.at(index);
    const auto window = domain::dealRules::claimedWindow(victim, domain::ProtectionPolicy{}, m_now);
    QDateTime from = std::max({window.start.addSecs(3600), m_now.addDays(-40), partner.joinedAt});
    const QDateTime filedAt = timeBetween(from, m_now.addSecs(-3600));

    domain::Registration r;
    r.partnerId = partner.id;
    r.partnerName = partner.name;
    r.partnerInn = partner.inn;
    r.replyContact = partner.replyContact;
    r.partnerAccountManager = partner.accountManager;
    Customer c;
    c.core = victim.customerName;
    const QString domain = domain::customers::keyOf(victim).emailDomain;
    if (m_random.percent(50))
        c.domain = domain;
    fillForm(r, c, filedAt);
    // The same customer as the victim, as another partner writes it down.
    r.customerInn = victim.customerInn;
    const QString norm = domain::customers::normalizeName(victim.customerName);
    if (victim.customerInn.isEmpty() && !domain.isEmpty() && m_random.percent(30)) {
        r.customerName = victim.customerName + u" (филиал)"_s; // a different name: only the mail domain matches
        r.customerContact.emails = {u"it@"_s + domain};
    } else if (m_random.percent(60)) {
        // "romashka llc" or "Ромашка, ООО" for «ООО "Ромашка"»: the normalised name is the same.
        const QString legal = victim.customerName.section(u' ', 0, 0);
        const QString rest = victim.customerName.section(u' ', 1).remove(u'"').remove(u'«').remove(u'»');
        r.customerName = m_random.percent(50) ? QString(rest + u", "_s + legal) : QString(norm + u" llc"_s);
        if (domain::customers::normalizeName(r.customerName) != norm)
            r.customerName = victim.customerName;
    } else {
        r.customerName = victim.customerName;
    }
    // At least one product in common.
    r.products = {victim.products.at(m_random.between(0, int(victim.products.size()) - 1))};
    if (m_random.percent(40)) {
        const QString extra = m_random.pick(catalogue()).name;
        if (!r.products.contains(extra))
            r.products.append(extra);
    }
    const int pick = m_random.weighted({10, 40, 25, 10, 15});
    static const ApplicationState states[] = {ApplicationState::New, ApplicationState::AwaitingReview,
                                              ApplicationState::InProgress, ApplicationState::Confirmation,
                                              ApplicationState::Rejected};
    r.state = states[pick];
    if (r.state == ApplicationState::Rejected)
        r.stateComment = rejectionReasons().at(1);
    r.updatedAt = r.state == ApplicationState::New ? filedAt : std::min(filedAt.addDays(2), m_now);
    return r;
}

domain::Registration DealFactory::next()
{
    const qint64 index = m_made++;
    if (index >= m_total - m_conflicts && !m_victims.isEmpty())
        return conflicting();

    const DealPartner &partner = drawPartner();
    const int partnerIndex = int(&partner - m_partners.constData());
    // Filings grow over the two years: the program is growing.
    const QDateTime from = std::max(m_start, partner.joinedAt);
    QDateTime filedAt = timeBetween(from, m_now.addSecs(-600));
    if (m_random.percent(40))
        filedAt = std::max(filedAt, timeBetween(from, m_now.addSecs(-600)));

    domain::Registration r;
    r.partnerId = partner.id;
    r.partnerName = partner.name;
    r.partnerInn = partner.inn;
    r.replyContact = partner.replyContact;
    r.partnerAccountManager = partner.accountManager;
    fillForm(r, customerFor(partnerIndex), filedAt);
    fillLifecycle(r);
    if (isActiveAtNow(r)) {
        if (m_victims.size() < kMaxVictims)
            m_victims.append(r);
        else
            m_victims[m_random.between(0, kMaxVictims - 1)] = r;
    }
    return r;
}

} // namespace pd::demo
