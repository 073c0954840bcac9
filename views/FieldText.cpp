#include "FieldText.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

#include "Deal.h"
#include "Money.h"
#include "Partner.h"
#include "TierEngine.h"
#include "Training.h"

namespace pd::views::fieldText {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::views::FieldText)
};

bool is(const QString &field, const char *key)
{
    return field == QLatin1String(key);
}

// Fields shared by several records read the same everywhere.
QString commonLabel(const QString &field)
{
    if (is(field, "partner_id"))
        return Tr::tr("Partner");
    if (is(field, "deal_id"))
        return Tr::tr("Deal");
    if (is(field, "person_id"))
        return Tr::tr("Person");
    if (is(field, "course_id"))
        return Tr::tr("Course");
    if (is(field, "description"))
        return Tr::tr("Description");
    if (is(field, "issued_on"))
        return Tr::tr("Issued");
    if (is(field, "expires_on"))
        return Tr::tr("Expires");
    if (is(field, "outcome"))
        return Tr::tr("Outcome");
    return {};
}

QString partnerLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Name")},
        {QStringLiteral("legal_form"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Legal form")},
        {QStringLiteral("inn"), QT_TRANSLATE_NOOP("pd::views::FieldText", "INN")},
        {QStringLiteral("registered_on"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Registered on")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Role")},
        {QStringLiteral("tier"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Status")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Onboarding stage")},
        {QStringLiteral("manager"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Partner manager")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Region")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Notes")},
        {QStringLiteral("wl_brand"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Brand name")},
        {QStringLiteral("wl_payment_model"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Client payment model")},
        {QStringLiteral("wl_markup_bp"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Price markup")},
        {QStringLiteral("wl_restricted_services"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Restricted services")},
    };
    const auto it = labels.find(field);
    return it == labels.end() ? QString() : Tr::tr(it.value());
}

QString personLabel(const QString &field)
{
    if (is(field, "name"))
        return Tr::tr("Contact name");
    if (is(field, "position"))
        return Tr::tr("Contact position");
    if (is(field, "email"))
        return Tr::tr("Contact e-mail");
    if (is(field, "phone"))
        return Tr::tr("Contact phone");
    if (is(field, "sort_order"))
        return Tr::tr("Place in the contact list");
    return {};
}

QString dealLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("partner_name"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Partner name")},
        {QStringLiteral("partner_inn"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Partner INN")},
        {QStringLiteral("reply_contact"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Reply to")},
        {QStringLiteral("partner_account_manager"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Account manager")},
        {QStringLiteral("customer_name"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Customer")},
        {QStringLiteral("customer_inn"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Customer INN")},
        {QStringLiteral("customer_contact"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Decision maker")},
        {QStringLiteral("customer_project_ids"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Project IDs")},
        {QStringLiteral("amount_minor"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Amount excl. VAT")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Currency")},
        {QStringLiteral("expected_year"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Expected year")},
        {QStringLiteral("expected_quarter"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Expected quarter")},
        {QStringLiteral("expected_consumption_minor"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Annual consumption")},
        {QStringLiteral("products"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Products")},
        {QStringLiteral("state"), QT_TRANSLATE_NOOP("pd::views::FieldText", "State")},
        {QStringLiteral("state_comment"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Decision comment")},
        {QStringLiteral("filed_at"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Filed")},
        {QStringLiteral("registered_at"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Registered")},
        {QStringLiteral("protection_days"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Protection, days")},
        {QStringLiteral("closed_at"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Closed")},
    };
    const auto it = labels.find(field);
    return it == labels.end() ? QString() : Tr::tr(it.value());
}

QString otherLabel(const QString &entity, const QString &field)
{
    if (entity == QLatin1String("deal_extension")) {
        if (is(field, "requested_at"))
            return Tr::tr("Requested");
        if (is(field, "reason"))
            return Tr::tr("Reason");
        if (is(field, "decision"))
            return Tr::tr("Decision");
        if (is(field, "decided_at"))
            return Tr::tr("Decided");
        if (is(field, "decided_by"))
            return Tr::tr("Decided by");
        if (is(field, "days"))
            return Tr::tr("Days");
    } else if (entity == QLatin1String("deal_feedback")) {
        if (is(field, "at"))
            return Tr::tr("Date");
        if (is(field, "type"))
            return Tr::tr("Type");
        if (is(field, "category"))
            return Tr::tr("Category");
        if (is(field, "comment"))
            return Tr::tr("Comment");
        if (is(field, "risks"))
            return Tr::tr("Risks");
        if (is(field, "competitors"))
            return Tr::tr("Competitors");
    } else if (entity == QLatin1String("course")) {
        if (is(field, "title"))
            return Tr::tr("Title");
        if (is(field, "kind"))
            return Tr::tr("Kind");
        if (is(field, "format"))
            return Tr::tr("Format");
        if (is(field, "hours"))
            return Tr::tr("Length, hours");
    } else if (entity == QLatin1String("enrollment")) {
        if (is(field, "enrolled_on"))
            return Tr::tr("Enrolled");
        if (is(field, "progress_pct"))
            return Tr::tr("Progress");
        if (is(field, "completed_on"))
            return Tr::tr("Completed");
    } else if (entity == QLatin1String("certificate")) {
        if (is(field, "competence"))
            return Tr::tr("Competence");
        if (is(field, "number"))
            return Tr::tr("Number");
    } else if (entity == QLatin1String("compat_certification")) {
        if (is(field, "product_name"))
            return Tr::tr("Product");
        if (is(field, "product_version"))
            return Tr::tr("Version");
        if (is(field, "service"))
            return Tr::tr("Service");
        if (is(field, "vendor"))
            return Tr::tr("Vendor");
        if (is(field, "test_project_id"))
            return Tr::tr("Test project ID");
        if (is(field, "steps"))
            return Tr::tr("Steps");
        if (is(field, "certificate_number"))
            return Tr::tr("Certificate number");
        if (is(field, "issuer"))
            return Tr::tr("Issuer");
    } else if (entity == QLatin1String("program_rules")) {
        if (is(field, "rules"))
            return Tr::tr("Program rules");
    }
    return {};
}

QString dateText(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : iso;
}

QString dateTimeText(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    if (!at.isValid())
        return dateText(iso);
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString listText(const QJsonArray &array)
{
    QStringList items;
    for (const QJsonValue &item : array) {
        if (item.isString())
            items << item.toString();
        else if (item.isObject()) {
            const QJsonObject o = item.toObject();
            const QString name = o.value(QStringLiteral("name")).toString();
            items << (name.isEmpty() ? QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) : name);
        } else
            items
                << QString::fromUtf8(QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    }
    return items.join(QStringLiteral(", "));
}

QString contactText(const QJsonObject &o)
{
    QStringList parts;
    for (const char *key : {"name", "position"}) {
        const QString v = o.value(QLatin1String(key)).toString();
        if (!v.isEmpty())
            parts << v;
    }
    for (const char *key : {"phones", "emails"}) {
        const QString v = listText(o.value(QLatin1String(key)).toArray());
        if (!v.isEmpty())
            parts << v;
    }
    return parts.join(QStringLiteral(", "));
}

template <typename Enum>
QString named(const QString &key, std::optional<Enum> (*fromKey)(const QString &))
{
    if (const auto v = fromKey(key))
        return domain::displayName(*v);
    return key;
}

QString keyText(const QString &field, const QString &key)
{
    using namespace domain;
    if (is(field, "legal_form"))
        return named<LegalForm>(key, &legalFormFromKey);
    if (is(field, "role"))
        return named<Role>(key, &roleFromKey);
    if (is(field, "tier"))
        return named<Tier>(key, &tierFromKey);
    if (is(field, "stage"))
        return named<OnboardingStage>(key, &stageFromKey);
    if (is(field, "wl_payment_model"))
        return named<PaymentModel>(key, &paymentModelFromKey);
    if (is(field, "competence"))
        return named<Competence>(key, &competenceFromKey);
    if (is(field, "kind"))
        return named<CourseKind>(key, &courseKindFromKey);
    if (is(field, "format"))
        return named<CourseFormat>(key, &courseFormatFromKey);
    if (is(field, "decision"))
        return named<ExtensionDecision>(key, &extensionDecisionFromKey);
    if (is(field, "type"))
        return named<FeedbackType>(key, &feedbackTypeFromKey);
    if (is(field, "category"))
        return named<FeedbackCategory>(key, &feedbackCategoryFromKey);
    return key;
}

} // namespace

QString label(const QString &entity, const QString &field)
{
    if (is(field, "deleted"))
        return Tr::tr("(the whole record)");
    QString text;
    if (entity == QLatin1String("partner"))
        text = partnerLabel(field);
    else if (entity == QLatin1String("person"))
        text = personLabel(field);
    else if (entity == QLatin1String("deal"))
        text = dealLabel(field);
    else
        text = otherLabel(entity, field);
    if (text.isEmpty())
        text = commonLabel(field);
    return text.isEmpty() ? field : text;
}

QString entityName(const QString &entity)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("partner"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Partner")},
        {QStringLiteral("person"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Person")},
        {QStringLiteral("deal"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Deal")},
        {QStringLiteral("deal_extension"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Protection extension")},
        {QStringLiteral("deal_feedback"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Deal feedback")},
        {QStringLiteral("course"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Course")},
        {QStringLiteral("enrollment"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Enrolment")},
        {QStringLiteral("certificate"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Certificate")},
        {QStringLiteral("compat_certification"),
         QT_TRANSLATE_NOOP("pd::views::FieldText", "Compatibility certification")},
        {QStringLiteral("program_rules"), QT_TRANSLATE_NOOP("pd::views::FieldText", "Program rules")},
    };
    const auto it = names.find(entity);
    return it == names.end() ? entity : Tr::tr(it.value());
}

QString value(const QString &entity, const QString &field, const QJsonValue &v, const QJsonObject &record)
{
    if (v.isNull() || v.isUndefined())
        return Tr::tr("(empty)");
    if (field.endsWith(QLatin1String("_minor")) && v.isDouble()) {
        const QString currency = record.value(QStringLiteral("currency")).toString(QStringLiteral("RUB"));
        return domain::Money(v.toInteger(), currency.isEmpty() ? QStringLiteral("RUB") : currency).toString(QLocale());
    }
    if (is(field, "wl_markup_bp") && v.isDouble())
        return QLocale().toString(double(v.toInteger()) / 100.0, 'f', 2) + QStringLiteral(" %");
    if (is(field, "progress_pct") && v.isDouble())
        return QLocale().toString(v.toInteger()) + QStringLiteral(" %");
    if (is(field, "expected_quarter") && v.isDouble())
        return Tr::tr("Q%1").arg(v.toInteger());
    if (is(field, "expected_year") && v.isDouble())
        return QString::number(v.toInteger());
    if (v.isDouble())
        return QLocale().toString(v.toInteger());
    if (v.isArray())
        return listText(v.toArray());
    if (v.isObject()) {
        if (entity == QLatin1String("program_rules"))
            return Tr::tr("(changed rules)");
        return contactText(v.toObject());
    }
    if (v.isBool())
        return v.toBool() ? Tr::tr("yes") : Tr::tr("no");
    const QString text = v.toString();
    if (entity == QLatin1String("deal") && is(field, "state")) {
        if (const auto state = domain::applicationStateFromKey(text))
            return domain::displayName(*state);
    }
    if (is(field, "outcome") && entity == QLatin1String("deal")) {
        if (const auto outcome = domain::dealOutcomeFromKey(text))
            return domain::displayName(*outcome);
    }
    if (is(field, "outcome") && entity == QLatin1String("compat_certification")) {
        if (const auto outcome = domain::compatOutcomeFromKey(text))
            return domain::displayName(*outcome);
    }
    if (field.endsWith(QLatin1String("_on")))
        return dateText(text);
    if (field.endsWith(QLatin1String("_at")) || is(field, "at"))
        return dateTimeText(text);
    const QString named = keyText(field, text);
    if (named != text)
        return named;
    QString oneLine = text.simplified();
    if (oneLine.size() > 80)
        oneLine = oneLine.left(79) + QStringLiteral("…");
    return oneLine;
}

QString changeSummary(const QString &entity, const QJsonObject &fields)
{
    QStringList parts;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key().endsWith(QLatin1String("_id")) && it.key() != QLatin1String("test_project_id"))
            continue; // a parent record's id means nothing to a person; the record column names it
        if (it.key() == QLatin1String("sort_order"))
            continue;
        if (it.key() == QLatin1String("currency")
            && (fields.contains(QStringLiteral("amount_minor"))
                || fields.contains(QStringLiteral("expected_consumption_minor"))))
            continue; // the amounts carry it
        parts << Tr::tr("%1: %2").arg(label(entity, it.key()), value(entity, it.key(), it.value(), fields));
    }
    if (parts.isEmpty()) {
        for (auto it = fields.begin(); it != fields.end(); ++it)
            parts << label(entity, it.key());
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace pd::views::fieldText
