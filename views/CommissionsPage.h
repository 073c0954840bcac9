#pragma once

#include "CommissionsPageWorker.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QThread;

namespace pd::items {
class CommissionLinesModel;
class CommissionSummaryModel;
} // namespace pd::items

namespace pd::views {

class CommissionCharts;
class CommissionWhyPanel;
class CommissionsPageToolbar;
class EmptyState;
class PageHeader;

// The Commissions page: a settlement period (month) with its state, Recompute and Close period; each
// partner's commission for it with the totals; the selected partner's lines and "why this amount" for
// the selected line; charts over 24 months; the partner's statement as CSV or PDF. Every read and write
// runs on a worker thread with its own connection; a recompute shows its progress and can be cancelled.
class CommissionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommissionsPage)

public:
    static constexpr int kChartMonths = 24;

    explicit CommissionsPage(QWidget *parent = nullptr);
    ~CommissionsPage() override;

    // The database file (empty: none is open), today's date and who acts (for closing periods).
    void setDatabase(const QString &path, const QDate &today, const QString &actor);
    void setPeriod(const QDate &month);
    QDate period() const { return m_month; }
    bool selectPartner(const QString &partnerId);
    QString currentPartnerId() const;
    bool selectLine(int row);
    void recompute();
    // Asks for confirmation first unless `confirmed`.
    void closePeriod(bool confirmed = false);
    void exportStatement(bool pdf, const QString &path = {});
    bool isBusy() const { return m_busy; }

    items::CommissionSummaryModel *summaryModel() const { return m_summary; }
    items::CommissionLinesModel *linesModel() const { return m_lines; }
    CommissionWhyPanel *whyPanel() const { return m_why; }
    CommissionCharts *charts() const { return m_charts; }

    void saveLayout() const;
    void restoreLayout();

signals:
    // The stored commission changed (a recompute or a close): the dashboard's figure is out of date.
    void commissionChanged();
    // A read answered (period, lines, charts, explanation): tests wait on it.
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillPeriods(const QList<storage::SettlementPeriod> &periods);
    void reloadPeriod();
    void reloadPartner();
    void installRowActions();
    void reloadCharts();
    void showPeriod(quint64 request, const CommissionPeriodData &data);
    void showLines(quint64 request, const QList<storage::StoredLine> &lines);
    void showCharts(quint64 request, const CommissionChartData &data);
    void showExplanation(quint64 request, const storage::LineExplanation &explanation);
    void periodWritten(const QDate &month, const QString &message, const storage::RecomputeSummary &summary);
    void statementWritten(const QString &path, const QString &message);
    void showLine();
    void setBusy(bool busy, const QString &what = {});
    void updateState();
    template <typename F>
    void post(F &&call);

    QString m_path;
    QDate m_today;
    QDate m_month;
    QDate m_chartEnd;
    storage::SettlementPeriod m_period;
    bool m_busy = false;
    bool m_cancellable = false;
    bool m_followLatest = false;
    bool m_stale = true;
    quint64 m_periodRequest = 0;
    quint64 m_linesRequest = 0;
    quint64 m_chartsRequest = 0;
    quint64 m_explainRequest = 0;
    QThread *m_thread = nullptr;
    CommissionsPageWorker *m_worker = nullptr;
    QHash<QString, QString> m_partnerNames;

    items::CommissionSummaryModel *m_summary = nullptr;
    QSortFilterProxyModel *m_summaryProxy = nullptr;
    items::CommissionLinesModel *m_lines = nullptr;
    QSortFilterProxyModel *m_linesProxy = nullptr;

    PageHeader *m_header = nullptr;
    CommissionsPageToolbar *m_toolbar = nullptr;
    QLabel *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_noDatabase = nullptr;
    QWidget *m_content = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_detailSplitter = nullptr;
    QLineEdit *m_search = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_summaryTable = nullptr;
    EmptyState *m_noLines = nullptr;
    QLabel *m_totalLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_partnerTitle = nullptr;
    QTableView *m_linesTable = nullptr;
    CommissionWhyPanel *m_why = nullptr;
    CommissionCharts *m_charts = nullptr;
};

} // namespace pd::views
