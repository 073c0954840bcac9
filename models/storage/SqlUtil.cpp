#include "SqlUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace pd::storage::sql {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::Sql)
};

} // namespace

QVariant bound(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isDouble())
        return v.toInteger();
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isString())
        return v.toString().isNull() ? QStringLiteral("") : v.toString();
    return v.toVariant();
}

Error errorOf(const QSqlQuery &query, const QString &what)
{
    const QSqlError e = query.lastError();
    return Error{Tr::tr("Could not %1: %2").arg(what, e.databaseText().isEmpty() ? e.text() : e.databaseText()),
                 e.driverText(),
                 {}};
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return errorOf(query, Tr::tr("prepare a database statement"));
    if (Status s = run(query, values); !s)
        return s.error();
    return query;
}

Status run(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // A null QString is an empty text, not SQL NULL: only an invalid QVariant binds NULL.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, v);
    }
    if (!query.exec())
        return errorOf(query, Tr::tr("run a database statement"));
    return {};
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    return exec(db, statement, QVariantList(values));
}

QString toStored(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime dateTimeFromStored(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : dt;
}

QString toStored(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFromStored(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace pd::storage::sql
