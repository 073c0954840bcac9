#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace pd::storage {

// One schema step: the statements that take a database from version `version - 1` to `version`.
struct Migration
{
    int version;
    QStringList statements;
};

namespace migrations {

const QList<Migration> &all();
int latestVersion();
// Applies every step above the database's user_version, each in its own transaction that also
// sets user_version, so a crash leaves the file at a whole version.
Status migrate(const QSqlDatabase &db);

} // namespace migrations
} // namespace pd::storage
