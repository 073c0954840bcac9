// Redraw of the Commissions page's charts with 24 months × 2 000 partners (target ≤ 50 ms): the
// per-partner chart draws every partner's monthly line with one highlighted; the tier chart and the
// stacked category chart are measured too. Synthetic, deterministic amounts; QCustomPlot under the
// offscreen platform, replot() timed until it returns (the plot is painted into its buffer).
#include "BenchUtil.h"
#include "CommissionCharts.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <qcustomplot.h>

using namespace pd;
using pd::views::CommissionCharts;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    constexpr int kPartners = 2000;
    constexpr int kMonths = 24;
    constexpr int kRuns = 15;
    const QString name = QStringLiteral("commission_chart");

    QRandomGenerator random(7);
    const QDate last(2026, 8, 1);
    QList<QDate> months;
    for (int i = kMonths - 1; i >= 0; --i)
        months.append(last.addMonths(-i));
    QList<storage::MonthlyAmount> byPartner;
    QHash<QString, QString> names;
    const QStringList tiers{QStringLiteral("none"), QStringLiteral("silver"), QStringLiteral("gold"),
                            QStringLiteral("platinum")};
    QHash<std::pair<QDate, QString>, qint64> byTierSum;
    for (int p = 0; p < kPartners; ++p) {
        const QString id = QStringLiteral("partner-%1").arg(p);
        names.insert(id, QStringLiteral("Partner %1").arg(p));
        qint64 level = 1'000'00 + qint64(random.bounded(500'000'000));
        for (const QDate &m : months) {
            level = level * (90 + random.bounded(25)) / 100;
            byPartner.append({m, id, level});
            byTierSum[{m, tiers.at(p % 4)}] += level;
        }
    }
    QList<storage::MonthlyAmount> byTier;
    for (auto it = byTierSum.cbegin(); it != byTierSum.cend(); ++it)
        byTier.append({it.key().first, it.key().second, it.value()});
    QList<storage::MonthlyAmount> byCategory;
    const QStringList categories{
        QStringLiteral("compute"),    QStringLiteral("storage"), QStringLiteral("network"), QStringLiteral("databases"),
        QStringLiteral("containers"), QStringLiteral("ai_ml"),   QStringLiteral("other"),   QString()};
    for (const QDate &m : months) {
        for (const QString &c : categories)
            byCategory.append({m, c, 1'000'000'00 + qint64(random.bounded(1'000'000'000))});
    }

    CommissionCharts charts;
    charts.resize(1000, 640);
    charts.show();
    QApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    charts.setMonths(months);
    charts.setPartners(byPartner, names);
    bench::report(name, QStringLiteral("load 2000 partners x 24 months"), {bench::elapsedMs(timer)});

    QList<double> select;
    for (int i = 0; i < kRuns; ++i) {
        timer.restart();
        charts.selectPartner(QStringLiteral("partner-%1").arg(i * 97 % kPartners)); // restyles and replots
        select.append(bench::elapsedMs(timer));
    }
    bench::report(name, QStringLiteral("select a partner (data + replot)"), select);

    QCustomPlot *partner = charts.plot(CommissionCharts::Chart::Partner);
    QList<double> redraw;
    for (int i = 0; i < kRuns; ++i) {
        partner->xAxis->moveRange(i % 2 ? 86400.0 * 30 : -86400.0 * 30); // as a pan does
        timer.restart();
        partner->replot();
        redraw.append(bench::elapsedMs(timer));
    }
    bench::report(name, QStringLiteral("redraw per-partner chart (2000 lines)"), redraw, 50);

    charts.setTiers(byTier);
    charts.setCategories(byCategory, {});
    for (auto [chart, step] :
         {std::pair{CommissionCharts::Chart::Tier, QStringLiteral("redraw per-tier chart")},
          std::pair{CommissionCharts::Chart::Category, QStringLiteral("redraw stacked category chart")}}) {
        charts.showChart(chart);
        QApplication::processEvents();
        QList<double> samples;
        for (int i = 0; i < kRuns; ++i) {
            timer.restart();
            charts.plot(chart)->replot();
            samples.append(bench::elapsedMs(timer));
        }
        bench::report(name, step, samples, 50);
    }
    return 0;
}
