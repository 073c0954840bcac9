#include "SyncEngine.h"

#include "Backups.h"
#include "Database.h"
#include "LocalOnly.h"
#include "Outbox.h"
#include "Protocol.h"
#include "SqlUtil.h"
#include "SyncLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSysInfo>
#include <QUuid>

#include <csignal>
#include <cstdlib>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace pd::sync::client {
namespace {

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

SyncEngine::SyncEngine(QSqlDatabase db, QNetworkAccessManager &nam, const TlsPolicy &tls, Credentials &credentials)
    : m_db(db), m_http(nam, tls), m_journal(db), m_tables(db), m_sql(db), m_credentials(credentials)
{
    m_http.setCancelFlag(&m_cancel);
}

void SyncEngine::faultPoint(const char *name)
{
    // PD_SYNC_FAULT=point or point#N: the process kills itself there (crash-safety tests).
    static const QStringList faults = qEnvironmentVariable("PD_SYNC_FAULT").split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (faults.isEmpty())
        return;
    const QString point = text(name);
    const int hit = ++m_faultHits[point];
    for (const QString &f : faults) {
        const QStringList parts = f.split(QLatin1Char('#'));
        if (parts.first() == point && (parts.size() < 2 || parts.at(1).toInt() == hit)) {
#if defined(SIGKILL)
            std::raise(SIGKILL);
#elif defined(Q_OS_WIN)
            // As abrupt as a kill: no handler runs. An exit code in the NTSTATUS error range is what QProcess
            // (and Windows' own tools) report as a crash; abort()'s 3 would pass for an ordinary exit.
            TerminateProcess(GetCurrentProcess(), 0xC0000001); // STATUS_UNSUCCESSFUL
#endif
            std::abort();
        }
    }
}

bool SyncEngine::storageFailed(SyncReport &report, const Error &error)
{
    report.outcome = SyncOutcome::Failed;
    report.message = tr("The local database could not record the sync: %1").arg(error.text());
    return false;
}

// Classifies an answer that is not what the step needed; always returns false.
bool SyncEngine::fail(SyncReport &report, const HttpAnswer &a, const QString &what)
{
    using Kind = HttpAnswer::Kind;
    switch (a.kind) {
    case Kind::Certificate:
        report.outcome = SyncOutcome::CertificateRefused;
        report.certificate = a.certificate;
        report.message = tr("The server's certificate is not trusted, so nothing was sent: %1")
                             .arg(a.certificate ? a.certificate->summary : a.errorText);
        return false;
    case Kind::Configuration:
        report.outcome = SyncOutcome::Failed;
        report.message = a.errorText;
        return false;
    case Kind::Cancelled:
        report.outcome = SyncOutcome::Cancelled;
        report.message = tr("Sync was cancelled.");
        return false;
    case Kind::Timeout:
    case Kind::Network:
        report.outcome = SyncOutcome::Offline;
        report.message = tr("Could not reach the server (%1): %2").arg(what, a.errorText);
        return false;
    case Kind::Answered:
        break;
    }
    if (a.status >= 500 || a.status == 429 || a.status == 408 || (a.status == 200 && !a.json())) {
        report.outcome = SyncOutcome::Offline;
        report.message =
            a.status == 200
                ? tr("The server's answer to %1 was cut short or is not JSON; will retry.").arg(what)
                : tr("The server is unavailable (%1, HTTP %2): %3").arg(what).arg(a.status).arg(a.serverMessage());
        return false;
    }
    if (a.status == 401) {
        report.outcome = SyncOutcome::SignInNeeded;
        report.message = tr("The server refused the sign-in: %1").arg(a.serverMessage());
        return false;
    }
    report.outcome = SyncOutcome::Failed;
    report.message = tr("The server refused %1 (HTTP %2): %3").arg(what).arg(a.status).arg(a.serverMessage());
    return false;
}

bool SyncEngine::signIn(SyncReport &report, bool forceRefresh)
{
    if (!m_accessToken.isEmpty() && !forceRefresh)
        return true;
    m_accessToken.clear();
    const auto grant = [&](const QJsonObject &body, bool &refused) -> bool {
        const HttpAnswer a = m_http.post(text("/api/v1/auth/token"), body);
        refused = a.answered() && a.status == 401;
        if (!a.answered() || a.status != 200 || !a.json())
            return refused ? false : fail(report, a, tr("sign-in"));
        const QJsonObject o = *a.json();
        m_accessToken = o.value(text("access_token")).toString();
        m_credentials.storeRefreshToken(o.value(text("refresh_token")).toString());
        return !m_accessToken.isEmpty() || fail(report, a, tr("sign-in"));
    };
    bool refused = false;
    const QString refresh = m_credentials.refreshToken();
    if (!refresh.isEmpty()) {
        if (grant({{text("grant_type"), text("refresh_token")}, {text("refresh_token"), refresh}}, refused))
            return true;
        if (!refused)
            return false;
        m_credentials.storeRefreshToken({});
    }
    const QString password = m_credentials.password();
    if (password.isEmpty()) {
        report.outcome = SyncOutcome::SignInNeeded;
        report.message = tr("Sign in to the sync server: the session has ended and no password is at hand.");
        return false;
    }
    if (grant({{text("user"), m_credentials.user()}, {text("password"), password}}, refused))
        return true;
    if (refused) {
        report.outcome = SyncOutcome::SignInNeeded;
        report.message = tr("The server refused the user name or password of '%1'.").arg(m_credentials.user());
    }
    return false;
}

HttpAnswer SyncEngine::authorized(SyncReport &report, bool isPost, const QString &path, const QJsonObject &body,
                                  bool &ok)
{
    ok = false;
    if (!signIn(report, false))
        return {};
    HttpAnswer a = isPost ? m_http.post(path, body, m_accessToken) : m_http.get(path, m_accessToken);
    if (a.answered() && a.status == 401 && !m_refreshedThisRun) {
        // One refresh per run; a second 401 means the user must sign in again.
        m_refreshedThisRun = true;
        if (!signIn(report, true))
            return a;
        a = isPost ? m_http.post(path, body, m_accessToken) : m_http.get(path, m_accessToken);
    }
    ok = true;
    return a;
}

SyncReport SyncEngine::run(const SyncOptions &options)
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const SyncReport report = runSteps(options);
    // Every run leaves one line in the sync log, whatever its end. The log is for people reading what
    // happened; a line the database cannot take loses only that line, never the run's own result.
    (void)m_journal.appendLog(
        syncLog::logEntry(report, started, QDateTime::currentDateTimeUtc(), options.server.toString()));
    return report;
}

