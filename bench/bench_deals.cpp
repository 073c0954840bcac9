// A million deal registrations (issue 3): the first page after opening, the text filter, each sort and
// each other filter of the Deals page (count + first page of 200, as the lazy model asks), and the
// conflict check of a new registration. Medians of several runs, in milliseconds, with the targets.
//
// The database is the large data set of LargeData.h (made once, then cached). Time-dependent filters
// are asked at the demo's present (demo::baseTime()), where its protections and feedback are current.

#include "BenchUtil.h"
#include "Clock.h"
#include "Database.h"
#include "DealQuery.h"
#include "DealRepository.h"
#include "DemoData.h"
#include "LargeData.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>
#include <QStandardPaths>

#include <cstdio>
#include <ctime>
#include <functional>

namespace {

constexpr int kRuns = 7;
constexpr int kPage = 200;
constexpr double kFilterTarget = 100.0;
constexpr double kConflictTarget = 10.0;
const auto kName = QStringLiteral("deals_1m");

// The process's CPU time (user + system) in milliseconds: on a shared machine the wall time also holds
// the time other programs had the cores, so both are reported.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

QList<double> lastCpuMs; // the CPU times of the last sample()

QList<double> sample(const std::function<bool()> &step, int runs = kRuns)
{
    QList<double> ms;
    lastCpuMs.clear();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpu = cpuMs();
        timer.start();
        if (!step())
            return {};
        ms.append(pd::bench::elapsedMs(timer));
        lastCpuMs.append(cpuMs() - cpu);
    }
    return ms;
}

// A RESULT line (see BenchUtil.h) with the median CPU time of the same runs as a seventh field.
void report(const QString &step, const QList<double> &samples, double targetMs = 0)
{
    const double minimum = samples.isEmpty() ? 0.0 : *std::min_element(samples.begin(), samples.end());
    std::printf("RESULT\t%s\t%s\t%.2f\t%.2f\t%s\t%.2f\n", qPrintable(kName), qPrintable(step),
                pd::bench::median(samples), minimum, targetMs > 0 ? qPrintable(QString::number(targetMs, 'f', 0)) : "",
                pd::bench::median(lastCpuMs));
    std::fflush(stdout);
}

// What the Deals page does when its filter or sort changes: count the rows, read the first page.
bool firstPage(const QSqlDatabase &db, const pd::storage::DealFilter &filter, pd::storage::DealSort sort,
               Qt::SortOrder order, qint64 *rows = nullptr)
{
    const pd::storage::DealQuery query(db, filter, sort, order, pd::demo::baseTime());
    auto count = query.count();
    auto page = query.page(0, kPage);
    if (!count || !page) {
        std::fprintf(stderr, "query failed: %s\n", qPrintable(!count ? count.error().text() : page.error().text()));
        return false;
    }
    if (rows)
        *rows = count.value();
    return true;
}

