#include "Database.h"

#include "Backups.h"
#include "Migrations.h"
#include "Quarantine.h"
#include "SqlUtil.h"
#include "SqliteLibrary.h"
#include "SqliteStatement.h"

#include <Version.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

namespace pd::storage {
namespace {

Q_LOGGING_CATEGORY(lcStorage, "partnerdesk.storage")

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::Database)
};

// Why a file cannot be opened as it is.
struct Inspection
{
    // Unreadable: SQLite could not read it for a reason other than damage (a disk error, a lock).
    enum class Verdict
    {
        Sound,
        Damaged,
        Unreadable,
        Foreign,
        Newer
    } verdict = Verdict::Sound;
    QString reason;
    int userVersion = 0;
};

// quick_check reads the whole file: about 1.5 s per GB here. It runs at every open of a file up to
// this size, and of any file whose last session did not close cleanly (a write-ahead log was left).
constexpr qint64 kQuickCheckMaxBytes = 512LL * 1024 * 1024;

bool wantsQuickCheck(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return QFileInfo(path).size() <= kQuickCheckMaxBytes || (wal.exists() && wal.size() > 0);
}

Inspection inspect(const QSqlDatabase &db, bool quickCheck)
{
    Inspection result;
    QSqlQuery q(db);
    if (!q.exec(quickCheck ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA schema_version"))) {
        // Only SQLite's own verdict makes a file damaged; a file it cannot get at is left as it is.
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
        result.verdict = code == SQLITE_CORRUPT || code == SQLITE_NOTADB ? Inspection::Verdict::Damaged
                                                                         : Inspection::Verdict::Unreadable;
        result.reason = q.lastError().databaseText();
        return result;
    }
    QStringList problems;
    while (quickCheck && q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok") && problems.size() < 5)
            problems.append(line);
    }
    if (!problems.isEmpty()) {
        result.verdict = Inspection::Verdict::Damaged;
        result.reason = problems.join(QLatin1String("; "));
        return result;
    }
    auto pragmaInt = [&db](const QString &pragma) -> std::optional<qint64> {
        QSqlQuery p(db);
        if (!p.exec(pragma) || !p.next())
            return std::nullopt;
        return p.value(0).toLongLong();
    };
    const auto appId = pragmaInt(QStringLiteral("PRAGMA application_id"));
    const auto version = pragmaInt(QStringLiteral("PRAGMA user_version"));
    const auto tables = pragmaInt(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!appId || !version || !tables) {
        result.verdict = Inspection::Verdict::Damaged;
        result.reason = Tr::tr("its header cannot be read");
        return result;
    }
    result.userVersion = static_cast<int>(*version);
    if ((*appId != 0 && *appId != Database::kApplicationId) || (*appId == 0 && *tables > 0)) {
        result.verdict = Inspection::Verdict::Foreign;
        return result;
    }
    if (*version > migrations::latestVersion())
        result.verdict = Inspection::Verdict::Newer;
    return result;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// SQLite keeps its write-ahead log and shared-memory files beside the database, and backups go there too:
// a database is only usable in a folder that can be written to.
Error readOnlyFolder(const QString &folder)
{
    return Error{Tr::tr("Cannot write to the folder %1 (it is read-only).").arg(native(folder)),
                 Tr::tr("PartnerDesk keeps its log and backups beside the database. Make the folder writable, or "
                        "choose a database in a folder you can write to. Nothing was written."),
                 {}};
}

// Windows opens paths of up to 259 characters unless a program and the system both opt in to more, and
// SQLite adds up to 8 ("-journal") for the files it keeps beside the database: a longer path would fail
// later, one file at a time, so it is refused before anything is made.
constexpr qsizetype kWindowsMaxPath = 259 - 8;

Error pathTooLong(const QString &path)
{
    return Error{Tr::tr("The path of the database is %1 characters long; Windows opens files only up to %2.")
                     .arg(native(path).size())
                     .arg(kWindowsMaxPath),
                 Tr::tr("Move the database to a folder with a shorter path (for example C:\\PartnerDesk) and open "
                        "it there. Nothing was created: %1")
                     .arg(native(path)),
                 {}};
}

Error readOnlyFile(const QString &path)
{
    return Error{Tr::tr("The database file %1 is read-only.").arg(native(path)),
                 Tr::tr("Make the file writable, or copy it to a folder you can write to and open the copy. "
                        "Nothing was written."),
                 {}};
}

// The nearest folder on the way up from `folder` that exists.
QString nearestExisting(QString folder)
{
    while (!QFileInfo::exists(folder) && !QFileInfo(folder).isRoot())
        folder = QFileInfo(folder).absolutePath();
    return folder;
}

// Closes a file that is refused as it is: the write-ahead log is not checkpointed into it on closing.
void closeUntouched(QSqlDatabase &db)
{
    if (sqlite3 *handle = SqliteStatement::handleOf(db))
        sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    db.close();
}

Status applyPragmas(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error{Tr::tr("Could not switch the database to write-ahead logging."), q.lastError().text(), {}};
    for (const QString &pragma :
         {QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA foreign_keys = ON")}) {
        if (!q.exec(pragma))
            return sql::errorOf(q, Tr::tr("configure the database"));
    }
    return {};
}

} // namespace

int Database::currentSchemaVersion()
{
    return migrations::latestVersion();
}

bool Database::windowsPathTooLong(const QString &path)
{
#ifdef Q_OS_WIN
    return native(path).size() > kWindowsMaxPath;
#else
    Q_UNUSED(path);
    return false;
#endif
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('/')
           + QLatin1String(version::productName) + QStringLiteral("/partnerdesk.db");
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    if (path.isEmpty())
        return Error{Tr::tr("No database file was given."), {}, {}};
    const QFileInfo info(path);
    if (Database::windowsPathTooLong(path))
        return pathTooLong(path);
    if (!info.exists()) {
        if (mode == Mode::OpenExisting)
            return Error{Tr::tr("There is no database at %1.").arg(native(path)),
                         Tr::tr("Check the path, or create a database there first."),
                         {}};
        if (!QDir().mkpath(info.absolutePath())) {
            const QString existing = nearestExisting(info.absolutePath());
            if (!QFileInfo(existing).isWritable())
                return readOnlyFolder(existing);
            return Error{Tr::tr("Could not create the folder %1 for the database.").arg(native(info.absolutePath())),
                         Tr::tr("Check that the folder can be written to."),
                         {}};
        }
    } else if (info.isDir()) {
        return Error{Tr::tr("%1 is a folder, not a database file.").arg(native(path)), {}, {}};
    }
    if (!QFileInfo(info.absolutePath()).isWritable())
        return readOnlyFolder(info.absolutePath());
    if (info.exists() && !info.isWritable())
        return readOnlyFile(path);

    const QString connectionName = QStringLiteral("partnerdesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), connectionName));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error{Tr::tr("Could not open the database %1: %2").arg(native(path), db.lastError().text()), {}, {}};
    if (Status same = sqlitelib::checkSameLibrary(db); !same) {
        closeUntouched(db);
        return same.error();
    }
    // SQLite falls back to reading a file it cannot write (its permissions, a read-only disk); every
    // write would then fail halfway through the work, so the file is refused now.
    if (sqlite3 *handle = SqliteStatement::handleOf(db); handle && sqlite3_db_readonly(handle, "main") == 1) {
        closeUntouched(db);
        return readOnlyFile(path);
    }

    const Inspection found = inspect(db, !info.exists() || wantsQuickCheck(info.absoluteFilePath()));
    switch (found.verdict) {
    case Inspection::Verdict::Damaged: {
        closeUntouched(db);
        const auto copy = quarantine::copyAside(info.absoluteFilePath());
        qCWarning(lcStorage) << "damaged database" << path << found.reason
                             << (copy && !copy->madeNow ? "copied earlier to" : "copied to")
                             << (copy ? copy->path : QString());
        const auto backup = backups::newestGood(info.absoluteFilePath());
        const QString restore =
            backup ? Tr::tr("The newest good backup is %1, made %2 (%3); restore it with File → Restore from Backup "
                            "or `partnerdesk-cli restore`.")
                         .arg(QDir::toNativeSeparators(backup->path),
                              QLocale().toString(backup->madeAt.toLocalTime(), QLocale::ShortFormat),
                              backups::describe(backup->contents))
                   : Tr::tr("There is no good backup of it in %1.").arg(native(backups::folderFor(path)));
        return Error{Tr::tr("The database %1 is damaged (%2).").arg(native(path), found.reason),
                     (!copy ? Tr::tr("No copy could be saved; the file was left untouched. "
                                     "Keep it: it may hold work that has not been synced.")
                      : copy->madeNow
                          ? Tr::tr("A copy was saved as %1 and the original was left untouched. "
                                   "Open a backup or start a new database.")
                                .arg(copy->path)
                          : Tr::tr("A copy of it as it is now was saved as %1 at an earlier opening, so no other copy "
                                   "was made; the original was left untouched. Open a backup or start a new database.")
                                .arg(copy->path))
                         + QLatin1Char('\n') + restore,
                     {}};
    }
    case Inspection::Verdict::Unreadable:
        closeUntouched(db);
        return Error{Tr::tr("Could not read the database %1 (%2).").arg(native(path), found.reason),
                     Tr::tr("It was left untouched. Check that the file and its disk can be read, then try again."),
                     {}};
    case Inspection::Verdict::Foreign:
        closeUntouched(db);
        return Error{Tr::tr("%1 is not a PartnerDesk database.").arg(native(path)),
                     Tr::tr("It was left untouched. Choose a PartnerDesk database file or create a new one."),
                     {}};
    case Inspection::Verdict::Newer:
        closeUntouched(db);
        return Error{Tr::tr("The database %1 was written by a newer version of PartnerDesk (schema version %2; "
                            "this version understands up to %3).")
                         .arg(native(path))
                         .arg(found.userVersion)
                         .arg(migrations::latestVersion()),
                     Tr::tr("It was left untouched. Update PartnerDesk to open it."),
                     {}};
    case Inspection::Verdict::Sound:
        break;
    }

    if (Status s = applyPragmas(db); !s)
        return s.error();
    if (Status s = migrations::migrate(db); !s)
        return Error{Tr::tr("Could not bring the database %1 up to date.").arg(native(path)), s.error().text(), {}};
    return database;
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    return open(m_path, Mode::OpenExisting);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Database::verify() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sql::errorOf(q, Tr::tr("check the database"));
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (!problems.isEmpty())
        return Error{Tr::tr("The database %1 failed its integrity check.").arg(native(m_path)),
                     problems.mid(0, 10).join(QLatin1Char('\n')),
                     {}};
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sql::errorOf(q, Tr::tr("check the database's references"));
    if (q.next())
        return Error{Tr::tr("The database %1 has records that refer to missing records (table %2, row %3).")
                         .arg(native(m_path), q.value(0).toString(), q.value(1).toString()),
                     {},
                     {}};
    const int version = schemaVersion();
    if (version != migrations::latestVersion())
        return Error{Tr::tr("The database %1 has schema version %2; expected %3.")
                         .arg(native(m_path))
                         .arg(version)
                         .arg(migrations::latestVersion()),
                     {},
                     {}};
    return {};
}

Transaction::Transaction(const QSqlDatabase &db) : m_db(db)
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        qCWarning(lcStorage) << "could not begin a transaction:" << q.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return Error{Tr::tr("Could not save: no transaction is open."), {}, {}};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        return sql::errorOf(q, Tr::tr("save the changes"));
    m_active = false;
    return {};
}

} // namespace pd::storage
