#include "ExportJob.h"

#include "Database.h"
#include "DealsModel.h"
#include "TableExport.h"

#include <QHeaderView>
#include <QLocale>

namespace pd::views {
namespace {

QString dealCell(const storage::DealRow &r, int column, const QLocale &locale)
{
    using items::DealsModel;
    switch (column) {
    case DealsModel::Customer:
        return r.customerName;
    case DealsModel::CustomerInn:
        return r.customerInn;
    case DealsModel::Partner:
        return r.partnerName;
    case DealsModel::Products:
        return r.products.join(QStringLiteral(", "));
    case DealsModel::Amount:
        return r.amount.toPlainString();
    case DealsModel::State:
        return domain::displayName(r.state);
    case DealsModel::ProtectionEnds:
        return r.protectionEndsAt.isValid() ? r.protectionEndsAt.toUTC().date().toString(Qt::ISODate) : QString();
    case DealsModel::Expected:
        return r.expectedYear > 0 ? QStringLiteral("%1 Q%2").arg(r.expectedYear).arg(r.expectedQuarter) : QString();
    case DealsModel::Filed:
        return r.filedAt.isValid() ? r.filedAt.toUTC().toString(Qt::ISODate) : QString();
    default:
        break;
    }
    Q_UNUSED(locale)
    return {};
}

} // namespace

void ExportJob::snapshot(const QTableView *view, QStringList &header, QList<QStringList> &rows)
{
    const QAbstractItemModel *model = view->model();
    const QHeaderView *h = view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < h->count(); ++visual) {
        const int logical = h->logicalIndex(visual);
        if (!h->isSectionHidden(logical))
            columns.append(logical);
    }
    header.clear();
    for (int c : columns)
        header.append(model->headerData(c, Qt::Horizontal).toString());
    rows.clear();
    rows.reserve(model->rowCount());
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c : columns)
            cells.append(model->index(r, c).data(Qt::DisplayRole).toString());
        rows.append(cells);
    }
}

void ExportJob::dealColumns(const QTableView *view, QList<int> &columns, QStringList &header)
{
    const QHeaderView *h = view->horizontalHeader();
    columns.clear();
    header.clear();
    for (int visual = 0; visual < h->count(); ++visual) {
        const int logical = h->logicalIndex(visual);
        if (h->isSectionHidden(logical))
            continue;
        columns.append(logical);
        header.append(view->model()->headerData(logical, Qt::Horizontal).toString());
    }
}

Result<qint64> ExportJob::run(const ExportRequest &request, Scope scope, const QString &path,
                              const io::CsvOptions &options, const std::atomic_bool &cancelled,
                              const std::function<void(qint64, qint64)> &progress)
{
    const Error cancel{tr("The export was cancelled; no file was written."), {}, {}};
    if (scope == Scope::Everything && request.everything) {
        auto db = storage::Database::open(request.databasePath, storage::Database::Mode::OpenExisting);
        if (!db)
            return db.error();
        return io::TableExport(db.value()->connection())
            .toFile(*request.everything, path, options, [&](qint64 done, qint64 total) {
                progress(done, total);
                return !cancelled.load();
            });
    }
    io::CsvWriter writer(options);
    if (Status s = writer.open(path); !s)
        return s.error();
    qint64 written = 0;
    if (request.deals) {
        auto db = storage::Database::open(request.databasePath, storage::Database::Mode::OpenExisting);
        if (!db)
            return db.error();
        const ExportRequest::Deals &d = *request.deals;
        const storage::DealQuery query(db.value()->connection(), d.filter, d.sort, d.order,
                                       QDateTime::currentDateTimeUtc());
        auto total = query.count();
        if (!total)
            return total.error();
        if (Status s = writer.writeRow(d.header); !s)
            return s.error();
        const QLocale locale;
        for (qint64 offset = 0; offset < total.value(); offset += kDealPage) {
            if (cancelled.load())
                return cancel; // the writer's destructor removes the temporary file
            auto page = query.page(offset, kDealPage);
            if (!page)
                return page.error();
            if (page.value().isEmpty())
                break;
            for (const storage::DealRow &row : page.value()) {
                QStringList cells;
                for (int c : d.columns)
                    cells.append(dealCell(row, c, locale));
                if (Status s = writer.writeRow(cells); !s)
                    return s.error();
                ++written;
            }
            progress(written, total.value());
        }
    } else {
        if (Status s = writer.writeRow(request.shownHeader); !s)
            return s.error();
        for (const QStringList &row : request.shownRows) {
            if (cancelled.load())
                return cancel;
            if (Status s = writer.writeRow(row); !s)
                return s.error();
            if (++written % 1000 == 0)
                progress(written, request.shownRows.size());
        }
    }
    if (cancelled.load())
        return cancel;
    if (Status s = writer.commit(); !s)
        return s.error();
    progress(written, written);
    return written;
}

} // namespace pd::views
