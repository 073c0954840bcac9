#include "TableColumns.h"

#include <QRegularExpression>
#include <QSet>

namespace pd::io {
namespace {

const char *const kContext = "pd::io::Columns";

ColumnSpec col(const char *key, const char *english, QStringList russian, bool required = false)
{
    return ColumnSpec{QLatin1String(key), english, std::move(russian), required};
}

QList<ColumnSpec> partners()
{
    return {
        col("inn", QT_TRANSLATE_NOOP("pd::io::Columns", "INN"), {QStringLiteral("ИНН")}, true),
        col("name", QT_TRANSLATE_NOOP("pd::io::Columns", "Name"),
            {QStringLiteral("Название"), QStringLiteral("Наименование"), QStringLiteral("Партнер")}),
        col("legal_form", QT_TRANSLATE_NOOP("pd::io::Columns", "Legal form"),
            {QStringLiteral("Правовая форма"), QStringLiteral("Организационно-правовая форма")}),
        col("registered_on", QT_TRANSLATE_NOOP("pd::io::Columns", "Registered on"),
            {QStringLiteral("Дата регистрации")}),
        col("role", QT_TRANSLATE_NOOP("pd::io::Columns", "Cooperation model"),
            {QStringLiteral("Модель сотрудничества"), QStringLiteral("Роль"), QStringLiteral("Role")}),
        col("tier", QT_TRANSLATE_NOOP("pd::io::Columns", "Status"),
            {QStringLiteral("Статус"), QStringLiteral("Статус партнера"), QStringLiteral("Tier")}),
        col("stage", QT_TRANSLATE_NOOP("pd::io::Columns", "Onboarding stage"),
            {QStringLiteral("Этап подключения"), QStringLiteral("Этап"), QStringLiteral("Stage")}),
        col("manager", QT_TRANSLATE_NOOP("pd::io::Columns", "Manager"), {QStringLiteral("Менеджер")}),
        col("region", QT_TRANSLATE_NOOP("pd::io::Columns", "Region"), {QStringLiteral("Регион")}),
        col("notes", QT_TRANSLATE_NOOP("pd::io::Columns", "Notes"),
            {QStringLiteral("Заметки"), QStringLiteral("Примечания")}),
        col("wl_brand", QT_TRANSLATE_NOOP("pd::io::Columns", "White Label brand"),
            {QStringLiteral("Бренд White Label")}),
        col("wl_payment_model", QT_TRANSLATE_NOOP("pd::io::Columns", "Client payment model"),
            {QStringLiteral("Модель оплаты клиента")}),
    };
}

QList<ColumnSpec> people()
{
    return {
        col("id", QT_TRANSLATE_NOOP("pd::io::Columns", "ID"), {QStringLiteral("Идентификатор")}),
        col("partner_inn", QT_TRANSLATE_NOOP("pd::io::Columns", "Partner INN"), {QStringLiteral("ИНН партнера")}, true),
        col("name", QT_TRANSLATE_NOOP("pd::io::Columns", "Full name"),
            {QStringLiteral("ФИО"), QStringLiteral("Имя"), QStringLiteral("Name")}, true),
        col("position", QT_TRANSLATE_NOOP("pd::io::Columns", "Position"), {QStringLiteral("Должность")}),
        col("email", QT_TRANSLATE_NOOP("pd::io::Columns", "Email"),
            {QStringLiteral("Эл. почта"), QStringLiteral("Электронная почта"), QStringLiteral("E-mail"),
             QStringLiteral("Почта")}),
        col("phone", QT_TRANSLATE_NOOP("pd::io::Columns", "Phone"), {QStringLiteral("Телефон")}),
    };
}

QList<ColumnSpec> certificates()
{
    return {
        col("partner_inn", QT_TRANSLATE_NOOP("pd::io::Columns", "Partner INN"), {QStringLiteral("ИНН партнера")}, true),
        col("person", QT_TRANSLATE_NOOP("pd::io::Columns", "Person"),
            {QStringLiteral("Сотрудник"), QStringLiteral("ФИО"), QStringLiteral("Full name")}, true),
        col("competence", QT_TRANSLATE_NOOP("pd::io::Columns", "Competence"), {QStringLiteral("Компетенция")}, true),
        col("number", QT_TRANSLATE_NOOP("pd::io::Columns", "Certificate number"),
            {QStringLiteral("Номер сертификата"), QStringLiteral("Номер")}),
        col("issued_on", QT_TRANSLATE_NOOP("pd::io::Columns", "Issued on"), {QStringLiteral("Дата выдачи")}, true),
        col("expires_on", QT_TRANSLATE_NOOP("pd::io::Columns", "Expires on"),
            {QStringLiteral("Действует до"), QStringLiteral("Дата окончания")}),
    };
}

QList<ColumnSpec> deals()
{
    return {
        col("id", QT_TRANSLATE_NOOP("pd::io::Columns", "ID"), {QStringLiteral("Идентификатор")}),
        col("partner_inn", QT_TRANSLATE_NOOP("pd::io::Columns", "Partner INN"), {QStringLiteral("ИНН партнера")}, true),
        col("customer_name", QT_TRANSLATE_NOOP("pd::io::Columns", "Customer"),
            {QStringLiteral("Заказчик"), QStringLiteral("Клиент")}, true),
        col("customer_inn", QT_TRANSLATE_NOOP("pd::io::Columns", "Customer INN"),
            {QStringLiteral("ИНН заказчика"), QStringLiteral("ИНН клиента")}),
        col("customer_project_ids", QT_TRANSLATE_NOOP("pd::io::Columns", "Project IDs"),
            {QStringLiteral("ID проектов"), QStringLiteral("Проекты")}),
        col("products", QT_TRANSLATE_NOOP("pd::io::Columns", "Products"), {QStringLiteral("Продукты")}, true),
        col("amount", QT_TRANSLATE_NOOP("pd::io::Columns", "Amount excl. VAT"),
            {QStringLiteral("Сумма без НДС"), QStringLiteral("Сумма"), QStringLiteral("Amount")}, true),
        col("currency", QT_TRANSLATE_NOOP("pd::io::Columns", "Currency"), {QStringLiteral("Валюта")}),
        col("expected_year", QT_TRANSLATE_NOOP("pd::io::Columns", "Expected year"),
            {QStringLiteral("Ожидаемый год"), QStringLiteral("Год")}, true),
        col("expected_quarter", QT_TRANSLATE_NOOP("pd::io::Columns", "Expected quarter"),
            {QStringLiteral("Ожидаемый квартал"), QStringLiteral("Квартал")}, true),
        col("expected_consumption", QT_TRANSLATE_NOOP("pd::io::Columns", "Expected annual consumption"),
            {QStringLiteral("Ожидаемое годовое потребление")}),
        col("description", QT_TRANSLATE_NOOP("pd::io::Columns", "Description"), {QStringLiteral("Описание")}),
        col("state", QT_TRANSLATE_NOOP("pd::io::Columns", "Application state"),
            {QStringLiteral("Статус заявки"), QStringLiteral("State")}),
        col("outcome", QT_TRANSLATE_NOOP("pd::io::Columns", "Outcome"),
            {QStringLiteral("Итог"), QStringLiteral("Результат")}),
        col("filed_at", QT_TRANSLATE_NOOP("pd::io::Columns", "Filed at (UTC)"),
            {QStringLiteral("Подана (UTC)"), QStringLiteral("Подана")}),
        col("registered_at", QT_TRANSLATE_NOOP("pd::io::Columns", "Registered at (UTC)"),
            {QStringLiteral("Зарегистрирована (UTC)"), QStringLiteral("Зарегистрирована")}),
    };
}

QList<ColumnSpec> consumption()
{
    return {
        col("partner_inn", QT_TRANSLATE_NOOP("pd::io::Columns", "Partner INN"), {QStringLiteral("ИНН партнера")}, true),
        col("customer_inn", QT_TRANSLATE_NOOP("pd::io::Columns", "Customer INN"),
            {QStringLiteral("ИНН заказчика"), QStringLiteral("ИНН клиента")}, true),
        col("customer_name", QT_TRANSLATE_NOOP("pd::io::Columns", "Customer"),
            {QStringLiteral("Заказчик"), QStringLiteral("Клиент")}),
        col("month", QT_TRANSLATE_NOOP("pd::io::Columns", "Month"), {QStringLiteral("Месяц")}, true),
        col("service", QT_TRANSLATE_NOOP("pd::io::Columns", "Service category"),
            {QStringLiteral("Категория услуг"), QStringLiteral("Услуга"), QStringLiteral("Service")}, true),
        col("project", QT_TRANSLATE_NOOP("pd::io::Columns", "Project"), {QStringLiteral("Проект")}, true),
        col("amount", QT_TRANSLATE_NOOP("pd::io::Columns", "Amount excl. VAT"),
            {QStringLiteral("Сумма без НДС"), QStringLiteral("Сумма"), QStringLiteral("Amount")}, true),
        col("currency", QT_TRANSLATE_NOOP("pd::io::Columns", "Currency"), {QStringLiteral("Валюта")}),
    };
}

} // namespace

QString ColumnSpec::header() const
{
    return QCoreApplication::translate(kContext, english);
}

const QList<ColumnSpec> &TableColumns::of(DataTable table)
{
    static const QList<ColumnSpec> p = partners();
    static const QList<ColumnSpec> pe = people();
    static const QList<ColumnSpec> c = certificates();
    static const QList<ColumnSpec> d = deals();
    static const QList<ColumnSpec> co = consumption();
    switch (table) {
    case DataTable::Partners:
        return p;
    case DataTable::People:
        return pe;
    case DataTable::Certificates:
        return c;
    case DataTable::Deals:
        return d;
    case DataTable::Consumption:
        return co;
    }
    return p;
}

QStringList TableColumns::headers(DataTable table)
{
    QStringList list;
    for (const ColumnSpec &c : of(table))
        list.append(c.header());
    return list;
}

QString TableColumns::normalized(const QString &header)
{
    QString s = header.toCaseFolded();
    s.replace(QChar(0x0451), QChar(0x0435)); // ё → е
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    s.replace(QLatin1Char('-'), QLatin1Char(' '));
    s.remove(QChar(0xFEFF));
    return s.simplified();
}

HeaderMatch::HeaderMatch(DataTable table, const QStringList &header) : m_table(table), m_header(header)
{
    // Every name a column answers to: its key, its English header, the header in the interface
    // language and its Russian headers.
    QHash<QString, QString> names;
    for (const ColumnSpec &c : TableColumns::of(table)) {
        names.insert(TableColumns::normalized(c.key), c.key);
        names.insert(TableColumns::normalized(QLatin1String(c.english)), c.key);
        names.insert(TableColumns::normalized(c.header()), c.key);
        for (const QString &r : c.russian)
            names.insert(TableColumns::normalized(r), c.key);
    }
    QStringList duplicates;
    for (int i = 0; i < header.size(); ++i) {
        const QString norm = TableColumns::normalized(header.at(i));
        if (norm.isEmpty())
            continue; // an unnamed column (a trailing delimiter) carries nothing
        const auto found = names.constFind(norm);
        if (found == names.constEnd()) {
            m_unknown.append(header.at(i).trimmed());
            continue;
        }
        if (m_index.contains(*found)) {
            duplicates.append(header.at(i).trimmed());
            continue;
        }
        m_index.insert(*found, i);
    }
    QStringList missing;
    for (const ColumnSpec &c : TableColumns::of(table)) {
        if (c.required && !m_index.contains(c.key))
            missing.append(QStringLiteral("«%1»").arg(c.header()));
    }
    if (!missing.isEmpty())
        m_problem =
            tr("The file has no column for %1 (line 1 is read as the header).").arg(missing.join(QStringLiteral(", ")));
    else if (!duplicates.isEmpty())
        m_problem = tr("The header names the same column twice: %1.").arg(duplicates.join(QStringLiteral(", ")));
}

QString HeaderMatch::headerOf(const QString &key) const
{
    const int i = indexOf(key);
    if (i >= 0)
        return m_header.at(i).trimmed();
    for (const ColumnSpec &c : TableColumns::of(m_table)) {
        if (c.key == key)
            return c.header();
    }
    return key;
}

} // namespace pd::io
