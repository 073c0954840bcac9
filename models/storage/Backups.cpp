#include "Backups.h"

#include "Database.h"
#include "Migrations.h"

#include <Version.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <limits>
#include <memory>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace pd::storage::backups {
namespace {

Q_LOGGING_CATEGORY(lcBackups, "partnerdesk.storage.backups", QtWarningMsg)

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::Backups)
};

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");
const QLatin1String kDailyKey("backups/daily");
const QLatin1String kWeeklyKey("backups/weekly");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// The app's own settings file, also when partnerdesk-cli (another application name) reads it.
std::unique_ptr<QSettings> appSettings()
{
    return std::make_unique<QSettings>(QLatin1String(version::organizationName), QLatin1String(version::productName));
}

std::optional<Reason> reasonFromName(const QString &name)
{
    for (Reason r : {Reason::Manual, Reason::Daily, Reason::Upgrade, Reason::Import, Reason::Resync}) {
        if (reasonName(r) == name)
            return r;
    }
    return std::nullopt;
}

// `<base>-yyyyMMdd-HHmmss[-n]-<reason>.db`; the base is the data file's name without its last suffix.
QRegularExpression namePattern(const QString &databasePath)
{
    return QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(QFileInfo(databasePath).completeBaseName())
                              + QStringLiteral(R"(-(\d{8}-\d{6})(?:-(\d+))?-([a-z]+)\.db$)"));
}

Error folderError(const QString &folder, const QString &detail)
{
    return Error{Tr::tr("Could not make a backup in the folder %1.").arg(native(folder)),
                 (detail.isEmpty() ? QString() : detail + QLatin1Char('\n'))
                     + Tr::tr("Check that the folder can be written to and that the disk has free space. "
                              "Your data was not changed."),
                 {}};
}

// A connection of its own to a file, closed and removed when it goes out of scope.
class ScopedConnection final
{
public:
    ScopedConnection(const QString &path, const QString &options)
        : m_name(QStringLiteral("partnerdesk-backup-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    bool isOpen() const { return m_open; }
    const QString &error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

std::optional<qint64> scalar(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

// `<stem>-<reason>.db`, or `<stem>-2-<reason>.db`... when a backup of that second and reason exists.
QString uniquePath(const QString &stem, const QString &reason)
{
    QString path = stem + QLatin1Char('-') + reason + QStringLiteral(".db");
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".part")); ++n)
        path = stem + QStringLiteral("-%1-").arg(n) + reason + QStringLiteral(".db");
    return path;
}

// SQLite does not sync a file that VACUUM INTO wrote; a backup is named only once it is on the disk.
bool syncToDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_WIN
    return ::_commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

} // namespace

Policy Policy::fromSettings()
{
    const auto settings = appSettings();
    Policy p;
    p.daily = std::clamp(settings->value(kDailyKey, kDefaultDaily).toInt(), 1, 365);
    p.weekly = std::clamp(settings->value(kWeeklyKey, kDefaultWeekly).toInt(), 0, 520);
    return p;
}

void Policy::save() const
{
    const auto settings = appSettings();
    settings->setValue(kDailyKey, daily);
    settings->setValue(kWeeklyKey, weekly);
}

QString folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/backups");
}

QString reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Manual:
        return QStringLiteral("manual");
    case Reason::Daily:
        return QStringLiteral("daily");
    case Reason::Upgrade:
        return QStringLiteral("upgrade");
    case Reason::Import:
        return QStringLiteral("import");
    case Reason::Resync:
        return QStringLiteral("resync");
    }
    return QStringLiteral("manual");
}

QString reasonText(Reason reason)
{
    switch (reason) {
    case Reason::Manual:
        return Tr::tr("made by hand");
    case Reason::Daily:
        return Tr::tr("daily");
    case Reason::Upgrade:
        return Tr::tr("before an upgrade");
    case Reason::Import:
        return Tr::tr("before an import");
    case Reason::Resync:
        return Tr::tr("before a full resync");
    }
    return {};
}

