#include "RestoreBackupDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd::views {
namespace {

enum Column
{
    Made,
    Size,
    Reason,
    Holds,
    ColumnCount
};
constexpr int kPathRole = Qt::UserRole;

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent), m_databasePath(databasePath), m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from Backup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Backups of %1 in %2, newest first. The current file is not deleted: it is kept "
                                "beside the restored one under a name that ends in “before-restore”.")
                                 .arg(QFileInfo(databasePath).fileName(),
                                      QDir::toNativeSeparators(storage::backups::folderFor(databasePath))),
                             this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Made"), tr("Size"), tr("Reason"), tr("What it holds")});
    m_list->header()->setStretchLastSection(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_list, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RestoreBackupDialog::confirm);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RestoreBackupDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &RestoreBackupDialog::confirm);

    resize(860, 420);
    updateButtons();
    startListing();
}

RestoreBackupDialog::~RestoreBackupDialog()
{
    *m_cancel = true;
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void RestoreBackupDialog::startListing()
{
    m_status->setText(tr("Checking the backups…"));
    auto found = std::make_shared<QList<storage::backups::Backup>>();
    const QString path = m_databasePath;
    const auto cancel = m_cancel;
    // Each check reads the whole file (about 1.5 s per GB): never on the window's thread.
    m_worker = QThread::create([found, path, cancel] {
        *found = storage::backups::list(path, false);
        for (storage::backups::Backup &b : *found) {
            if (*cancel)
                return;
            storage::backups::check(b);
        }
    });
    connect(m_worker, &QThread::finished, this, [this, found] {
        m_worker->deleteLater();
        m_worker = nullptr;
        showList(*found);
    });
    m_worker->start(QThread::LowPriority);
}

void RestoreBackupDialog::waitForList()
{
    while (m_worker) {
        m_worker->wait();
        QCoreApplication::sendPostedEvents(this);
        QCoreApplication::processEvents();
    }
}

void RestoreBackupDialog::showList(const QList<storage::backups::Backup> &backups)
{
    m_list->clear();
    const QLocale locale;
    int damaged = 0;
    for (const storage::backups::Backup &b : backups) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Made, locale.toString(b.madeAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(Size, locale.formattedDataSize(b.size, 1, QLocale::DataSizeTraditionalFormat));
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(Reason, storage::backups::reasonText(b.reason));
        item->setData(Made, kPathRole, b.path);
        for (int c = 0; c < ColumnCount; ++c)
            item->setToolTip(c, QDir::toNativeSeparators(b.path));
        if (b.isGood()) {
            item->setText(Holds, storage::backups::describe(b.contents));
        } else {
            ++damaged;
            item->setText(Holds, tr("Damaged, cannot be restored: %1").arg(b.problem));
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            item->setForeground(Holds, QColor(0xC6, 0x28, 0x28));
        }
    }
    // Each column as wide as its widest cell or its title (which the style's resize does not always count),
    // with a gap before the next one.
    const QFontMetrics titles = m_list->header()->fontMetrics();
    for (int c = 0; c < Holds; ++c) {
        m_list->resizeColumnToContents(c);
        const int title = titles.horizontalAdvance(m_list->headerItem()->text(c)) + 2 * titles.averageCharWidth();
        m_list->setColumnWidth(c, qMax(m_list->columnWidth(c), title) + 2 * titles.averageCharWidth());
    }
    if (backups.isEmpty())
        m_status->setText(tr("There are no backups of this database yet. PartnerDesk makes one every day while it "
                             "runs, and before an upgrade, an import or a full resync."));
    else if (damaged > 0)
        m_status->setText(tr("%n backup(s) failed their check and cannot be restored.", nullptr, damaged));
    else
        m_status->setText(tr("Every backup passed its check."));
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->flags() & Qt::ItemIsSelectable) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            break;
        }
    }
    updateButtons();
}

void RestoreBackupDialog::updateButtons()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    m_restore->setEnabled(!selected.isEmpty() && (selected.first()->flags() & Qt::ItemIsEnabled));
}

void RestoreBackupDialog::confirm()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty() || !(selected.first()->flags() & Qt::ItemIsEnabled))
        return;
    const QTreeWidgetItem *item = selected.first();
    QMessageBox box(
        QMessageBox::Question, tr("Restore from Backup"),
        tr("Replace %1 with the backup made %2?").arg(QFileInfo(m_databasePath).fileName(), item->text(Made)),
        QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmRestoreBox"));
    box.setInformativeText(tr("Changes made since then are not in the backup. The current file is kept beside it, "
                              "so nothing is lost; changes not yet sent to the team server stay in that file."));
    box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() == QMessageBox::Cancel)
        return;
    m_chosen = item->data(Made, kPathRole).toString();
    accept();
}

bool RestoreBackupDialog::restoreChosen()
{
    if (m_chosen.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // The window's pages close their own connections on threads of their own; give them a moment.
    QElapsedTimer waited;
    waited.start();
    while (storage::backups::isInUse(m_databasePath) && waited.elapsed() < 5000)
        QThread::msleep(200);
    auto restored = storage::backups::restore(m_databasePath, m_chosen, SystemClock::instance());
    QApplication::restoreOverrideCursor();
    if (!restored) {
        QMessageBox box(QMessageBox::Warning, tr("Restore from Backup"), restored.error().message, QMessageBox::Ok,
                        parentWidget());
        box.setObjectName(QStringLiteral("restoreFailedBox"));
        box.setInformativeText(restored.error().detail);
        box.exec();
        return false;
    }
    QMessageBox box(QMessageBox::Information, tr("Restore from Backup"), tr("The backup was restored."),
                    QMessageBox::Ok, parentWidget());
    box.setObjectName(QStringLiteral("restoredBox"));
    box.setInformativeText(
        restored.value().isEmpty() ? QString() : tr("The file it replaced was kept as %1.").arg(restored.value()));
    box.exec();
    return true;
}

} // namespace pd::views