SyncReport SyncEngine::runSteps(const SyncOptions &options)
{
    m_options = options;
    m_cancel = false;
    m_refreshedThisRun = false;
    m_pushedThisRun.clear();
    m_http.setServer(options.server);
    m_http.setTimeout(options.timeoutMs);
    SyncReport report;

    const auto finish = [&](SyncReport &r) -> SyncReport & {
        if (auto o = m_journal.overview()) {
            r.openConflicts = o.value().conflicts;
            r.openRejected = o.value().rejected;
            r.pending = o.value().pending;
        }
        if (auto kept = storage::LocalOnly(m_db).count())
            r.keptLocal = kept.value();
        if (auto unstored = m_journal.unstored())
            r.unstored = unstored.value();
        // The last error only repeats the report's message for the status line of a later start; if the
        // database cannot take it, the report still says what happened.
        (void)m_journal.setValue(
            SyncJournal::kLastError,
            r.outcome == SyncOutcome::Synced || r.outcome == SyncOutcome::NeedsAttention ? QString() : r.message);
        return r;
    };

    // The certificate first, without any credential.
    const HttpAnswer health = m_http.get(text("/api/v1/health"));
    if (!health.answered() || health.status != 200 || !health.json()) {
        fail(report, health, tr("the health check"));
        return finish(report);
    }
    m_epoch = health.json()->value(text("epoch")).toString();
    if (!signIn(report, false))
        return finish(report);

    if (Status s = recordServer(options.server); !s) {
        storageFailed(report, s.error());
        return finish(report);
    }
    auto uploaded = m_journal.value(SyncJournal::kUploaded);
    if (uploaded && uploaded.value().isEmpty()) {
        if (Status s = queueUnsyncedRecords(true); !s) {
            storageFailed(report, s.error());
            return finish(report);
        }
    }
    bool settled = false;
    bool backedUp = false;
    QString backupProblem;
    for (int round = 0; round < 3 && !settled; ++round) {
        auto resync = m_journal.value(SyncJournal::kResync);
        if (!resync) {
            storageFailed(report, resync.error());
            return finish(report);
        }
        if (!resync.value().isEmpty()) {
            // A full resync rewrites much of the file: a copy first, in case what the server sends is not
            // what the user expects. Its failure is told, and the resync goes on (the outbox is kept anyway).
            if (backupProblem.isEmpty() && !backedUp) {
                auto copy = storage::backups::makeBefore(m_db, storage::backups::Reason::Resync);
                backedUp = copy.ok();
                if (!copy)
                    backupProblem = copy.error().text();
            }
            const Step step = pull(report, true);
            if (step == Step::Resync)
                continue; // replaced again meanwhile: start over
            if (step == Step::Stop || finishResync(report) == Step::Stop)
                return finish(report);
        }
        if (push(report) == Step::Stop)
            return finish(report);
        const Step pulled = pull(report, false);
        if (pulled == Step::Resync)
            continue; // 410 or a new epoch: a full resync, then push and pull again
        if (pulled == Step::Stop)
            return finish(report);
        settled = true;
    }
    if (!settled) {
        report.outcome = SyncOutcome::Offline;
        report.message = tr("The server was replaced or restored several times during this sync; will retry.");
        return finish(report);
    }
    if (Status s =
            m_journal.setValue(SyncJournal::kLastSyncAt, storage::sql::toStored(QDateTime::currentDateTimeUtc()));
        !s) {
        storageFailed(report, s.error());
        return finish(report);
    }
    finish(report);
    report.outcome = report.openConflicts > 0 || report.openRejected > 0 || !report.unstored.isEmpty()
                         ? SyncOutcome::NeedsAttention
                         : SyncOutcome::Synced;
    QStringList notes;
    if (!backupProblem.isEmpty())
        notes.append(tr("Synced, but the backup before the full resync could not be made: %1").arg(backupProblem));
    if (!report.unstored.isEmpty())
        notes.append(unstoredText(report.unstored));
    report.message = notes.join(QLatin1Char(' '));
    return report;
}

