#pragma once

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace pd::app {

// What the process has used so far, for the start-up probe and its bare-window reference; -1 where the
// platform does not say (the probe runs in the benchmarks, on Linux).

// The peak resident set in KiB (VmHWM on Linux).
inline long long peakResidentKb()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
#ifdef Q_OS_DARWIN
    return usage.ru_maxrss / 1024; // bytes there
#else
    return usage.ru_maxrss;
#endif
#else
    return -1;
#endif
}

// The CPU time (user + system, every thread) in milliseconds: what the work cost, apart from the time
// other programs had the cores.
inline double cpuMs()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
#else
    return -1;
#endif
}

} // namespace pd::app
