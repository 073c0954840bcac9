#include "Conflicts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace pd::domain {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::domain::Conflicts)
};

// Legal-form words, Russian and international, removed wherever they stand in a name.
const QSet<QString> &legalFormWords()
{
    static const QSet<QString> words{QStringLiteral("ooo"),
                                     QStringLiteral("oao"),
                                     QStringLiteral("zao"),
                                     QStringLiteral("pao"),
                                     QStringLiteral("ao"),
                                     QStringLiteral("ip"),
                                     QStringLiteral("nko"),
                                     QStringLiteral("gk"),
                                     QStringLiteral("fgup"),
                                     QStringLiteral("mup"),
                                     QStringLiteral("gup"),
                                     QStringLiteral("ano"),
                                     QStringLiteral("llc"),
                                     QStringLiteral("ltd"),
                                     QStringLiteral("jsc"),
                                     QStringLiteral("pjsc"),
                                     QStringLiteral("inc"),
                                     QStringLiteral("corp"),
                                     QStringLiteral("co"),
                                     QStringLiteral("gmbh"),
                                     QStringLiteral("plc"),
                                     QStringLiteral("llp"),
                                     QStringLiteral("sa"),
                                     QStringLiteral("ag"),
                                     QStringLiteral("limited"),
                                     QStringLiteral("company"),
                                     QStringLiteral("corporation"),
                                     QStringLiteral("incorporated"),
                                     QStringLiteral("obshchestvo"),
                                     QStringLiteral("ogranichennoi"),
                                     QStringLiteral("otvetstvennostiu"),
                                     QStringLiteral("aktsionernoe"),
                                     QStringLiteral("publichnoe"),
                                     QStringLiteral("gruppa"),
                                     QStringLiteral("grupp"),
                                     QStringLiteral("kompanii"),
                                     QStringLiteral("group")};
    return words;
}

QString transliterate(QChar c)
{
    static const QHash<QChar, QString> table = [] {
        const char16_t *cyr = u"абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
        const char *lat[] = {"a",  "b",  "v",  "g",  "d",    "e", "e", "zh", "z", "i",  "i",
                             "k",  "l",  "m",  "n",  "o",    "p", "r", "s",  "t", "u",  "f",
                             "kh", "ts", "ch", "sh", "shch", "",  "y", "",   "e", "iu", "ia"};
        QHash<QChar, QString> t;
        for (int i = 0; cyr[i]; ++i)
            t.insert(QChar(cyr[i]), QLatin1String(lat[i]));
        return t;
    }();
    const auto it = table.constFind(c);
    return it == table.constEnd() ? QString(c) : *it;
}

// Spellings that Russian names take in Latin letters vary (Khimki/Himki, Yandex/Iandex): fold them.
QString foldLatin(QString s)
{
    static const QList<std::pair<QString, QString>> folds{
        {QStringLiteral("shch"), QStringLiteral("sh")}, {QStringLiteral("kh"), QStringLiteral("h")},
        {QStringLiteral("ts"), QStringLiteral("c")},    {QStringLiteral("tz"), QStringLiteral("c")},
        {QStringLiteral("yu"), QStringLiteral("iu")},   {QStringLiteral("ya"), QStringLiteral("ia")},
        {QStringLiteral("j"), QStringLiteral("i")},     {QStringLiteral("y"), QStringLiteral("i")},
        {QStringLiteral("w"), QStringLiteral("v")},     {QStringLiteral("x"), QStringLiteral("ks")},
        {QStringLiteral("q"), QStringLiteral("k")},
    };
    for (const auto &[from, to] : folds)
        s.replace(from, to);
    // Doubled letters are often single in another spelling.
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (out.isEmpty() || out.back() != c)
            out.append(c);
    }
    return out;
}

const QSet<QString> &publicMailDomains()
{
    static const QSet<QString> domains{
        QStringLiteral("gmail.com"),      QStringLiteral("googlemail.com"), QStringLiteral("mail.ru"),
        QStringLiteral("bk.ru"),          QStringLiteral("list.ru"),        QStringLiteral("inbox.ru"),
        QStringLiteral("internet.ru"),    QStringLiteral("yandex.ru"),      QStringLiteral("ya.ru"),
        QStringLiteral("yandex.com"),     QStringLiteral("rambler.ru"),     QStringLiteral("outlook.com"),
        QStringLiteral("hotmail.com"),    QStringLiteral("live.com"),       QStringLiteral("icloud.com"),
        QStringLiteral("me.com"),         QStringLiteral("yahoo.com"),      QStringLiteral("proton.me"),
        QStringLiteral("protonmail.com"), QStringLiteral("vk.com")};
    return domains;
}