QString scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString path = pd::bench::largeDatabase();
    if (path.isEmpty())
        return 1;
    using pd::storage::DealFilter;
    using pd::storage::DealSort;

    // Opening: Database::open (with its quick check), count and the first page, newest first.
    const QList<double> openMs = sample(
        [&path]() {
            auto db = pd::storage::Database::open(path, pd::storage::Database::Mode::OpenExisting);
            return db && firstPage(db.value()->connection(), {}, DealSort::FiledAt, Qt::DescendingOrder);
        },
        3);
    report(QStringLiteral("open + count + first page"), openMs);

    auto opened = pd::storage::Database::open(path, pd::storage::Database::Mode::OpenExisting);
    if (!opened)
        return 1;
    const QSqlDatabase db = opened.value()->connection();
    if (scalar(db, QStringLiteral("SELECT count(*) FROM deal_conflicts")) == QLatin1String("0")) {
        // A cache made before the stored competing pairs existed (schema 4): make them as the demo does.
        const pd::FixedClock present(pd::demo::baseTime());
        if (const pd::Status s = pd::storage::DealRepository(db, present, QStringLiteral("demo")).rebuildConflicts();
            !s) {
            std::fprintf(stderr, "cannot rebuild conflicts: %s\n", qPrintable(s.error().text()));
            return 1;
        }
    }
    std::fprintf(stderr, "bench_deals: %s deals in %s\n",
                 qPrintable(scalar(db, QStringLiteral("SELECT count(*) FROM deals"))), qPrintable(path));

    const auto measure = [&db](const QString &step, const DealFilter &filter, DealSort sort, Qt::SortOrder order) {
        qint64 rows = 0;
        firstPage(db, filter, sort, order, &rows); // warm: the page cache, as a user's second look
        report(step, sample([&]() { return firstPage(db, filter, sort, order); }), kFilterTarget);
        std::fprintf(stderr, "  %s: %lld rows\n", qPrintable(step), rows);
    };

    DealFilter text;
    text.text = QStringLiteral("Ромаш");
    measure(QStringLiteral("filter text \"Ромаш\""), text, DealSort::FiledAt, Qt::DescendingOrder);
    DealFilter textInn;
    textInn.text = QStringLiteral("7707");
    measure(QStringLiteral("filter text \"7707\" (INN)"), textInn, DealSort::FiledAt, Qt::DescendingOrder);

    const struct
    {
        DealSort sort;
        const char *name;
    } sorts[] = {{DealSort::FiledAt, "filed"},
                 {DealSort::Customer, "customer"},
                 {DealSort::Partner, "partner"},
                 {DealSort::Amount, "amount"},
                 {DealSort::State, "state"},
                 {DealSort::ProtectionEnd, "protection end"},
                 {DealSort::ExpectedPeriod, "expected period"}};
    for (const auto &s : sorts) {
        measure(QStringLiteral("sort %1 asc").arg(QLatin1String(s.name)), {}, s.sort, Qt::AscendingOrder);
        measure(QStringLiteral("sort %1 desc").arg(QLatin1String(s.name)), {}, s.sort, Qt::DescendingOrder);
    }

    DealFilter state;
    state.state = pd::domain::ApplicationState::AwaitingReview;
    measure(QStringLiteral("filter state awaiting review"), state, DealSort::FiledAt, Qt::DescendingOrder);
    DealFilter partner;
    partner.partnerId =
        scalar(db, QStringLiteral("SELECT partner_id FROM deals GROUP BY partner_id ORDER BY count(*) DESC LIMIT 1"));
    measure(QStringLiteral("filter partner (largest)"), partner, DealSort::FiledAt, Qt::DescendingOrder);
    DealFilter product;
    product.product = QStringLiteral("Managed Kubernetes");
    measure(QStringLiteral("filter product"), product, DealSort::FiledAt, Qt::DescendingOrder);
    DealFilter ending;
    ending.protectionEndingWithinDays = 30;
    // The Deals page sorts by protection end, soonest first, when this filter is chosen.
    measure(QStringLiteral("filter protection ends in 30 d"), ending, DealSort::ProtectionEnd, Qt::AscendingOrder);
    measure(QStringLiteral("filter protection ends in 30 d, by filed"), ending, DealSort::FiledAt, Qt::DescendingOrder);
    DealFilter overdue;
    overdue.feedbackOverdue = true;
    measure(QStringLiteral("filter feedback overdue"), overdue, DealSort::FiledAt, Qt::DescendingOrder);
    DealFilter conflicts;
    conflicts.hasConflicts = true;
    measure(QStringLiteral("filter has conflicts"), conflicts, DealSort::FiledAt, Qt::DescendingOrder);
    DealFilter combined = state;
    combined.text = QStringLiteral("Север");
    measure(QStringLiteral("filter text + state"), combined, DealSort::Customer, Qt::AscendingOrder);

    // The conflict check of a registration being entered: an existing customer (found by INN, name and
    // e-mail domain, with its other registrations) and a new one.
    const pd::FixedClock clock(pd::demo::baseTime());
    const pd::storage::DealRepository repository(db, clock, QStringLiteral("bench"));
    auto existing = repository.get(scalar(db, QStringLiteral("SELECT id FROM deals WHERE customer_inn <> '' AND state "
                                                             "= 'awaiting_review' ORDER BY filed_at DESC LIMIT 1")));
    if (!existing)
        return 1;
    pd::domain::Registration fresh = existing.value();
    fresh.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    fresh.partnerId = partner.partnerId == fresh.partnerId
                          ? scalar(db, QStringLiteral("SELECT id FROM partners ORDER BY id LIMIT 1"))
                          : partner.partnerId;
    fresh.state = pd::domain::ApplicationState::New;
    fresh.filedAt = pd::demo::baseTime();
    int found = 0;
    report(QStringLiteral("conflict check, known customer"),
           sample(
               [&]() {
                   auto c = repository.conflictsOf(fresh, QLocale::c());
                   found = c ? int(c.value().size()) : -1;
                   return bool(c);
               },
               21),
           kConflictTarget);
    std::fprintf(stderr, "  conflict check, known customer: %d conflicts\n", found);
    pd::domain::Registration unknown = fresh;
    unknown.customerName = QStringLiteral("ООО \"Совершенно Новый Заказчик\"");
    unknown.customerInn = QStringLiteral("7707083893");
    unknown.customerContact.emails = {QStringLiteral("cio@new-customer.example")};
    report(QStringLiteral("conflict check, new customer"),
           sample([&]() { return bool(repository.conflictsOf(unknown, QLocale::c())); }, 21), kConflictTarget);
    return 0;
}
