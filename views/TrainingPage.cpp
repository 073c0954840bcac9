#include "TrainingPage.h"

#include "CompatPanel.h"
#include "EmptyState.h"
#include "ListPageParts.h"
#include "PageHeader.h"
#include "PeopleTrainingPanel.h"
#include "ProgramRulesDialog.h"
#include "SearchText.h"
#include "Settings.h"
#include "TableActions.h"
#include "TextUtil.h"
#include "TierPanel.h"
#include "TierWatchPanel.h"
#include "TrainingCharts.h"
#include "TrainingService.h"

#include <QDateEdit>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::views {

using namespace domain;

namespace {
constexpr int kIdRole = Qt::UserRole;
}

TrainingPage::TrainingPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trainingPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    m_header = new PageHeader(tr("Training and certification"), QString(), this);
    auto *asOfLabel = new QLabel(tr("As of"), this);
    asOfLabel->setProperty("role", QStringLiteral("caption"));
    m_header->addWidget(asOfLabel);
    m_asOf = new QDateEdit(QDate::currentDate(), this);
    m_asOf->setObjectName(QStringLiteral("asOfDateEdit"));
    m_asOf->setCalendarPopup(true);
    m_header->addWidget(m_asOf);
    m_rulesButton = new QPushButton(tr("Program rules…"), this);
    m_rulesButton->setObjectName(QStringLiteral("programRulesButton"));
    m_header->addWidget(m_rulesButton);
    layout->addWidget(m_header);

    m_splitter = createPageSplitter(this, QStringLiteral("trainingSplitter"));
    auto *listCard = new QFrame(m_splitter);
    listCard->setObjectName(QStringLiteral("card"));
    auto *listLayout = new QVBoxLayout(listCard);
    listLayout->setContentsMargins(10, 10, 10, 10);
    m_search = new QLineEdit(listCard);
    m_search->setObjectName(QStringLiteral("trainingPartnerSearch"));
    m_search->setProperty("pdSearchField", true); // Ctrl+F finds it
    m_search->setPlaceholderText(tr("Find a partner"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    listLayout->addWidget(m_search);
    m_partners = new QListWidget(listCard);
    m_partners->setObjectName(QStringLiteral("trainingPartnerList"));
    m_partners->setFrameShape(QFrame::NoFrame);
    m_partners->setUniformItemSizes(true);
    listLayout->addWidget(m_partners, 1);

    auto *detailCard = new QFrame(m_splitter);
    detailCard->setObjectName(QStringLiteral("card"));
    auto *detailLayout = new QVBoxLayout(detailCard);
    detailLayout->setContentsMargins(1, 1, 1, 1);
    m_stack = new QStackedWidget(detailCard);
    detailLayout->addWidget(m_stack);
    m_noDatabase =
        new EmptyState(QStringLiteral(":/icons/database.svg"), tr("No database is open"),
                       tr("Open a PartnerDesk database to follow its partners' training and tiers."), m_stack);
    m_stack->addWidget(m_noDatabase);
    m_noPartners = new EmptyState(QStringLiteral(":/icons/training.svg"), tr("No partners yet"),
                                  tr("Add partners and their people on the Partners page; their courses, "
                                     "certificates and tiers appear here."),
                                  m_stack);
    m_stack->addWidget(m_noPartners);
    m_content = new QWidget(m_stack);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 12, 0, 0);
    content->setSpacing(2);
    m_partnerTitle = new QLabel(m_content);
    m_partnerTitle->setObjectName(QStringLiteral("trainingPartnerTitle"));
    m_partnerSubtitle = new QLabel(m_content);
    m_partnerSubtitle->setObjectName(QStringLiteral("trainingPartnerSubtitle"));
    for (QLabel *label : {m_partnerTitle, m_partnerSubtitle}) {
        label->setContentsMargins(16, 0, 16, 0);
        content->addWidget(label);
    }
    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(QStringLiteral("trainingTabs"));
    m_tabs->setDocumentMode(true);
    m_tierPanel = new TierPanel(m_tabs);
    m_people = new PeopleTrainingPanel(m_tabs);
    m_compat = new CompatPanel(m_tabs);
    m_charts = new TrainingCharts(m_tabs);
    m_watch = new TierWatchPanel(m_tabs);
    // Each tab scrolls where the window is lower than the panel (a laptop at 150 %).
    auto scrolled = [this](QWidget *panel) {
        auto *scroll = new QScrollArea(m_tabs);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(panel);
        return scroll;
    };
    m_tabs->addTab(scrolled(m_tierPanel), tr("Tier"));
    m_tabs->addTab(scrolled(m_people), tr("Courses and certificates"));
    m_tabs->addTab(scrolled(m_compat), tr("Software certification"));
    m_tabs->addTab(scrolled(m_charts), tr("Charts"));
    m_tabs->addTab(scrolled(m_watch), tr("Expiring and candidates"));
    content->addSpacing(8);
    content->addWidget(m_tabs, 1);
    m_stack->addWidget(m_content);
    m_splitter->addWidget(listCard);
    m_splitter->addWidget(detailCard);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);
    layout->addWidget(m_splitter, 1);

    connect(m_partners, &QListWidget::currentRowChanged, this, &TrainingPage::showPartner);
    connect(m_search, &QLineEdit::textChanged, this, &TrainingPage::filterPartners);
    connect(m_asOf, &QDateEdit::dateChanged, this, &TrainingPage::reload);
    connect(m_rulesButton, &QPushButton::clicked, this, &TrainingPage::editProgramRules);
    connect(m_watch, &TierWatchPanel::partnerActivated, this, [this](const QString &id) {
        if (selectPartner(id))
            m_tabs->setCurrentIndex(0); // the Tier tab
    });
    // Copy and export on every table of rows; on the watch lists Open does what a double-click does.
    for (QTableView *table : findChildren<QTableView *>()) {
        if (table->selectionMode() == QAbstractItemView::NoSelection)
            continue;
        auto *rows = TableActions::install(table, tr("Training"), QStringLiteral("training-selection.csv"));
        if (m_watch->isAncestorOf(table))
            rows->setOpenHandler([table](const QModelIndex &index) { emit table->doubleClicked(index); });
    }
    setService(nullptr);
}

