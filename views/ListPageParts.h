#pragma once

#include <QString>

class QAbstractItemModel;
class QFrame;
class QSplitter;
class QStackedWidget;
class QLineEdit;
class QTableView;
class QWidget;

namespace pd::views {

// The pieces every list page builds the same way, so that they look and behave alike.

// The page's horizontal splitter between its list and its detail panel; it never collapses either.
QSplitter *createPageSplitter(QWidget *parent, const QString &objectName);

// A card (the framed panel of a page) whose whole content is a stack: the list and its empty states.
struct ListCard
{
    QFrame *card;
    QStackedWidget *stack;
};
ListCard createListCard(QWidget *parent);

// A table of rows to pick from: whole rows selected (one at a time; callers may allow more), read
// only, alternating rows, no grid, no vertical header, movable and sortable columns.
QTableView *createListTable(QWidget *parent, const QString &objectName, QAbstractItemModel *model);

// A search field with a clear button and a search icon.
QLineEdit *createSearchField(QWidget *parent, const QString &objectName, const QString &placeholder);

// Marks `search` as the page's search field: Edit → Find (Ctrl+F) in the main window puts the cursor there
// (any QLineEdit with the property "pdSearchField" set to true is found the same way).
void addFindShortcut(QWidget *page, QLineEdit *search);

} // namespace pd::views
