#include "CommissionsPage.h"

#include "CommissionCharts.h"
#include "CommissionLinesModel.h"
#include "CommissionSummaryModel.h"
#include "CommissionWhyPanel.h"
#include "CommissionsPageToolbar.h"
#include "EmptyState.h"
#include "ListPageParts.h"
#include "PageHeader.h"
#include "Settings.h"
#include "TableActions.h"
#include "TextFilterProxy.h"

#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace pd::views {

using items::CommissionLinesModel;
using items::CommissionSummaryModel;

namespace {

QString monthName(const QDate &month)
{
    return CommissionsPageToolbar::monthName(month);
}

QString rubles(qint64 minor)
{
    return domain::Money::rub(minor).toString(QLocale());
}

} // namespace

CommissionsPage::CommissionsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("commissionsPage"));
    m_summary = new CommissionSummaryModel(this);
    auto *summaryProxy = new items::TextFilterProxy(this);
    summaryProxy->setSearchColumns({CommissionSummaryModel::Partner, CommissionSummaryModel::Inn});
    m_summaryProxy = summaryProxy;
    m_summaryProxy->setSourceModel(m_summary);
    m_summaryProxy->setSortRole(CommissionSummaryModel::RawValueRole);
    m_lines = new CommissionLinesModel(this);
    m_linesProxy = new QSortFilterProxyModel(this);
    m_linesProxy->setSourceModel(m_lines);
    m_linesProxy->setSortRole(CommissionLinesModel::RawValueRole);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    m_header = new PageHeader(tr("Commissions"), QString(), this);
    layout->addWidget(m_header);
    m_toolbar = new CommissionsPageToolbar(this);
    layout->addWidget(m_toolbar);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("commissionMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_stack = new QStackedWidget(this);
    m_noDatabase = new EmptyState(QStringLiteral(":/icons/database.svg"), tr("No database is open"),
                                  tr("Open a PartnerDesk database to settle its partners' commission."), m_stack);
    m_stack->addWidget(m_noDatabase);
    m_content = new QWidget(m_stack);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    m_splitter = createPageSplitter(m_content, QStringLiteral("commissionsSplitter"));
    content->addWidget(m_splitter);
    m_stack->addWidget(m_content);
    layout->addWidget(m_stack, 1);

    // Left: every partner's commission for the period, with the totals under it.
    auto *listCard = new QFrame(m_splitter);
    listCard->setObjectName(QStringLiteral("card"));
    auto *listLayout = new QVBoxLayout(listCard);
    listLayout->setContentsMargins(1, 8, 1, 1);
    m_search = createSearchField(listCard, QStringLiteral("commissionSearchEdit"), tr("Find a partner"));
    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(8, 0, 8, 0);
    searchRow->addWidget(m_search);
    listLayout->addLayout(searchRow);
    m_listStack = new QStackedWidget(listCard);
    m_summaryTable = createListTable(m_listStack, QStringLiteral("commissionSummaryTable"), m_summaryProxy);
    m_listStack->addWidget(m_summaryTable);
    m_noLines = new EmptyState(QStringLiteral(":/icons/commissions.svg"), tr("Nothing computed for this period"),
                               tr("Recompute the period to price its consumption with the program rules in force."),
                               m_listStack);
    connect(m_noLines->addButton(tr("Recompute"), {}, true), &QPushButton::clicked, this, &CommissionsPage::recompute);
    m_listStack->addWidget(m_noLines);
    listLayout->addWidget(m_listStack, 1);
    m_totalLabel = new QLabel(listCard);
    m_totalLabel->setObjectName(QStringLiteral("commissionTotalLabel"));
    m_totalLabel->setContentsMargins(12, 8, 12, 10);
    m_totalLabel->setProperty("role", QStringLiteral("heading"));
    listLayout->addWidget(m_totalLabel);

    // Right: the selected partner's lines with "why this amount", and the charts.
    auto *detailCard = new QFrame(m_splitter);
    detailCard->setObjectName(QStringLiteral("card"));
    auto *detailLayout = new QVBoxLayout(detailCard);
    detailLayout->setContentsMargins(1, 8, 1, 1);
    m_partnerTitle = new QLabel(detailCard);
    m_partnerTitle->setObjectName(QStringLiteral("commissionPartnerTitle"));
    m_partnerTitle->setProperty("role", QStringLiteral("heading"));
    m_partnerTitle->setContentsMargins(14, 0, 14, 0);
    detailLayout->addWidget(m_partnerTitle);
    m_tabs = new QTabWidget(detailCard);
    m_tabs->setObjectName(QStringLiteral("commissionTabs"));
    m_tabs->setDocumentMode(true);
    m_detailSplitter = new QSplitter(Qt::Vertical, m_tabs);
    m_detailSplitter->setObjectName(QStringLiteral("commissionDetailSplitter"));
    m_detailSplitter->setChildrenCollapsible(false);
    m_linesTable = createListTable(m_detailSplitter, QStringLiteral("commissionLinesTable"), m_linesProxy);
    m_why = new CommissionWhyPanel(m_detailSplitter);
    m_detailSplitter->addWidget(m_linesTable);
    m_detailSplitter->addWidget(m_why);
    m_detailSplitter->setStretchFactor(0, 3);
    m_detailSplitter->setStretchFactor(1, 2);
    m_charts = new CommissionCharts(m_tabs);
    m_tabs->addTab(m_detailSplitter, tr("Lines"));
    m_tabs->addTab(m_charts, tr("Charts"));
    detailLayout->addWidget(m_tabs, 1);
    m_splitter->addWidget(listCard);
    m_splitter->addWidget(detailCard);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    connect(m_search, &QLineEdit::textChanged, summaryProxy, &items::TextFilterProxy::setSearchText);
    connect(m_summaryTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CommissionsPage::reloadPartner);
    connect(m_linesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CommissionsPage::showLine);
    m_summaryTable->sortByColumn(CommissionSummaryModel::Total, Qt::DescendingOrder);
    installRowActions();

    m_thread = new QThread; // stopped and deleted by hand after its last answer
    m_thread->setObjectName(QStringLiteral("commissionWorker"));
    m_worker = new CommissionsPageWorker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CommissionsPageWorker::periodLoaded, this, &CommissionsPage::showPeriod);
    connect(m_worker, &CommissionsPageWorker::linesLoaded, this, &CommissionsPage::showLines);
    connect(m_worker, &CommissionsPageWorker::chartsLoaded, this, &CommissionsPage::showCharts);
    connect(m_worker, &CommissionsPageWorker::explained, this, &CommissionsPage::showExplanation);
    connect(m_worker, &CommissionsPageWorker::periodWritten, this, &CommissionsPage::periodWritten);
    connect(m_worker, &CommissionsPageWorker::statementWritten, this, &CommissionsPage::statementWritten);
    connect(m_worker, &CommissionsPageWorker::progress, m_toolbar, &CommissionsPageToolbar::setProgress);
    connect(m_toolbar, &CommissionsPageToolbar::periodChosen, this, &CommissionsPage::setPeriod);
    connect(m_toolbar, &CommissionsPageToolbar::recomputeRequested, this, &CommissionsPage::recompute);
    connect(m_toolbar, &CommissionsPageToolbar::closeRequested, this, [this] { closePeriod(); });
    connect(m_toolbar, &CommissionsPageToolbar::cancelRequested, this, [this] { m_worker->cancel(); });
    connect(m_toolbar, &CommissionsPageToolbar::statementRequested, this, [this](bool pdf) { exportStatement(pdf); });
    connect(m_worker, &CommissionsPageWorker::failed, this, [this](const QString &message) {
        m_message->setText(message);
        m_message->setProperty("kind", QStringLiteral("error"));
        m_message->show();
    });
    m_thread->start();
    setDatabase({}, {}, {});
}

