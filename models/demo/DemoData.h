#pragma once

#include "Result.h"

#include <QtGlobal>

#include <functional>

namespace pd::storage {
class Database;
}

namespace pd::demo {

struct Options
{
    quint32 seed = 1;
    int partners = 200;
};

// Fills an empty database with a deterministic, realistic data set: the same seed gives the same
// records (ids, names, INNs, dates) in any file. Demo records are audited (actor "demo") but never
// queued for sync. progress(done, total) may return false to cancel; a cancelled or failed run
// writes nothing.
Status generate(storage::Database &db, const Options &options,
                const std::function<bool(int done, int total)> &progress = {});

} // namespace pd::demo
