#include "ConsumptionImporter.h"

#include "Commission.h"
#include "ConsumptionRepository.h"
#include "SqlUtil.h"

namespace pd::io {

using namespace pd::domain;
namespace sql = pd::storage::sql;

namespace {

QList<EnumName<ServiceCategory>> categoryNames()
{
    static const QList<std::pair<ServiceCategory, QStringList>> names{
        {ServiceCategory::Compute, {QStringLiteral("Compute"), QStringLiteral("Вычисления"), QStringLiteral("Вычислительные ресурсы")}},
        {ServiceCategory::Storage, {QStringLiteral("Storage"), QStringLiteral("Хранение"), QStringLiteral("Хранилище")}},
        {ServiceCategory::Network, {QStringLiteral("Network"), QStringLiteral("Сеть")}},
        {ServiceCategory::Databases, {QStringLiteral("Databases"), QStringLiteral("Базы данных")}},
        {ServiceCategory::Containers, {QStringLiteral("Containers"), QStringLiteral("Контейнеры")}},
        {ServiceCategory::AiMl, {QStringLiteral("AI/ML"), QStringLiteral("ИИ/ML"), QStringLiteral("Машинное обучение")}},
        {ServiceCategory::Other, {QStringLiteral("Other"), QStringLiteral("Прочее")}},
        {ServiceCategory::BonusRubles, {QStringLiteral("Bonus rubles"), QStringLiteral("Бонусные рубли")}},
        {ServiceCategory::Marketplace, {QStringLiteral("Marketplace"), QStringLiteral("Маркетплейс")}},
        {ServiceCategory::ThirdPartyLicenses,
         {QStringLiteral("Third-party licenses"), QStringLiteral("Third-party licences"), QStringLiteral("Лицензии сторонних вендоров")}},
        {ServiceCategory::AdminServices,
         {QStringLiteral("Administration services"), QStringLiteral("Услуги администрирования")}},
    };
    QList<EnumName<ServiceCategory>> list;
    for (const auto &[value, words] : names)
        list.append({value, QStringList{toKey(value)} + words + QStringList{displayName(value)}});
    return list;
}

// "2026-03", "2026-03-01", "03.2026" or "01.03.2026": the first day of that month.
QDate monthOf(const QString &text)
{
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
    m_now = sql::toStored(m_clock.nowUtc());
    auto partners = sql::exec(m_db, QStringLiteral("SELECT inn, id FROM partners"));
    if (!partners)
        return partners.error();
    while (partners.value().next())
        m_partnerOfInn.insert(partners.value().value(0).toString(), partners.value().value(1).toString());
    QStringList names;
    for (const EnumName<ServiceCategory> &n : categoryNames()) {
        for (const QString &name : n.names)
            m_categories.insert(TableColumns::normalized(name), n.value);
        names.append(n.names.value(1));
    }
    m_categoryNames = names.join(QStringLiteral(", "));
    // One statement per row: a new key inserts; a stored key is replaced only when something differs (so a
    // re-import changes nothing, not even updated_at, and fires no closed-period trigger).
    // Rows inserted by this import get rowids above the largest stored one; updated rows keep theirs.
    auto maxRow = sql::exec(m_db, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM consumption"));
    if (!maxRow)
        return maxRow.error();
    m_maxRowId = maxRow.value().next() ? maxRow.value().value(0).toLongLong() : 0;
    m_upsert = std::make_unique<SqliteCursor>(m_db);
    return m_upsert->prepare(QStringLiteral(
        "INSERT INTO consumption (id, partner_id, customer_name, customer_inn, month, category, project, amount_minor, "
        "currency, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10) "
        "ON CONFLICT (customer_inn, month, category, project) DO UPDATE SET partner_id = excluded.partner_id, "
        "customer_name = excluded.customer_name, amount_minor = excluded.amount_minor, currency = excluded.currency, "
        "updated_at = excluded.updated_at WHERE partner_id IS NOT excluded.partner_id OR "
        "customer_name IS NOT excluded.customer_name OR amount_minor IS NOT excluded.amount_minor OR "
        "currency IS NOT excluded.currency RETURNING rowid > ?11"));
}

Result<RowImporter::Outcome> ConsumptionImporter::importRow(ImportRow &row)
{
    ConsumptionRecord r;
    const auto partnerInn = row.required(QStringLiteral("partner_inn"));
    if (partnerInn) {
        r.partnerId = m_partnerOfInn.value(*partnerInn);
        if (r.partnerId.isEmpty())
            row.issue(QStringLiteral("partner_inn"), tr("No partner has INN %1; import the partner first.").arg(*partnerInn));
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
        const auto found = m_categories.constFind(TableColumns::normalized(*category));
        if (found == m_categories.constEnd())
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
    const QString month = sql::toStored(r.month);
    const QString category = toKey(r.category);
    const QString key = r.customerInn + QLatin1Char('\n') + month + QLatin1Char('\n') + category + QLatin1Char('\n') + r.project;
    if (const auto seen = m_lineOfKey.constFind(key); seen != m_lineOfKey.constEnd()) {
        row.issue(QString(), tr("The same customer, month, service category and project are also on line %1.").arg(*seen));
        return Outcome::Invalid;
    }
    m_lineOfKey.insert(key, row.line());

    m_upsert->bind(1, newId());
    m_upsert->bind(2, r.partnerId);
    m_upsert->bind(3, r.customerName);
    m_upsert->bind(4, r.customerInn);
    m_upsert->bind(5, month);
    m_upsert->bind(6, category);
    m_upsert->bind(7, r.project);
    m_upsert->bind(8, r.amount.minorUnits());
    m_upsert->bind(9, r.amount.currency());
    m_upsert->bind(10, m_now);
    m_upsert->bind(11, m_maxRowId);
    auto inserted = m_upsert->runReturning();
    if (!inserted)
        return inserted.error();
    if (!inserted.value())
        return Outcome::Unchanged;
    return *inserted.value() ? Outcome::Created : Outcome::Updated;
}

} // namespace pd::io
