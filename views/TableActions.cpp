#include "TableActions.h"

#include "ExportDialog.h"
#include "DealsModel.h"
#include "ExportRequest.h"
#include "Money.h"
#include "TextUtil.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPersistentModelIndex>
#include <QTableView>

#include <algorithm>

namespace pd::views {

namespace {

// A tab or a line break inside a cell would split it across columns or rows of the spreadsheet.
QString tsvCell(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}

} // namespace

TableActions *TableActions::install(QTableView *table, const QString &title, const QString &fileName)
{
    if (TableActions *existing = of(table))
        return existing;
    return new TableActions(table, title, fileName);
}

TableActions *TableActions::installOnDeals(QTableView *table, const QString &title, const QString &fileName,
                                           std::function<void()> open)
{
    TableActions *actions = install(table, title, fileName);
    if (const auto *model = qobject_cast<const items::DealsModel *>(table->model())) {
        actions->setCellText([model](const QModelIndex &index) {
            if (index.column() != items::DealsModel::Amount)
                return QString();
            const storage::DealRow *row = model->rowAt(index.row());
            return row ? plainAmount(row->amount, QLocale()) : QString();
        });
    }
    if (open)
        actions->setOpenHandler([open = std::move(open)](const QModelIndex &) { open(); });
    return actions;
}

TableActions *TableActions::of(const QTableView *table)
{
    return table ? table->findChild<TableActions *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

TableActions::TableActions(QTableView *table, QString title, QString fileName)
    : QObject(table), m_table(table), m_title(std::move(title)), m_fileName(std::move(fileName))
{
    setObjectName(QStringLiteral("tableActions"));
    if (table->selectionMode() == QAbstractItemView::SingleSelection)
        table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Ctrl+C on the table itself: the view's own Copy would put only the current cell on the clipboard.
    m_copy = new QAction(tr("&Copy"), table);
    m_copy->setObjectName(QStringLiteral("copyRowsAction"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copy, &QAction::triggered, this, &TableActions::copy);
    table->addAction(m_copy);
    table->installEventFilter(this);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, &TableActions::showMenu);
}

void TableActions::setOpenHandler(std::function<void(const QModelIndex &)> open)
{
    m_open = std::move(open);
}

void TableActions::addPageActions(const QList<QAction *> &actions)
{
    m_pageActions.append(actions);
}

QAction *TableActions::addPageAction(const QString &text, std::function<void()> triggered)
{
    auto *action = new QAction(text, m_table);
    connect(action, &QAction::triggered, this, [triggered = std::move(triggered)] { triggered(); });
    m_pageActions.append(action);
    return action;
}

void TableActions::setCellText(std::function<QString(const QModelIndex &)> text)
{
    m_cellText = std::move(text);
}

QList<QStringList> TableActions::selectedRows() const
{
    const QAbstractItemModel *model = m_table->model();
    if (!model)
        return {};
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().row());
    if (rows.isEmpty())
        return {};
    const QHeaderView *vertical = m_table->verticalHeader();
    std::sort(rows.begin(), rows.end(),
              [vertical](int a, int b) { return vertical->visualIndex(a) < vertical->visualIndex(b); });

    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    QStringList titles;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical))
            continue;
        columns.append(logical);
        titles.append(model->headerData(logical, Qt::Horizontal).toString());
    }
    QList<QStringList> out{titles};
    out.reserve(rows.size() + 1);
    for (int row : std::as_const(rows)) {
        QStringList cells;
        for (int column : std::as_const(columns)) {
            const QModelIndex index = model->index(row, column);
            QString text = m_cellText ? m_cellText(index) : QString();
            cells.append(text.isNull() ? index.data(Qt::DisplayRole).toString() : text);
        }
        out.append(cells);
    }
    return out;
}

