#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace pd::sync {

// The JSON type a synced field must have on the wire.
enum class FieldType
{
    String,
    Integer,
    StringArray,
    Object,
    ObjectArray
};

// The form a text field's value must have when it is not empty.
enum class TextForm
{
    Any,
    Date, // yyyy-MM-dd
    Time, // ISO 8601 date and time, as the client stores them (2024-05-17T09:30:00.000Z)
};

// One synced field as the client's local table keeps it (models/storage/Migrations.cpp): the server takes
// no value that a client could not store. `required`: the column is NOT NULL without a default, so a record
// needs a value; `allowed`: the column's CHECK (col IN (...)), the keys of the domain's enum; `range`: its
// CHECK (col BETWEEN low AND high).
struct FieldSpec
{
    QString name;
    FieldType type = FieldType::String;
    bool required = false;
    QStringList allowed;
    std::optional<std::pair<qint64, qint64>> range;
    TextForm form = TextForm::Any;
};

// A value that may not be stored, the field it was sent in, and why (English, for logs and scripts).
struct FieldProblem
{
    QString field;
    QJsonValue value;
    QString reason;
};

// The entities and fields that sync: the protocol refuses anything not listed here. The field keys
// are those of PartnerRepository::toFields and DealRows::fields.
namespace entitySchema {

QStringList entities();
bool isEntity(const QString &entity);
QStringList fields(const QString &entity);
QList<FieldSpec> fieldSpecs(const QString &entity);
// Why `value` may not be the value of `field` of `entity` (empty when it may). Null clears a field.
QString fieldRefusal(const QString &entity, const QString &field, const QJsonValue &value);
// The first value of a record that a client could not store: one outside its field's type, keys, range or
// form, or text (nested ones and object keys included) with a NUL or a lone UTF-16 surrogate. With `whole`,
// `fields` is the entire record and a required field that is absent or null is one too. nullopt: none.
std::optional<FieldProblem> recordProblem(const QString &entity, const QJsonObject &fields, bool whole);
// The first required field of the entire record `fields` that is absent or null; nullopt: none.
std::optional<FieldProblem> missingRequired(const QString &entity, const QJsonObject &fields);
// Whether text holds a character no client keeps as it is: NUL, or a UTF-16 surrogate without its pair.
bool hasForbiddenCharacters(const QString &text);
// The text with those characters written out as JSON escapes (\u0000, \ud800), safe to show and to store.
QString escapeForbiddenCharacters(const QString &text);
// The field that names the parent record (partner_id, deal_id), empty for partners.
QString parentField(const QString &entity);
QString parentEntity(const QString &entity);
// The local table of an entity and the column that holds its id.
QString table(const QString &entity);
QString idColumn(const QString &entity);

} // namespace entitySchema
} // namespace pd::sync
