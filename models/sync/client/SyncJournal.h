#pragma once

#include "Result.h"
#include "StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pd::sync::client {

// The server's state of one record as this client last learned it: the base of local edits.
struct ShadowRecord
{
    qint64 version = 0;
    bool deleted = false;
    QJsonObject fields;
};

// One field both sides changed, kept until the user decides. field "deleted" is a delete against an
// edit: mine/theirs are true when that side deleted the record.
struct SyncConflict
{
    qint64 id = 0;
    QString entity;
    QString entityId;
    QString field;
    std::optional<QJsonValue> mine; // nullopt: the side has no value for the field
    std::optional<QJsonValue> theirs;
    std::optional<QJsonValue> base;
    qint64 serverVersion = 0;
    bool serverDeleted = false;
    QString mutationId;
    QDateTime detectedAt;
    QString recordLabel; // the record's name as a person knows it (partner name, customer, ...)
    // Who stored the server's value, when (UTC) and from which device; empty for conflicts found before
    // the server sent them.
    QString theirUser;
    QDateTime theirAt;
    QString theirDevice;
    // When this computer's side was changed (UTC): the newest local history entry of the field (of the
    // record, for a deletion) before the conflict was found; invalid when the history has none.
    QDateTime mineAt;

    bool isDeletion() const { return field == QLatin1String("deleted"); }
};

// A local change still in the outbox: waiting to be pushed, or refused by the server with a reason.
struct OutboxEntry
{
    qint64 seq = 0;
    QString mutationId;
    QString entity;
    QString entityId;
    QString op;
    qint64 baseVersion = 0;
    QJsonObject fields;
    QDateTime createdAt;
    QString state;  // pending | rejected
    QString reason; // the server's words (English), as it gave them
    QString recordLabel;
    QString rejectCode;     // rejected: the kind of refusal (docs/sync-api.md), empty from older servers
    QJsonObject rejectArgs; // rejected: the refusal's particulars
};

// A record the server sent that this database could not store (its values break a rule of the local table,
// or its parent record is not here): held back, not shown anywhere, until a later version of it can be stored.
struct UnstoredRecord
{
    QString entity;
    QString id;
    qint64 version = 0;
    QString reason; // the local database's words, or that the parent is missing
};

// One sync run as the log keeps it: when, against which server, how it ended and what moved.
struct SyncLogEntry
{
    qint64 id = 0;
    QDateTime startedAt;  // UTC
    QDateTime finishedAt; // UTC
    QString server;
    QString outcome; // a key: synced, needs_attention, offline, certificate_refused, sign_in_needed,
                     // mass_delete_pending, failed, cancelled (SyncLog.h maps SyncOutcome to it)
    int pushed = 0;
    int pulled = 0;
    int merged = 0;
    int conflicts = 0;
    int rejected = 0;
    int keptLocal = 0; // records kept on this computer, not uploaded
    QString message;   // the run's error or warning, in the language of the interface it ran under

    // Synced fully: nothing for a person to look at.
    bool succeeded() const { return outcome == QLatin1String("synced"); }
    // Reached the server and finished (possibly leaving conflicts or rejected changes).
    bool completed() const { return succeeded() || outcome == QLatin1String("needs_attention"); }
};

// Which runs of the log to read, newest first.
struct SyncLogQuery
{
    bool problemsOnly = false; // every run that did not sync fully
    QString text;              // in the message, the server or the outcome key (LIKE: Latin case ignored)
    int limit = 1000;
};

// A rule that settles many conflicts at once.
enum class ResolveRule
{
    KeepMine,
    TakeTheirs,
    Newest, // the side changed last: this computer's history time against the server's stamp
};

// What resolving many conflicts by a rule did.
struct ResolveSummary
{
    int mine = 0;    // settled with this computer's value
    int theirs = 0;  // settled with the server's value
    int skipped = 0; // Newest only: a side's time is unknown, left for a person
};

// What the Sync page and the status bar show.
struct SyncOverview
{
    qint64 pending = 0;
    qint64 rejected = 0;
    qint64 conflicts = 0;
    qint64 unstored = 0; // records from the server this database could not store (UnstoredRecord)
    QDateTime lastSyncAt;
    QString lastError;
    QString server;
    qint64 massDeletePending = 0;
    bool keepsLocal = false; // the file holds records that stay on this computer (a demo's)
};

// The client's sync bookkeeping in the local database: key/value state, the server's last known
// records (shadow), conflicts and rejected changes, and resolving a conflict into a new mutation.
// Runs on the caller's connection; the writes that belong together are in one transaction.
class SyncJournal final
{
    Q_DECLARE_TR_FUNCTIONS(pd::sync::client::SyncJournal)

public:
    explicit SyncJournal(QSqlDatabase db);

