#include "ConsumptionDemo.h"

#include "Clock.h"
#include "CommissionService.h"
#include "SqliteStatement.h"
#include "DeferredIndexes.h"
#include "DemoRandom.h"
#include "Inn.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace pd::demo {

using namespace pd::domain;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::demo::ConsumptionDemo)
};

// Billing data has its own stream, so partners, deals and training stay as they were for a seed.
constexpr quint32 kConsumptionStream = 0x7F4A7C15u;
// Below this many expected rows the month index is kept up row by row.
constexpr qint64 kDeferIndexesFrom = 200'000;

struct Customer
{
    QByteArray partnerId;
    QByteArray name;
    QByteArray inn;
    int firstMonth = 0;
    int lastMonth = 0;
    qint64 baseMinor = 0; // a month's spend, in its currency
    QByteArray currency;  // empty for RUB
    quint8 categories[4] = {0, 0, 0, 0};
    quint8 shares[4] = {0, 0, 0, 0}; // percent of the spend
    int categoryCount = 0;
    int projects = 1;
};

// Earning categories and how often a customer buys them; the excluded ones come in separately.
constexpr ServiceCategory kEarning[] = {
    ServiceCategory::Compute,    ServiceCategory::Storage, ServiceCategory::Network, ServiceCategory::Databases,
    ServiceCategory::Containers, ServiceCategory::AiMl,    ServiceCategory::Other};
constexpr ServiceCategory kExcluded[] = {ServiceCategory::BonusRubles, ServiceCategory::Marketplace,
                                         ServiceCategory::ThirdPartyLicenses, ServiceCategory::AdminServices};

const char *const kNameWords[] = {"Вектор",           "Горизонт",          "Меридиан",        "Альтаир",
                                  "Прогресс",         "Северсталь-Сервис", "Логистика Плюс",  "ТехноСфера",
                                  "Агрохолдинг Заря", "МедЛайн",           "Ритейл Групп",    "ФинТех Решения",
                                  "Стройресурс",      "Энергосбыт",        "Телемост",        "Инфосистемы",
                                  "Фармацевт",        "Уральские Сети",    "Балтийский Порт", "Сибирский Хлеб"};

QString monthKey(const QDate &month)
{
    return storage::sql::toStored(month);
}

// A UUID whose first twelve hex digits count up (version 8, RFC 4122 variant): rows of one run are
// appended to the primary key's index instead of scattered through it.
QByteArray sequentialId(qint64 n, DemoRandom &random)
{
    const quint32 a = quint32(random.between(0, 0xFFF));
    const quint32 b = quint32(random.between(0, 0x3FFF)) | 0x8000;
    const quint64 c = (quint64(quint32(random.between(0, 0xFFFF))) << 32) | quint32(random.between(0, 0x7FFFFFFF));
    return QStringLiteral("%1-%2-8%3-%4-%5")
        .arg(quint64(n) >> 16, 8, 16, QLatin1Char('0'))
        .arg(quint64(n) & 0xFFFF, 4, 16, QLatin1Char('0'))
        .arg(a, 3, 16, QLatin1Char('0'))
        .arg(b, 4, 16, QLatin1Char('0'))
        .arg(c & 0xFFFFFFFFFFFFull, 12, 16, QLatin1Char('0'))
        .toLatin1();
}

int monthIndexOf(const QDate &first, const QDateTime &t)
{
    if (!t.isValid())
        return 0;
    return (t.date().year() - first.year()) * 12 + t.date().month() - first.month();
}

} // namespace

ConsumptionDemo::ConsumptionDemo(QSqlDatabase db, quint32 seed, const QDate &present)
    : m_db(std::move(db)), m_seed(seed), m_firstMonth(QDate(present.year(), present.month(), 1).addMonths(-kMonths)),
      m_present(present)
{}

Status ConsumptionDemo::generate(const std::function<bool(int, int)> &progress, ConsumptionSummary *summary)
{
    ConsumptionSummary made;
    if (Status s = writeRecords(progress, made); !s)
        return s;
    if (Status s = settle(progress, made); !s)
        return s;
    if (summary)
        *summary = made;
    return {};
}

