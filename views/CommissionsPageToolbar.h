#pragma once

#include "CommissionService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace pd::views {

// The Commissions page's toolbar: the period (month) chooser with the period's state, Recompute and
// Close period, a progress bar with Cancel while the worker runs, and the statement buttons.
class CommissionsPageToolbar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommissionsPageToolbar)

public:
    explicit CommissionsPageToolbar(QWidget *parent = nullptr);

    // The last `months` months up to `thisMonth` and every stored period, newest first; `current` chosen.
    void setPeriods(const QList<storage::SettlementPeriod> &periods, const QDate &thisMonth, int months,
                    const QDate &current);
    void choose(const QDate &month);
    // What may be done now: a database is open, the worker is busy, a partner is selected.
    void setState(const storage::SettlementPeriod &period, bool open, bool busy, bool partnerSelected);
    void setBusy(bool busy, bool cancellable);
    void setProgress(qint64 done, qint64 total);

    static QString monthName(const QDate &month);

signals:
    void periodChosen(const QDate &month);
    void recomputeRequested();
    void closeRequested();
    void cancelRequested();
    void statementRequested(bool pdf);

private:
    QComboBox *m_periodCombo = nullptr;
    QLabel *m_stateLabel = nullptr;
    QPushButton *m_recomputeButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPushButton *m_csvButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace pd::views
