#pragma once

#include "CommissionReports.h"
#include "CommissionService.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace pd::storage {
class Database;
}

namespace pd::views {

// What the Commissions page shows for one period: its state, every period known, and the per-partner totals.
struct CommissionPeriodData
{
    storage::SettlementPeriod period;
    QList<storage::SettlementPeriod> periods;
    QList<storage::PartnerPeriodTotal> totals;
};

// The monthly series behind the charts, over the months shown.
struct CommissionChartData
{
    QDate from;
    QDate to;
    QString partnerId;                       // the partner of byCategory; empty: all partners
    QList<storage::MonthlyAmount> byPartner; // every partner
    QList<storage::MonthlyAmount> byTier;
    QList<storage::MonthlyAmount> byCategory;
};

// The Commissions page's reads and writes, on a worker thread with its own connection to the database
// file: the GUI thread only posts requests (queued) and shows the answers. Requests run one after the
// other; a recompute reports progress and stops when cancel() is called from any thread.
class CommissionsPageWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommissionsPageWorker)

public:
    explicit CommissionsPageWorker(QObject *parent = nullptr);
    ~CommissionsPageWorker() override;

    void open(const QString &path, const QString &actor);
    void close();
    void loadPeriod(quint64 request, const QDate &month);
    void loadLines(quint64 request, const QDate &month, const QString &partnerId);
    void loadCharts(quint64 request, const QDate &from, const QDate &to, const QString &partnerId);
    void explain(quint64 request, qint64 lineId);
    void recompute(const QDate &month);
    void closePeriod(const QDate &month);
    void writeStatement(const QString &path, const QString &partnerId, const QDate &month, bool pdf);
    // Thread-safe: asks a running recompute to stop (it then leaves the period as it was).
    void cancel() { m_cancel = true; }

signals:
    void periodLoaded(quint64 request, const pd::views::CommissionPeriodData &data);
    void linesLoaded(quint64 request, const QList<pd::storage::StoredLine> &lines);
    void chartsLoaded(quint64 request, const pd::views::CommissionChartData &data);
    void explained(quint64 request, const pd::storage::LineExplanation &explanation);
    void progress(qint64 done, qint64 total);
    // A recompute or a close finished (ok or not); message is empty on success.
    void periodWritten(const QDate &month, const QString &message, const pd::storage::RecomputeSummary &summary);
    void statementWritten(const QString &path, const QString &message);
    void failed(const QString &message);

private:
    bool ready();

    QString m_path;
    QString m_actor;
    std::unique_ptr<storage::Database> m_database;
    std::atomic<bool> m_cancel = false;
    // The last recompute's checkpoint, running on while the page reads the new figures; the next recompute
    // (or the worker's end) waits for it.
    std::unique_ptr<storage::BackgroundCheckpoint> m_checkpoint;
};

} // namespace pd::views

Q_DECLARE_METATYPE(pd::views::CommissionPeriodData)
Q_DECLARE_METATYPE(pd::views::CommissionChartData)
