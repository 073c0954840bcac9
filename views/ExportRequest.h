#pragma once

#include "DealQuery.h"
#include "ImportTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd::views {

// What a page can export: the rows it shows (a snapshot of a small list, or a deal query streamed on a
// worker) and, for a table the CSV import knows, everything in it.
struct ExportRequest
{
    QString title;         // the page's name, for the dialog
    QString suggestedName; // file name offered, e.g. "partners.csv"
    QString databasePath;  // filled in by the main window
    std::optional<io::DataTable> everything;

    // Shown rows of a small list, taken on the GUI thread.
    QStringList shownHeader;
    QList<QStringList> shownRows;
    QString shownLabel; // what the dialog calls those rows, when not the page's list (a selection)

    // Shown deals: the page's filter and sort, and its visible columns (DealsModel::Column) in view order.
    struct Deals
    {
        storage::DealFilter filter;
        storage::DealSort sort = storage::DealSort::FiledAt;
        Qt::SortOrder order = Qt::DescendingOrder;
        QList<int> columns;
        QStringList header;
    };
    std::optional<Deals> deals;
};

} // namespace pd::views
