// Starting partnerdesk on the large data set, measured from outside as a person sees it: from starting
// the process to its first painted window with the database open (PARTNERDESK_PROBE=first-paint, see
// app/gui/StartupProbe.h), median of several starts with a warm page cache; and the peak resident memory
// of partnerdesk with that database open and the Deals table scrolled from the first row to the last
// (PARTNERDESK_PROBE=scroll-deals). The reference for both is ref_bare_table: a bare Qt window with a
// table over the first page of the same deals.

#include "BenchUtil.h"
#include "LargeData.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

namespace {

constexpr int kRuns = 5;
constexpr double kFirstPaintTargetMs = 300;
constexpr double kPeakMemoryTargetMb = 150;
const auto kName = QStringLiteral("startup");

struct Run
{
    double firstPaintMs = -1;
    double cpuMs = -1; // CPU time of the process until its first paint
    double peakMb = -1;
};

// Starts `program` with the probe and reads its answers; nullopt (after saying why) when it fails.
std::optional<Run> probe(const QString &program, const QStringList &arguments, const QString &mode,
                         const QString &configDir)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PARTNERDESK_PROBE"), mode);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir); // no settings of the person running it
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")) && !env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    Run run;
    QByteArray pending;
    while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
        if (!process.bytesAvailable() && !process.waitForReadyRead(180'000))
            break;
        pending += process.readAllStandardOutput();
        qsizetype newline = 0;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline).trimmed();
            pending.remove(0, newline + 1);
            if (line == "probe first-paint" && run.firstPaintMs < 0)
                run.firstPaintMs = pd::bench::elapsedMs(timer);
            else if (line.startsWith("probe cpu-ms ") && run.cpuMs < 0)
                run.cpuMs = line.mid(13).toDouble();
            else if (line.startsWith("probe peak-rss-kb "))
                run.peakMb = line.mid(18).toDouble() / 1024.0;
        }
    }
    process.waitForFinished(60'000);
    if (run.firstPaintMs < 0 || (mode == QLatin1String("scroll-deals") && run.peakMb < 0)) {
        std::fprintf(stderr, "%s gave no %s answer (exit %d): %s\n", qPrintable(program), qPrintable(mode),
                     process.exitCode(), process.readAllStandardError().left(2000).constData());
        return std::nullopt;
    }
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString dir = QCoreApplication::applicationDirPath();
    const QString partnerdesk = dir + QStringLiteral("/../app/gui/partnerdesk");
    const QString reference = dir + QStringLiteral("/ref_bare_table");
    for (const QString &program : {partnerdesk, reference}) {
        if (!QFileInfo(program).isExecutable()) {
            std::fprintf(stderr, "bench_startup: %s is not built\n", qPrintable(program));
            return 1;
        }
    }
    const QString path = pd::bench::largeDatabase();
    if (path.isEmpty())
        return 1;
    QTemporaryDir config;

    // One start of each to warm the page cache and Qt's caches (fonts, plugins), as a second start would be.
    if (!probe(partnerdesk, {QStringLiteral("--db"), path}, QStringLiteral("first-paint"), config.path())
        || !probe(reference, {path}, QStringLiteral("first-paint"), config.path()))
        return 1;

    QList<double> appMs;
    QList<double> refMs;
    QList<double> appCpuMs;
    QList<double> refCpuMs;
    for (int i = 0; i < kRuns; ++i) {
        const auto a = probe(partnerdesk, {QStringLiteral("--db"), path}, QStringLiteral("first-paint"), config.path());
        const auto r = probe(reference, {path}, QStringLiteral("first-paint"), config.path());
        if (!a || !r)
            return 1;
        appMs.append(a->firstPaintMs);
        refMs.append(r->firstPaintMs);
        appCpuMs.append(a->cpuMs);
        refCpuMs.append(r->cpuMs);
    }
    const auto appScroll =
        probe(partnerdesk, {QStringLiteral("--db"), path}, QStringLiteral("scroll-deals"), config.path());
    const auto refScroll = probe(reference, {path}, QStringLiteral("scroll-deals"), config.path());
    if (!appScroll || !refScroll)
        return 1;

    pd::bench::report(kName, QStringLiteral("first paint, partnerdesk"), appMs, kFirstPaintTargetMs);
    pd::bench::report(kName, QStringLiteral("first paint, bare Qt table"), refMs);
    pd::bench::reportFigure(kName, QStringLiteral("first paint"), pd::bench::median(appMs), QStringLiteral("ms"),
                            kFirstPaintTargetMs, pd::bench::Better::Lower,
                            QStringLiteral("bare Qt table %1 ms").arg(pd::bench::median(refMs), 0, 'f', 0));
    // On a shared machine the wall time also holds the time other programs had the cores; the CPU time
    // the start used does not.
    pd::bench::reportFigure(kName, QStringLiteral("first paint, CPU time used"), pd::bench::median(appCpuMs),
                            QStringLiteral("ms"), 0, pd::bench::Better::Lower,
                            QStringLiteral("bare Qt table %1 ms").arg(pd::bench::median(refCpuMs), 0, 'f', 0));
    pd::bench::reportFigure(kName, QStringLiteral("peak memory, Deals scrolled end to end"), appScroll->peakMb,
                            QStringLiteral("MB"), kPeakMemoryTargetMb, pd::bench::Better::Lower,
                            QStringLiteral("bare Qt table %1 MB").arg(refScroll->peakMb, 0, 'f', 0));
    return 0;
}
