#pragma once

#include "ConsumptionDemo.h"
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
    int deals = 0; // deal registrations, filed by partners with a signed agreement
};

// What a run made, for the CLI and the first-run dialog to report.
struct Summary
{
    int partners = 0;
    int people = 0;
    int partnersByRole[3] = {0, 0, 0}; // indexed by domain::Role: Partner, White Label, Agent
    int soleProprietors = 0;
    int agreementsSigned = 0;
    int deals = 0;
    int dealsByState[7] = {0, 0, 0, 0, 0, 0, 0}; // indexed by domain::ApplicationState
    int dealsWon = 0;
    int dealsLost = 0;
    int deliberateConflicts = 0; // registrations made to compete with another partner's
    qint64 extensions = 0;
    qint64 feedback = 0;
    bool dealsAudited = false;
    // Training, from its own stream: specialists beyond the partners' contacts (counted in people too),
    // the course catalogue, enrolments, Sale and Pre-Sale certificates, software compatibility tracks.
    int specialists = 0;
    int courses = 0;
    int enrollments = 0;
    int certificates = 0;
    int compatTracks = 0;
    // Billing data and commission, from its own stream: 24 months of consumption, settled.
    ConsumptionSummary consumption;
};

// The largest data set generate() makes.
inline constexpr int kMaxPartners = 100'000;
inline constexpr int kMaxDeals = 2'000'000;
// Up to this many deals each gets an audit entry (actor "demo"); a larger set is written without them:
// a million audit entries would double the file and the time for records nobody edited.
inline constexpr int kMaxAuditedDeals = 50'000;

// The fixed present of every demo data set: all demo dates and times lie before it, so the same seed
// gives the same data whenever it runs.
QDateTime baseTime();

// Fills an empty database with a deterministic, realistic data set: the same seed gives the same
// records (ids, names, INNs, dates) in any file; deals come from a second stream of the same seed, so
// asking for deals does not change the partners. Demo records are audited (actor "demo"; deals only up
// to kMaxAuditedDeals) but never queued for sync. progress(done, total) counts partners, then deals, and
// may return false to cancel; a cancelled or failed run writes nothing (one transaction). A database
// that already holds partners is refused untouched.
Status generate(storage::Database &db, const Options &options,
                const std::function<bool(int done, int total)> &progress = {}, Summary *summary = nullptr);

} // namespace pd::demo