TrainingPage::~TrainingPage() = default;

void TrainingPage::setService(TrainingService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_people->setService(service);
    m_compat->setService(service);
    if (service) {
        const QSignalBlocker block(m_asOf);
        m_asOf->setDate(service->today());
        connect(service, &TrainingService::changed, this, &TrainingPage::scheduleReload);
    }
    reload();
}

void TrainingPage::scheduleReload()
{
    // A burst of writes (a dialog that adds a course and an enrolment) is one refresh.
    if (m_dirty)
        return;
    m_dirty = true;
    QTimer::singleShot(0, this, [this] {
        m_dirty = false;
        reload();
    });
}

QDate TrainingPage::asOf() const
{
    return m_asOf->date();
}

void TrainingPage::setAsOf(const QDate &date)
{
    m_asOf->setDate(date);
}

QString TrainingPage::currentPartnerId() const
{
    const QListWidgetItem *item = m_partners->currentItem();
    return item ? item->data(kIdRole).toString() : QString();
}

void TrainingPage::reload()
{
    m_header->setEnabled(true);
    m_asOf->setEnabled(m_service != nullptr);
    m_rulesButton->setEnabled(m_service != nullptr);
    m_search->setEnabled(m_service != nullptr);
    fillPartners();
    refreshOverview();
    showPartner();
}