QString TableActions::selectedRowsText() const
{
    QString text;
    for (const QStringList &row : selectedRows()) {
        QStringList cells;
        for (const QString &cell : row)
            cells.append(tsvCell(cell));
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return text;
}

bool TableActions::tooMany(qsizetype rows)
{
    if (rows <= kMaxRows)
        return false;
    const QLocale locale;
    QMessageBox::information(m_table, m_title,
                             tr("%1 rows are selected; copying and exporting a selection take up to %2. "
                                "To save the whole list, use File → Export List as CSV…")
                                 .arg(locale.toString(qint64(rows)), locale.toString(kMaxRows)));
    return true;
}

void TableActions::copy()
{
    if (!m_table->model() || tooMany(m_table->selectionModel()->selectedRows().size()))
        return;
    const QString text = selectedRowsText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void TableActions::exportSelection()
{
    if (!m_table->model() || tooMany(m_table->selectionModel()->selectedRows().size()))
        return;
    QList<QStringList> rows = selectedRows();
    if (rows.size() < 2)
        return;
    ExportRequest request;
    request.title = m_title;
    request.suggestedName = m_fileName;
    request.shownHeader = rows.takeFirst();
    const int count = int(rows.size());
    request.shownRows = std::move(rows);
    request.shownLabel = readablePlural(tr("The %n selected row(s), in the columns shown", nullptr, count), count);
    auto *dialog = new ExportDialog(std::move(request), m_table->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QMenu *TableActions::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("tableContextMenu"));
    const QPersistentModelIndex current = m_table->currentIndex();
    const qsizetype selected = m_table->selectionModel() ? m_table->selectionModel()->selectedRows().size() : 0;
    if (m_open) {
        QAction *open = menu->addAction(tr("&Open"), this, [this, current] {
            if (current.isValid())
                m_open(current);
        });
        open->setObjectName(QStringLiteral("openRowAction"));
        open->setEnabled(current.isValid());
        menu->setDefaultAction(open);
        menu->addSeparator();
    }
    QAction *copy = menu->addAction(m_copy->text(), this, &TableActions::copy);
    copy->setObjectName(QStringLiteral("copyRowsMenuAction"));
    copy->setShortcut(QKeySequence::Copy); // shown in the menu; the table's own action answers the keys
    copy->setShortcutContext(Qt::WidgetShortcut);
    copy->setEnabled(selected > 0 || current.isValid());
    QAction *exportSelection = menu->addAction(tr("&Export Selection…"), this, &TableActions::exportSelection);
    exportSelection->setObjectName(QStringLiteral("exportSelectionAction"));
    exportSelection->setEnabled(selected > 0 || current.isValid());
    if (!m_pageActions.isEmpty()) {
        menu->addSeparator();
        for (QAction *action : std::as_const(m_pageActions))
            menu->addAction(action);
    }
    return menu;
}

void TableActions::showMenu(const QPoint &pos)
{
    QPoint at = pos;
    if (!m_table->indexAt(pos).isValid()) {
        // The keyboard's menu key, or a click below the last row: the menu of the current row, if any.
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid())
            return;
        at = m_table->visualRect(current).center();
    }
    QMenu *menu = createMenu(m_table);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_table->viewport()->mapToGlobal(at));
}

bool TableActions::eventFilter(QObject *watched, QEvent *event)
{
    // Where the view takes Ctrl+C as a key press before any shortcut sees it, the rows are copied here.
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        copy();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

QString TableActions::plainAmount(const domain::Money &money, const QLocale &locale)
{
    if (money.currency() != QLatin1String("RUB"))
        return money.toString(locale);
    QString text = money.toPlainString();
    if (locale.decimalPoint() != QLatin1String("."))
        text.replace(QLatin1Char('.'), locale.decimalPoint());
    return text;
}

void TableActions::focusFirstField(QWidget *panel)
{
    if (!panel)
        return;
    for (QWidget *w = panel->nextInFocusChain(); w && w != panel; w = w->nextInFocusChain()) {
        if (panel->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

} // namespace pd::views
