#pragma once

#include "AuditLog.h"
#include "Deal.h"
#include "DealRows.h"
#include "Result.h"

#include <QSqlDatabase>

namespace pd::demo {

// Writes demo deal registrations straight into the store through storage::DealRows, as DealRepository
// stores them: the deals row (derived index columns included), its products, protection extensions and
// feedback. Unlike DealRepository it never queues an outbox mutation and leaves the competing pairs to
// one rebuild after the last deal (DemoData); optionally one audit entry per deal (actor "demo", action
// "create", the deal's fields). Runs inside the caller's transaction.
class DealWriter final
{
public:
    DealWriter(QSqlDatabase db, bool audited);

    Status write(const domain::Registration &registration);

    qint64 extensionsWritten() const { return m_extensions; }
    qint64 feedbackWritten() const { return m_feedback; }

private:
    bool m_audited;
    storage::AuditLog m_audit;
    storage::DealRows m_rows;
    qint64 m_extensions = 0;
    qint64 m_feedback = 0;
};

} // namespace pd::demo