void TrainingPage::fillPartners()
{
    const QString current = currentPartnerId();
    const QSignalBlocker block(m_partners);
    m_partners->clear();
    if (!m_service)
        return;
    auto partners = m_service->partners();
    if (!partners) {
        QMessageBox::warning(this, tr("Training"), partners.error().text());
        return;
    }
    QList<storage::PartnerSummary> list = partners.value();
    std::sort(list.begin(), list.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    for (const storage::PartnerSummary &p : list) {
        auto *item = new QListWidgetItem(p.name, m_partners);
        item->setData(kIdRole, p.id);
        item->setToolTip(
            tr("%1 · %2").arg(displayName(p.role), p.tier == Tier::None ? tr("no tier") : displayName(p.tier)));
        item->setSizeHint(QSize(0, 30));
    }
    int row = 0;
    for (int i = 0; i < m_partners->count(); ++i) {
        if (m_partners->item(i)->data(kIdRole).toString() == current)
            row = i;
    }
    m_partners->setCurrentRow(m_partners->count() > 0 ? row : -1);
    filterPartners();
}

void TrainingPage::filterPartners()
{
    const QString text = m_search->text();
    for (int i = 0; i < m_partners->count(); ++i)
        m_partners->item(i)->setHidden(!domain::searchtext::containsAllWords(m_partners->item(i)->text(), text));
}

bool TrainingPage::selectPartner(const QString &id)
{
    for (int i = 0; i < m_partners->count(); ++i) {
        if (m_partners->item(i)->data(kIdRole).toString() == id) {
            m_partners->item(i)->setHidden(false);
            m_partners->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void TrainingPage::refreshOverview()
{
    if (!m_service) {
        m_watch->clear();
        m_charts->setDistribution({});
        m_header->setSubtitle(tr("No database is open"));
        return;
    }
    const QDate date = asOf();
    auto tiers = m_service->tiers(date);
    auto expiring = m_service->expiring(date, TierWatchPanel::kExpiryDays);
    if (!tiers || !expiring) {
        m_watch->clear();
        m_header->setSubtitle((!tiers ? tiers.error() : expiring.error()).text());
        return;
    }
    m_watch->setData(expiring.value(), tiers.value(), date);
    m_charts->setDistribution(tiers.value());
    int up = 0;
    int down = 0;
    for (const storage::PartnerTier &t : tiers.value()) {
        up += t.verdict.change == TierChange::Upgrade ? 1 : 0;
        down += t.verdict.change == TierChange::Downgrade ? 1 : 0;
    }
    m_header->setSubtitle(tr("%1 partners · %2 upgrade and %3 downgrade candidates · %4 certificates expiring "
                             "within 90 days")
                              .arg(tiers.value().size())
                              .arg(up)
                              .arg(down)
                              .arg(expiring.value().size()));
}

void TrainingPage::showPartner()
{
    if (!m_service) {
        m_stack->setCurrentWidget(m_noDatabase);
        return;
    }
    const QString id = currentPartnerId();
    if (id.isEmpty()) {
        m_stack->setCurrentWidget(m_noPartners);
        return;
    }
    m_stack->setCurrentWidget(m_content);
    const QDate date = asOf();
    auto partner = m_service->partner(id);
    auto tier = m_service->tier(id, date);
    auto rules = m_service->rules();
    auto enrollments = m_service->enrollments(id);
    auto certificates = m_service->certificates(id);
    auto compat = m_service->compat(id);
    for (const Error *e : {partner ? nullptr : &partner.error(), tier ? nullptr : &tier.error(),
                           rules ? nullptr : &rules.error(), enrollments ? nullptr : &enrollments.error(),
                           certificates ? nullptr : &certificates.error(), compat ? nullptr : &compat.error()}) {
        if (e) {
            m_partnerTitle->setText(m_partners->currentItem()->text());
            m_partnerSubtitle->setText(e->text());
            return;
        }
    }
    const Partner &p = partner.value();
    m_partnerTitle->setText(p.name);
    const int people = int(p.people.size());
    m_partnerSubtitle->setText(readablePlural(tr("%1 · current tier %2 · %n person(s)", nullptr, people), people)
                                   .arg(displayName(p.role), p.tier == Tier::None ? tr("none") : displayName(p.tier)));
    m_tierPanel->setTier(tier.value(), rules.value().at(date), date);
    m_people->setPartner(p, enrollments.value(), certificates.value(), date);
    m_compat->setPartner(id, compat.value(), date);
    QList<Certificate> certs;
    for (const storage::CertificateRow &r : certificates.value())
        certs.append(r.certificate);
    m_charts->setCertificates(p.name, certs, date);
}

void TrainingPage::editProgramRules()
{
    if (!m_service)
        return;
    ProgramRulesDialog dialog(m_service, this);
    dialog.exec();
}

void TrainingPage::showExpiringAndCandidates()
{
    if (m_service && asOf() != m_service->today())
        setAsOf(m_service->today());
    m_tabs->setCurrentIndex(4); // the Expiring and candidates tab
}

void TrainingPage::saveLayout() const
{
    Settings::saveSplitter(m_splitter);
    m_tierPanel->saveLayout();
    m_people->saveLayout();
    m_watch->saveLayout();
}

void TrainingPage::restoreLayout()
{
    if (!Settings::restoreSplitter(m_splitter))
        m_splitter->setSizes({260, 1000});
    m_tierPanel->restoreLayout();
    m_people->restoreLayout();
    m_watch->restoreLayout();
}

} // namespace pd::views
