#include "ChangeRecorder.h"

namespace pd::storage {

QString actionText(ChangeAction action)
{
    switch (action) {
    case ChangeAction::Create:
        return QStringLiteral("create");
    case ChangeAction::Update:
        return QStringLiteral("update");
    case ChangeAction::Delete:
        return QStringLiteral("delete");
    }
    return QStringLiteral("update");
}

ChangeRecorder::ChangeRecorder(const QSqlDatabase &db, QDateTime now, QString actor)
    : m_audit(db), m_outbox(db), m_localOnly(db), m_now(std::move(now)), m_actor(std::move(actor))
{}

Status ChangeRecorder::record(const QString &entity, const QString &id, const QString &parentId, ChangeAction action,
                              qint64 baseVersion, const QJsonObject &outboxFields, const QList<FieldChange> &changes)
{
    auto local = m_localOnly.keeps(entity, id, parentId, outboxFields);
    if (!local)
        return local.error();
    if (local.value())
        return m_audit.append(AuditEntry{0, m_now, m_actor, entity, id, parentId, actionText(action), {}, changes});
    const QString op = action == ChangeAction::Delete ? QStringLiteral("delete") : QStringLiteral("upsert");
    auto mutation = m_outbox.enqueue(entity, id, op, baseVersion, outboxFields, m_now);
    if (!mutation)
        return mutation.error();
    return m_audit.append(
        AuditEntry{0, m_now, m_actor, entity, id, parentId, actionText(action), mutation.value(), changes});
}

QList<FieldChange> ChangeRecorder::diff(const QJsonObject &before, const QJsonObject &after)
{
    QList<FieldChange> changes;
    for (auto it = after.begin(); it != after.end(); ++it) {
        const QJsonValue old = before.value(it.key());
        if (old != it.value())
            changes.append({it.key(), old.toVariant(), it.value().toVariant()});
    }
    return changes;
}

QList<FieldChange> ChangeRecorder::created(const QJsonObject &fields)
{
    QList<FieldChange> changes;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        changes.append({it.key(), QVariant(), it.value().toVariant()});
    return changes;
}

QList<FieldChange> ChangeRecorder::deleted(const QJsonObject &fields)
{
    QList<FieldChange> changes;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        changes.append({it.key(), it.value().toVariant(), QVariant()});
    return changes;
}

} // namespace pd::storage
