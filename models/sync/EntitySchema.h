#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace pd::sync {

// The JSON type a synced field must have on the wire.
enum class FieldType { String, Integer, StringArray, Object, ObjectArray };

// The entities and fields that sync: the protocol refuses anything not listed here. The field keys
// are those of PartnerRepository::toFields and DealRepository::toFields.
namespace entitySchema {

QStringList entities();
bool isEntity(const QString &entity);
QStringList fields(const QString &entity);
// Why `value` may not be the value of `field` of `entity` (empty when it may). Null clears a field.
QString fieldRefusal(const QString &entity, const QString &field, const QJsonValue &value);
// The field that names the parent record (partner_id, deal_id), empty for partners.
QString parentField(const QString &entity);
QString parentEntity(const QString &entity);
// The local table of an entity and the column that holds its id.
QString table(const QString &entity);
QString idColumn(const QString &entity);

} // namespace entitySchema
} // namespace pd::sync
