#include "RejectedText.h"

#include "Deal.h"
#include "EntitySchema.h"
#include "FieldText.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace pd::views::rejectedText {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::views::RejectedText)
};

QString arg(const QJsonObject &args, const char *key)
{
    return args.value(QLatin1String(key)).toString();
}

QString quoted(const QString &text)
{
    return QStringLiteral("«") + text + QStringLiteral("»");
}

QString recordText(const QString &entity, const QString &label)
{
    return fieldText::entityName(entity) + QLatin1Char(' ') + quoted(label);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

// A date or a time from a refusal (ISO 8601) as the locale writes it.
QString dateText(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (at.isValid() && iso.size() > 10)
        return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : orDash(iso);
}

QString productsText(const QJsonValue &products)
{
    QStringList names;
    for (const QJsonValue &p : products.toArray())
        names << p.toString();
    if (names.isEmpty() && products.isString())
        names << products.toString();
    return orDash(names.join(QStringLiteral(", ")));
}

QString stateName(const QString &key)
{
    const auto state = domain::applicationStateFromKey(key);
    return state ? domain::displayName(*state) : key;
}

QString outcomeName(const QString &key)
{
    const auto outcome = domain::dealOutcomeFromKey(key);
    return outcome ? domain::displayName(*outcome) : key;
}

} // namespace

QString roleName(const QString &role)
{
    if (role == QLatin1String("viewer"))
        return Tr::tr("viewer");
    if (role == QLatin1String("manager"))
        return Tr::tr("manager");
    if (role == QLatin1String("admin"))
        return Tr::tr("administrator");
    return role;
}