QString SyncEngine::unstoredText(const QList<UnstoredRecord> &records)
{
    // The log keeps one line per run: the first few records by name, the count of all.
    constexpr qsizetype kNamed = 5;
    QStringList named;
    for (qsizetype i = 0; i < std::min(kNamed, records.size()); ++i)
        named.append(tr("%1 %2 (%3)").arg(records.at(i).entity, records.at(i).id, records.at(i).reason));
    if (records.size() > kNamed)
        named.append(tr("and %n more", nullptr, int(records.size() - kNamed)));
    return tr("%n record(s) from the server could not be stored here: %1.", nullptr, int(records.size()))
        .arg(named.join(QLatin1String("; ")));
}

// The server this run talks to, in one transaction: a new epoch (the server was restored or replaced) sets
// the resync flag and forgets the checkpoint together with storing the epoch, or nothing is stored. Were
// the epoch stored without the flag, the next run would pull from an old checkpoint of another database.
Status SyncEngine::recordServer(const QUrl &server)
{
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return Error{tr("The local database is busy."), {}, {}};
    auto stored = m_journal.value(SyncJournal::kEpoch);
    if (!stored)
        return stored.error();
    if (!stored.value().isEmpty() && stored.value() != m_epoch) {
        if (Status s = startResync(text("epoch")); !s)
            return s;
    }
    faultPoint("epoch_flagged");
    for (const auto &[key, value] :
         {std::pair{SyncJournal::kEpoch, m_epoch}, std::pair{SyncJournal::kServer, server.toString()},
          std::pair{SyncJournal::kUser, m_credentials.user()}, std::pair{SyncJournal::kMassDelete, QString()}}) {
        if (Status s = m_journal.setValue(key, value); !s)
            return s;
    }
    return tx.commit();
}

