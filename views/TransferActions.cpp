#include "TransferActions.h"

#include "DealsModel.h"
#include "DealsPage.h"
#include "ExportDialog.h"
#include "ExportJob.h"
#include "ImportDialog.h"
#include "PageHeader.h"
#include "PageSlot.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>

namespace pd::views {
namespace {

QTableView *visibleTable(QWidget *page, const QString &name = {})
{
    if (!name.isEmpty())
        return page->findChild<QTableView *>(name);
    QTableView *first = nullptr;
    for (QTableView *t : page->findChildren<QTableView *>()) {
        if (!t->isVisible() || !t->model())
            continue;
        if (t->hasFocus())
            return t;
        if (!first)
            first = t;
    }
    return first;
}

void fillDeals(ExportRequest &request, const QTableView *view, const storage::DealFilter &filter)
{
    ExportRequest::Deals deals;
    deals.filter = filter;
    const QHeaderView *header = view->horizontalHeader();
    const int column = header->sortIndicatorSection();
    if (items::DealsModel::isSortable(column)) {
        deals.sort = items::DealsModel::sortFor(column);
        deals.order = header->sortIndicatorOrder();
    }
    ExportJob::dealColumns(view, deals.columns, deals.header);
    request.deals = deals;
}

} // namespace

TransferActions::TransferActions(QWidget *window, QStackedWidget *pages, QList<QWidget *> listPages,
                                 std::function<QString()> databasePath, QString actor)
    : QObject(window), m_window(window), m_pages(pages), m_databasePath(std::move(databasePath)),
      m_actor(std::move(actor))
{
    for (QWidget *page : std::as_const(listPages))
        addListPage(page);
}

void TransferActions::addListPage(QWidget *page)
{
    m_listPages.append(page);
    auto *header = page->findChild<PageHeader *>();
    if (!header)
        return;
    auto *button = new QPushButton(tr("Export…"), header);
    button->setObjectName(page->objectName() + QStringLiteral("Export"));
    button->setToolTip(tr("Save the list as CSV for Excel or LibreOffice"));
    connect(button, &QPushButton::clicked, this, [this, page] { exportPage(page); });
    header->addWidget(button);
}

void TransferActions::addTo(QMenu *fileMenu)
{
    m_import = fileMenu->addAction(tr("&Import CSV…"), this, &TransferActions::importFile);
    m_import->setObjectName(QStringLiteral("importCsvAction"));
    m_export = fileMenu->addAction(tr("&Export List as CSV…"), this,
                                   [this] { exportPage(PageSlot::pageOf(m_pages->currentWidget())); });
    m_export->setObjectName(QStringLiteral("exportCsvAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
}

ExportRequest TransferActions::requestFor(QWidget *page) const
{
    ExportRequest request;
    if (!page || !m_listPages.contains(page))
        return request;
    const QString name = page->objectName();
    request.databasePath = m_databasePath();
    if (name == QLatin1String("dealsPage")) {
        const QTableView *view = visibleTable(page, QStringLiteral("dealsTable"));
        const auto *deals = qobject_cast<DealsPage *>(page);
        if (!view || !deals)
            return request;
        request.title = tr("Deals");
        request.suggestedName = QStringLiteral("deals.csv");
        request.everything = io::DataTable::Deals;
        fillDeals(request, view, deals->filter());
        return request;
    }
    if (name == QLatin1String("reviewQueuePage")) {
        const QTableView *view = visibleTable(page, QStringLiteral("reviewQueueTable"));
        if (!view)
            return request;
        request.title = tr("Review queue");
        request.suggestedName = QStringLiteral("review-queue.csv");
        request.everything = io::DataTable::Deals;
        storage::DealFilter filter;
        filter.reviewQueue = true;
        fillDeals(request, view, filter);
        return request;
    }
    const bool partners = name == QLatin1String("partnersPage");
    const QTableView *view = partners ? visibleTable(page, QStringLiteral("partnersTable")) : visibleTable(page);
    if (!view)
        return request;
    request.title = partners ? tr("Partners") : tr("Training");
    request.suggestedName = partners ? QStringLiteral("partners.csv") : QStringLiteral("training.csv");
    if (partners)
        request.everything = io::DataTable::Partners;
    else
        request.everything = io::DataTable::Certificates;
    ExportJob::snapshot(view, request.shownHeader, request.shownRows);
    return request;
}

void TransferActions::exportPage(QWidget *page)
{
    ExportRequest request = requestFor(page);
    if (request.title.isEmpty() || request.databasePath.isEmpty())
        return;
    auto *dialog = new ExportDialog(std::move(request), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TransferActions::importFile()
{
    const QString path = m_databasePath();
    if (path.isEmpty())
        return;
    auto *dialog = new ImportDialog(path, m_actor, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, &TransferActions::imported);
    dialog->open();
}

} // namespace pd::views
