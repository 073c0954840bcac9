#include "DealsPage.h"

#include "DealDetailPanel.h"
#include "DealService.h"
#include "DealsModel.h"
#include "DealText.h"
#include "EmptyState.h"
#include "FlowLayout.h"
#include "ListPageParts.h"
#include "NewRegistrationDialog.h"
#include "PageHeader.h"
#include "Settings.h"
#include "TableActions.h"
#include "TextUtil.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::views {

using items::DealsModel;

DealsPage::DealsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dealsPage"));
    m_model = new DealsModel(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    m_header = new PageHeader(tr("Deals"), QString(), this);
    m_newButton = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("New registration…"), this);
    m_newButton->setObjectName(QStringLiteral("newRegistrationButton"));
    m_newButton->setProperty("primary", true);
    m_header->addWidget(m_newButton);
    connect(m_newButton, &QPushButton::clicked, this, &DealsPage::newRegistration);
    layout->addWidget(m_header);
    m_filterBar = buildFilterBar();
    layout->addWidget(m_filterBar);

    m_splitter = createPageSplitter(this, QStringLiteral("dealsSplitter"));
    const ListCard list = createListCard(m_splitter);
    m_listStack = list.stack;
    m_table = createListTable(m_listStack, QStringLiteral("dealsTable"), m_model);
    m_table->setTextElideMode(Qt::ElideMiddle); // «ООО "Надёж…облако"»: the legal form and the name's end
    m_listStack->addWidget(m_table);
    TableActions::installOnDeals(m_table, tr("Deals"), QStringLiteral("deals-selection.csv"), [this] {
        showCurrent();
        TableActions::focusFirstField(m_detail);
    })->addPageAction(tr("New registration…"), [this] { newRegistration(); });

    m_noDeals = new EmptyState(QStringLiteral(":/icons/deals.svg"), tr("No deals yet"),
                               tr("Partners register deals to protect them from competing partners. File the first "
                                  "registration on a partner's behalf, or wait for them to arrive."),
                               m_listStack);
    connect(m_noDeals->addButton(tr("New registration…"), QStringLiteral(":/icons/add.svg"), true),
            &QPushButton::clicked, this, &DealsPage::newRegistration);
    m_listStack->addWidget(m_noDeals);
    m_noMatches = new EmptyState(QStringLiteral(":/icons/search.svg"), tr("No deal matches these filters"),
                                 tr("Try another search or clear the filters."), m_listStack);
    connect(m_noMatches->addButton(tr("Clear filters")), &QPushButton::clicked, this, &DealsPage::clearFilters);
    m_listStack->addWidget(m_noMatches);
    m_noDatabase = new EmptyState(QStringLiteral(":/icons/database.svg"), tr("No database is open"),
                                  tr("Open a PartnerDesk database to see its deals."), m_listStack);
    m_listStack->addWidget(m_noDatabase);

    auto *detailCard = new QFrame(m_splitter);
    detailCard->setObjectName(QStringLiteral("card"));
    auto *detailLayout = new QVBoxLayout(detailCard);
    detailLayout->setContentsMargins(1, 1, 1, 1);
    m_detailStack = new QStackedWidget(detailCard);
    detailLayout->addWidget(m_detailStack);
    m_noSelection = new EmptyState(QStringLiteral(":/icons/timeline.svg"), tr("No deal selected"),
                                   tr("Select a deal to see its protection, its timeline of decisions, feedback and "
                                      "extensions, and what you can do next."),
                                   m_detailStack);
    m_detailStack->addWidget(m_noSelection);
    m_detail = new DealDetailPanel(m_detailStack);
    m_detailStack->addWidget(m_detail);
    m_splitter->addWidget(list.card);
    m_splitter->addWidget(detailCard);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    connect(m_model, &DealsModel::sortRequested, this, [this](storage::DealSort sort, Qt::SortOrder order) {
        m_sort = sort;
        m_order = order;
        reload();
    });
    connect(m_model, &DealsModel::readFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Deals"), message); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DealsPage::showCurrent);
    m_table->sortByColumn(DealsModel::Filed, Qt::DescendingOrder);

    setService(nullptr);
}

DealsPage::~DealsPage() = default;

