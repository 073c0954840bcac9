#pragma once

#include "Clock.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Automatic local backups of a PartnerDesk database: consistent copies made with `VACUUM INTO` (a
// snapshot of the last commit, while other connections go on writing), each checked with quick_check,
// kept in a `backups` folder beside the data file and thinned by a daily/weekly rotation.
//
// A backup is named `<data file's base name>-<yyyyMMdd-HHmmss, UTC>-<reason>.db`, so the folder can be
// shared by several data files and a listing needs no index. Restoring moves the current file aside
// (`<file>.before-restore-<stamp>`) and never deletes it.
namespace pd::storage::backups {

// Why a backup was made; the word is part of the file name.
enum class Reason
{
    Manual,
    Daily,
    Upgrade,
    Import,
    Resync
};

// How many backups the rotation keeps: the newest of each of the last `daily` days that have one, then
// the newest of each of the `weekly` ISO weeks before those. Days and weeks are UTC.
struct Policy
{
    static constexpr int kDefaultDaily = 7;
    static constexpr int kDefaultWeekly = 4;
    int daily = kDefaultDaily;
    int weekly = kDefaultWeekly;

    // The user's setting (QSettings "backups/daily" and "backups/weekly" of the PartnerDesk app, shared
    // with partnerdesk-cli), clamped to 1..365 daily and 0..520 weekly.
    static Policy fromSettings();
    void save() const;
};

// What a backup holds, read from the file itself (opened read-only).
struct Contents
{
    int schemaVersion = -1;
    qint64 partners = -1; // -1: the schema of that version has no such table
    qint64 deals = -1;
    qint64 unsent = -1; // changes not yet sent to the team server
};

struct Backup
{
    QString path;
    QDateTime madeAt; // UTC, from the file name
    Reason reason = Reason::Manual;
    qint64 size = 0;
    bool checked = false; // quick_check and the header were read
    QString problem;      // why it fails its check; empty when it passed (or was not checked)
    Contents contents;

    bool isGood() const { return checked && problem.isEmpty(); }
};

// The folder the backups of `databasePath` go to: `backups` beside the data file.
QString folderFor(const QString &databasePath);
QString reasonName(Reason reason);          // "daily", "upgrade", ...: the word in the file name
QString reasonText(Reason reason);          // translated, for people
QString describe(const Contents &contents); // "2 000 partners, 150 deals, 3 unsent changes, schema 17"

// Makes a backup of the database that `db` is connected to and then applies the rotation. `db` must not
// be inside a transaction. The copy is written under a temporary name, checked with quick_check and only
// then given its name; a copy that fails its check is removed and reported. An Error names the folder
// when it cannot be written; the database itself is never changed.
Result<Backup> make(const QSqlDatabase &db, Reason reason, const Clock &clock, const Policy &policy);
// The same with the system clock and the user's rotation setting: what the app calls before an
// upgrade, an import or a full resync.
Result<Backup> makeBefore(const QSqlDatabase &db, Reason reason);

// The same through a connection of its own to the file at `databasePath`: for a worker thread.
Result<Backup> makeOf(const QString &databasePath, Reason reason, const Clock &clock, const Policy &policy);
// Whether a backup of `databasePath` was made on the clock's day (UTC): the daily backup's test.
bool hasBackupOn(const QString &databasePath, const QDate &dayUtc);

// The backups of `databasePath`, newest first. With `check`, each is opened read-only, quick-checked
// and its contents read (this reads every file: run it off the GUI thread).
QList<Backup> list(const QString &databasePath, bool check = true);
// The newest backup that passes its check, if any.
std::optional<Backup> newestGood(const QString &databasePath);
// Opens `path` read-only and checks it: quick_check, PartnerDesk's application id, a schema this
// version understands; fills `contents` and `problem`.
void check(Backup &backup);

// Which of `backups` (any order) the rotation keeps.
QList<Backup> kept(QList<Backup> backups, const Policy &policy);
// Removes the backups of `databasePath` that the rotation does not keep; returns how many. `justMade`
// counts as the newest whatever its name's time.
Result<int> rotate(const QString &databasePath, const Policy &policy, const QString &justMade = {});

// Whether another connection, in this process or another, has the database open (SQLite refuses to leave
// write-ahead logging then). When it is free, this leaves the file whole on its own, without its log.
bool isInUse(const QString &databasePath);

// The name the current file is kept under when a backup replaces it: `<file>.before-restore-<stamp>`.
QString keptAsidePath(const QString &databasePath, const QDateTime &nowUtc);
// Replaces the database at `databasePath` with the backup at `backupPath`, keeping the current file
// (and its write-ahead log) aside under keptAsidePath(). Refused while another connection, in this or
// another process, has the database open, and when the backup fails its check. Returns the path the
// current file was kept under (empty when there was no current file).
Result<QString> restore(const QString &databasePath, const QString &backupPath, const Clock &clock);

} // namespace pd::storage::backups
