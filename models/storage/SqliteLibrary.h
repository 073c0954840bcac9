#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace pd::storage::sqlitelib {

// PartnerDesk calls SQLite's own API on the handle of Qt's QSQLITE connections (SqliteStatement). That is only
// defined when Qt's driver runs on the very SQLite library the program links: Debian's, vcpkg's and Homebrew's
// Qt do (built with -system-sqlite); Qt's own binary builds compile a private SQLite into the driver, and there
// the same calls would corrupt memory or the file. The build refuses such a Qt (cmake/QtSqliteDriver.cmake);
// this is the same rule checked at run time, where a different Qt may have been put beside the program.

// The entry points of one loaded SQLite library that the check needs.
struct Api
{
    const char *(*sourceId)();
    long long (*softHeapLimit64)(long long);
};

// This program's own SQLite library.
Api programLibrary();

// Whether the open QSQLITE connection `db` runs on the library `api`: the same source (version and check-in)
// and the same instance, seen through a process-wide setting that one library changes and the driver reads
// back. Touches no handle, so it is safe whatever the answer. An error says what differs and what to do.
Status probe(const QSqlDatabase &db, const Api &api);

// probe() against the program's library, decided once per process (the answer cannot change while it runs; a
// query that failed decides nothing and is asked again); SqliteStatement::handleOf() gives no handle until it
// has passed.
Status checkSameLibrary(const QSqlDatabase &db);

} // namespace pd::storage::sqlitelib
