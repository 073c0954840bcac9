#include "EntitySchema.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

#include "Deal.h"
#include "Partner.h"
#include "TierEngine.h"
#include "Training.h"

namespace pd::sync::entitySchema {
namespace {

using FieldTable = QList<FieldSpec>;

// The keys of every value of a domain enum: what the client's CHECK (col IN (...)) allows.
template <typename E>
QStringList keys()
{
    QStringList list;
    for (const E v : domain::allValues<E>())
        list.append(domain::toKey(v));
    return list;
}

// A field spec built up in the table below: text(name).required().oneOf<E>() and so on.
struct Spec
{
    FieldSpec f;
    Spec required() const
    {
        Spec s = *this;
        s.f.required = true;
        return s;
    }
    template <typename E>
    Spec oneOf() const
    {
        Spec s = *this;
        s.f.allowed = keys<E>();
        return s;
    }
    Spec between(qint64 low, qint64 high) const
    {
        Spec s = *this;
        s.f.range = std::pair{low, high};
        return s;
    }
    operator FieldSpec() const { return f; }
};

Spec field(const char *name, FieldType type, TextForm form = TextForm::Any)
{
    FieldSpec f;
    f.name = QString::fromLatin1(name);
    f.type = type;
    f.form = form;
    return {f};
}

const QHash<QString, FieldTable> &schema()
{
    using namespace pd::domain;
    static const QHash<QString, FieldTable> table = [] {
        const auto s = [](const char *n) {
            return field(n, FieldType::String);
        };
        const auto date = [](const char *n) {
            return field(n, FieldType::String, TextForm::Date);
        };
        const auto time = [](const char *n) {
            return field(n, FieldType::String, TextForm::Time);
        };
        const auto i = [](const char *n) {
            return field(n, FieldType::Integer);
        };
        const auto sa = [](const char *n) {
            return field(n, FieldType::StringArray);
        };
        const auto o = [](const char *n) {
            return field(n, FieldType::Object);
        };
        const auto oa = [](const char *n) {
            return field(n, FieldType::ObjectArray);
        };
        QHash<QString, FieldTable> t;
        t.insert(QStringLiteral("partner"),
                 {s("name").required(), s("legal_form").required().oneOf<LegalForm>(), s("inn").required(),
                  date("registered_on").required(), s("role").required().oneOf<Role>(), s("tier").oneOf<Tier>(),
                  s("stage").required().oneOf<OnboardingStage>(), s("manager"), s("region"), s("notes"), s("wl_brand"),
                  s("wl_payment_model").oneOf<PaymentModel>(), i("wl_markup_bp"), sa("wl_restricted_services")});
        t.insert(QStringLiteral("person"), {s("partner_id").required(), i("sort_order"), s("name").required(),
                                            s("position"), s("email"), s("phone")});
        t.insert(QStringLiteral("deal"), {s("partner_id").required(),
                                          s("partner_name").required(),
                                          s("partner_inn"),
                                          o("reply_contact"),
                                          s("partner_account_manager"),
                                          s("customer_name").required(),
                                          s("customer_inn"),
                                          o("customer_contact"),
                                          sa("customer_project_ids"),
                                          i("amount_minor"),
                                          s("currency"),
                                          i("expected_year").required(),
                                          i("expected_quarter").required().between(1, 4),
                                          i("expected_consumption_minor"),
                                          sa("products"),
                                          s("description"),
                                          s("state").required().oneOf<ApplicationState>(),
                                          s("state_comment"),
                                          time("filed_at").required(),
                                          time("registered_at"),
                                          i("protection_days"),
                                          s("outcome").oneOf<DealOutcome>(),
                                          time("closed_at")});
        t.insert(QStringLiteral("deal_extension"),
                 {s("deal_id").required(), time("requested_at").required(), s("reason").required(),
                  s("decision").oneOf<ExtensionDecision>(), time("decided_at"), s("decided_by"), i("days")});
        t.insert(QStringLiteral("deal_feedback"),
                 {s("deal_id").required(), time("at").required(), s("type").required().oneOf<FeedbackType>(),
                  s("category").required().oneOf<FeedbackCategory>(), s("comment"), oa("risks"), oa("competitors")});
        t.insert(QStringLiteral("course"),
                 {s("title").required(), s("kind").required().oneOf<CourseKind>(),
                  s("format").required().oneOf<CourseFormat>(), i("hours"), s("description")});
        t.insert(QStringLiteral("enrollment"),
                 {s("person_id").required(), s("course_id").required(), date("enrolled_on").required(),
                  i("progress_pct").between(0, 100), date("completed_on")});
        t.insert(QStringLiteral("certificate"),
                 {s("person_id").required(), s("partner_id").required(), s("competence").required().oneOf<Competence>(),
                  s("number"), date("issued_on").required(), date("expires_on").required()});
        t.insert(QStringLiteral("compat_certification"),
                 {s("partner_id").required(), s("product_name").required(), s("product_version").required(),
                  s("service").required(), s("vendor"), s("test_project_id"), oa("steps"),
                  s("outcome").oneOf<CompatOutcome>(), s("certificate_number"), s("issuer"), date("issued_on"),
                  date("expires_on")});
        t.insert(QStringLiteral("program_rules"), {o("rules").required()});
        return t;
    }();
    return table;
}

QString typeName(FieldType t)
{
    switch (t) {
    case FieldType::String:
        return QStringLiteral("a string");
    case FieldType::Integer:
        return QStringLiteral("an integer");
    case FieldType::StringArray:
        return QStringLiteral("an array of strings");
    case FieldType::Object:
        return QStringLiteral("an object");
    case FieldType::ObjectArray:
        return QStringLiteral("an array of objects");
    }
    return {};
}

bool hasType(const QJsonValue &v, FieldType t)
{
    switch (t) {
    case FieldType::String:
        return v.isString();
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
    case FieldType::Object:
        return v.isObject();
    case FieldType::ObjectArray: {
        if (!v.isArray())
            return false;
        const QJsonArray a = v.toArray();
        return std::all_of(a.begin(), a.end(), [](const QJsonValue &x) { return x.isObject(); });
    }
    }
    return false;
}

// Whether a value, or any text inside it (object keys included), has a character no client keeps.
bool hasForbiddenText(const QJsonValue &v)
{
    if (v.isString())
        return hasForbiddenCharacters(v.toString());
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        return std::any_of(a.begin(), a.end(), [](const QJsonValue &x) { return hasForbiddenText(x); });
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (hasForbiddenCharacters(it.key()) || hasForbiddenText(it.value()))
                return true;
        }
    }
    return false;
}

