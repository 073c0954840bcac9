#pragma once

#include "Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QtGlobal>

#include <functional>

namespace pd::demo {

// What the demo's billing data and settlement made, for the CLI to report.
struct ConsumptionSummary
{
    qint64 records = 0;
    int customers = 0;
    int months = 0;
    qint64 foreignRecords = 0; // in USD or EUR, priced at the month's stored rate
    qint64 refunds = 0;        // negative records
    int presales = 0;          // Agents' won deals marked with technical pre-sale
    int closedPeriods = 0;
    int openPeriods = 0;
    int corrections = 0;        // clawback or top-up lines from a late refund in a closed month
    qint64 commissionMinor = 0; // every line of every period, RUB kopecks
    qint64 commissionLines = 0;
};

// Demo billing data for a database that already holds the demo partners and deals: 24 months of consumption
// before `present`, per customer, service category and project. The customers are those of a share of the
// registered deals (so registration parts apply) plus unregistered clients of every partner with a signed
// agreement; a few pay in USD or EUR (with the months' rates stored), a few rows are refunds, some rows fall
// in excluded categories. Its own random stream: the same seed gives the same records. Then every month is
// priced, all but the last two are closed, and a late refund in a closed month becomes one clawback in the
// first open month. Everything happens inside the caller's transaction.
class ConsumptionDemo final
{
public:
    static constexpr int kMonths = 24;
    static constexpr int kOpenMonths = 2;

    ConsumptionDemo(QSqlDatabase db, quint32 seed, const QDate &present);

    // progress(done, total) counts months written, then months priced; false cancels.
    Status generate(const std::function<bool(int, int)> &progress, ConsumptionSummary *summary);

private:
    Status writeRecords(const std::function<bool(int, int)> &progress, ConsumptionSummary &made);
    Status settle(const std::function<bool(int, int)> &progress, ConsumptionSummary &made);

    QSqlDatabase m_db;
    quint32 m_seed;
    QDate m_firstMonth;
    QDate m_present;
};

} // namespace pd::demo
