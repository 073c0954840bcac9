#include "ConsumptionImporter.h"

#include "Commission.h"
#include "ConsumptionRepository.h"
#include "SqlUtil.h"

#include <future>
#include <utility>

namespace pd::io {

using namespace pd::domain;
namespace sql = pd::storage::sql;

namespace {

QList<EnumName<ServiceCategory>> categoryNames()
{
    static const QList<std::pair<ServiceCategory, QStringList>> names{
        {ServiceCategory::Compute,
         {QStringLiteral("Compute"), QStringLiteral("Вычисления"), QStringLiteral("Вычислительные ресурсы")}},
        {ServiceCategory::Storage,
         {QStringLiteral("Storage"), QStringLiteral("Хранение"), QStringLiteral("Хранилище")}},
        {ServiceCategory::Network, {QStringLiteral("Network"), QStringLiteral("Сеть")}},
        {ServiceCategory::Databases, {QStringLiteral("Databases"), QStringLiteral("Базы данных")}},
        {ServiceCategory::Containers, {QStringLiteral("Containers"), QStringLiteral("Контейнеры")}},
        {ServiceCategory::AiMl,
         {QStringLiteral("AI/ML"), QStringLiteral("ИИ/ML"), QStringLiteral("Машинное обучение")}},
        {ServiceCategory::Other, {QStringLiteral("Other"), QStringLiteral("Прочее")}},
        {ServiceCategory::BonusRubles, {QStringLiteral("Bonus rubles"), QStringLiteral("Бонусные рубли")}},
        {ServiceCategory::Marketplace, {QStringLiteral("Marketplace"), QStringLiteral("Маркетплейс")}},
        {ServiceCategory::ThirdPartyLicenses,
         {QStringLiteral("Third-party licenses"), QStringLiteral("Third-party licences"),
          QStringLiteral("Лицензии сторонних вендоров")}},
        {ServiceCategory::AdminServices,
         {QStringLiteral("Administration services"), QStringLiteral("Услуги администрирования")}},
    };
    QList<EnumName<ServiceCategory>> list;
    for (const auto &[value, words] : names)
        list.append({value, QStringList{toKey(value)} + words + QStringList{displayName(value)}});
    return list;
}

// Digits at [from, from + n) of `text` as a number, or -1.
int digitsAt(const QString &text, qsizetype from, qsizetype n)
{
    int value = 0;
    for (qsizetype i = from; i < from + n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "2026-03", "2026-03-01", "03.2026" or "01.03.2026": the first day of that month.
QDate monthOf(const QString &text)
{
    // The ISO forms a billing export writes, read without QDateTimeParser (a million rows).
    if ((text.size() == 7 || text.size() == 10) && text.at(4) == QLatin1Char('-')
        && (text.size() == 7 || text.at(7) == QLatin1Char('-'))) {
        const int year = digitsAt(text, 0, 4);
        const int month = digitsAt(text, 5, 2);
        const int day = text.size() == 10 ? digitsAt(text, 8, 2) : 1;
        if (year < 0 || month < 1 || month > 12 || day < 1)
            return {};
        const QDate first(year, month, 1);
        return day <= first.daysInMonth() ? first : QDate();
    }
    QDate d = QDate::fromString(text, QStringLiteral("yyyy-MM"));
    if (!d.isValid())
        d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(text, QStringLiteral("MM.yyyy"));
    if (!d.isValid())
        d = QDate::fromString(text, QStringLiteral("dd.MM.yyyy"));
    return d.isValid() ? QDate(d.year(), d.month(), 1) : QDate();
}

} // namespace

Status ConsumptionImporter::begin()
{
    auto partners = sql::exec(m_db, QStringLiteral("SELECT inn, id FROM partners"));
    if (!partners)
        return partners.error();
    while (partners.value().next())
        m_partnerOfInn.insert(partners.value().value(0).toString(), partners.value().value(1).toString());
    QStringList names;
    for (const EnumName<ServiceCategory> &n : categoryNames()) {
        for (const QString &name : n.names) {
            m_categories.insert(TableColumns::normalized(name), n.value);
            m_exactCategories.insert(name, n.value);
        }
        names.append(n.names.value(1));
    }
    m_categoryNames = names.join(QStringLiteral(", "));
    // A consumption line of a file takes about 80 bytes: enough to tell a bulk import from a few rows.
    m_writer = std::make_unique<storage::ConsumptionWriter>(m_db, m_clock);
    const qint64 expectedRows = m_inputBytes / 80;
    // The duplicate-key table grows to one entry per row: sized once instead of rehashed twenty times.
    m_lineOfKey.reserve(qsizetype(qMin<qint64>(expectedRows, 4'000'000)));
    // Every key is written once at most (m_lineOfKey), so a bulk import into an empty table may defer the
    // unique indexes too.
    if (Status s = m_writer->prepare(expectedRows, true); !s)
        return s;
    m_thread = std::make_unique<ConsumptionWriteThread>(*m_writer);
    return {};
}

bool ConsumptionImporter::stopped() const
{
    return m_thread && m_thread->failed();
}

Result<RowImporter::Counts> ConsumptionImporter::drain(qint64 &failedLine)
{
    failedLine = 0;
    if (!m_thread)
        return Counts{};
    auto counts = m_thread->finish(failedLine);
    m_thread.reset();
    return counts;
}

Status ConsumptionImporter::finish()
{
    // A million keys are freed on another thread while SQLite sorts the deferred indexes on this one.
    auto freed = std::async(std::launch::async, [keys = std::exchange(m_lineOfKey, {})]() mutable { keys = {}; });
    return m_writer->finish();
}

Result<RowImporter::Outcome> ConsumptionImporter::importRow(ImportRow &row)
{
    ConsumptionRecord r;
    const auto partnerInn = row.required(QStringLiteral("partner_inn"));
    if (partnerInn) {
        r.partnerId = m_partnerOfInn.value(*partnerInn);
        if (r.partnerId.isEmpty())
            row.issue(QStringLiteral("partner_inn"),
                      tr("No partner has INN %1; import the partner first.").arg(*partnerInn));
    }
    const auto customerInn = row.required(QStringLiteral("customer_inn"));
    r.customerInn = customerInn.value_or(QString());
    r.customerName = row.text(QStringLiteral("customer_name"));
    if (const auto month = row.required(QStringLiteral("month"))) {
        r.month = monthOf(*month);
        if (!r.month.isValid())
            row.issue(QStringLiteral("month"), tr("«%1» is not a month; write YYYY-MM (2026-03).").arg(*month));
    }
    if (const auto category = row.required(QStringLiteral("service"))) {
        // A name exactly as the program writes it is found without normalising it (a million rows).
        std::optional<ServiceCategory> found;
        if (const auto exact = m_exactCategories.constFind(*category); exact != m_exactCategories.constEnd())
            found = *exact;
        else if (const auto near = m_categories.constFind(TableColumns::normalized(*category));
                 near != m_categories.constEnd())
            found = *near;
        if (!found)
            row.issue(QStringLiteral("service"), tr("«%1» is not one of: %2.").arg(*category, m_categoryNames));
        else
            r.category = *found;
    }
    r.project = row.text(QStringLiteral("project"));
    QString currency = row.text(QStringLiteral("currency")).toUpper();
    if (currency.isEmpty())
        currency = QStringLiteral("RUB");
    if (row.required(QStringLiteral("amount"))) {
        if (auto m = row.money(QStringLiteral("amount"), currency))
            r.amount = *m;
    }
    r.amount = Money(r.amount.minorUnits(), currency);
    if (row.hasIssues())
        return Outcome::Invalid;
    if (Status s = storage::ConsumptionRepository::validate(r); !s) {
        QString column = s.error().field;
        if (column == QLatin1String("partner_id"))
            column = QStringLiteral("partner_inn");
        row.issue(row.has(column) ? column : QString(), s.error().message);
        return Outcome::Invalid;
    }
    // The natural key in a few characters: INN, a separator, year, month and category as one character
    // each (all below the surrogate range), then the project.
    QString key;
    key.reserve(r.customerInn.size() + r.project.size() + 4);
    key += r.customerInn;
    key += QLatin1Char('\n');
    int year = 0;
    int month = 0;
    r.month.getDate(&year, &month, nullptr);
    key += QChar(char16_t(year));
    key += QChar(char16_t(month));
    key += QChar(char16_t(int(r.category) + 1));
    key += r.project;
    if (const auto seen = m_lineOfKey.constFind(key); seen != m_lineOfKey.constEnd()) {
        row.issue(QString(),
                  tr("The same customer, month, service category and project are also on line %1.").arg(*seen));
        return Outcome::Invalid;
    }
    m_lineOfKey.insert(key, row.line());
    m_thread->push(std::move(r), row.line());
    return Outcome::Queued;
}

} // namespace pd::io