QString describe(const Contents &contents)
{
    const auto n = [](qint64 count) {
        return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    };
    QStringList parts;
    if (contents.partners >= 0)
        parts.append(Tr::tr("%Ln partner(s)", nullptr, n(contents.partners)));
    if (contents.deals >= 0)
        parts.append(Tr::tr("%Ln deal(s)", nullptr, n(contents.deals)));
    if (contents.unsent > 0)
        parts.append(Tr::tr("%Ln unsent change(s)", nullptr, n(contents.unsent)));
    if (contents.schemaVersion >= 0)
        parts.append(Tr::tr("schema %1").arg(contents.schemaVersion));
    return parts.join(QStringLiteral(", "));
}

void check(Backup &backup)
{
    backup.checked = true;
    backup.problem.clear();
    backup.contents = {};
    const QFileInfo info(backup.path);
    if (!info.isFile() || !info.isReadable()) {
        backup.problem = Tr::tr("the file cannot be read");
        return;
    }
    backup.size = info.size();
    ScopedConnection c(backup.path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!c.isOpen()) {
        backup.problem = c.error();
        return;
    }
    const QSqlDatabase db = c.db();
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
            backup.problem = q.lastError().databaseText();
            return;
        }
        QStringList problems;
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok") && problems.size() < 3)
                problems.append(line);
        }
        if (!problems.isEmpty()) {
            backup.problem = problems.join(QStringLiteral("; "));
            return;
        }
    }
    const auto appId = scalar(db, QStringLiteral("PRAGMA application_id"));
    const auto version = scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!appId || !version) {
        backup.problem = Tr::tr("its header cannot be read");
        return;
    }
    if (*appId != Database::kApplicationId || *version < 1) {
        backup.problem = Tr::tr("it is not a PartnerDesk database");
        return;
    }
    backup.contents.schemaVersion = int(*version);
    if (*version > migrations::latestVersion()) {
        backup.problem = Tr::tr("it was made by a newer version of PartnerDesk (schema %1)").arg(*version);
        return;
    }
    backup.contents.partners = scalar(db, QStringLiteral("SELECT count(*) FROM partners")).value_or(-1);
    backup.contents.deals = scalar(db, QStringLiteral("SELECT count(*) FROM deals")).value_or(-1);
    backup.contents.unsent = scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).value_or(-1);
}

