#pragma once

#include "AuditLog.h"
#include "LocalOnly.h"
#include "Outbox.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

namespace pd::storage {

// What a change did to a record. The audit log stores it as text (actionText); a delete queues a delete
// mutation, the others an upsert.
enum class ChangeAction
{
    Create,
    Update,
    Delete
};
QString actionText(ChangeAction action);

// Records one record's change inside the caller's transaction: the outbox mutation and the audit
// entry that names it (a record kept on this computer, LocalOnly, gets the audit entry alone). Every
// repository writes its changes through one of these.
class ChangeRecorder final
{
public:
    ChangeRecorder(const QSqlDatabase &db, QDateTime now, QString actor);

    Status record(const QString &entity, const QString &id, const QString &parentId, ChangeAction action,
                  qint64 baseVersion, const QJsonObject &outboxFields, const QList<FieldChange> &changes);

    const QDateTime &now() const { return m_now; }

    // Field-by-field differences between two field sets, and a whole record created or deleted.
    static QList<FieldChange> diff(const QJsonObject &before, const QJsonObject &after);
    static QList<FieldChange> created(const QJsonObject &fields);
    static QList<FieldChange> deleted(const QJsonObject &fields);

private:
    AuditLog m_audit;
    Outbox m_outbox;
    LocalOnly m_localOnly;
    QDateTime m_now;
    QString m_actor;
};

} // namespace pd::storage