QStringList commonProducts(const Registration &a, const Registration &b)
{
    QHash<QString, QString> mine;
    for (const QString &p : a.products)
        mine.insert(customers::normalizeProduct(p), p.trimmed());
    QStringList common;
    for (const QString &p : b.products) {
        const auto it = mine.constFind(customers::normalizeProduct(p));
        if (it != mine.constEnd() && !common.contains(*it))
            common.append(*it);
    }
    return common;
}

bool filedBefore(const Registration &a, const Registration &b)
{
    if (a.filedAt != b.filedAt)
        return a.filedAt.isValid() && (!b.filedAt.isValid() || a.filedAt < b.filedAt);
    return a.id < b.id; // the same instant: a stable, if arbitrary, order
}

} // namespace

QString toKey(MatchedField v)
{
    switch (v) {
    case MatchedField::Inn:
        return QStringLiteral("customer_inn");
    case MatchedField::Name:
        return QStringLiteral("customer_name");
    case MatchedField::EmailDomain:
        return QStringLiteral("customer_email_domain");
    }
    return {};
}

QString displayName(MatchedField v)
{
    switch (v) {
    case MatchedField::Inn:
        return Tr::tr("customer INN");
    case MatchedField::Name:
        return Tr::tr("customer name");
    case MatchedField::EmailDomain:
        return Tr::tr("customer e-mail domain");
    }
    return {};
}

namespace customers {

QString normalizeName(const QString &name)
{
    QString latin;
    for (QChar c : name.toLower())
        latin += transliterate(c);
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    // Spelled-out legal forms first ("общество с ограниченной ответственностью"), then single words.
    static const QStringList phrases{
        QStringLiteral(" obshchestvo s ogranichennoi otvetstvennostiu "),
        QStringLiteral(" individualnyi predprinimatel "),
        QStringLiteral(" limited liability company "),
    };
    QString spaced =
        QLatin1Char(' ') + latin.split(nonWord, Qt::SkipEmptyParts).join(QLatin1Char(' ')) + QLatin1Char(' ');
    for (const QString &phrase : phrases)
        spaced.replace(phrase, QStringLiteral(" "));
    QStringList words = spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    words.removeIf([](const QString &w) { return legalFormWords().contains(w); });
    return foldLatin(words.join(QString()));
}

QString emailDomain(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    const QString domain = email.mid(at + 1).trimmed().toLower();
    if (domain.isEmpty() || !domain.contains(QLatin1Char('.')) || publicMailDomains().contains(domain))
        return {};
    return domain;
}

CustomerKey keyOf(const Registration &r)
{
    CustomerKey key{r.customerInn.trimmed(), normalizeName(r.customerName), {}};
    for (const QString &email : r.customerContact.emails) {
        key.emailDomain = emailDomain(email);
        if (!key.emailDomain.isEmpty())
            break;
    }
    return key;
}

bool sameCustomer(const CustomerKey &a, const CustomerKey &b)
{
    if (!a.inn.isEmpty() && !b.inn.isEmpty())
        return a.inn == b.inn;
    return (!a.name.isEmpty() && a.name == b.name) || (!a.emailDomain.isEmpty() && a.emailDomain == b.emailDomain);
}

QString normalizeProduct(const QString &product)
{
    return product.simplified().toCaseFolded();
}

} // namespace customers