QWidget *DealsPage::buildFilterBar()
{
    // The filters wrap onto a second row where one row is too narrow (a laptop, Russian labels).
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("dealFilterBar"));
    auto *row = new FlowLayout(bar);
    m_search = createSearchField(bar, QStringLiteral("dealSearchEdit"), tr("Search customer, INN, partner or product"));
    m_search->setMinimumWidth(240);
    m_search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    row->addWidget(m_search);

    m_partnerFilter = new QComboBox(bar);
    m_partnerFilter->setObjectName(QStringLiteral("dealPartnerCombo"));
    m_partnerFilter->setMinimumContentsLength(18);
    m_partnerFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_partnerFilter, &QComboBox::currentTextChanged, m_partnerFilter,
            &QWidget::setToolTip); // a long name whole
    row->addWidget(m_partnerFilter);

    m_stateFilter = new QComboBox(bar);
    m_stateFilter->setObjectName(QStringLiteral("dealStateCombo"));
    m_stateFilter->addItem(tr("All states"), -1);
    m_stateFilter->addItem(tr("Under review"), 100);
    for (domain::ApplicationState s :
         {domain::ApplicationState::New, domain::ApplicationState::AwaitingReview, domain::ApplicationState::InProgress,
          domain::ApplicationState::Confirmation, domain::ApplicationState::Registered,
          domain::ApplicationState::Rejected, domain::ApplicationState::Returned})
        m_stateFilter->addItem(domain::displayName(s), static_cast<int>(s));
    m_stateFilter->addItem(tr("Registered · in progress"), 200 + static_cast<int>(domain::DealOutcome::InProgress));
    m_stateFilter->addItem(tr("Registered · won"), 200 + static_cast<int>(domain::DealOutcome::Won));
    m_stateFilter->addItem(tr("Registered · lost"), 200 + static_cast<int>(domain::DealOutcome::Lost));
    m_stateFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    row->addWidget(m_stateFilter);

    m_productFilter = new QComboBox(bar);
    m_productFilter->setObjectName(QStringLiteral("dealProductCombo"));
    m_productFilter->addItem(tr("All products"), QString());
    for (const QString &product : dealText::knownProducts())
        m_productFilter->addItem(product, product);
    m_productFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    row->addWidget(m_productFilter);

    m_protectionFilter = new QComboBox(bar);
    m_protectionFilter->setObjectName(QStringLiteral("dealProtectionCombo"));
    m_protectionFilter->addItem(tr("Any protection"), -1);
    for (int days : {7, 14, 30, 60, 90})
        m_protectionFilter->addItem(tr("Protection ends within %1 days").arg(days), days);
    m_protectionFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    row->addWidget(m_protectionFilter);

    m_overdueCheck = new QCheckBox(tr("Feedback overdue"), bar);
    m_overdueCheck->setObjectName(QStringLiteral("dealOverdueCheck"));
    m_conflictsCheck = new QCheckBox(tr("Has conflicts"), bar);
    m_conflictsCheck->setObjectName(QStringLiteral("dealConflictsCheck"));
    row->addWidget(m_overdueCheck);
    row->addWidget(m_conflictsCheck);

    // Each filter change is one count query and one page; typing waits for a pause first.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &DealsPage::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, &DealsPage::applyFilters);
    for (QComboBox *combo : {m_partnerFilter, m_stateFilter, m_productFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &DealsPage::applyFilters);
    // Asking which protections end soon, a person wants the soonest first; SQLite also answers that
    // order from its index, where any other order sorts every match.
    connect(m_protectionFilter, &QComboBox::currentIndexChanged, this, [this] {
        if (m_protectionFilter->currentData().toInt() >= 0 && m_sort != storage::DealSort::ProtectionEnd) {
            m_debounce->stop();
            m_filter = filter();
            m_table->sortByColumn(DealsModel::ProtectionEnds, Qt::AscendingOrder); // reloads once
            return;
        }
        applyFilters();
    });
    for (QCheckBox *check : {m_overdueCheck, m_conflictsCheck})
        connect(check, &QCheckBox::toggled, this, &DealsPage::applyFilters);
    return bar;
}

