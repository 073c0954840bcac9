// Opening a database of 2 000 partners and showing the first page of the Partners table:
// Database::open, PartnerRepository::list, filling the model (through the sorting proxy), and the
// first painted page of a QTableView over it. Medians of several runs, in milliseconds.

#include "BenchUtil.h"
#include "Database.h"
#include "DemoData.h"
#include "PartnerRepository.h"
#include "PartnersFilterProxy.h"
#include "PartnersModel.h"
#include "TierBadgeDelegate.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QPixmap>
#include <QStandardPaths>
#include <QTableView>

#include <cstdio>

namespace {

constexpr int kPartners = 2000;
constexpr int kRuns = 7;
const auto kName = QStringLiteral("partners_open");

// The demo database is made once and kept in the cache directory: it is deterministic (seed 1).
QString cachedDatabase()
{
    QString dir = qEnvironmentVariable("PD_BENCH_CACHE");
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/partnerdesk-bench");
    QDir().mkpath(dir);
    const QString path =
        dir + QStringLiteral("/partners-%1-v%2.db").arg(kPartners).arg(pd::storage::Database::currentSchemaVersion());
    if (QFileInfo::exists(path))
        return path;
    const QString tmp = path + QStringLiteral(".tmp");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(tmp + suffix);
    {
        auto db = pd::storage::Database::open(tmp);
        if (!db) {
            std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(tmp), qPrintable(db.error().text()));
            return {};
        }
        pd::demo::Options options;
        options.seed = 1;
        options.partners = kPartners;
        if (const pd::Status s = pd::demo::generate(*db.value(), options); !s) {
            std::fprintf(stderr, "demo data failed: %s\n", qPrintable(s.error().text()));
            return {};
        }
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(tmp + suffix);
    if (!QFile::rename(tmp, path))
        return {};
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString path = cachedDatabase();
    if (path.isEmpty())
        return 1;

    QList<double> openMs, listMs, modelMs, paintMs, totalMs;
    int rows = 0;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer total;
        total.start();
        QElapsedTimer t;
        t.start();
        auto db = pd::storage::Database::open(path, pd::storage::Database::Mode::OpenExisting);
        if (!db) {
            std::fprintf(stderr, "open failed: %s\n", qPrintable(db.error().text()));
            return 1;
        }
        openMs.append(pd::bench::elapsedMs(t));

        t.restart();
        pd::storage::PartnerRepository repository(db.value()->connection(), pd::SystemClock::instance(),
                                                  QStringLiteral("bench"));
        auto list = repository.list();
        if (!list) {
            std::fprintf(stderr, "list failed: %s\n", qPrintable(list.error().text()));
            return 1;
        }
        listMs.append(pd::bench::elapsedMs(t));

        t.restart();
        pd::items::PartnersModel model;
        pd::items::PartnersFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setPartners(std::move(list).value());
        proxy.sort(pd::items::PartnersModel::Name, Qt::AscendingOrder);
        rows = proxy.rowCount();
        modelMs.append(pd::bench::elapsedMs(t));

        t.restart();
        QTableView view;
        view.resize(900, 700);
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.setItemDelegateForColumn(pd::items::PartnersModel::Tier, new pd::views::TierBadgeDelegate(&view));
        view.verticalHeader()->hide();
        const QPixmap page = view.grab();
        paintMs.append(pd::bench::elapsedMs(t));
        totalMs.append(pd::bench::elapsedMs(total));
        if (page.isNull())
            return 1;
    }
    if (rows != kPartners)
        std::fprintf(stderr, "note: %d rows shown, %d expected\n", rows, kPartners);

    pd::bench::report(kName, QStringLiteral("Database::open"), openMs);
    pd::bench::report(kName, QStringLiteral("PartnerRepository::list"), listMs);
    pd::bench::report(kName, QStringLiteral("model + sorted proxy"), modelMs);
    pd::bench::report(kName, QStringLiteral("first painted page"), paintMs);
    pd::bench::report(kName, QStringLiteral("total"), totalMs);
    return 0;
}
