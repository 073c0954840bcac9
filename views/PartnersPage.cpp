#include "PartnersPage.h"

#include "EmptyState.h"
#include "FlowLayout.h"
#include "ListPageParts.h"
#include "PageHeader.h"
#include "PartnerEditor.h"
#include "PartnerService.h"
#include "PartnersFilterProxy.h"
#include "PartnersModel.h"
#include "Settings.h"
#include "TableActions.h"
#include "TextUtil.h"
#include "TierBadgeDelegate.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::views {
namespace {

template <typename E>
QComboBox *filterCombo(const QString &objectName, const QString &allText, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(allText, -1);
    for (E v : domain::allValues<E>())
        combo->addItem(domain::displayName(v), static_cast<int>(v));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

template <typename E>
std::optional<E> filterValue(const QComboBox *combo)
{
    const int v = combo->currentData().toInt();
    return v < 0 ? std::nullopt : std::optional<E>(static_cast<E>(v));
}

} // namespace

PartnersPage::PartnersPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("partnersPage"));
    m_model = new items::PartnersModel(this);
    m_proxy = new items::PartnersFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);

    m_header = new PageHeader(tr("Partners"), QString(), this);
    m_newButton = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("New partner"), this);
    m_newButton->setObjectName(QStringLiteral("newPartnerButton"));
    m_newButton->setProperty("primary", true);
    m_header->addWidget(m_newButton);
    layout->addWidget(m_header);
    connect(m_newButton, &QPushButton::clicked, this, &PartnersPage::newPartner);

    m_filterBar = buildFilterBar();
    layout->addWidget(m_filterBar);

    m_splitter = createPageSplitter(this, QStringLiteral("partnersSplitter"));

    const ListCard list = createListCard(m_splitter);
    m_listStack = list.stack;

    m_table = createListTable(m_listStack, QStringLiteral("partnersTable"), m_proxy);
    m_table->sortByColumn(items::PartnersModel::Name, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(items::PartnersModel::Tier, new TierBadgeDelegate(m_table));
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &PartnersPage::showColumnMenu);
    m_listStack->addWidget(m_table);
    installRowActions();

    m_noPartners = new EmptyState(QStringLiteral(":/icons/partners.svg"), tr("No partners yet"),
                                  tr("Add the first partner company of your portfolio. Its record, contacts and "
                                     "change history will appear here."),
                                  m_listStack);
    connect(m_noPartners->addButton(tr("New partner"), QStringLiteral(":/icons/add.svg"), true), &QPushButton::clicked,
            this, &PartnersPage::newPartner);
    m_listStack->addWidget(m_noPartners);

    m_noMatches = new EmptyState(QStringLiteral(":/icons/search.svg"), tr("No partner matches these filters"),
                                 tr("Try another search or clear the filters."), m_listStack);
    connect(m_noMatches->addButton(tr("Clear filters")), &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_roleFilter->setCurrentIndex(0);
        m_tierFilter->setCurrentIndex(0);
        m_stageFilter->setCurrentIndex(0);
    });
    m_listStack->addWidget(m_noMatches);

    m_noDatabase =
        new EmptyState(QStringLiteral(":/icons/database.svg"), tr("No database is open"),
                       tr("Create a new PartnerDesk database or open an existing one to see partners."), m_listStack);
    connect(m_noDatabase->addButton(tr("New database…"), QStringLiteral(":/icons/database-new.svg"), true),
            &QPushButton::clicked, this, &PartnersPage::newDatabaseRequested);
    connect(m_noDatabase->addButton(tr("Open database…"), QStringLiteral(":/icons/open.svg")), &QPushButton::clicked,
            this, &PartnersPage::openDatabaseRequested);
    m_listStack->addWidget(m_noDatabase);

    m_detailCard = new QFrame(m_splitter);
    m_detailCard->setObjectName(QStringLiteral("card"));
    auto *detailLayout = new QVBoxLayout(m_detailCard);
    detailLayout->setContentsMargins(1, 1, 1, 1);
    m_detailStack = new QStackedWidget(m_detailCard);
    detailLayout->addWidget(m_detailStack);
    m_noSelection = new EmptyState(QStringLiteral(":/icons/partner-card.svg"), tr("No partner selected"),
                                   tr("Select a partner in the table to see and edit its details, contacts "
                                      "and history."),
                                   m_detailStack);
    m_detailStack->addWidget(m_noSelection);
    m_editor = new PartnerEditor(m_detailStack);
    m_detailStack->addWidget(m_editor);

    m_splitter->addWidget(list.card);
    m_splitter->addWidget(m_detailCard);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PartnersPage::onCurrentRowChanged);
    connect(m_editor, &PartnerEditor::saved, this, [this](const QString &id) {
        selectPartner(id);
        emit currentPartnerChanged(id);
    });
    connect(m_editor, &PartnerEditor::deleteRequested, this, &PartnersPage::deleteCurrent);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PartnersPage::updateListState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PartnersPage::updateListState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PartnersPage::updateListState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PartnersPage::updateListState);

    setService(nullptr);
}