CommissionsPage::~CommissionsPage()
{
    m_worker->cancel(); // a recompute stops at its next record and changes nothing
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

template <typename F>
void CommissionsPage::post(F &&call)
{
    QMetaObject::invokeMethod(m_worker, std::forward<F>(call), Qt::QueuedConnection);
}

void CommissionsPage::setDatabase(const QString &path, const QDate &today, const QString &actor)
{
    m_path = path;
    m_today = today.isValid() ? today : QDate::currentDate();
    m_summary->setTotals({});
    m_lines->setLines({});
    m_why->clear();
    m_charts->clear();
    m_period = {};
    m_message->hide();
    ++m_periodRequest;
    ++m_linesRequest;
    ++m_chartsRequest;
    ++m_explainRequest;
    if (path.isEmpty()) {
        post([w = m_worker] { w->close(); });
        m_stack->setCurrentWidget(m_noDatabase);
        m_header->setSubtitle(tr("No database is open"));
        updateState();
        return;
    }
    post([w = m_worker, path, actor] { w->open(path, actor); });
    m_stack->setCurrentWidget(m_content);
    m_month = storage::CommissionService::monthOf(m_today);
    m_chartEnd = {};
    m_followLatest = true;
    fillPeriods({});
    m_stale = false;
    reloadPeriod();
    reloadCharts();
}

void CommissionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_path.isEmpty()) {
        m_stale = false;
        reloadPeriod();
        reloadCharts();
    }
}

