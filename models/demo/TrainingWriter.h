#pragma once

#include "AuditLog.h"
#include "Result.h"
#include "Training.h"
#include "TierEngine.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace pd::demo {

// Writes demo training records straight into the store with prepared, bound statements, each row as
// TrainingRepository stores it (migration 3 columns) with its audit entry (actor "demo", action
// "create") and no outbox mutation. Runs inside the caller's transaction.
class TrainingWriter final
{
public:
    explicit TrainingWriter(QSqlDatabase db);

    Status prepare();
    Status write(const domain::Course &course, const QDateTime &at);
    Status write(const domain::Enrollment &enrollment, const QString &partnerId);
    Status write(const domain::Certificate &certificate);
    Status write(const domain::CompatCertification &compat);

private:
    Status insert(QSqlQuery &query, const QString &entity, const QString &id, const QString &parentId,
                  const QJsonObject &fields, const QDateTime &at);

    QSqlDatabase m_db;
    storage::AuditLog m_audit;
    QSqlQuery m_courseInsert;
    QSqlQuery m_enrollmentInsert;
    QSqlQuery m_certificateInsert;
    QSqlQuery m_compatInsert;
};

} // namespace pd::demo
