#include "SqliteLibrary.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <optional>

namespace pd::storage::sqlitelib {
namespace {

Q_LOGGING_CATEGORY(lcSqliteLibrary, "partnerdesk.storage.sqlite")

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::SqliteLibrary)
};

QString versionOf(const char *sourceId)
{
    // "2022-12-28 14:03:47 df5c253c0b3dd24916e4ec7cf77d3db5294cc9fd45ae7b9c5e82ad8197f3alt1": date, time, check-in.
    return QString::fromLatin1(sourceId).section(QLatin1Char(' '), 0, 2);
}

Error twoLibraries(const QString &what)
{
    return Error{Tr::tr("This copy of PartnerDesk cannot open databases safely: %1.").arg(what),
                 Tr::tr("Qt's SQLite driver must use the same SQLite library as PartnerDesk (a Qt built with "
                        "-system-sqlite, as Debian's, vcpkg's and Homebrew's are). Reinstall PartnerDesk from its "
                        "installer; the database was not touched."),
                 {}};
}

} // namespace

Api programLibrary()
{
    return Api{&sqlite3_sourceid, &sqlite3_soft_heap_limit64};
}

namespace {

// The probe's answer, and whether it says something about the libraries (a failed query says nothing).
struct Verdict
{
    Status status;
    bool decided = true;
};

Verdict decide(const QSqlDatabase &db, const Api &api)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_source_id()")) || !q.next())
        return {Error{Tr::tr("Could not ask the database driver for its SQLite version."), {}, {}}, false};
    const QString driverSource = q.value(0).toString();
    const QString programSource = QString::fromLatin1(api.sourceId());
    if (driverSource != programSource)
        return {twoLibraries(Tr::tr("its database driver uses SQLite %1 and the program SQLite %2")
                                 .arg(versionOf(driverSource.toLatin1().constData()), versionOf(api.sourceId())))};

    // The same source can still be two copies (a private one compiled into the driver). The soft heap limit
    // is one value per library: set a distinctive one through `api` and read it back through the driver.
    const long long before = api.softHeapLimit64(-1);
    const long long marker = before > 0 ? before + 4099 : (Q_INT64_C(1) << 40) + 4099; // 1 TiB: never reached
    api.softHeapLimit64(marker);
    const bool read = q.exec(QStringLiteral("PRAGMA soft_heap_limit")) && q.next();
    const long long seen = read ? q.value(0).toLongLong() : -1;
    api.softHeapLimit64(before);
    if (!read)
        return {Error{Tr::tr("Could not ask the database driver for its SQLite settings."), {}, {}}, false};
    if (seen != marker)
        return {twoLibraries(Tr::tr("its database driver has a SQLite library of its own, beside the program's "
                                    "(both %1)")
                                 .arg(versionOf(api.sourceId())))};
    return {};
}

} // namespace

Status probe(const QSqlDatabase &db, const Api &api)
{
    return decide(db, api).status;
}

Status checkSameLibrary(const QSqlDatabase &db)
{
    static QMutex mutex;
    static std::optional<Status> known;
    const QMutexLocker lock(&mutex);
    if (!known) {
        Verdict v = decide(db, programLibrary());
        if (!v.decided)
            return v.status; // nothing learnt about the libraries: ask again on the next connection
        if (!v.status)
            qCCritical(lcSqliteLibrary) << "refusing SQLite's own API on Qt's connections:" << v.status.error().text();
        known = std::move(v.status);
    }
    return *known;
}

} // namespace pd::storage::sqlitelib