// Inside the caller's transaction: the next pull starts from the beginning of the feed and marks what it sees.
Status SyncEngine::startResync(const QString &why)
{
    if (Status s = m_journal.setValue(SyncJournal::kResync, why); !s)
        return s;
    if (Status s = m_journal.setValue(SyncJournal::kLastSeq, text("0")); !s)
        return s;
    auto q = m_sql.exec(text("DELETE FROM sync_resync_seen"));
    if (!q)
        return q.error();
    return {};
}

Status SyncEngine::queueUnsyncedRecords(bool markDone)
{
    // Records that were never synced (made before the first sync, a bulk import) and have no queued
    // change: queue them whole, parents first. Records kept on this computer (a demo's) stay.
    storage::Transaction tx(m_db);
    storage::Outbox outbox(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &entity : SyncTables::entitiesParentsFirst()) {
        auto q = storage::sql::exec(m_db,
                                    text("SELECT %1 FROM %2 t WHERE NOT EXISTS (SELECT 1 FROM sync_shadow s WHERE "
                                         "s.entity = ? AND s.id = t.%1) AND NOT EXISTS (SELECT 1 FROM outbox o "
                                         "WHERE o.entity = ? AND o.entity_id = t.%1) AND NOT EXISTS (SELECT 1 FROM "
                                         "local_only l WHERE l.id = t.%1 AND l.entity = ?)")
                                        .arg(SyncTables::idColumn(entity), SyncTables::table(entity)),
                                    {entity, entity, entity});
        if (!q)
            return q.error();
        QStringList ids;
        while (q.value().next())
            ids.append(q.value().value(0).toString());
        for (const QString &id : ids) {
            auto fields = m_tables.read(entity, id);
            if (!fields)
                return fields.error();
            if (!fields.value())
                continue;
            auto queued = outbox.enqueue(entity, id, text("upsert"), 0, *fields.value(), now);
            if (!queued)
                return queued.error();
        }
    }
    if (markDone) {
        if (Status s = m_journal.setValue(SyncJournal::kUploaded, text("1")); !s)
            return s;
    }
    return tx.commit();
}

SyncEngine::Step SyncEngine::push(SyncReport &report)
{
    int limit = std::clamp(m_options.batchSize, 1, kMaxMutationsPerPush);
    while (true) {
        bool more = false;
        const int before = report.pushed + report.conflicts + report.rejected;
        const Step step = pushBatch(report, limit, more);
        if (step == Step::Stop) {
            if (report.outcome == SyncOutcome::Failed && report.message.contains(text("HTTP 413")) && limit > 1) {
                limit = std::max(1, limit / 2); // the body was too large: smaller batches
                report.outcome = SyncOutcome::Synced;
                report.message.clear();
                continue;
            }
            return step;
        }
        if (!more)
            return Step::Done;
        if (report.pushed + report.conflicts + report.rejected == before && limit == 0)
            return Step::Done;
    }
}

