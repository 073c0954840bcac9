#include "TierWatchPanel.h"

#include "ListPageParts.h"
#include "Settings.h"
#include "TierColors.h"
#include "ThemeColor.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::views {

using namespace domain;

namespace {

constexpr int kPartnerIdRole = Qt::UserRole + 1;

QTableWidgetItem *cell(const QString &text, const QString &partnerId)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(kPartnerIdRole, partnerId);
    return item;
}

QTableWidgetItem *tierCell(Tier tier, const QString &partnerId)
{
    auto *item = cell(tier == Tier::None ? TierWatchPanel::tr("no tier") : displayName(tier), partnerId);
    item->setForeground(items::tierTextColor(tier, QApplication::palette()));
    return item;
}

} // namespace

TierWatchPanel::TierWatchPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("tierWatchPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    auto section = [this, layout](QLabel *&title) {
        title = new QLabel(this);
        title->setProperty("role", QStringLiteral("section"));
        layout->addWidget(title);
    };
    section(m_expiringTitle);
    m_expiring = table("expiringTable", {tr("Person"), tr("Partner"), tr("Competence"), tr("Expires"), tr("Days left"),
                                         tr("Tier risk")});
    layout->addWidget(m_expiring, 3);
    auto *row = new QHBoxLayout;
    row->setSpacing(16);
    auto *up = new QVBoxLayout;
    auto *down = new QVBoxLayout;
    for (auto [column, title, target] :
         {std::tuple{up, &m_upgradeTitle, &m_upgrades}, std::tuple{down, &m_downgradeTitle, &m_downgrades}}) {
        *title = new QLabel(this);
        (*title)->setProperty("role", QStringLiteral("section"));
        column->addWidget(*title);
        *target = table(target == &m_upgrades ? "upgradeCandidatesTable" : "downgradeCandidatesTable",
                        {tr("Partner"), tr("Current"), tr("Recommended"), tr("Change")});
        column->addWidget(*target);
        row->addLayout(column, 1);
    }
    layout->addLayout(row, 2);
    m_expiring->sortByColumn(4, Qt::AscendingOrder);
    for (QTableWidget *t : {m_upgrades, m_downgrades}) {
        t->sortByColumn(0, Qt::AscendingOrder);
        t->horizontalHeader()->setStretchLastSection(false);
    }
    clear();
}

QTableWidget *TierWatchPanel::table(const char *name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), this);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    t->setWordWrap(false);
    t->setSortingEnabled(true);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(28);
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setProperty("bordered", true);
    connect(t, &QTableWidget::itemDoubleClicked, this,
            [this](QTableWidgetItem *item) { emit partnerActivated(item->data(kPartnerIdRole).toString()); });
    return t;
}

void TierWatchPanel::clear()
{
    setData({}, {}, {});
}

void TierWatchPanel::setData(const QList<storage::CertificateRow> &expiring, const QList<storage::PartnerTier> &tiers,
                             const QDate &asOf)
{
    // A certificate puts a tier at risk when the tier service named it among the partner's atRisk ones.
    QHash<QString, const storage::PartnerTier *> risk;
    for (const storage::PartnerTier &t : tiers) {
        for (const Certificate &c : t.atRisk)
            risk.insert(c.id, &t);
    }
    for (QTableWidget *t : {m_expiring, m_upgrades, m_downgrades}) {
        t->setSortingEnabled(false);
        t->setRowCount(0);
    }
    for (const storage::CertificateRow &r : expiring) {
        const Certificate &c = r.certificate;
        const int row = m_expiring->rowCount();
        m_expiring->insertRow(row);
        m_expiring->setItem(row, 0, cell(r.personName, c.partnerId));
        m_expiring->setItem(row, 1, cell(r.partnerName, c.partnerId));
        m_expiring->setItem(row, 2, cell(displayName(c.competence), c.partnerId));
        auto *expires = cell(QLocale().toString(c.expiresOn, QLocale::ShortFormat), c.partnerId);
        expires->setData(Qt::UserRole, c.expiresOn);
        m_expiring->setItem(row, 3, expires);
        auto *days = new QTableWidgetItem;
        days->setData(Qt::DisplayRole, int(asOf.daysTo(c.expiresOn)));
        days->setData(kPartnerIdRole, c.partnerId);
        m_expiring->setItem(row, 4, days);
        const storage::PartnerTier *t = risk.value(c.id);
        auto *riskItem = cell(t ? tr("Loses %1").arg(displayName(t->verdict.recommended)) : tr("none"), c.partnerId);
        riskItem->setForeground(items::textOnBase(t ? QColor(0xB9, 0x1C, 0x1C) : QColor(0x64, 0x74, 0x8B), palette()));
        m_expiring->setItem(row, 5, riskItem);
        for (int column = 0; t && column < m_expiring->columnCount(); ++column)
            m_expiring->item(row, column)->setBackground(items::onBase(QColor(0xFF, 0xF7, 0xED), palette()));
    }
    for (const storage::PartnerTier &t : tiers) {
        QTableWidget *target = t.verdict.change == TierChange::Upgrade     ? m_upgrades
                               : t.verdict.change == TierChange::Downgrade ? m_downgrades
                                                                           : nullptr;
        if (!target)
            continue;
        const int row = target->rowCount();
        target->insertRow(row);
        target->setItem(row, 0, cell(t.name, t.partnerId));
        target->setItem(row, 1, tierCell(t.current, t.partnerId));
        target->setItem(row, 2, tierCell(t.verdict.recommended, t.partnerId));
        target->setItem(row, 3, cell(displayName(t.verdict.change), t.partnerId));
    }
    for (QTableWidget *t : {m_expiring, m_upgrades, m_downgrades})
        t->setSortingEnabled(true);
    m_expiringTitle->setText(
        tr("Certificates expiring within %1 days (%2)").arg(kExpiryDays).arg(m_expiring->rowCount()));
    m_upgradeTitle->setText(tr("Upgrade candidates (%1)").arg(m_upgrades->rowCount()));
    m_downgradeTitle->setText(tr("Downgrade candidates (%1)").arg(m_downgrades->rowCount()));
}

void TierWatchPanel::saveLayout() const
{
    for (QTableWidget *t : {m_expiring, m_upgrades, m_downgrades})
        Settings::saveHeader(t->horizontalHeader(), t->objectName());
}

void TierWatchPanel::restoreLayout()
{
    for (QTableWidget *t : {m_expiring, m_upgrades, m_downgrades}) {
        if (Settings::restoreHeader(t->horizontalHeader(), t->objectName()))
            continue;
        QHeaderView *header = t->horizontalHeader();
        if (t == m_expiring) {
            header->resizeSection(0, 220);
            header->resizeSection(1, 240);
            header->resizeSection(4, 80);
            continue;
        }
        header->setSectionResizeMode(0, QHeaderView::Stretch);
        header->resizeSection(1, 80);
        header->resizeSection(2, 112);
        header->resizeSection(3, 96);
    }
    for (QTableWidget *t : {m_expiring, m_upgrades, m_downgrades})
        fitSectionsToTitles(t->horizontalHeader());
}

} // namespace pd::views
