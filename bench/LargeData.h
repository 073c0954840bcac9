#pragma once

#include <QString>

namespace pd::bench {

// The large data set every benchmark of bench/ measures: the demo generator with seed 7, 2 000 partners
// and PD_BENCH_DEALS deals (default 1 000 000), with everything the generator adds to it (training,
// consumption). Made once and kept in PD_BENCH_CACHE or ~/.cache/partnerdesk-bench, named after the
// schema version so a schema change makes a new one; PD_BENCH_LARGE_DB names a ready file instead.
// Returns the path, or an empty string after printing why it could not be made.
QString largeDatabase();

// How many deals the large data set has (PD_BENCH_DEALS or 1 000 000).
int largeDealCount();

} // namespace pd::bench