storage::DealFilter DealsPage::filter() const
{
    storage::DealFilter f;
    f.text = m_search->text().trimmed();
    f.partnerId = m_partnerFilter->currentData().toString();
    const int state = m_stateFilter->currentData().toInt();
    if (state == 100) {
        f.reviewQueue = true;
    } else if (state >= 200) {
        f.state = domain::ApplicationState::Registered;
        f.outcome = static_cast<domain::DealOutcome>(state - 200);
    } else if (state >= 0) {
        f.state = static_cast<domain::ApplicationState>(state);
    }
    f.product = m_productFilter->currentData().toString();
    f.protectionEndingWithinDays = m_protectionFilter->currentData().toInt();
    f.feedbackOverdue = m_overdueCheck->isChecked();
    f.hasConflicts = m_conflictsCheck->isChecked();
    return f;
}

void DealsPage::applyFilters()
{
    m_debounce->stop();
    const storage::DealFilter f = filter();
    if (f == m_filter)
        return;
    m_filter = f;
    reload();
}

void DealsPage::showFiltered(const storage::DealFilter &f)
{
    auto pick = [](QComboBox *combo, const QVariant &data) {
        const QSignalBlocker block(combo);
        const int index = combo->findData(data);
        combo->setCurrentIndex(index < 0 ? 0 : index);
    };
    {
        const QSignalBlocker blockSearch(m_search);
        m_search->setText(f.text);
    }
    pick(m_partnerFilter, f.partnerId);
    int state = -1;
    if (f.reviewQueue)
        state = 100;
    else if (f.outcome)
        state = 200 + static_cast<int>(*f.outcome);
    else if (f.state)
        state = static_cast<int>(*f.state);
    pick(m_stateFilter, state);
    pick(m_productFilter, f.product);
    if (f.protectionEndingWithinDays >= 0 && m_protectionFilter->findData(f.protectionEndingWithinDays) < 0)
        m_protectionFilter->addItem(tr("Protection ends within %1 days").arg(f.protectionEndingWithinDays),
                                    f.protectionEndingWithinDays);
    pick(m_protectionFilter, f.protectionEndingWithinDays);
    for (auto [check, on] :
         {std::pair{m_overdueCheck, f.feedbackOverdue}, std::pair{m_conflictsCheck, f.hasConflicts}}) {
        const QSignalBlocker block(check);
        check->setChecked(on);
    }
    if (m_service && f.protectionEndingWithinDays >= 0 && m_sort != storage::DealSort::ProtectionEnd) {
        m_debounce->stop();
        m_filter = filter();
        m_table->sortByColumn(DealsModel::ProtectionEnds, Qt::AscendingOrder); // reloads once
        return;
    }
    applyFilters();
}

void DealsPage::clearFilters()
{
    const QSignalBlocker blockSearch(m_search);
    m_search->clear();
    for (QComboBox *combo : {m_partnerFilter, m_stateFilter, m_productFilter, m_protectionFilter}) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    for (QCheckBox *check : {m_overdueCheck, m_conflictsCheck}) {
        const QSignalBlocker block(check);
        check->setChecked(false);
    }
    applyFilters();
}

void DealsPage::fillPartners()
{
    const QString current = m_partnerFilter->currentData().toString();
    const QSignalBlocker block(m_partnerFilter);
    m_partnerFilter->clear();
    m_partnerFilter->addItem(tr("All partners"), QString());
    if (!m_service)
        return;
    auto partners = m_service->partners();
    if (!partners)
        return;
    QList<storage::PartnerSummary> list = partners.value();
    std::sort(list.begin(), list.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    for (const storage::PartnerSummary &p : list)
        m_partnerFilter->addItem(p.name, p.id);
    const int index = m_partnerFilter->findData(current);
    m_partnerFilter->setCurrentIndex(index < 0 ? 0 : index);
}

void DealsPage::setService(DealService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_detail->setService(service);
    m_detailStack->setCurrentWidget(m_noSelection);
    fillPartners();
    m_filter = filter();
    recountTotal();
    if (service) {
        // A write elsewhere (the review queue, the detail panel) re-reads the rows the table shows; a
        // burst of writes is one refresh.
        connect(service, &DealService::dealStored, this, [this] {
            if (m_dirty)
                return;
            m_dirty = true;
            QTimer::singleShot(0, this, [this] {
                m_dirty = false;
                recountTotal();
                reload();
            });
        });
    }
    reload();
}

void DealsPage::recountTotal()
{
    if (m_service && m_filter == storage::DealFilter{})
        return; // the reload that follows counts every deal anyway
    auto all = m_service ? m_service->query({}, m_sort, m_order)->count() : Result<qint64>(qint64(0));
    m_total = all ? all.value() : 0;
}

void DealsPage::reload()
{
    const QString currentId = m_detailStack->currentWidget() == m_detail ? m_detail->dealId() : QString();
    if (!m_service) {
        m_count = m_total = 0;
        m_model->reset(0, {}, {});
    } else {
        auto query = m_service->query(m_filter, m_sort, m_order);
        auto count = query->count();
        m_count = count ? count.value() : 0;
        if (m_filter == storage::DealFilter{})
            m_total = m_count;
        m_model->reset(
            m_count, [query](qint64 offset, int limit) { return query->page(offset, limit); }, m_service->now());
    }
    if (!currentId.isEmpty() && !selectDeal(currentId))
        m_detail->showDeal(currentId); // filtered out, but still worth showing what was being looked at
    updateListState();
}

bool DealsPage::selectDeal(const QString &id)
{
    for (int row = 0; row < std::min<qint64>(m_count, DealsModel::kPageSize); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(DealsModel::IdRole).toString() == id) {
            m_table->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            showCurrent();
            return true;
        }
    }
    return false;
}