PartnersPage::~PartnersPage() = default;

void PartnersPage::installRowActions()
{
    auto *rows = TableActions::install(m_table, tr("Partners"), QStringLiteral("partners-selection.csv"));
    rows->setOpenHandler([this](const QModelIndex &) { TableActions::focusFirstField(m_editor); });
    rows->addPageAction(tr("New partner"), [this] { newPartner(); })
        ->setObjectName(QStringLiteral("newPartnerRowAction"));
    rows->addPageAction(tr("Delete partner…"), [this] { deleteCurrent(); })
        ->setObjectName(QStringLiteral("deletePartnerRowAction"));
}

QWidget *PartnersPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("filterBar"));
    auto *row = new FlowLayout(bar); // wraps onto a second row on a narrow window
    m_search =
        createSearchField(bar, QStringLiteral("partnerSearchEdit"), tr("Search by name, INN, manager or region"));
    m_search->setMinimumWidth(300);
    m_search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    row->addWidget(m_search);
    m_roleFilter = filterCombo<domain::Role>(QStringLiteral("roleFilterCombo"), tr("All roles"), bar);
    m_tierFilter = filterCombo<domain::Tier>(QStringLiteral("tierFilterCombo"), tr("All statuses"), bar);
    m_stageFilter = filterCombo<domain::OnboardingStage>(QStringLiteral("stageFilterCombo"), tr("All stages"), bar);
    row->addWidget(m_roleFilter);
    row->addWidget(m_tierFilter);
    row->addWidget(m_stageFilter);

    // Typing filters after a short pause so a 2 000-row table does not refilter on every key.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &PartnersPage::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, &PartnersPage::applyFilters);
    for (QComboBox *combo : {m_roleFilter, m_tierFilter, m_stageFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &PartnersPage::applyFilters);
    return bar;
}

void PartnersPage::applyFilters()
{
    m_proxy->setTextFilter(m_search->text());
    m_proxy->setRoleFilter(filterValue<domain::Role>(m_roleFilter));
    m_proxy->setTierFilter(filterValue<domain::Tier>(m_tierFilter));
    m_proxy->setStageFilter(filterValue<domain::OnboardingStage>(m_stageFilter));
    updateListState();
}

void PartnersPage::setService(PartnerService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_editor->setService(service);
    m_detailStack->setCurrentWidget(m_noSelection);
    if (service) {
        connect(service, &PartnerService::partnerStored, this, &PartnersPage::onPartnerStored);
        connect(service, &PartnerService::partnerRemoved, this, &PartnersPage::onPartnerRemoved);
    }
    reload();
}