// The fields of an entity, by reference: iterating a copy taken from the hash would detach it and copy
// every spec, for each field of each pushed record.
const FieldTable &specs(const QString &entity)
{
    static const FieldTable none;
    const auto it = schema().constFind(entity);
    return it == schema().constEnd() ? none : *it;
}

} // namespace

QStringList entities()
{
    return {QStringLiteral("partner"),        QStringLiteral("person"),        QStringLiteral("deal"),
            QStringLiteral("deal_extension"), QStringLiteral("deal_feedback"), QStringLiteral("course"),
            QStringLiteral("enrollment"),     QStringLiteral("certificate"),   QStringLiteral("compat_certification"),
            QStringLiteral("program_rules")};
}

bool isEntity(const QString &entity)
{
    return schema().contains(entity);
}

QStringList fields(const QString &entity)
{
    QStringList names;
    for (const FieldSpec &f : specs(entity))
        names.append(f.name);
    return names;
}

QList<FieldSpec> fieldSpecs(const QString &entity)
{
    return specs(entity);
}

QString fieldRefusal(const QString &entity, const QString &field, const QJsonValue &value)
{
    for (const FieldSpec &f : specs(entity)) {
        if (f.name != field)
            continue;
        if (value.isNull() || hasType(value, f.type))
            return {};
        return QStringLiteral("field '%1' of %2 must be %3 or null").arg(field, entity, typeName(f.type));
    }
    return QStringLiteral("unknown field '%1' of entity '%2'").arg(field, entity);
}

bool hasForbiddenCharacters(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isNull() || c.isLowSurrogate())
            return true;
        if (c.isHighSurrogate()) {
            if (i + 1 == text.size() || !text.at(i + 1).isLowSurrogate())
                return true;
            ++i;
        }
    }
    return false;
}

QString escapeForbiddenCharacters(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool pairStart = c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        if (pairStart) {
            out.append(c).append(text.at(++i));
        } else if (c.isNull() || c.isSurrogate()) {
            out.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
        } else {
            out.append(c);
        }
    }
    return out;
}

std::optional<FieldProblem> recordProblem(const QString &entity, const QJsonObject &fields, bool whole)
{
    for (const FieldSpec &f : specs(entity)) {
        const QJsonValue value = fields.value(f.name);
        const auto problem = [&](const QString &why) {
            const QJsonValue shown = value.isString() ? QJsonValue(escapeForbiddenCharacters(value.toString())) : value;
            return FieldProblem{f.name, shown, QStringLiteral("%1 of %2: %3").arg(f.name, entity, why)};
        };
        if (value.isUndefined() || value.isNull())
            continue;
        if (!hasType(value, f.type))
            return problem(QStringLiteral("must be %1").arg(typeName(f.type)));
        if (hasForbiddenText(value))
            return problem(QStringLiteral("text may not hold a NUL character or a lone UTF-16 surrogate"));
        const QString text = value.toString();
        if (!f.allowed.isEmpty() && !f.allowed.contains(text))
            return problem(QStringLiteral("'%1' is not one of %2").arg(text, f.allowed.join(QLatin1String(", "))));
        if (f.range && (value.toInteger() < f.range->first || value.toInteger() > f.range->second))
            return problem(QStringLiteral("%1 is not between %2 and %3")
                               .arg(value.toInteger())
                               .arg(f.range->first)
                               .arg(f.range->second));
        if (f.form == TextForm::Date && !text.isEmpty()
            && (text.size() != 10 || !QDate::fromString(text, Qt::ISODate).isValid()))
            return problem(QStringLiteral("'%1' is not a date (YYYY-MM-DD)").arg(text));
        if (f.form == TextForm::Time && !text.isEmpty() && !QDateTime::fromString(text, Qt::ISODateWithMs).isValid())
            return problem(QStringLiteral("'%1' is not a date and time (ISO 8601)").arg(text));
    }
    return whole ? missingRequired(entity, fields) : std::nullopt;
}

std::optional<FieldProblem> missingRequired(const QString &entity, const QJsonObject &fields)
{
    for (const FieldSpec &f : specs(entity)) {
        if (!f.required)
            continue;
        const QJsonValue value = fields.value(f.name);
        if (value.isUndefined() || value.isNull())
            return FieldProblem{f.name, value, QStringLiteral("%1 of %2: a value is required").arg(f.name, entity)};
    }
    return std::nullopt;
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
