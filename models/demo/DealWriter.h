#pragma once

#include "AuditLog.h"
#include "Deal.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace pd::demo {

// Writes demo deal registrations straight into the store with prepared, bound statements: the deals
// row exactly as DealRepository::create() would store it (its rowValues(), derived index columns
// included), its products, protection extensions and feedback. Optionally one audit entry per deal
// (actor "demo", action "create", the deal's fields); never an outbox mutation. Runs inside the
// caller's transaction.
class DealWriter final
{
public:
    DealWriter(QSqlDatabase db, bool audited);

    Status prepare();
    Status write(const domain::Registration &registration);

    qint64 extensionsWritten() const { return m_extensions; }
    qint64 feedbackWritten() const { return m_feedback; }

private:
    Status run(QSqlQuery &query, const QString &what);

    QSqlDatabase m_db;
    bool m_audited;
    storage::AuditLog m_audit;
    QSqlQuery m_dealInsert;
    QSqlQuery m_productInsert;
    QSqlQuery m_extensionInsert;
    QSqlQuery m_feedbackInsert;
    qint64 m_extensions = 0;
    qint64 m_feedback = 0;
};

} // namespace pd::demo
