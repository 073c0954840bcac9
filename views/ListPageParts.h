#pragma once

#include <QString>

class QAbstractItemModel;
class QLineEdit;
class QTableView;
class QWidget;

namespace pd::views {

// The pieces every list page builds the same way, so that they look and behave alike.

// A table of rows to pick from: whole rows selected (one at a time; callers may allow more), read
// only, alternating rows, no grid, no vertical header, movable and sortable columns.
QTableView *createListTable(QWidget *parent, const QString &objectName, QAbstractItemModel *model);

// A search field with a clear button and a search icon.
QLineEdit *createSearchField(QWidget *parent, const QString &objectName, const QString &placeholder);

// Ctrl+F (the platform's Find) anywhere on `page` focuses and selects the search field.
void addFindShortcut(QWidget *page, QLineEdit *search);

} // namespace pd::views
