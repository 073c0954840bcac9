#pragma once

#include "Result.h"

#include <QDateTime>
#include <QtGlobal>

#include <functional>

namespace pd::storage {
class Database;
}

namespace pd::domain {
struct Partner;
}

namespace pd::demo {

struct Options
{
    quint32 seed = 1;
    int partners = 200;
};

// What a run made, for the CLI and the first-run dialog to report.
struct Summary
{
    int partners = 0;
    int people = 0;
    int partnersByRole[3] = {0, 0, 0}; // indexed by domain::Role: Partner, White Label, Agent
    int soleProprietors = 0;
    int agreementsSigned = 0;
};

// The largest data set generate() makes.
inline constexpr int kMaxPartners = 100'000;

// The fixed present of every demo data set: all demo dates and times lie before it, so the same seed
// gives the same data whenever it runs.
QDateTime baseTime();

// Fills an empty database with a deterministic, realistic data set: the same seed gives the same
// records (ids, names, INNs, dates) in any file. Demo records are audited (actor "demo") but never
// queued for sync. progress(done, total) may return false to cancel; a cancelled or failed run
// writes nothing. A database that already holds partners is refused untouched.
Status generate(storage::Database &db, const Options &options,
                const std::function<bool(int done, int total)> &progress = {}, Summary *summary = nullptr);

} // namespace pd::demo