void CommissionsPage::fillPeriods(const QList<storage::SettlementPeriod> &periods)
{
    m_toolbar->setPeriods(periods, storage::CommissionService::monthOf(m_today), kChartMonths, m_month);
}

void CommissionsPage::setPeriod(const QDate &month)
{
    const QDate first = storage::CommissionService::monthOf(month);
    if (!first.isValid() || first == m_month)
        return;
    m_month = first;
    m_followLatest = false;
    m_toolbar->choose(first);
    m_message->hide();
    reloadPeriod();
}

void CommissionsPage::reloadPeriod()
{
    if (m_path.isEmpty())
        return;
    const quint64 request = ++m_periodRequest;
    post([w = m_worker, request, month = m_month] { w->loadPeriod(request, month); });
}

void CommissionsPage::reloadCharts()
{
    if (m_path.isEmpty())
        return;
    const quint64 request = ++m_chartsRequest;
    const QDate to = m_chartEnd.isValid() ? m_chartEnd : storage::CommissionService::monthOf(m_today);
    const QDate from = to.addMonths(-(kChartMonths - 1));
    post(
        [w = m_worker, request, from, to, partner = currentPartnerId()] { w->loadCharts(request, from, to, partner); });
}

void CommissionsPage::showPeriod(quint64 request, const CommissionPeriodData &data)
{
    if (request != m_periodRequest)
        return;
    if (m_followLatest) {
        // Opening a database shows the latest settled or computed period, not an empty current month.
        m_followLatest = false;
        QDate latest;
        for (const storage::SettlementPeriod &p : data.periods)
            latest = std::max(latest, p.month);
        if (!data.period.computedAt.isValid() && latest.isValid() && latest != m_month) {
            setPeriod(latest);
            return;
        }
    }
    const QString current = currentPartnerId();
    // The charts end with the latest stored period: later months have nothing computed yet.
    m_chartEnd = {};
    for (const storage::SettlementPeriod &p : data.periods)
        m_chartEnd = std::max(m_chartEnd, p.month);
    m_period = data.period;
    fillPeriods(data.periods);
    for (const storage::PartnerPeriodTotal &t : data.totals)
        m_partnerNames.insert(t.partnerId, t.partnerName);
    m_summary->setTotals(data.totals);
    m_listStack->setCurrentWidget(data.totals.isEmpty() ? static_cast<QWidget *>(m_noLines) : m_summaryTable);
    m_totalLabel->setText(tr("Total %1 · %2 partners · %3 lines%4")
                              .arg(rubles(m_summary->totalMinor()), QLocale().toString(m_summary->rowCount()),
                                   QLocale().toString(m_summary->lineCount()),
                                   m_summary->correctionsMinor() == 0
                                       ? QString()
                                       : tr(" · corrections %1").arg(rubles(m_summary->correctionsMinor()))));
    updateState();
    if (!selectPartner(current) && m_summaryProxy->rowCount() > 0)
        m_summaryTable->selectRow(0);
    reloadPartner();
    emit loaded();
}