Status ConsumptionDemo::writeRecords(const std::function<bool(int, int)> &progress, ConsumptionSummary &made)
{
    DemoRandom random(m_seed ^ kConsumptionStream);
    const QString what = Tr::tr("write demo consumption");

    // Customers with a registered deal: about one deal in five, each customer (INN) once.
    QList<Customer> customers;
    QSet<QByteArray> inns;
    auto registered =
        storage::sql::exec(m_db, QStringLiteral("SELECT partner_id, customer_name, customer_inn, registered_at "
                                                "FROM deals WHERE state = 'registered' AND customer_inn <> '' "
                                                "ORDER BY rowid"));
    if (!registered)
        return registered.error();
    while (registered.value().next()) {
        if (!random.percent(20))
            continue;
        Customer c;
        c.inn = registered.value().value(2).toString().toLatin1();
        if (inns.contains(c.inn))
            continue;
        inns.insert(c.inn);
        c.partnerId = registered.value().value(0).toString().toLatin1();
        c.name = registered.value().value(1).toString().toUtf8();
        // Most registered customers were billed before the deal registered a new project of theirs.
        c.firstMonth = std::clamp(
            monthIndexOf(m_firstMonth, storage::sql::dateTimeFromStored(registered.value().value(3).toString()))
                - random.between(0, kMonths),
            0, kMonths - 1);
        customers.append(c);
    }
    registered.value().finish();

    // Clients every partner with a signed agreement bills without a registration.
    auto partners = storage::sql::exec(m_db, QStringLiteral("SELECT id FROM partners WHERE stage = 'agreement_signed' "
                                                            "ORDER BY rowid"));
    if (!partners)
        return partners.error();
    while (partners.value().next()) {
        const QByteArray partnerId = partners.value().value(0).toString().toLatin1();
        const int count = random.between(3, 12);
        for (int i = 0; i < count; ++i) {
            Customer c;
            c.partnerId = partnerId;
            do {
                c.inn = inn::complete(random.digits(9)).toLatin1();
            } while (inns.contains(c.inn) || c.inn.startsWith('0'));
            inns.insert(c.inn);
            c.name = QStringLiteral("ООО «%1»").arg(QString::fromUtf8(kNameWords[random.between(0, 19)])).toUtf8() + ' '
                     + QByteArray::number(random.between(1, 99));
            c.firstMonth = random.between(0, kMonths - 1) / random.between(1, 3);
            customers.append(c);
        }
    }
    partners.value().finish();

    qint64 expectedRows = 0;
    for (Customer &c : customers) {
        c.lastMonth = random.percent(12) ? random.between(c.firstMonth, kMonths - 1) : kMonths - 1;
        // A month's spend from 5 000 to 2 000 000 RUB, spread evenly on a logarithmic scale.
        c.baseMinor = qint64(std::pow(10.0, random.between(370, 630) / 100.0)) * 100;
        const int foreign = random.between(1, 100);
        if (foreign <= 3) {
            c.currency = "USD";
            c.baseMinor /= 90;
        } else if (foreign == 4) {
            c.currency = "EUR";
            c.baseMinor /= 98;
        }
        c.categoryCount = 1 + random.weighted({30, 35, 25, 10});
        int left = 100;
        for (int i = 0; i < c.categoryCount; ++i) {
            const bool excluded = random.percent(8);
            c.categories[i] = quint8(
                int(excluded ? kExcluded[random.between(0, 3)] : kEarning[random.weighted({40, 25, 10, 12, 6, 4, 3})]));
            // Each category once per customer (the natural key): the next earning one when taken.
            for (int next = 0; std::find(c.categories, c.categories + i, c.categories[i]) != c.categories + i; ++next)
                c.categories[i] = quint8(int(kEarning[next % 7]));
            c.shares[i] = quint8(i == c.categoryCount - 1
                                     ? left
                                     : random.between(10, std::max(10, left - 10 * (c.categoryCount - i - 1))));
            left -= c.shares[i];
        }
        c.projects = random.percent(20) ? 2 : 1;
        expectedRows += qint64(c.lastMonth - c.firstMonth + 1) * c.categoryCount * c.projects;
    }
    made.customers = int(customers.size());

    sqlite3 *handle = storage::SqliteStatement::handleOf(m_db);
    DeferredIndexes indexes(m_db);
    const bool deferred = expectedRows >= kDeferIndexesFrom;
    if (deferred) {
        if (Status s = indexes.drop({QStringLiteral("consumption")}); !s)
            return s;
    }
    storage::SqliteStatement insert(handle);
    if (Status s =
            insert.prepare("INSERT INTO consumption (id, partner_id, customer_name, customer_inn, month, category, "
                           "project, amount_minor, currency, created_at, updated_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                           what);
        !s)
        return s;
    storage::SqliteStatement rate(handle);
    if (Status s =
            rate.prepare("INSERT INTO currency_rates (month, currency, rub_per_unit_micro, created_at, updated_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?4)",
                         what);
        !s)
        return s;

    QByteArray categoryKeys[int(ServiceCategory::AdminServices) + 1];
    for (int c = 0; c <= int(ServiceCategory::AdminServices); ++c)
        categoryKeys[c] = toKey(ServiceCategory(c)).toLatin1();
    const QByteArray projectKeys[2] = {"main", "dev"};
    const QByteArray rub("RUB");
    qint64 usdMicro = 88'000'000;
    for (int m = 0; m < kMonths; ++m) {
        if (progress && !progress(m, kMonths * 2))
            return Error{Tr::tr("Demo data was cancelled; nothing was written."), {}, {}};
        const QDate month = m_firstMonth.addMonths(m);
        const QByteArray monthText = monthKey(month).toLatin1();
        // Billing for a month arrives early in the next one.
        const QByteArray billedAt =
            storage::sql::toStored(QDateTime(month.addMonths(1).addDays(2), QTime(6, 0), QTimeZone::utc())).toLatin1();
        usdMicro = std::clamp<qint64>(usdMicro + random.between(-3'000'000, 3'200'000), 75'000'000, 110'000'000);
        const qint64 eurMicro = usdMicro * 108 / 100 + random.between(0, 999'999);
        for (const auto &[currency, micro] : {std::pair<QByteArray, qint64>{"USD", usdMicro}, {"EUR", eurMicro}}) {
            rate.bind(1, monthText);
            rate.bind(2, currency);
            rate.bind(3, micro);
            rate.bind(4, billedAt);
            if (Status s = rate.run(); !s)
                return s;
        }
        insert.bind(5, monthText);
        insert.bind(10, billedAt);
        // Spend grows about 1 % a month over the two years.
        const qint64 growth = 100 + m;
        for (const Customer &c : customers) {
            if (m < c.firstMonth || m > c.lastMonth)
                continue;
            insert.bind(2, c.partnerId);
            insert.bind(3, c.name);
            insert.bind(4, c.inn);
            insert.bind(9, c.currency.isEmpty() ? rub : c.currency);
            for (int p = 0; p < c.projects; ++p) {
                for (int i = 0; i < c.categoryCount; ++i) {
                    qint64 amount = c.baseMinor * c.shares[i] / 100 * growth / 100 * random.between(80, 125) / 100
                                    / (p == 0 ? 1 : 4);
                    if (random.between(0, 999) < 5) {
                        // A refund or billing correction: this row's net is negative.
                        amount = -amount * random.between(5, 40) / 100;
                        ++made.refunds;
                    }
                    const QByteArray id = sequentialId(made.records, random);
                    insert.bind(1, id);
                    insert.bind(6, categoryKeys[c.categories[i]]);
                    insert.bind(7, projectKeys[p]);
                    insert.bind(8, amount);
                    if (Status s = insert.run(); !s)
                        return Error{
                            Tr::tr("Could not write demo consumption; nothing was written."), s.error().text(), {}};
                    ++made.records;
                    made.foreignRecords += c.currency.isEmpty() ? 0 : 1;
                }
            }
        }
    }
    made.months = kMonths;
    if (deferred) {
        if (Status s = indexes.restore(); !s)
            return s;
    }

    // Agents' won deals: some had technical pre-sale work, which earns the reward in the month won.
    auto won =
        storage::sql::exec(m_db, QStringLiteral("SELECT d.id FROM deals d JOIN partners p ON p.id = d.partner_id "
                                                "WHERE p.role = 'agent' AND d.outcome = 'won' ORDER BY d.rowid"));
    if (!won)
        return won.error();
    QStringList presales;
    while (won.value().next()) {
        if (random.percent(40))
            presales.append(won.value().value(0).toString());
    }
    won.value().finish();
    for (const QString &dealId : presales) {
        auto q = storage::sql::exec(
            m_db, QStringLiteral("INSERT INTO deal_presales (deal_id, engineer, noted_at) VALUES (?, ?, ?)"),
            {dealId, QStringLiteral("demo"),
             storage::sql::toStored(QDateTime(m_present, QTime(6, 0), QTimeZone::utc()))});
        if (!q)
            return q.error();
        ++made.presales;
    }
    return {};
}

Status ConsumptionDemo::settle(const std::function<bool(int, int)> &progress, ConsumptionSummary &made)
{
    const FixedClock clock(QDateTime(m_present, QTime(9, 0), QTimeZone::utc()));
    storage::CommissionService service(m_db, clock, QStringLiteral("demo"));
    using Scope = storage::CommissionService::Scope;
    for (int m = 0; m < kMonths; ++m) {
        if (progress && !progress(kMonths + m, kMonths * 2))
            return Error{Tr::tr("Demo data was cancelled; nothing was written."), {}, {}};
        const QDate month = m_firstMonth.addMonths(m);
        auto done = m < kMonths - kOpenMonths ? service.close(month, Scope::Callers)
                                              : service.recompute(month, {}, Scope::Callers);
        if (!done)
            return done.error();
        made.closedPeriods += m < kMonths - kOpenMonths ? 1 : 0;
        made.openPeriods += m < kMonths - kOpenMonths ? 0 : 1;
    }

    // A late refund in the last closed month: half of its largest record is credited back.
    const QDate lastClosed = m_firstMonth.addMonths(kMonths - kOpenMonths - 1);
    auto largest =
        storage::sql::exec(m_db,
                           QStringLiteral("SELECT id, amount_minor FROM consumption WHERE month = ? AND category "
                                          "= 'compute' ORDER BY amount_minor DESC, id LIMIT 1"),
                           {monthKey(lastClosed)});
    if (!largest)
        return largest.error();
    if (largest.value().next()) {
        const QString id = largest.value().value(0).toString();
        const qint64 amount = largest.value().value(1).toLongLong();
        largest.value().finish();
        auto q = storage::sql::exec(
            m_db, QStringLiteral("UPDATE consumption SET amount_minor = ?, updated_at = ? WHERE id = ?"),
            {amount / 2, storage::sql::toStored(clock.nowUtc()), id});
        if (!q)
            return q.error();
        auto open = service.recompute(m_firstMonth.addMonths(kMonths - kOpenMonths), {}, Scope::Callers);
        if (!open)
            return open.error();
        made.corrections = open.value().corrections;
    }
    auto totals =
        storage::sql::exec(m_db, QStringLiteral("SELECT COALESCE(SUM(total_minor), 0), COALESCE(SUM(line_count), 0) "
                                                "FROM settlement_periods"));
    if (!totals)
        return totals.error();
    if (totals.value().next()) {
        made.commissionMinor = totals.value().value(0).toLongLong();
        made.commissionLines = totals.value().value(1).toLongLong();
    }
    return {};
}

} // namespace pd::demo
