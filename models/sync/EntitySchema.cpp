#include "EntitySchema.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <utility>

namespace pd::sync::entitySchema {
namespace {

using FieldTable = QList<std::pair<QString, FieldType>>;

const QHash<QString, FieldTable> &schema()
{
    static const QHash<QString, FieldTable> table = [] {
        const auto s = [](const char *n) { return std::pair{QString::fromLatin1(n), FieldType::String}; };
        const auto i = [](const char *n) { return std::pair{QString::fromLatin1(n), FieldType::Integer}; };
        const auto sa = [](const char *n) { return std::pair{QString::fromLatin1(n), FieldType::StringArray}; };
        const auto o = [](const char *n) { return std::pair{QString::fromLatin1(n), FieldType::Object}; };
        const auto oa = [](const char *n) { return std::pair{QString::fromLatin1(n), FieldType::ObjectArray}; };
        QHash<QString, FieldTable> t;
        t.insert(QStringLiteral("partner"),
                 {s("name"), s("legal_form"), s("inn"), s("registered_on"), s("role"), s("tier"), s("stage"),
                  s("manager"), s("region"), s("notes"), s("wl_brand"), s("wl_payment_model"), i("wl_markup_bp"),
                  sa("wl_restricted_services")});
        t.insert(QStringLiteral("person"),
                 {s("partner_id"), i("sort_order"), s("name"), s("position"), s("email"), s("phone")});
        t.insert(QStringLiteral("deal"),
                 {s("partner_id"), s("partner_name"), s("partner_inn"), o("reply_contact"),
                  s("partner_account_manager"), s("customer_name"), s("customer_inn"), o("customer_contact"),
                  sa("customer_project_ids"), i("amount_minor"), s("currency"), i("expected_year"),
                  i("expected_quarter"), i("expected_consumption_minor"), sa("products"), s("description"),
                  s("state"), s("state_comment"), s("filed_at"), s("registered_at"), i("protection_days"),
                  s("outcome"), s("closed_at")});
        t.insert(QStringLiteral("deal_extension"), {s("deal_id"), s("requested_at"), s("reason"), s("decision"),
                                                    s("decided_at"), s("decided_by"), i("days")});
        t.insert(QStringLiteral("deal_feedback"), {s("deal_id"), s("at"), s("type"), s("category"), s("comment"),
                                                   oa("risks"), oa("competitors")});
        t.insert(QStringLiteral("course"), {s("title"), s("kind"), s("format"), i("hours"), s("description")});
        t.insert(QStringLiteral("enrollment"),
                 {s("person_id"), s("course_id"), s("enrolled_on"), i("progress_pct"), s("completed_on")});
        t.insert(QStringLiteral("certificate"),
                 {s("person_id"), s("partner_id"), s("competence"), s("number"), s("issued_on"), s("expires_on")});
        t.insert(QStringLiteral("compat_certification"),
                 {s("partner_id"), s("product_name"), s("product_version"), s("service"), s("vendor"),
                  s("test_project_id"), oa("steps"), s("outcome"), s("certificate_number"), s("issuer"),
                  s("issued_on"), s("expires_on")});
        t.insert(QStringLiteral("program_rules"), {o("rules")});
        return t;
    }();
    return table;
}

QString typeName(FieldType t)
{
    switch (t) {
    case FieldType::String: return QStringLiteral("a string");
    case FieldType::Integer: return QStringLiteral("an integer");
    case FieldType::StringArray: return QStringLiteral("an array of strings");
    case FieldType::Object: return QStringLiteral("an object");
    case FieldType::ObjectArray: return QStringLiteral("an array of objects");
    }
    return {};
}

bool hasType(const QJsonValue &v, FieldType t)
{
    switch (t) {
    case FieldType::String: return v.isString();
    case FieldType::Integer: {
        if (!v.isDouble())
            return false;
        const double d = v.toDouble();
        return d == double(qint64(d)) && d >= -9.0e15 && d <= 9.0e15;
    }
    case FieldType::StringArray: {
        if (!v.isArray())
            return false;
        const QJsonArray a = v.toArray();
        return std::all_of(a.begin(), a.end(), [](const QJsonValue &x) { return x.isString(); });
    }
    case FieldType::Object: return v.isObject();
    case FieldType::ObjectArray: {
        if (!v.isArray())
            return false;
        const QJsonArray a = v.toArray();
        return std::all_of(a.begin(), a.end(), [](const QJsonValue &x) { return x.isObject(); });
    }
    }
    return false;
}

} // namespace

QStringList entities()
{
    return {QStringLiteral("partner"),     QStringLiteral("person"),      QStringLiteral("deal"),
            QStringLiteral("deal_extension"), QStringLiteral("deal_feedback"), QStringLiteral("course"),
            QStringLiteral("enrollment"),  QStringLiteral("certificate"),  QStringLiteral("compat_certification"),
            QStringLiteral("program_rules")};
}

bool isEntity(const QString &entity)
{
    return schema().contains(entity);
}

QStringList fields(const QString &entity)
{
    QStringList names;
    for (const auto &f : schema().value(entity))
        names.append(f.first);
    return names;
}

QString fieldRefusal(const QString &entity, const QString &field, const QJsonValue &value)
{
    const FieldTable table = schema().value(entity);
    for (const auto &f : table) {
        if (f.first != field)
            continue;
        if (value.isNull() || hasType(value, f.second))
            return {};
        return QStringLiteral("field '%1' of %2 must be %3 or null").arg(field, entity, typeName(f.second));
    }
    return QStringLiteral("unknown field '%1' of entity '%2'").arg(field, entity);
}

QString parentField(const QString &entity)
{
    if (entity == QLatin1String("person") || entity == QLatin1String("deal") || entity == QLatin1String("certificate")
        || entity == QLatin1String("compat_certification"))
        return QStringLiteral("partner_id");
    if (entity == QLatin1String("deal_extension") || entity == QLatin1String("deal_feedback"))
        return QStringLiteral("deal_id");
    if (entity == QLatin1String("enrollment"))
        return QStringLiteral("person_id");
    return {};
}

QString parentEntity(const QString &entity)
{
    if (entity == QLatin1String("person") || entity == QLatin1String("deal") || entity == QLatin1String("certificate")
        || entity == QLatin1String("compat_certification"))
        return QStringLiteral("partner");
    if (entity == QLatin1String("deal_extension") || entity == QLatin1String("deal_feedback"))
        return QStringLiteral("deal");
    if (entity == QLatin1String("enrollment"))
        return QStringLiteral("person");
    return {};
}

QString table(const QString &entity)
{
    static const QHash<QString, QString> tables{
        {QStringLiteral("partner"), QStringLiteral("partners")},
        {QStringLiteral("person"), QStringLiteral("people")},
        {QStringLiteral("deal"), QStringLiteral("deals")},
        {QStringLiteral("deal_extension"), QStringLiteral("deal_extensions")},
        {QStringLiteral("deal_feedback"), QStringLiteral("deal_feedback")},
        {QStringLiteral("course"), QStringLiteral("courses")},
        {QStringLiteral("enrollment"), QStringLiteral("enrollments")},
        {QStringLiteral("certificate"), QStringLiteral("certificates")},
        {QStringLiteral("compat_certification"), QStringLiteral("compat_certifications")},
        {QStringLiteral("program_rules"), QStringLiteral("program_rules")}};
    return tables.value(entity);
}

QString idColumn(const QString &entity)
{
    return entity == QLatin1String("program_rules") ? QStringLiteral("effective_from") : QStringLiteral("id");
}

} // namespace pd::sync::entitySchema
