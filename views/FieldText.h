#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace pd::views::fieldText {

// What a person calls a synced record's field ("amount_minor" → "Amount excl. VAT"): the same words the
// forms use, in the interface language. An unknown key comes back as it is.
QString label(const QString &entity, const QString &field);
// A record kind as a person says it ("deal" → "Deal").
QString entityName(const QString &entity);
// A field's stored value as the forms show it: money as money (in `record`'s currency where it has
// one), dates in the locale, states and roles by name, lists joined. Null reads "(empty)".
QString value(const QString &entity, const QString &field, const QJsonValue &value, const QJsonObject &record = {});
// "Amount excl. VAT: ₽ 1,500,000.00; Project IDs: P-1, P-2" for the fields of one change.
QString changeSummary(const QString &entity, const QJsonObject &fields);

} // namespace pd::views::fieldText
