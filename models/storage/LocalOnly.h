#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd::storage {

// Records that stay on this computer: a demo's records, and whatever is added under them (a deal of a
// demo partner is as made up as the partner). Their changes are audited but never queued for sync, and
// the first sync does not upload them.
class LocalOnly final
{
public:
    explicit LocalOnly(QSqlDatabase db) : m_db(std::move(db)) {}

    // Every partner, person, deal, course and the records under them now in the database (a demo just
    // written into a file without partners); the program's rules are not the demo's.
    Status markEverything();
    Result<qint64> count() const;

    // Whether a change of this record stays here: the record is kept local, or the record it belongs to
    // is (`parentId`, or the parent field of `fields`). A new record under a local one is marked too.
    Result<bool> keeps(const QString &entity, const QString &id, const QString &parentId, const QJsonObject &fields);

private:
    QSqlDatabase m_db;
    std::optional<bool> m_any; // whether the table has rows: most databases have none, and need no lookups
};

} // namespace pd::storage