QList<Backup> list(const QString &databasePath, bool checkEach)
{
    const QRegularExpression pattern = namePattern(databasePath);
    const QDir folder(folderFor(databasePath));
    QList<Backup> found;
    const QFileInfoList files = folder.entryInfoList({QStringLiteral("*.db")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch m = pattern.match(file.fileName());
        if (!m.hasMatch())
            continue;
        const auto reason = reasonFromName(m.captured(3));
        QDateTime madeAt = QDateTime::fromString(m.captured(1), kStampFormat);
        if (!reason || !madeAt.isValid())
            continue;
        madeAt.setTimeZone(QTimeZone::utc());
        // Two backups in one second: `-2`, `-3`... come after the first.
        madeAt = madeAt.addMSecs(m.captured(2).isEmpty() ? 0 : m.captured(2).toInt());
        Backup b;
        b.path = file.absoluteFilePath();
        b.madeAt = madeAt;
        b.reason = *reason;
        b.size = file.size();
        found.append(b);
    }
    std::sort(found.begin(), found.end(), [](const Backup &a, const Backup &b) { return a.madeAt > b.madeAt; });
    if (checkEach) {
        for (Backup &b : found)
            check(b);
    }
    return found;
}

std::optional<Backup> newestGood(const QString &databasePath)
{
    for (Backup &b : list(databasePath, false)) {
        check(b);
        if (b.isGood())
            return b;
    }
    return std::nullopt;
}

QList<Backup> kept(QList<Backup> backups, const Policy &policy)
{
    std::sort(backups.begin(), backups.end(), [](const Backup &a, const Backup &b) { return a.madeAt > b.madeAt; });
    QList<Backup> keep;
    QSet<QDate> days;
    QSet<int> weeks;
    QDate oldestDay;
    for (const Backup &b : backups) {
        const QDate day = b.madeAt.toUTC().date();
        if (days.contains(day))
            continue; // a newer backup of that day is kept
        if (days.size() < policy.daily) {
            days.insert(day);
            oldestDay = day;
            keep.append(b);
            continue;
        }
        int year = 0;
        const int week = day.weekNumber(&year) + year * 100;
        if (weeks.contains(week) || weeks.size() >= policy.weekly)
            continue;
        weeks.insert(week);
        keep.append(b);
    }
    return keep;
}

Result<int> rotate(const QString &databasePath, const Policy &policy, const QString &justMade)
{
    QList<Backup> all = list(databasePath, false);
    // The backup just made is the newest, also beside another of the same second.
    for (Backup &b : all) {
        if (b.path == justMade && !all.isEmpty())
            b.madeAt = all.constFirst().madeAt.addMSecs(1);
    }
    QSet<QString> keep;
    for (const Backup &b : kept(all, policy))
        keep.insert(b.path);
    int removed = 0;
    QStringList failed;
    for (const Backup &b : all) {
        if (keep.contains(b.path))
            continue;
        if (QFile::remove(b.path))
            ++removed;
        else
            failed.append(native(b.path));
    }
    if (!failed.isEmpty())
        return Error{Tr::tr("Could not remove old backups: %1.").arg(failed.join(QStringLiteral(", "))), {}, {}};
    return removed;
}

Result<Backup> make(const QSqlDatabase &db, Reason reason, const Clock &clock, const Policy &policy)
{
    const QString databaseName = db.databaseName();
    if (databaseName.isEmpty() || databaseName == QLatin1String(":memory:") || !db.isOpen())
        return Error{Tr::tr("Could not make a backup: the database has no file."), {}, {}};
    const QString databasePath = QFileInfo(databaseName).absoluteFilePath();
    const QString folder = folderFor(databasePath);
    if (!QDir().mkpath(folder) || !QFileInfo(folder).isWritable())
        return folderError(folder, {});

    const QDateTime now = clock.nowUtc().toUTC();
    const QString finalPath = uniquePath(folder + QLatin1Char('/') + QFileInfo(databasePath).completeBaseName()
                                             + QLatin1Char('-') + now.toString(kStampFormat),
                                         reasonName(reason));
    const QString partial = finalPath + QStringLiteral(".part");
    QFile::remove(partial); // a leftover of a backup that was interrupted: never a finished one

    {
        QSqlQuery q(db);
        // A snapshot of the last commit: other connections go on writing while it is copied.
        if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
            return folderError(folder, q.lastError().databaseText());
        q.addBindValue(partial);
        if (!q.exec()) {
            const QString detail = q.lastError().databaseText();
            q.finish();
            QFile::remove(partial);
            return folderError(folder, detail);
        }
    }
    Backup made;
    made.path = partial;
    made.reason = reason;
    check(made);
    if (!made.isGood()) {
        const QString problem = made.problem;
        QFile::remove(partial);
        return Error{
            Tr::tr("The backup written to %1 failed its check (%2); it was removed.").arg(native(folder), problem),
            Tr::tr("Your data was not changed. Check the disk, then try again."),
            {}};
    }
    if (!syncToDisk(partial)) {
        QFile::remove(partial);
        return folderError(folder, Tr::tr("The backup could not be written to the disk."));
    }
    if (!QFile::rename(partial, finalPath)) {
        QFile::remove(partial);
        return folderError(folder, Tr::tr("The finished backup could not be renamed."));
    }
    made.path = finalPath;
    made.madeAt = now;
    made.size = QFileInfo(finalPath).size();
    if (auto rotated = rotate(databasePath, policy, finalPath); !rotated)
        qCWarning(lcBackups) << rotated.error().text();
    qCInfo(lcBackups) << "backup" << reasonName(reason) << "of" << databasePath << "written to" << finalPath;
    return made;
}

Result<Backup> makeBefore(const QSqlDatabase &db, Reason reason)
{
    return make(db, reason, SystemClock::instance(), Policy::fromSettings());
}

Result<Backup> makeOf(const QString &databasePath, Reason reason, const Clock &clock, const Policy &policy)
{
    if (!QFileInfo::exists(databasePath))
        return Error{Tr::tr("There is no database at %1 to back up.").arg(native(databasePath)), {}, {}};
    ScopedConnection c(QFileInfo(databasePath).absoluteFilePath(), QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!c.isOpen())
        return Error{Tr::tr("Could not open the database %1 to back it up.").arg(native(databasePath)), c.error(), {}};
    return make(c.db(), reason, clock, policy);
}

bool hasBackupOn(const QString &databasePath, const QDate &dayUtc)
{
    const QList<Backup> all = list(databasePath, false);
    return std::any_of(all.cbegin(), all.cend(), [&dayUtc](const Backup &b) { return b.madeAt.date() == dayUtc; });
}

bool isInUse(const QString &databasePath)
{
    if (!QFileInfo::exists(databasePath))
        return false;
    // Leaving write-ahead logging needs the only connection to the file: SQLite refuses it ("database is
    // locked") while any other connection has the file open. On the way it copies the log into the file.
    ScopedConnection c(QFileInfo(databasePath).absoluteFilePath(), QStringLiteral("QSQLITE_BUSY_TIMEOUT=500"));
    if (!c.isOpen())
        return false;
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"))) {
        const QString code = q.lastError().nativeErrorCode();
        // SQLITE_BUSY or SQLITE_LOCKED; any other error is a damaged file, which nobody can be using.
        return code == QLatin1String("5") || code == QLatin1String("6");
    }
    return q.next() && q.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0;
}

