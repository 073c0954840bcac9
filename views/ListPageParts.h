#pragma once

#include <QString>

class QAbstractItemModel;
class QAbstractItemView;
class QFrame;
class QHeaderView;
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

// Widens each shown section of `header` that is narrower than its title and the sort arrow beside it
// (a layout's default widths are in pixels; a Russian title is often longer than the English one). A
// stretched section (its own or the last one) becomes a ColumnFiller: it takes the room the others leave
// and never gets narrower than its title. Call it again after setting widths.
void fitSectionsToTitles(QHeaderView *header);
// The width of section `logical` of `header` that shows its title whole with the sort arrow beside it.
int sectionWidthForTitle(const QHeaderView *header, int logical);

// The width of a column of `view` that shows a name of `characters` characters whole: a cell's
// margins included, in the view's own font.
int columnWidthForText(const QAbstractItemView *view, int characters);

// The width of a column of `view` that shows the widest of `texts` whole (a state's names, say).
int columnWidthForTexts(const QAbstractItemView *view, const QStringList &texts);

} // namespace pd::views
