#include "ListPageParts.h"

#include <QAction>
#include <QFrame>
#include <QHeaderView>
#include <QIcon>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::views {

QSplitter *createPageSplitter(QWidget *parent, const QString &objectName)
{
    auto *splitter = new QSplitter(Qt::Horizontal, parent);
    splitter->setObjectName(objectName);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(12);
    return splitter;
}

ListCard createListCard(QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setObjectName(QStringLiteral("card")); // styled by the style sheet
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(1, 1, 1, 1);
    auto *stack = new QStackedWidget(card);
    layout->addWidget(stack);
    return {card, stack};
}

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
    search->setProperty("pdSearchField", true); // Ctrl+F finds it
    search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    return search;
}

void addFindShortcut(QWidget *page, QLineEdit *search)
{
    Q_UNUSED(page)
    // Edit → Find (Ctrl+F) in the main window puts the cursor in the current page's field so marked.
    search->setProperty("pdSearchField", true);
}

} // namespace pd::views