QString keptAsidePath(const QString &databasePath, const QDateTime &nowUtc)
{
    const QString wanted = QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".before-restore-")
                           + nowUtc.toUTC().toString(kStampFormat);
    QString path = wanted;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = wanted + QStringLiteral("-%1").arg(n);
    return path;
}

Result<QString> restore(const QString &databasePath, const QString &backupPath, const Clock &clock)
{
    const QString current = QFileInfo(databasePath).absoluteFilePath();
    Backup backup;
    backup.path = QFileInfo(backupPath).absoluteFilePath();
    if (backup.path == current)
        return Error{Tr::tr("%1 is the database itself, not a backup of it.").arg(native(backupPath)), {}, {}};
    check(backup);
    if (!backup.isGood())
        return Error{Tr::tr("The backup %1 cannot be restored: %2.").arg(native(backupPath), backup.problem),
                     Tr::tr("Choose another backup. Nothing was changed."),
                     {}};

    const auto inUse = [&current] {
        return Error{Tr::tr("The database %1 is open in another PartnerDesk window or program.").arg(native(current)),
                     Tr::tr("Close it there and restore again. Nothing was changed."),
                     {}};
    };
    if (isInUse(current))
        return inUse();

    // The copy is made first, under a name of its own, so the current file is replaced only by a whole one.
    const QString incoming = current + QStringLiteral(".restoring");
    {
        QFile source(backup.path);
        QSaveFile target(incoming);
        if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly))
            return Error{Tr::tr("Could not copy the backup %1 beside the database.").arg(native(backupPath)),
                         source.isOpen() ? target.errorString() : source.errorString(),
                         {}};
        while (!source.atEnd()) {
            const QByteArray chunk = source.read(1 << 20);
            if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
                target.cancelWriting();
                return Error{Tr::tr("Could not copy the backup %1 beside the database.").arg(native(backupPath)),
                             target.errorString(),
                             {}};
            }
        }
        if (!target.commit())
            return Error{Tr::tr("Could not copy the backup %1 beside the database.").arg(native(backupPath)),
                         target.errorString(),
                         {}};
    }

    // Again: someone may have opened it while the copy was made.
    if (isInUse(current)) {
        QFile::remove(incoming);
        return inUse();
    }

    QString aside;
    if (QFileInfo::exists(current)) {
        aside = keptAsidePath(current, clock.nowUtc());
        if (!QFile::rename(current, aside)) {
            QFile::remove(incoming);
            return Error{Tr::tr("Could not move the database %1 aside; nothing was changed.").arg(native(current)),
                         Tr::tr("Check that its folder can be written to."),
                         {}};
        }
        // A log left by a damaged file goes with it: it belongs to that file, never to the restored one.
        for (const QString &companion : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            if (QFileInfo::exists(current + companion))
                QFile::rename(current + companion, aside + companion);
        }
    }
    if (!QFile::rename(incoming, current)) {
        if (!aside.isEmpty())
            QFile::rename(aside, current);
        QFile::remove(incoming);
        return Error{
            Tr::tr("Could not put the backup in place of %1; the database was left as it was.").arg(native(current)),
            {},
            {}};
    }
    qCInfo(lcBackups) << "restored" << backup.path << "over" << current << "kept aside as" << aside;
    return aside.isEmpty() ? QString() : QDir::toNativeSeparators(aside);
}

} // namespace pd::storage::backups
