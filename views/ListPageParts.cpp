#include "ListPageParts.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QLineEdit>
#include <QTableView>

namespace pd::views {

QTableView *createListTable(QWidget *parent, const QString &objectName, QAbstractItemModel *model)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setFrameShape(QFrame::NoFrame);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(30);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionsMovable(true);
    table->setSortingEnabled(true);
    return table;
}

QLineEdit *createSearchField(QWidget *parent, const QString &objectName, const QString &placeholder)
{
    auto *search = new QLineEdit(parent);
    search->setObjectName(objectName);
    search->setPlaceholderText(placeholder);
    search->setClearButtonEnabled(true);
    search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    return search;
}

void addFindShortcut(QWidget *page, QLineEdit *search)
{
    auto *find = new QAction(page);
    find->setShortcut(QKeySequence::Find); // only the visible page's action answers
    QObject::connect(find, &QAction::triggered, search, [search] {
        search->setFocus();
        search->selectAll();
    });
    page->addAction(find);
}

} // namespace pd::views
