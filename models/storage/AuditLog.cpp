#include "AuditLog.h"

#include "SqlUtil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd::storage {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::AuditLog)
};

QJsonObject encode(const QList<FieldChange> &changes)
{
    QJsonObject obj;
    for (const FieldChange &c : changes) {
        QJsonObject change;
        change.insert(QStringLiteral("old"), QJsonValue::fromVariant(c.oldValue));
        change.insert(QStringLiteral("new"), QJsonValue::fromVariant(c.newValue));
        obj.insert(c.field, change);
    }
    return obj;
}

QList<FieldChange> decode(const QString &json)
{
    QList<FieldChange> changes;
    const QJsonObject obj = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QJsonObject change = it.value().toObject();
        changes.append({it.key(), change.value(QStringLiteral("old")).toVariant(),
                        change.value(QStringLiteral("new")).toVariant()});
    }
    return changes;
}

} // namespace

Status AuditLog::append(const AuditEntry &e)
{
    if (!m_insert) {
        QSqlQuery q(m_db);
        if (!q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, parent_id, action, "
                                      "mutation_id, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
            return sql::errorOf(q, Tr::tr("prepare the audit log"));
        m_insert = std::move(q);
    }
    QSqlQuery &q = *m_insert;
    q.addBindValue(sql::toStored(e.at));
    q.addBindValue(e.actor.isNull() ? QStringLiteral("") : e.actor);
    q.addBindValue(e.entity);
    q.addBindValue(e.entityId);
    q.addBindValue(e.parentId.isEmpty() ? QVariant() : QVariant(e.parentId));
    q.addBindValue(e.action);
    q.addBindValue(e.mutationId.isEmpty() ? QVariant() : QVariant(e.mutationId));
    q.addBindValue(QString::fromUtf8(QJsonDocument(encode(e.changes)).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return sql::errorOf(q, Tr::tr("write the audit log"));
    return {};
}

Result<QList<AuditEntry>> AuditLog::historyOf(const QString &entityId) const
{
    auto q =
        sql::exec(m_db,
                  QStringLiteral("SELECT id, at, actor, entity, entity_id, parent_id, action, mutation_id, changes "
                                 "FROM audit_log WHERE entity_id = ? OR parent_id = ? ORDER BY id DESC"),
                  {entityId, entityId});
    if (!q)
        return q.error();
    QList<AuditEntry> entries;
    QSqlQuery &r = q.value();
    while (r.next()) {
        AuditEntry e;
        e.id = r.value(0).toLongLong();
        e.at = sql::dateTimeFromStored(r.value(1).toString());
        e.actor = r.value(2).toString();
        e.entity = r.value(3).toString();
        e.entityId = r.value(4).toString();
        e.parentId = r.value(5).toString();
        e.action = r.value(6).toString();
        e.mutationId = r.value(7).toString();
        e.changes = decode(r.value(8).toString());
        entries.append(std::move(e));
    }
    return entries;
}

Result<qint64> AuditLog::count() const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

} // namespace pd::storage