void PartnersPage::reload()
{
    if (!m_service) {
        m_model->setPartners({});
    } else if (auto list = m_service->list(); list) {
        m_model->setPartners(std::move(list).value());
    } else {
        m_model->setPartners({});
        QMessageBox::warning(this, tr("Partners"), list.error().text());
    }
    updateListState();
    emit partnerCountChanged(m_model->rowCount());
}

void PartnersPage::updateListState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_filterBar->setEnabled(m_service != nullptr);
    m_newButton->setVisible(m_service != nullptr);
    if (!m_service)
        m_listStack->setCurrentWidget(m_noDatabase);
    else if (total == 0)
        m_listStack->setCurrentWidget(m_noPartners);
    else if (shown == 0)
        m_listStack->setCurrentWidget(m_noMatches);
    else
        m_listStack->setCurrentWidget(m_table);
    m_detailCard->setVisible(m_service && (total > 0 || m_detailStack->currentWidget() == m_editor));

    if (!m_service)
        m_header->setSubtitle(tr("No database is open"));
    else if (total == 0)
        m_header->setSubtitle(tr("Your portfolio is empty"));
    else if (shown == total)
        m_header->setSubtitle(readablePlural(tr("%Ln partner(s) in your portfolio", nullptr, total), total));
    else
        m_header->setSubtitle(readablePlural(tr("%1 of %n partner(s) shown", nullptr, total).arg(shown), total));
}

QString PartnersPage::currentPartnerId() const
{
    if (m_detailStack->currentWidget() != m_editor || m_editor->isNew())
        return {};
    return m_editor->partnerId();
}

int PartnersPage::partnerCount() const
{
    return m_model->rowCount();
}

bool PartnersPage::selectPartner(const QString &id)
{
    const int sourceRow = m_model->rowOfId(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!proxyIndex.isValid())
        return false;
    m_changingSelection = true;
    m_table->selectionModel()->setCurrentIndex(proxyIndex,
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_changingSelection = false;
    m_table->scrollTo(proxyIndex);
    if (m_editor->isNew() || m_editor->partnerId() != id || m_detailStack->currentWidget() != m_editor) {
        m_editor->showPartner(id);
        m_detailStack->setCurrentWidget(m_editor);
    }
    return true;
}

void PartnersPage::onCurrentRowChanged()
{
    if (m_changingSelection || !m_service)
        return;
    const QModelIndex current = m_table->currentIndex();
    const QString id = current.data(items::PartnersModel::IdRole).toString();
    if (m_detailStack->currentWidget() == m_editor && !m_editor->isNew() && m_editor->partnerId() == id)
        return;
    if (!confirmLeavingEditor()) {
        if (!m_editor->isNew())
            selectPartner(m_editor->partnerId());
        return;
    }
    if (id.isEmpty()) {
        m_detailStack->setCurrentWidget(m_noSelection);
    } else {
        m_editor->showPartner(id);
        m_detailStack->setCurrentWidget(m_editor);
    }
    emit currentPartnerChanged(id);
}

bool PartnersPage::confirmLeavingEditor()
{
    if (m_detailStack->currentWidget() != m_editor || !m_editor->isDirty())
        return true;
    if (m_editor->isNew() && m_editor->partnerName().isEmpty() && !m_editor->isValid())
        return true; // an untouched or unfinishable new form is simply dropped
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    m_editor->isNew() ? tr("The new partner has not been saved.")
                                      : tr("“%1” has unsaved changes.").arg(m_editor->partnerName()),
                    QMessageBox::NoButton, this);
    QPushButton *save = box.addButton(tr("Save"), QMessageBox::AcceptRole);
    save->setEnabled(m_editor->isValid());
    box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(m_editor->isValid() ? save : cancel);
    box.exec();
    if (box.clickedButton() == cancel)
        return false;
    if (box.clickedButton() == save)
        return m_editor->save();
    return true;
}