namespace conflicts {

std::optional<Conflict> find(const Registration &a, const Registration &b, const ProtectionPolicy &policy,
                             const QDateTime &now)
{
    if (a.id == b.id || a.partnerId == b.partnerId)
        return std::nullopt; // a partner does not compete with itself
    const CustomerKey ka = customers::keyOf(a);
    const CustomerKey kb = customers::keyOf(b);
    if (!customers::sameCustomer(ka, kb))
        return std::nullopt;
    QList<MatchedField> matched;
    if (!ka.inn.isEmpty() && ka.inn == kb.inn)
        matched.append(MatchedField::Inn);
    if (!ka.name.isEmpty() && ka.name == kb.name)
        matched.append(MatchedField::Name);
    if (!ka.emailDomain.isEmpty() && ka.emailDomain == kb.emailDomain)
        matched.append(MatchedField::EmailDomain);

    const bool aFirst = filedBefore(a, b);
    const QStringList products = aFirst ? commonProducts(a, b) : commonProducts(b, a);
    if (products.isEmpty())
        return std::nullopt;

    const dealRules::Window wa = dealRules::claimedWindow(a, policy, now);
    const dealRules::Window wb = dealRules::claimedWindow(b, policy, now);
    if (!wa.isValid() || !wb.isValid())
        return std::nullopt;
    const QDateTime start = std::max(wa.start, wb.start);
    const QDateTime end = std::min(wa.end, wb.end);
    if (!(start < end))
        return std::nullopt;

    return Conflict{aFirst ? a.id : b.id, aFirst ? b.id : a.id, matched, products, start, end};
}

QString explain(const Conflict &c, const Registration &first, const Registration &second, const QLocale &locale)
{
    QStringList fields;
    const CustomerKey key = customers::keyOf(first);
    for (MatchedField f : c.matched) {
        switch (f) {
        case MatchedField::Inn:
            fields.append(Tr::tr("INN %1").arg(key.inn));
            break;
        case MatchedField::Name:
            fields.append(Tr::tr("name «%1» = «%2»").arg(first.customerName, second.customerName));
            break;
        case MatchedField::EmailDomain:
            fields.append(Tr::tr("e-mail domain %1").arg(key.emailDomain));
            break;
        }
    }
    return Tr::tr("Same customer (%1); both claim %2 from %3 to %4. «%5» filed first (%6) and has priority over «%7».")
        .arg(fields.join(QLatin1String(", ")), c.commonProducts.join(QLatin1String(", ")),
             locale.toString(c.overlapStart.toLocalTime().date(), QLocale::ShortFormat),
             locale.toString(c.overlapEnd.toLocalTime().date(), QLocale::ShortFormat), first.partnerName,
             locale.toString(first.filedAt.toLocalTime(), QLocale::ShortFormat), second.partnerName);
}

std::optional<Blocker> approvalBlocker(const Registration &r, const QList<Registration> &competitors,
                                       const ProtectionPolicy &policy, const QDateTime &now, bool registeredOnly)
{
    for (const Registration &other : competitors) {
        const auto c = find(r, other, policy, now);
        if (!c)
            continue;
        if (other.state == ApplicationState::Registered)
            return Blocker{Blocker::Kind::Registered, other, *c};
        if (!registeredOnly && c->firstId == other.id && dealRules::isUnderReview(other.state))
            return Blocker{Blocker::Kind::EarlierUnderReview, other, *c};
    }
    return std::nullopt;
}

QString approvalRefusal(const Registration &r, const QList<Registration> &competitors, const ProtectionPolicy &policy,
                        const QDateTime &now)
{
    const auto b = approvalBlocker(r, competitors, policy, now);
    if (!b)
        return {};
    QStringList fields;
    for (MatchedField f : b->conflict.matched)
        fields.append(displayName(f));
    const Registration &other = b->other;
    if (b->kind == Blocker::Kind::Registered)
        return Tr::tr("«%1» is already registered to «%2» for %3 until %4 (matched: %5). Only one registration "
                      "per customer and product can be registered at a time.")
            .arg(other.customerName, other.partnerName, b->conflict.commonProducts.join(QLatin1String(", ")),
                 dealRules::protectionEnd(other).date().toString(Qt::ISODate), fields.join(QLatin1String(", ")));
    return Tr::tr("«%1» filed a registration for the same customer and %2 earlier (on %3; matched: %4) and "
                  "has priority: decide on that registration first.")
        .arg(other.partnerName, b->conflict.commonProducts.join(QLatin1String(", ")),
             other.filedAt.date().toString(Qt::ISODate), fields.join(QLatin1String(", ")));
}

} // namespace conflicts
} // namespace pd::domain