SyncEngine::Step SyncEngine::pushBatch(SyncReport &report, int limit, bool &more)
{
    more = false;
    auto pending = m_journal.outbox(text("pending"), limit, false);
    if (!pending)
        return storageFailed(report, pending.error()) ? Step::Done : Step::Stop;
    if (pending.value().isEmpty())
        return Step::Done;
    // One mutation per record per batch, so a later edit of the same record is based on the version
    // the earlier one produced.
    QList<OutboxEntry> batch;
    QSet<RecordKey> inBatch;
    PushRequest request;
    // This database's own id, made once: the server keys nothing on it, but a shared fallback would make
    // every client's history look like one device's.
    auto clientId = m_journal.value(SyncJournal::kClientId);
    if (!clientId)
        return storageFailed(report, clientId.error()) ? Step::Done : Step::Stop;
    if (clientId.value().isEmpty()) {
        clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (Status s = m_journal.setValue(SyncJournal::kClientId, clientId.value()); !s)
            return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
    }
    request.clientId = clientId.value();
    request.device = QSysInfo::machineHostName();
    // Edits of a record whose deletion conflicts wait for the user: Keep mine sends the whole local row,
    // Take theirs deletes it. Sent now, an edit would bring back a record with only some of its fields.
    auto undecided = m_sql.exec(
        text("SELECT entity, entity_id FROM sync_conflicts WHERE field = 'deleted' AND resolved_at IS NULL"));
    if (!undecided)
        return storageFailed(report, undecided.error()) ? Step::Done : Step::Stop;
    QSet<RecordKey> waiting;
    while (undecided.value()->next())
        waiting.insert({undecided.value()->value(0).toString(), undecided.value()->value(1).toString()});
    for (const OutboxEntry &e : pending.value()) {
        const RecordKey key{e.entity, e.entityId};
        if (waiting.contains(key))
            continue;
        if (inBatch.contains(key))
            break;
        inBatch.insert(key);
        auto shadow = m_journal.shadow(e.entity, e.entityId);
        if (!shadow)
            return storageFailed(report, shadow.error()) ? Step::Done : Step::Stop;
        const qint64 base = std::max(e.baseVersion, shadow.value() ? shadow.value()->version : qint64(0));
        batch.append(e);
        request.mutations.append(Mutation{e.mutationId, e.entity, e.entityId, e.op, base, e.fields});
    }
    if (batch.isEmpty())
        return Step::Done; // only changes that wait for a decision
    more = true;
    faultPoint("before_push");
    m_http.setUploadedHook([this] { faultPoint("push_sent"); });
    bool ok = false;
    const HttpAnswer a = authorized(report, true, text("/api/v1/push"), request.toJson(), ok);
    m_http.setUploadedHook({});
    if (!ok)
        return Step::Stop;
    if (a.answered() && a.status == 400) {
        // One malformed mutation: the message names it. Flag it and go on with the others.
        const QString message = a.serverMessage();
        const auto m = QRegularExpression(text("^mutations\\[(\\d+)\\]")).match(message);
        if (m.hasMatch() && m.captured(1).toInt() < batch.size()) {
            const OutboxEntry &bad = batch.at(m.captured(1).toInt());
            auto q = storage::sql::exec(
                m_db, text("UPDATE outbox SET state = 'rejected', last_error = ? WHERE seq = ?"), {message, bad.seq});
            if (!q)
                return storageFailed(report, q.error()) ? Step::Done : Step::Stop;
            ++report.rejected;
            return Step::Done;
        }
    }
    if (!a.answered() || a.status != 200 || !a.json())
        return fail(report, a, tr("the push")) ? Step::Done : Step::Stop;
    const QJsonArray results = a.json()->value(text("results")).toArray();
    if (results.size() != batch.size()) {
        report.outcome = SyncOutcome::Offline;
        report.message = tr("The server answered the push with %1 results for %2 changes; will retry.")
                             .arg(results.size())
                             .arg(batch.size());
        return Step::Stop;
    }
    faultPoint("push_answered");
    if (Status s = storeResults(report, batch, results); !s) {
        if (report.outcome == SyncOutcome::Offline)
            return Step::Stop;
        return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
    }
    faultPoint("push_stored");
    return Step::Done;
}

} // namespace pd::sync::client