void PartnersPage::newPartner()
{
    if (!m_service || !confirmLeavingEditor())
        return;
    m_changingSelection = true;
    m_table->selectionModel()->clearSelection();
    m_table->selectionModel()->setCurrentIndex({}, QItemSelectionModel::Clear);
    m_changingSelection = false;
    m_detailStack->setCurrentWidget(m_editor);
    updateListState();
    m_editor->startNew();
    emit currentPartnerChanged({});
}

void PartnersPage::deleteCurrent()
{
    const QString id = currentPartnerId();
    if (!m_service || id.isEmpty())
        return;
    const int row = m_model->rowOfId(id);
    const int people = row >= 0 ? m_model->summaryAt(row).peopleCount : 0;
    QMessageBox box(QMessageBox::Warning, tr("Delete partner"), tr("Delete “%1”?").arg(m_editor->partnerName()),
                    QMessageBox::NoButton, this);
    box.setInformativeText(readablePlural(tr("The partner and its %n contact(s) are removed from this database. The "
                                             "deletion is recorded in the audit log, and Edit → Undo brings the "
                                             "partner back.",
                                             nullptr, people),
                                          people));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (const Status s = m_service->remove(id); !s)
        QMessageBox::warning(this, tr("Delete partner"), s.error().text());
}

void PartnersPage::onPartnerStored(const QString &id)
{
    auto summary = m_service->summary(id);
    if (!summary)
        return;
    m_model->upsert(summary.value());
    emit partnerCountChanged(m_model->rowCount());
    if (m_detailStack->currentWidget() == m_editor && !m_editor->isNew() && m_editor->partnerId() == id) {
        if (m_editor->isDirty())
            m_editor->refreshHistory();
        else
            m_editor->showPartner(id);
    }
}

void PartnersPage::onPartnerRemoved(const QString &id)
{
    const bool shown = m_detailStack->currentWidget() == m_editor && !m_editor->isNew() && m_editor->partnerId() == id;
    m_changingSelection = true;
    m_model->removeById(id);
    m_changingSelection = false;
    if (shown) {
        m_table->selectionModel()->clearSelection();
        m_detailStack->setCurrentWidget(m_noSelection);
        updateListState();
        emit currentPartnerChanged({});
    }
    emit partnerCountChanged(m_model->rowCount());
}

void PartnersPage::showColumnMenu(const QPoint &pos)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    menu.addSection(tr("Columns"));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != items::PartnersModel::Name);
        connect(action, &QAction::toggled, header,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    menu.exec(header->mapToGlobal(pos));
}

void PartnersPage::saveLayout() const
{
    Settings::saveSplitter(m_splitter);
    Settings::saveHeader(m_table->horizontalHeader(), m_table->objectName());
}

void PartnersPage::restoreLayout()
{
    if (!Settings::restoreSplitter(m_splitter))
        m_splitter->setSizes({700, 480}); // the form whole beside the list; the list scrolls sideways if it must
    QHeaderView *header = m_table->horizontalHeader();
    if (!Settings::restoreHeader(header, m_table->objectName())) {
        using C = items::PartnersModel;
        const std::pair<int, int> widths[] = {{C::Name, columnWidthForText(m_table, 28)},
                                              {C::Inn, 108},
                                              {C::Role, 140},
                                              {C::Tier, 106},
                                              {C::Stage, 130},
                                              {C::Manager, 170},
                                              {C::Region, 150},
                                              {C::RegisteredOn, 100},
                                              {C::People, 80},
                                              {C::UpdatedAt, 130}};
        for (auto [column, width] : widths)
            header->resizeSection(column, width);
        for (int column : {C::Manager, C::Region, C::RegisteredOn, C::People, C::UpdatedAt})
            header->setSectionHidden(column, true);
        // A partner's name whole; on a narrow screen the list scrolls sideways to the last columns
        // rather than cut it, and the last column takes the room left on a wide one.
        header->setStretchLastSection(true);
    }
    fitSectionsToTitles(header);
}

} // namespace pd::views
