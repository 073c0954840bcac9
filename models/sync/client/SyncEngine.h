#pragma once

#include "Protocol.h"
#include "PulledPage.h"
#include "SyncHttp.h"
#include "SyncJournal.h"
#include "SyncSeams.h"
#include "StatementCache.h"
#include "SyncTables.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <atomic>
#include <optional>

class QNetworkAccessManager;

namespace pd::sync::client {

// How a sync run ended.
enum class SyncOutcome
{
    Synced,             // everything pushed and pulled; nothing needs the user
    NeedsAttention,     // synced, but conflicts, rejected changes or records that could not be stored wait for the user
    Offline,            // network, timeout, 5xx, 429, a bad answer: retried later by itself
    CertificateRefused, // the server's certificate is not trusted: nothing was sent; the user decides
    SignInNeeded,       // no usable credentials: the user must sign in
    MassDeletePending,  // a pull would delete more than half of the local records: the user decides
    Failed,             // a problem a retry does not fix (configuration, the database, a refusal)
    Cancelled,
};

// Changes per page of the pull that the app and the CLI ask for: the server's largest page.
inline constexpr int kDefaultPullPageSize = kMaxPageSize;

struct SyncOptions
{
    QUrl server;
    bool allowMassDelete = false;
    int pageSize = kDefaultPullPageSize;
    int batchSize = 500;
    int timeoutMs = 30000;
};

struct SyncReport
{
    SyncOutcome outcome = SyncOutcome::Failed;
    QString message; // translated; empty when synced
    int pushed = 0;  // mutations the server took (applied or merged)
    int merged = 0;
    int pulled = 0;    // server records written here
    int conflicts = 0; // new in this run
    int rejected = 0;  // new in this run
    qint64 openConflicts = 0;
    qint64 openRejected = 0;
    qint64 pending = 0;
    qint64 massDelete = 0;
    qint64 keptLocal = 0; // records that stay on this computer (a demo's): never sent
    // Records the server sent that this database could not store (held back; the rest of the pull went on).
    QList<UnstoredRecord> unstored;
    std::optional<CertificateRefusal> certificate;

    bool retryable() const { return outcome == SyncOutcome::Offline; }
};

// One sync run against the server (docs/architecture.md, "Sync protocol v1"): probe the certificate
// without credentials, sign in, push the outbox in batches, then pull the feed page by page with the
// checkpoint in the page's transaction; conflicts kept with both values, rejected changes flagged,
// rows with pending changes never overwritten, a full resync on 410 or a new epoch that keeps the
// outbox, and a pause before a pull deletes more than half of the local records. Blocking: runs on
// the thread of its database connection and network access manager (a worker thread in the app).
class SyncEngine final
{
    Q_DECLARE_TR_FUNCTIONS(pd::sync::client::SyncEngine)

public:
    SyncEngine(QSqlDatabase db, QNetworkAccessManager &nam, const TlsPolicy &tls, Credentials &credentials);

    SyncReport run(const SyncOptions &options);
    // One line that names the records a pull could not store, with their reasons (the report's message).
    static QString unstoredText(const QList<UnstoredRecord> &records);
    // From any thread: the running request is aborted and the run ends as Cancelled.
    void cancel() { m_cancel = true; }

    // Deletions of more than half of the local records pause a pull, from this many on.
    static constexpr qint64 kMassDeleteFloor = 10;

private:
    // Resync: the server was restored or purged deletions past the checkpoint; the flag is set and the run
    // goes on with a full resync.
    enum class Step
    {
        Done,
        Stop,
        Resync
    };

    SyncReport runSteps(const SyncOptions &options);

    bool fail(SyncReport &report, const HttpAnswer &answer, const QString &what);
    bool storageFailed(SyncReport &report, const Error &error);
    bool signIn(SyncReport &report, bool forceRefresh);
    HttpAnswer authorized(SyncReport &report, bool isPost, const QString &path, const QJsonObject &body, bool &ok);
    Status recordServer(const QUrl &server);
    Status startResync(const QString &why);
    Status queueUnsyncedRecords(bool requireNoShadow);
    Step push(SyncReport &report);
    Step pushBatch(SyncReport &report, int limit, bool &more);
    Status adoptServerRecord(const QString &entity, const QString &id, qint64 version, const QJsonObject &fields,
                             QSet<QString> &touchedDeals);
    Status storeResults(SyncReport &report, const QList<OutboxEntry> &batch, const QJsonArray &results);
    Step pull(SyncReport &report, bool resync);
    Step finishResync(SyncReport &report);
    // What the local database holds of one page's records, read in a few queries per entity before the page
    // is applied, and kept current as the page is applied (the pull is the only writer inside its
    // transaction). Records not covered (held-back ones retried later) are looked up one by one.
    struct PageLookup
    {
        QSet<RecordKey> covered;
        QHash<RecordKey, qint64> shadowVersion; // records with a shadow
        QSet<RecordKey> protectedKeys;          // pending mutations or an open conflict
        QSet<RecordKey> local;                  // a local row exists (or did when looked up)
        QSet<RecordKey> parked;                 // may have a held-back copy
    };
    Status lookUpPage(const QList<RecordKey> &keys, PageLookup &lookup);
    // `lookup`: what the page's lookup knows of the record (nullptr: ask the database).
    Status applyChange(const QString &entity, const QString &id, qint64 version, bool deleted,
                       const QJsonObject &fields, bool ignoreVersions, QSet<QString> &touchedDeals, bool &applied,
                       PageLookup *lookup);
    Status applyNewRecords(PulledPage &page, PageLookup &lookup, QSet<QString> &deals, QSet<qsizetype> &done);
    Status retryParked();
    Status park(const QString &entity, const QString &id, qint64 version, bool deleted, const QJsonObject &fields,
                const QString &reason, const QString &detail);
    void faultPoint(const char *name);

    QSqlDatabase m_db;
    SyncHttp m_http;
    SyncJournal m_journal;
    SyncTables m_tables;
    StatementCache m_sql; // the engine's own per-record statements
    Credentials &m_credentials;
    SyncOptions m_options;
    std::atomic_bool m_cancel{false};
    QString m_accessToken;
    bool m_refreshedThisRun = false;
    QString m_epoch;
    QHash<RecordKey, QJsonObject> m_pushedThisRun;
    qint64 m_localAtPullStart = 0;
    qint64 m_deletedThisPull = 0;
    QHash<QString, int> m_faultHits;
};

} // namespace pd::sync::client
