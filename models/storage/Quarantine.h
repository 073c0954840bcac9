#pragma once

#include <QString>

#include <optional>

namespace pd::storage::quarantine {

// A copy of a damaged database set aside, and whether this call made it or found it from an earlier one.
struct Copy
{
    QString path; // in native separators
    bool madeNow = false;
};

// Copies a damaged database file (with its write-ahead log and shared-memory files) next to it, or into
// the app's data folder when that is not writable, once: when a copy of the file as it is now (same size,
// modification time and content of its first and last pages, log included) is already there, that copy
// is returned instead of making another. The original is never touched. nullopt when no copy could be
// made.
std::optional<Copy> copyAside(const QString &path);

} // namespace pd::storage::quarantine
