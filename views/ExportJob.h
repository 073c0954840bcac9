#pragma once

#include "CsvWriter.h"
#include "ExportRequest.h"
#include "Result.h"

#include <QCoreApplication>
#include <QTableView>

#include <atomic>
#include <functional>

namespace pd::views {

// The work of an export, run on a worker thread with its own database connection: a snapshot of shown
// rows, shown deals read a large page at a time, or a whole table. Cancelling leaves no file.
class ExportJob final
{
    Q_DECLARE_TR_FUNCTIONS(pd::views::ExportJob)

public:
    enum class Scope
    {
        Shown,
        Everything
    };

    static Result<qint64> run(const ExportRequest &request, Scope scope, const QString &path,
                              const io::CsvOptions &options, const std::atomic_bool &cancelled,
                              const std::function<void(qint64, qint64)> &progress);

    // What a list view shows: its visible columns in view order, headers and display texts of every row.
    static void snapshot(const QTableView *view, QStringList &header, QList<QStringList> &rows);
    // The same columns of a deals view, as DealsModel columns in view order.
    static void dealColumns(const QTableView *view, QList<int> &columns, QStringList &header);

    static constexpr int kDealPage = 10000;
};

} // namespace pd::views
