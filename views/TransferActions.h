#pragma once

#include "ExportRequest.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QStackedWidget;
class QWidget;

namespace pd::views {

// The CSV actions of the main window: File ▸ Import CSV… and File ▸ Export… (the current page's list),
// and an Export… button in the header of every list page (Partners, Deals, Review queue, Training).
// It only looks at the pages' widgets by objectName, so the pages need nothing of it.
class TransferActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferActions)

public:
    // `databasePath` gives the open database's file ("" when none); `actor` names who imports.
    TransferActions(QWidget *window, QStackedWidget *pages, QList<QWidget *> listPages,
                    std::function<QString()> databasePath, QString actor);

    // A list page built later (see PageSlot): it gets its Export… button now.
    void addListPage(QWidget *page);
    void addTo(QMenu *fileMenu);
    // What `page` would export now; empty title when it has nothing to export.
    ExportRequest requestFor(QWidget *page) const;

    void exportPage(QWidget *page);
    void importFile();

signals:
    void imported();

private:
    QWidget *m_window;
    QStackedWidget *m_pages;
    QList<QWidget *> m_listPages;
    std::function<QString()> m_databasePath;
    QString m_actor;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
};

} // namespace pd::views