bool CommissionsPage::selectPartner(const QString &partnerId)
{
    const int row = m_summary->rowOfPartner(partnerId);
    if (partnerId.isEmpty() || row < 0)
        return false;
    const QModelIndex index = m_summaryProxy->mapFromSource(m_summary->index(row, 0));
    if (!index.isValid())
        return false;
    m_summaryTable->selectionModel()->setCurrentIndex(index,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_summaryTable->scrollTo(index);
    return true;
}

QString CommissionsPage::currentPartnerId() const
{
    return m_summaryTable->currentIndex().data(CommissionSummaryModel::PartnerIdRole).toString();
}

void CommissionsPage::installRowActions()
{
    // Amounts go to the clipboard as numbers a spreadsheet can sum.
    const auto amounts = [](QList<int> columns, int rawRole) {
        return [columns, rawRole](const QModelIndex &index) {
            if (!columns.contains(index.column()))
                return QString();
            return TableActions::plainAmount(domain::Money::rub(index.data(rawRole).toLongLong()), QLocale());
        };
    };
    auto *partners =
        TableActions::install(m_summaryTable, tr("Commissions"), QStringLiteral("commissions-selection.csv"));
    partners->setCellText(amounts({CommissionSummaryModel::Corrections, CommissionSummaryModel::Total},
                                  CommissionSummaryModel::RawValueRole));
    partners->setOpenHandler([this](const QModelIndex &) {
        m_tabs->setCurrentWidget(m_detailSplitter);
        m_linesTable->setFocus(Qt::OtherFocusReason);
    });
    partners->addPageAction(tr("Statement CSV…"), [this] { exportStatement(false); });
    partners->addPageAction(tr("Statement PDF…"), [this] { exportStatement(true); });
    auto *lines =
        TableActions::install(m_linesTable, tr("Commission lines"), QStringLiteral("commission-lines-selection.csv"));
    lines->setCellText(
        amounts({CommissionLinesModel::Basis, CommissionLinesModel::Amount}, CommissionLinesModel::RawValueRole));
}

void CommissionsPage::reloadPartner()
{
    const QString partner = currentPartnerId();
    ++m_explainRequest;
    m_why->clear();
    if (partner.isEmpty()) {
        ++m_linesRequest;
        m_lines->setLines({});
        m_partnerTitle->setText(tr("No partner selected"));
        m_charts->selectPartner({});
        updateState();
        return;
    }
    const int row = m_summary->rowOfPartner(partner);
    const storage::PartnerPeriodTotal &t = m_summary->totalAt(row);
    m_partnerTitle->setText(tr("%1 · %2 · %3").arg(t.partnerName, monthName(m_month), rubles(t.totalMinor)));
    const quint64 request = ++m_linesRequest;
    post([w = m_worker, request, month = m_month, partner] { w->loadLines(request, month, partner); });
    m_charts->selectPartner(partner);
    reloadCharts(); // the category chart follows the partner
    updateState();
}

void CommissionsPage::showLines(quint64 request, const QList<storage::StoredLine> &lines)
{
    if (request != m_linesRequest)
        return;
    m_lines->setLines(lines);
    if (m_linesProxy->rowCount() > 0)
        selectLine(0);
    emit loaded();
}

bool CommissionsPage::selectLine(int row)
{
    const QModelIndex index = m_linesProxy->index(row, 0);
    if (!index.isValid())
        return false;
    m_linesTable->selectionModel()->setCurrentIndex(index,
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void CommissionsPage::showLine()
{
    const QModelIndex index = m_linesTable->currentIndex();
    if (!index.isValid()) {
        m_why->clear();
        return;
    }
    const qint64 lineId = index.data(CommissionLinesModel::LineIdRole).toLongLong();
    const quint64 request = ++m_explainRequest;
    post([w = m_worker, request, lineId] { w->explain(request, lineId); });
}

void CommissionsPage::showExplanation(quint64 request, const storage::LineExplanation &explanation)
{
    if (request != m_explainRequest)
        return;
    m_why->setExplanation(explanation);
    emit loaded();
}

void CommissionsPage::showCharts(quint64 request, const CommissionChartData &data)
{
    if (request != m_chartsRequest)
        return;
    QList<QDate> months;
    for (QDate m = data.from; m <= data.to; m = m.addMonths(1))
        months.append(m);
    m_charts->setMonths(months);
    m_charts->setPartners(data.byPartner, m_partnerNames);
    m_charts->selectPartner(currentPartnerId());
    m_charts->setTiers(data.byTier);
    m_charts->setCategories(data.byCategory, m_partnerNames.value(data.partnerId));
    emit loaded();
}

void CommissionsPage::recompute()
{
    if (m_path.isEmpty() || m_busy)
        return;
    m_cancellable = true;
    setBusy(true, tr("Recomputing %1…").arg(monthName(m_month)));
    post([w = m_worker, month = m_month] { w->recompute(month); });
}

void CommissionsPage::closePeriod(bool confirmed)
{
    if (m_path.isEmpty() || m_busy || m_period.state == storage::PeriodState::Closed)
        return;
    if (!confirmed) {
        QMessageBox box(QMessageBox::Question, tr("Close period"),
                        tr("Close %1 and settle its commission?").arg(monthName(m_month)), QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("closePeriodBox"));
        box.setInformativeText(tr("The period is recomputed first. Its lines then become final: a later change to its "
                                  "consumption appears as a clawback or top-up in the next open period."));
        QPushButton *close = box.addButton(tr("Close period"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != close)
            return;
    }
    setBusy(true, tr("Closing %1…").arg(monthName(m_month)));
    post([w = m_worker, month = m_month] { w->closePeriod(month); });
}

void CommissionsPage::periodWritten(const QDate &month, const QString &message, const storage::RecomputeSummary &s)
{
    m_cancellable = false;
    setBusy(false);
    m_message->setProperty("kind", message.isEmpty() ? QStringLiteral("success") : QStringLiteral("error"));
    m_message->setText(message.isEmpty()
                           ? tr("%1: %2 lines for %3 partners from %4 consumption records, total %5 (%6 corrections), "
                                "in %7 ms.")
                                 .arg(monthName(month), QLocale().toString(s.lines), QLocale().toString(s.partners),
                                      QLocale().toString(s.records), rubles(s.totalMinor),
                                      QLocale().toString(s.corrections), QLocale().toString(s.elapsedMs))
                           : message);
    m_message->show();
    reloadPeriod();
    reloadCharts();
    if (message.isEmpty())
        emit commissionChanged();
}

void CommissionsPage::exportStatement(bool pdf, const QString &chosenPath)
{
    const QString partner = currentPartnerId();
    if (m_path.isEmpty() || partner.isEmpty())
        return;
    QString path = chosenPath;
    if (path.isEmpty()) {
        const storage::PartnerPeriodTotal &t = m_summary->totalAt(m_summary->rowOfPartner(partner));
        const QString name =
            QStringLiteral("statement-%1-%2.%3")
                .arg(t.partnerInn.isEmpty() ? partner.left(8) : t.partnerInn,
                     m_month.toString(QStringLiteral("yyyy-MM")), pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
        path = QFileDialog::getSaveFileName(this, pdf ? tr("Statement as PDF") : tr("Statement as CSV"),
                                            QDir::home().filePath(name),
                                            pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
    }
    setBusy(true, tr("Writing the statement…"));
    post([w = m_worker, path, partner, month = m_month, pdf] { w->writeStatement(path, partner, month, pdf); });
}

void CommissionsPage::statementWritten(const QString &path, const QString &message)
{
    setBusy(false);
    m_message->setProperty("kind", message.isEmpty() ? QStringLiteral("success") : QStringLiteral("error"));
    m_message->setText(message.isEmpty() ? tr("Statement saved to %1.").arg(QDir::toNativeSeparators(path))
                                         : tr("The statement was not saved: %1").arg(message));
    m_message->show();
}

void CommissionsPage::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_toolbar->setBusy(busy, busy && m_cancellable);
    if (busy) {
        m_message->setProperty("kind", QStringLiteral("info"));
        m_message->setText(what);
        m_message->show();
    }
    updateState();
}

void CommissionsPage::updateState()
{
    const bool open = !m_path.isEmpty();
    m_toolbar->setState(m_period, open, m_busy, !currentPartnerId().isEmpty());
    if (open)
        m_header->setSubtitle(tr("Settlement periods, each partner's commission and how every line was computed"));
    const QString kind = m_message->property("kind").toString();
    const QString colours =
        kind == QLatin1String("error")     ? QStringLiteral("#FEF2F2; border: 1px solid #FECACA; color: #991B1B")
        : kind == QLatin1String("success") ? QStringLiteral("#F0FDF4; border: 1px solid #BBF7D0; color: #166534")
                                           : QStringLiteral("#EFF6FF; border: 1px solid #BFDBFE; color: #1E3A8A");
    m_message->setStyleSheet(QStringLiteral("background: %1; border-radius: 6px; padding: 6px 10px;").arg(colours));
}

void CommissionsPage::saveLayout() const
{
    Settings::saveSplitter(m_splitter);
    Settings::saveSplitter(m_detailSplitter);
    Settings::saveHeader(m_summaryTable->horizontalHeader(), m_summaryTable->objectName());
    Settings::saveHeader(m_linesTable->horizontalHeader(), m_linesTable->objectName());
}

void CommissionsPage::restoreLayout()
{
    if (!Settings::restoreSplitter(m_splitter))
        m_splitter->setSizes({520, 780});
    if (!Settings::restoreSplitter(m_detailSplitter))
        m_detailSplitter->setSizes({420, 300});
    QHeaderView *summary = m_summaryTable->horizontalHeader();
    if (!Settings::restoreHeader(summary, m_summaryTable->objectName())) {
        summary->setStretchLastSection(false);
        summary->setSectionResizeMode(CommissionSummaryModel::Partner, QHeaderView::Stretch);
        for (auto [column, width] :
             {std::pair{CommissionSummaryModel::Tier, 96}, std::pair{CommissionSummaryModel::Lines, 60},
              std::pair{CommissionSummaryModel::Corrections, 104}, std::pair{CommissionSummaryModel::Total, 124}})
            summary->resizeSection(column, width);
        summary->setSectionHidden(CommissionSummaryModel::Inn, true);
        summary->setSectionHidden(CommissionSummaryModel::Role, true);
        summary->setSectionHidden(CommissionSummaryModel::Lines, true);
    }
    QHeaderView *lines = m_linesTable->horizontalHeader();
    if (!Settings::restoreHeader(lines, m_linesTable->objectName())) {
        // The customer's name whole; on a narrow screen the list scrolls sideways rather than cut it.
        lines->setStretchLastSection(true);
        for (auto [column, width] :
             {std::pair{CommissionLinesModel::Customer, columnWidthForText(m_linesTable, 24)},
              std::pair{CommissionLinesModel::Category, 92}, std::pair{CommissionLinesModel::Kind, 160},
              std::pair{CommissionLinesModel::Rule, 90}, std::pair{CommissionLinesModel::Tier, 66},
              std::pair{CommissionLinesModel::Basis, 104}, std::pair{CommissionLinesModel::Rate, 60},
              std::pair{CommissionLinesModel::Amount, 100}})
            lines->resizeSection(column, width);
        lines->setSectionHidden(CommissionLinesModel::Rule, true); // the why panel names the rule of the line
    }
    // Russian titles («Корректировки», «База начисления») are longer than the widths above.
    fitSectionsToTitles(summary);
    fitSectionsToTitles(lines);
}

} // namespace pd::views
