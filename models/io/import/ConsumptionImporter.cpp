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

Status prepare(QSqlQuery &q, const QSqlDatabase &db, const QString &statement)
{
    q = QSqlQuery(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return sql::errorOf(q, QCoreApplication::translate("pd::io::ConsumptionImporter", "prepare the consumption import"));
    return {};
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
    if (Status s = prepare(m_find, m_db,
                           QStringLiteral("SELECT id, partner_id, customer_name, amount_minor, currency FROM consumption "
                                          "WHERE customer_inn = ? AND month = ? AND category = ? AND project = ?"));
        !s)
        return s;
    if (Status s = prepare(m_insert, m_db,
                           QStringLiteral("INSERT INTO consumption (id, partner_id, customer_name, customer_inn, month, "
                                          "category, project, amount_minor, currency, created_at, updated_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        !s)
        return s;
    return prepare(m_update, m_db,
                   QStringLiteral("UPDATE consumption SET partner_id = ?, customer_name = ?, amount_minor = ?, currency = ?, "
                                  "updated_at = ? WHERE id = ?"));
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
    if (row.required(QStringLiteral("service"))) {
        if (auto c = row.enumeration(QStringLiteral("service"), categoryNames()))
            r.category = *c;
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

    m_find.bindValue(0, r.customerInn);
    m_find.bindValue(1, month);
    m_find.bindValue(2, category);
    m_find.bindValue(3, r.project.isNull() ? QStringLiteral("") : r.project);
    if (!m_find.exec())
        return sql::errorOf(m_find, tr("look up consumption"));
    if (m_find.next()) {
        const QString id = m_find.value(0).toString();
        const bool same = m_find.value(1).toString() == r.partnerId && m_find.value(2).toString() == r.customerName &&
                          m_find.value(3).toLongLong() == r.amount.minorUnits() &&
                          m_find.value(4).toString() == r.amount.currency();
        m_find.finish();
        if (same)
            return Outcome::Unchanged;
        m_update.bindValue(0, r.partnerId);
        m_update.bindValue(1, r.customerName.isNull() ? QStringLiteral("") : r.customerName);
        m_update.bindValue(2, r.amount.minorUnits());
        m_update.bindValue(3, r.amount.currency());
        m_update.bindValue(4, m_now);
        m_update.bindValue(5, id);
        if (!m_update.exec())
            return sql::errorOf(m_update, tr("update consumption"));
        return Outcome::Updated;
    }
    m_find.finish();
    const QVariantList values{newId(),
                              r.partnerId,
                              r.customerName.isNull() ? QStringLiteral("") : r.customerName,
                              r.customerInn,
                              month,
                              category,
                              r.project.isNull() ? QStringLiteral("") : r.project,
                              r.amount.minorUnits(),
                              r.amount.currency(),
                              m_now,
                              m_now};
    for (int i = 0; i < values.size(); ++i)
        m_insert.bindValue(i, values.at(i));
    if (!m_insert.exec())
        return sql::errorOf(m_insert, tr("save consumption"));
    return Outcome::Created;
}

} // namespace pd::io
