#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace pd::storage {

struct FieldChange
{
    QString field;
    QVariant oldValue; // null when the record was created
    QVariant newValue; // null when the record was deleted
};

// One line of a record's history: who did what and when, field by field.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString entity; // "partner", "person", ...
    QString entityId;
    QString parentId; // the partner a person belongs to, so a partner's history includes its people
    QString action;   // "create", "update", "delete"
    QString mutationId;
    QList<FieldChange> changes;
};

// The append-only audit log. Writes happen inside the caller's transaction; one AuditLog keeps its
// insert statement prepared, so a bulk writer appends many entries through one instance.
class AuditLog final
{
public:
    explicit AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

    Status append(const AuditEntry &entry);
    // A partner's history, newest first: its own entries and those of its people.
    Result<QList<AuditEntry>> historyOf(const QString &entityId) const;
    Result<qint64> count() const;

private:
    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_insert;
};

} // namespace pd::storage
