#include "CommissionsPageToolbar.h"

#include "CommissionLinesModel.h"
#include "FlowLayout.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>

namespace pd::views {

CommissionsPageToolbar::CommissionsPageToolbar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("commissionToolbar"));
    // One row on a wide window; on a narrow one the buttons wrap onto a second row.
    auto *row = new FlowLayout(this);
    auto *label = new QLabel(tr("Period"), this);
    label->setProperty("role", QStringLiteral("caption"));
    row->addWidget(label);
    m_periodCombo = new QComboBox(this);
    m_periodCombo->setObjectName(QStringLiteral("commissionPeriodCombo"));
    m_periodCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    row->addWidget(m_periodCombo);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("commissionPeriodStateLabel"));
    row->addWidget(m_stateLabel);
    m_recomputeButton = new QPushButton(tr("Recompute"), this);
    m_recomputeButton->setObjectName(QStringLiteral("recomputeButton"));
    m_recomputeButton->setProperty("primary", true);
    m_recomputeButton->setToolTip(tr("Price the period's consumption again with the rules and tiers in force"));
    m_closeButton = new QPushButton(tr("Close period…"), this);
    m_closeButton->setObjectName(QStringLiteral("closePeriodButton"));
    m_closeButton->setToolTip(tr("Settle the period: its lines become final; later changes become clawbacks or "
                                 "top-ups in the next open period"));
    row->addWidget(m_recomputeButton);
    row->addWidget(m_closeButton);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("commissionProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("commissionCancelButton"));
    m_cancelButton->hide();
    row->addWidget(m_progress);
    row->addWidget(m_cancelButton);
    // Pushes the statement buttons to the right end of their row.
    auto *gap = new QWidget(this);
    gap->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    gap->setFixedHeight(1);
    gap->setMinimumWidth(0);
    row->addWidget(gap);
    m_csvButton = new QPushButton(tr("Statement CSV…"), this);
    m_csvButton->setObjectName(QStringLiteral("statementCsvButton"));
    m_pdfButton = new QPushButton(tr("Statement PDF…"), this);
    m_pdfButton->setObjectName(QStringLiteral("statementPdfButton"));
    row->addWidget(m_csvButton);
    row->addWidget(m_pdfButton);

    connect(m_periodCombo, &QComboBox::currentIndexChanged, this,
            [this] { emit periodChosen(m_periodCombo->currentData().toDate()); });
    connect(m_recomputeButton, &QPushButton::clicked, this, &CommissionsPageToolbar::recomputeRequested);
    connect(m_closeButton, &QPushButton::clicked, this, &CommissionsPageToolbar::closeRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &CommissionsPageToolbar::cancelRequested);
    connect(m_csvButton, &QPushButton::clicked, this, [this] { emit statementRequested(false); });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { emit statementRequested(true); });
}

QString CommissionsPageToolbar::monthName(const QDate &month)
{
    return items::CommissionLinesModel::monthText(month);
}

void CommissionsPageToolbar::setPeriods(const QList<storage::SettlementPeriod> &periods, const QDate &thisMonth,
                                        int months, const QDate &current)
{
    QMap<QDate, bool> closed; // month → closed
    for (int i = 0; i < months; ++i)
        closed.insert(thisMonth.addMonths(-i), false);
    for (const storage::SettlementPeriod &p : periods)
        closed.insert(p.month, p.state == storage::PeriodState::Closed);
    if (current.isValid() && !closed.contains(current))
        closed.insert(current, false);
    const QSignalBlocker block(m_periodCombo);
    m_periodCombo->clear();
    for (auto it = closed.constEnd(); it != closed.constBegin();) {
        --it;
        m_periodCombo->addItem(it.value() ? tr("%1 · closed").arg(monthName(it.key())) : monthName(it.key()), it.key());
    }
    m_periodCombo->setCurrentIndex(m_periodCombo->findData(current));
}

void CommissionsPageToolbar::choose(const QDate &month)
{
    const int index = m_periodCombo->findData(month);
    if (index >= 0) {
        const QSignalBlocker block(m_periodCombo);
        m_periodCombo->setCurrentIndex(index);
    }
}

void CommissionsPageToolbar::setState(const storage::SettlementPeriod &period, bool open, bool busy,
                                      bool partnerSelected)
{
    const bool closed = period.state == storage::PeriodState::Closed;
    m_periodCombo->setEnabled(open && !busy);
    m_recomputeButton->setEnabled(open && !busy && !closed);
    m_closeButton->setEnabled(open && !busy && !closed && period.computedAt.isValid());
    m_csvButton->setEnabled(open && !busy && partnerSelected);
    m_pdfButton->setEnabled(open && !busy && partnerSelected);
    const QLocale locale;
    if (closed)
        m_stateLabel->setText(
            tr("Closed %1 by %2")
                .arg(locale.toString(period.closedAt.toLocalTime(), QLocale::ShortFormat), period.closedBy));
    else if (period.computedAt.isValid())
        m_stateLabel->setText(
            tr("Open · computed %1").arg(locale.toString(period.computedAt.toLocalTime(), QLocale::ShortFormat)));
    else
        m_stateLabel->setText(tr("Open · not computed yet"));
    m_stateLabel->setStyleSheet(
        closed ? QStringLiteral("color: #475569; background: #E2E8F0; border-radius: 9px; padding: 2px 10px;")
               : QStringLiteral("color: #166534; background: #DCFCE7; border-radius: 9px; padding: 2px 10px;"));
    m_stateLabel->setVisible(open);
}

void CommissionsPageToolbar::setBusy(bool busy, bool cancellable)
{
    m_progress->setRange(0, 0); // busy until the first progress report
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy && cancellable);
}

void CommissionsPageToolbar::setProgress(qint64 done, qint64 total)
{
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

} // namespace pd::views