void DealsPage::showCurrent()
{
    const QString id = m_table->currentIndex().data(DealsModel::IdRole).toString();
    if (!m_service || id.isEmpty())
        return;
    m_detail->showDeal(id);
    m_detailStack->setCurrentWidget(m_detail);
}

void DealsPage::updateListState()
{
    m_filterBar->setEnabled(m_service != nullptr);
    m_newButton->setVisible(m_service != nullptr);
    const bool filtered = !(m_filter == storage::DealFilter{});
    if (!m_service) {
        m_listStack->setCurrentWidget(m_noDatabase);
        m_header->setSubtitle(tr("No database is open"));
        return;
    }
    if (m_count > 0)
        m_listStack->setCurrentWidget(m_table);
    else
        m_listStack->setCurrentWidget(filtered ? m_noMatches : m_noDeals);
    const QLocale locale;
    if (!filtered)
        m_header->setSubtitle(tr("%Ln deal(s) and registration(s)", nullptr, int(m_count)));
    else
        m_header->setSubtitle(tr("%1 of %2 shown").arg(locale.toString(m_count), locale.toString(m_total)));
}

void DealsPage::newRegistration()
{
    if (!m_service)
        return;
    NewRegistrationDialog dialog(m_service, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    recountTotal();
    reload();
    selectDeal(dialog.createdId());
    if (m_detail->dealId() != dialog.createdId()) {
        m_detail->showDeal(dialog.createdId());
        m_detailStack->setCurrentWidget(m_detail);
    }
}

void DealsPage::saveLayout() const
{
    Settings::saveSplitter(m_splitter);
    Settings::saveHeader(m_table->horizontalHeader(), m_table->objectName());
    m_detail->saveLayout();
}

void DealsPage::restoreLayout()
{
    // The list gets most of the room: a customer's name is what a person reads it by.
    if (!Settings::restoreSplitter(m_splitter))
        m_splitter->setSizes({780, 320}); // the panel reads in 320 pixels; the list shows its columns
    QHeaderView *header = m_table->horizontalHeader();
    if (!Settings::restoreHeader(header, m_table->objectName())) {
        // The customer column shows a 28-character name whole («ООО "Надёжное облако"» is not «ПАО "…"»),
        // the partner's a 20-character one and the state its longest name; longer names elide in the
        // middle, whole in their tooltips; the last column takes what is left.
        const std::pair<int, int> widths[] = {
            {DealsModel::Customer, columnWidthForText(m_table, 28)},
            {DealsModel::CustomerInn, 110},
            {DealsModel::Partner, columnWidthForText(m_table, 20)},
            {DealsModel::Products, 150},
            {DealsModel::Amount, 120},
            {DealsModel::State, columnWidthForTexts(m_table, dealText::stateColumnTexts())},
            {DealsModel::ProtectionEnds, 104},
            {DealsModel::Expected, 80},
            {DealsModel::Filed, 120}};
        for (auto [column, width] : widths)
            header->resizeSection(column, width);
        for (int column : {DealsModel::CustomerInn, DealsModel::Products, DealsModel::Expected, DealsModel::Filed})
            header->setSectionHidden(column, true);
        header->setStretchLastSection(true);
    }
    fitSectionsToTitles(header);
    m_detail->restoreLayout();
}

} // namespace pd::views
