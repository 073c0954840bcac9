#pragma once

#include "Result.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace pd::storage::sql {

// Prepares `statement`, binds `values` in order and runs it; the error names the statement's purpose.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values);

// An error for a failed query, in words a person can read, with SQLite's own text as detail.
Error errorOf(const QSqlQuery &query, const QString &what);

// Dates and times as stored: ISO 8601, times in UTC with milliseconds.
QString toStored(const QDateTime &utc);
QDateTime dateTimeFromStored(const QString &text);
QString toStored(const QDate &date);
QDate dateFromStored(const QString &text);

} // namespace pd::storage::sql