Explanation explain(const sync::client::OutboxEntry &e, const NameOf &nameOf)
{
    Explanation x;
    const QString change =
        e.op == QLatin1String("delete") ? Tr::tr("deleted") : fieldText::changeSummary(e.entity, e.fields);
    x.what = Tr::tr("%1: %2").arg(recordText(e.entity, e.recordLabel), change);
    const QJsonObject &a = e.rejectArgs;
    const QString &code = e.rejectCode;
    const auto name = [&](const QString &entity, const QString &id) {
        return nameOf ? nameOf(entity, id) : id;
    };

    if (code == QLatin1String("role")) {
        x.why = Tr::tr("Your role on the server, %1, may not change records.").arg(roleName(arg(a, "role")));
        x.todo = Tr::tr("Ask the server's administrator for the manager role, or discard the change.");
    } else if (code == QLatin1String("partner_of_other_manager")) {
        x.why = Tr::tr("Partner %1 is assigned to another manager.")
                    .arg(quoted(name(QStringLiteral("partner"), arg(a, "partner_id"))));
        x.todo = Tr::tr("Ask the partner's manager to make this change, or discard yours.");
    } else if (code == QLatin1String("manager_field")) {
        const QString label = fieldText::label(QStringLiteral("partner"), QStringLiteral("manager"));
        x.why = Tr::tr("You may only save partners whose %1 is you (%2).").arg(quoted(label), arg(a, "user"));
        x.todo = Tr::tr("Set %1 back to %2, or ask an administrator to hand the partner over.")
                     .arg(quoted(label), arg(a, "user"));
    } else if (code == QLatin1String("admin_only")) {
        x.why = Tr::tr("Only an administrator may change records of the kind %1.")
                    .arg(quoted(fieldText::entityName(arg(a, "entity"))));
        x.todo = Tr::tr("Ask an administrator to make this change, then discard yours.");
    } else if (code == QLatin1String("parent_moved")) {
        const QString entity = arg(a, "entity").isEmpty() ? e.entity : arg(a, "entity");
        x.why = Tr::tr("%1 cannot change: a record stays with the one it was created under.")
                    .arg(quoted(fieldText::label(entity, sync::entitySchema::parentField(entity))));
        x.todo = Tr::tr("Discard this change and add the record anew where it belongs.");
    } else if (code == QLatin1String("parent_missing")) {
        const QString parent = arg(a, "parent_entity");
        x.why = Tr::tr("What it belongs to is no longer on the server: %1.")
                    .arg(recordText(parent, name(parent, arg(a, "parent_id"))));
        x.todo = Tr::tr("Discard the change; if the record is still needed, add it again under one that exists.");
    } else if (code == QLatin1String("partner_not_assigned")) {
        x.why = Tr::tr("Partner %1 is not assigned to you (%2), so its records are not yours to change.")
                    .arg(quoted(name(QStringLiteral("partner"), arg(a, "partner_id"))), arg(a, "user"));
        x.todo = Tr::tr("Ask the partner's manager or an administrator to make this change, or discard yours.");
    } else if (code == QLatin1String("invalid_field")) {
        const QString entity = arg(a, "entity").isEmpty() ? e.entity : arg(a, "entity");
        const QString field = quoted(fieldText::label(entity, arg(a, "field")));
        const QJsonValue value = a.value(QLatin1String("value"));
        x.why = value.isNull() || value.isUndefined()
                    ? Tr::tr("The server needs a value of %1.").arg(field)
                    : Tr::tr("The server does not accept %1 as %2.")
                          .arg(quoted(value.isString() ? value.toString() : QString::number(value.toDouble())), field);
        x.todo = Tr::tr("Edit the record, correct %1 and save it again, or discard the change.").arg(field);
    } else if (code == QLatin1String("unknown_state")) {
        x.why = Tr::tr("The server does not know the deal state %1.").arg(quoted(arg(a, "state")));
        x.todo = Tr::tr("Edit the deal, choose one of the states the form offers and save it again.");
    } else if (code == QLatin1String("unknown_outcome")) {
        x.why = Tr::tr("The server does not know the deal outcome %1.").arg(quoted(arg(a, "outcome")));
        x.todo = Tr::tr("Edit the deal, choose one of the outcomes the form offers and save it again.");
    } else if (code == QLatin1String("transition")) {
        x.why = Tr::tr("A deal's state cannot change from %1 to %2.")
                    .arg(quoted(stateName(arg(a, "from"))), quoted(stateName(arg(a, "to"))));
        x.todo = Tr::tr("Edit the deal and take it through the steps the review allows (the Deals page offers only "
                        "those), then save it again.");
    } else if (code == QLatin1String("outcome_change")) {
        x.why = Tr::tr("A deal's outcome cannot change from %1 to %2.")
                    .arg(quoted(outcomeName(arg(a, "from"))), quoted(outcomeName(arg(a, "to"))));
        x.todo = Tr::tr("Edit the deal and save it again with an outcome that may follow %1.")
                     .arg(quoted(outcomeName(arg(a, "from"))));
    } else if (code == QLatin1String("protected_elsewhere")) {
        const QString partner = orDash(arg(a, "partner"));
        x.why = Tr::tr("Partner %1 already holds a protected registration of %2 for %3, until %4.")
                    .arg(quoted(partner), quoted(orDash(arg(a, "customer"))),
                         productsText(a.value(QLatin1String("products"))), dateText(arg(a, "until")));
        x.todo =
            Tr::tr("Decide on %1's registration first: once it is rejected or its protection ends, register this deal "
                   "again.")
                .arg(quoted(partner));
    } else if (code == QLatin1String("earlier_registration")) {
        const QString partner = orDash(arg(a, "partner"));
        x.why =
            Tr::tr("Partner %1 registered the same customer for %2 earlier (%3): that registration has priority.")
                .arg(quoted(partner), productsText(a.value(QLatin1String("products"))), dateText(arg(a, "filed_at")));
        x.todo = Tr::tr("Decide on %1's registration first: reject it, or reject this one.").arg(quoted(partner));
    } else if (code == QLatin1String("protection_missing")) {
        const QString registered = quoted(fieldText::label(QStringLiteral("deal"), QStringLiteral("registered_at")));
        const QString days = quoted(fieldText::label(QStringLiteral("deal"), QStringLiteral("protection_days")));
        x.why = Tr::tr("A registered deal needs %1 and %2.").arg(registered, days);
        x.todo = Tr::tr("Edit the deal, fill in %1 and %2 and save it again.").arg(registered, days);
    } else {
        // No code (an older server, a change refused before this version) or one this version does not know.
        x.why = e.reason.isEmpty() ? Tr::tr("The server gave no reason.") : e.reason;
        x.todo = Tr::tr("Check the change and make it again, or discard it to get the server's values back.");
    }
    return x;
}

} // namespace pd::views::rejectedText
