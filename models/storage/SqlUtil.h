#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonValue>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace pd::storage::sql {

// Prepares `statement`, binds `values` in order and runs it; the error names the statement's purpose.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values);
// Binds `values` in order to a prepared statement, as exec() binds them, and runs it: for a statement prepared
// once and run many times.
Status run(QSqlQuery &query, const QVariantList &values);

// An error for a failed query, in words a person can read, with SQLite's own text as detail.
Error errorOf(const QSqlQuery &query, const QString &what);

// A field's JSON value as it is bound to SQL, the one rule for every writer of the tables: lists and objects
// as compact JSON text, numbers as whole numbers (the schema keeps no fractions: money in kopecks, rates in
// hundredths of a percent), null as NULL, and a string never as NULL (an empty one stays empty, which a
// NOT NULL column accepts).
QVariant bound(const QJsonValue &value);

// Dates and times as stored: ISO 8601, times in UTC with milliseconds.
QString toStored(const QDateTime &utc);
QDateTime dateTimeFromStored(const QString &text);
QString toStored(const QDate &date);
QDate dateFromStored(const QString &text);

} // namespace pd::storage::sql
