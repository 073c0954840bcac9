#include "LargeData.h"

#include "Database.h"
#include "DemoData.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>

namespace pd::bench {
namespace {

constexpr int kPartners = 2000;
constexpr quint32 kSeed = 7;
// Bump when the demo generator writes different data. A newer schema alone does not call for a new data
// set: the cached file is upgraded in place when it is opened.
constexpr int kGeneration = 2;

// Opens the cached file once so that an older schema is upgraded before the benchmarks read it.
bool upgrade(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    auto db = storage::Database::open(path, storage::Database::Mode::OpenExisting);
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(db.error().text()));
        return false;
    }
    if (timer.elapsed() > 1000)
        std::fprintf(stderr, "upgraded %s to schema %d in %.1f s\n", qPrintable(path),
                     storage::Database::currentSchemaVersion(), double(timer.elapsed()) / 1000.0);
    return true;
}

} // namespace

int largeDealCount()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("PD_BENCH_DEALS", &ok);
    return ok && n > 0 ? n : 1'000'000;
}

QString largeDatabase()
{
    const QString given = qEnvironmentVariable("PD_BENCH_LARGE_DB");
    if (!given.isEmpty()) {
        if (QFileInfo::exists(given))
            return upgrade(given) ? given : QString();
        std::fprintf(stderr, "PD_BENCH_LARGE_DB names %s, which does not exist\n", qPrintable(given));
        return {};
    }
    QString dir = qEnvironmentVariable("PD_BENCH_CACHE");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
              + QStringLiteral("/partnerdesk-bench");
    QDir().mkpath(dir);
    const int deals = largeDealCount();
    const QString path = dir + QStringLiteral("/large-%1-seed%2-g%3.db").arg(deals).arg(kSeed).arg(kGeneration);
    if (QFileInfo::exists(path))
        return upgrade(path) ? path : QString();

    std::fprintf(stderr, "making the large data set once (%d partners, %d deals): %s\n", kPartners, deals,
                 qPrintable(path));
    const QString tmp = path + QStringLiteral(".tmp");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(tmp + suffix);
    QElapsedTimer timer;
    timer.start();
    {
        auto db = storage::Database::open(tmp);
        if (!db) {
            std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(tmp), qPrintable(db.error().text()));
            return {};
        }
        int reported = -1;
        const auto progress = [&reported](int done, int total) {
            if (total > 0 && done * 10LL / total > reported) {
                reported = int(done * 10LL / total);
                std::fprintf(stderr, "  %d%%\n", reported * 10);
            }
            return true;
        };
        demo::Options options;
        options.seed = kSeed;
        options.partners = kPartners;
        options.deals = deals;
        if (const Status s = demo::generate(*db.value(), options, progress); !s) {
            std::fprintf(stderr, "demo data failed: %s\n", qPrintable(s.error().text()));
            return {};
        }
    }
    std::fprintf(stderr, "large data set made in %.1f s\n", double(timer.elapsed()) / 1000.0);
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(tmp + suffix);
    if (!QFile::rename(tmp, path)) {
        std::fprintf(stderr, "cannot rename %s to %s\n", qPrintable(tmp), qPrintable(path));
        return {};
    }
    return path;
}

} // namespace pd::bench