    // sync_state keys used by the engine.
    static constexpr const char *kEpoch = "epoch";
    static constexpr const char *kLastSeq = "last_seq";
    static constexpr const char *kLastSyncAt = "last_sync_at";
    static constexpr const char *kLastError = "last_error";
    static constexpr const char *kClientId = "client_id";
    static constexpr const char *kServer = "server";
    static constexpr const char *kUser = "user";
    static constexpr const char *kResync = "resync";           // "", "purged" or "epoch"
    static constexpr const char *kUploaded = "initial_upload"; // "1" once local records were queued
    static constexpr const char *kMassDelete = "mass_delete";  // deletions a paused pull would make

    Result<QString> value(const char *key) const;
    Status setValue(const char *key, const QString &value);

    Result<std::optional<ShadowRecord>> shadow(const QString &entity, const QString &id) const;
    Status setShadow(const QString &entity, const QString &id, const ShadowRecord &record);

    // Pending mutations or an open conflict: pulled values must not overwrite the local row.
    Result<bool> isProtected(const QString &entity, const QString &id) const;

    // The fields of one record that local work still holds: those of its pending mutations and its open
    // conflicts. nullopt when a pending mutation or an open conflict is about deleting the record.
    Result<std::optional<QSet<QString>>> heldFields(const QString &entity, const QString &id) const;
    // Closes the record's open conflicts once the server took this client's deletion of it (both sides
    // now have it deleted); returns how many.
    Result<int> closeConflictsOfDeleted(const QString &entity, const QString &id);

    // The same two questions for many ids of one entity at once (a page of the pull): the shadow's
    // version of each id that has one, and the ids that are protected.
    Result<QHash<QString, qint64>> shadowVersions(const QString &entity, const QStringList &ids) const;
    Result<QSet<QString>> protectedIds(const QString &entity, const QStringList &ids) const;

    // `labels`: each entry's recordLabel is looked up (what the Sync page shows; a push needs none).
    Result<QList<OutboxEntry>> outbox(const QString &state, int limit = 1000, bool labels = true) const;
    Result<QList<SyncConflict>> openConflicts() const;
    Result<SyncOverview> overview() const;
    // The records from the server that this database holds back because it cannot store them.
    Result<QList<UnstoredRecord>> unstored() const;

    // The sync log: one entry per run, kept across restarts. appendLog keeps the newest kMaxLogEntries.
    static constexpr int kMaxLogEntries = 1000;
    Status appendLog(const SyncLogEntry &entry);
    Result<QList<SyncLogEntry>> log(const SyncLogQuery &query = {}) const;
    // When the last run that completed finished (invalid: none logged).
    Result<QDateTime> lastCompletedRun() const;

    // The name a person knows a record by (partner name, deal customer, course title; a contact's,
    // certificate's or extension's by the record it belongs to); the id when none is found.
    QString recordLabel(const QString &entity, const QString &id) const;

    // Settles a conflict: the chosen value (mine, theirs, or `edited` for a field) becomes the local
    // value and a new mutation based on the server's version, in one transaction with its audit entry.
    enum class Choice
    {
        Mine,
        Theirs,
        Edited
    };
    Status resolve(qint64 conflictId, Choice choice, const QJsonValue &edited, const QString &actor);
    // Settles the given conflicts by one rule, all in one transaction (all or none). Newest leaves a
    // conflict whose either time is unknown (counted as skipped); on a tie the server's value wins.
    Result<ResolveSummary> resolveAll(const QList<qint64> &conflictIds, ResolveRule rule, const QString &actor);
    // Which side Newest picks for one conflict: nullopt when a time is unknown.
    static std::optional<Choice> newestSide(const SyncConflict &conflict);
    // Forgets a rejected change: the record goes back to the server's last known values.
    Status dismissRejected(qint64 seq);
    // Puts the server's last known values into the local row (after a rejection or a dismissal).
    Status revertToShadow(const QString &entity, const QString &id);

    static QString encodeValue(const std::optional<QJsonValue> &v);
    static std::optional<QJsonValue> decodeValue(const QString &text);

private:
    Result<QString> labelOf(const QString &entity, const QString &id) const;
    Status resolveInTransaction(qint64 conflictId, Choice choice, const QJsonValue &edited, const QString &actor);

    QSqlDatabase m_db;
    mutable StatementCache m_sql;
};

} // namespace pd::sync::client
