#pragma once

#include "AuditLog.h"
#include "Partner.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace pd::demo {

// Writes demo partners and their people straight into the store with prepared, bound statements,
// each record with its audit entry (actor "demo", action "create") and, on purpose, no outbox
// mutation: demo data must never reach a team server. The rows look exactly as PartnerRepository
// would store them. Runs inside the caller's transaction.
class DemoWriter final
{
public:
    explicit DemoWriter(QSqlDatabase db);

    Status prepare();
    Status write(const domain::Partner &partner);
    // One more person of a partner already written, at the given place in its list.
    Status writePerson(const domain::Partner &partner, const domain::Person &person, int sortOrder);

private:
    Status insert(QSqlQuery &query, const QVariantList &values);

    QSqlDatabase m_db;
    storage::AuditLog m_audit;
    QSqlQuery m_partnerInsert;
    QSqlQuery m_personInsert;
    QStringList m_partnerColumns;
    QStringList m_personColumns;
};

} // namespace pd::demo
