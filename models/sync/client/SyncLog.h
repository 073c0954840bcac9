#pragma once

#include "SyncEngine.h"
#include "SyncJournal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace pd::sync::client {

// The sync log's words for a run: the outcome's key as stored and printed by the CLI, its name as the
// Sync page shows it, and the entry one run leaves (SyncEngine::run writes it with SyncJournal::appendLog).
namespace syncLog {

QString outcomeKey(SyncOutcome outcome);
std::optional<SyncOutcome> outcomeFromKey(const QString &key);
// "Synced", "Needs attention", "Offline"… in the interface language; an unknown key as it is.
QString outcomeText(const QString &key);

// The log entry of one run: its times (UTC), the server and the report's outcome, counts and message.
SyncLogEntry logEntry(const SyncReport &report, const QDateTime &started, const QDateTime &finished,
                      const QString &server);

} // namespace syncLog
} // namespace pd::sync::client
