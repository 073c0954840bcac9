#include "SyncLog.h"

#include <algorithm>
#include <limits>

namespace pd::sync::client::syncLog {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::sync::client::SyncLog)
};

struct Name
{
    SyncOutcome outcome;
    const char *key;
    const char *text;
};

constexpr Name kNames[] = {
    {SyncOutcome::Synced, "synced", QT_TRANSLATE_NOOP("pd::sync::client::SyncLog", "Synced")},
    {SyncOutcome::NeedsAttention, "needs_attention", QT_TRANSLATE_NOOP("pd::sync::client::SyncLog", "Needs attention")},
    {SyncOutcome::Offline, "offline", QT_TRANSLATE_NOOP("pd::sync::client::SyncLog", "Offline")},
    {SyncOutcome::CertificateRefused, "certificate_refused",
     QT_TRANSLATE_NOOP("pd::sync::client::SyncLog", "Certificate refused")},
    {SyncOutcome::SignInNeeded, "sign_in_needed", QT_TRANSLATE_NOOP("pd::sync::client::SyncLog", "Sign-in needed")},
    {SyncOutcome::MassDeletePending, "mass_delete_pending",
     QT_TRANSLATE_NOOP("pd::sync::client::SyncLog", "Deletions wait for you")},
    {SyncOutcome::Failed, "failed", QT_TRANSLATE_NOOP("pd::sync::client::SyncLog", "Failed")},
    {SyncOutcome::Cancelled, "cancelled", QT_TRANSLATE_NOOP("pd::sync::client::SyncLog", "Cancelled")},
};

} // namespace

QString outcomeKey(SyncOutcome outcome)
{
    for (const Name &n : kNames) {
        if (n.outcome == outcome)
            return QString::fromLatin1(n.key);
    }
    return QStringLiteral("failed");
}

std::optional<SyncOutcome> outcomeFromKey(const QString &key)
{
    for (const Name &n : kNames) {
        if (key == QLatin1String(n.key))
            return n.outcome;
    }
    return std::nullopt;
}

QString outcomeText(const QString &key)
{
    for (const Name &n : kNames) {
        if (key == QLatin1String(n.key))
            return Tr::tr(n.text);
    }
    return key;
}

SyncLogEntry logEntry(const SyncReport &report, const QDateTime &started, const QDateTime &finished,
                      const QString &server)
{
    SyncLogEntry e;
    e.startedAt = started.toUTC();
    e.finishedAt = finished.toUTC();
    e.server = server;
    e.outcome = outcomeKey(report.outcome);
    e.pushed = report.pushed;
    e.pulled = report.pulled;
    e.merged = report.merged;
    e.conflicts = report.conflicts;
    e.rejected = report.rejected;
    e.keptLocal = int(std::min<qint64>(report.keptLocal, std::numeric_limits<int>::max()));
    e.message = report.message;
    return e;
}

} // namespace pd::sync::client::syncLog
