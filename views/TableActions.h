#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QAction;
class QLocale;
class QMenu;
class QModelIndex;
class QPoint;
class QTableView;
class QWidget;

namespace pd::domain {
class Money;
}

namespace pd::views {

// What every list table offers as in any desktop app: Ctrl+C copies the selected rows as tab-separated
// text with a header of the visible column titles (pastes into a spreadsheet as columns), and a context
// menu on rows with Open, Copy, Export selection… and the page's own actions. A page installs it on its
// table and adds what it has; rows can then be selected together (Shift, Ctrl) to copy them.
class TableActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableActions)

public:
    // `title` names the list in the export dialog ("Partners"); `fileName` is the file offered for a selection.
    static TableActions *install(QTableView *table, const QString &title, const QString &fileName);
    // The same for a table of items::DealsModel (Deals, Review queue): amounts are copied as numbers, and
    // `open` (when given) shows the current deal.
    static TableActions *installOnDeals(QTableView *table, const QString &title, const QString &fileName,
                                        std::function<void()> open = {});
    // The actions installed on `table`, or nullptr.
    static TableActions *of(const QTableView *table);

    // Open (the row's detail): the menu offers it only once a handler is set; it gets the clicked row.
    void setOpenHandler(std::function<void(const QModelIndex &)> open);
    // The page's own actions, after the common ones; the page keeps them enabled as they apply.
    void addPageActions(const QList<QAction *> &actions);
    // A page action made here, for the menu only (a child of the table).
    QAction *addPageAction(const QString &text, std::function<void()> triggered);
    // A cell's text where it should differ from what is shown (an amount as a plain number); a null
    // string keeps the shown text.
    void setCellText(std::function<QString(const QModelIndex &)> text);

    // The selected rows in view order, visible columns in view order, with a header row.
    QList<QStringList> selectedRows() const;
    // The same as tab-separated text, one line per row (what Copy puts on the clipboard).
    QString selectedRowsText() const;
    void copy();
    void exportSelection();
    // The context menu as it is now (the page's actions included), for the clicked or current row.
    QMenu *createMenu(QWidget *parent);

    // An amount as a spreadsheet reads a number in this locale: "1234567,89" or "1234567.89", without
    // grouping or currency; amounts in another currency than the ruble keep their shown text.
    static QString plainAmount(const domain::Money &money, const QLocale &locale);
    // Puts the keyboard focus on the first field of `panel` that takes it (what Open does on a page).
    static void focusFirstField(QWidget *panel);

    // More rows than this are not copied (a spreadsheet paste of a million rows helps nobody; export does it).
    static constexpr int kMaxRows = 50000;

private:
    TableActions(QTableView *table, QString title, QString fileName);
    void showMenu(const QPoint &pos);
    bool tooMany(qsizetype rows);
    bool eventFilter(QObject *watched, QEvent *event) override;

    QTableView *m_table;
    QString m_title;
    QString m_fileName;
    std::function<void(const QModelIndex &)> m_open;
    std::function<QString(const QModelIndex &)> m_cellText;
    QList<QAction *> m_pageActions;
    QAction *m_copy = nullptr;
};

} // namespace pd::views
