#pragma once

#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace pd::demo {

// For a bulk insert inside one transaction: drops the secondary indexes and triggers of some tables and
// later re-creates them from the SQL the database itself stored for them, then rebuilds the external-
// content full-text indexes those triggers maintained. Sorting a million keys once is several times
// faster than a million random inserts into each index. The schema is read, never restated here, so the
// indexes come back exactly as the migrations made them; inside the caller's transaction a failure or a
// cancel rolls the drop back with everything else.
class DeferredIndexes final
{
public:
    explicit DeferredIndexes(QSqlDatabase db);

    Status drop(const QStringList &tables);
    Status restore();

private:
    struct Object
    {
        QString type; // "index" or "trigger"
        QString name;
        QString sql;
    };

    // The table behind a full-text index's content option: the table itself, or the one a view reads.
    QString contentTable(const QString &content) const;

    QSqlDatabase m_db;
    QList<Object> m_dropped;
    QStringList m_tables;
};

} // namespace pd::demo
