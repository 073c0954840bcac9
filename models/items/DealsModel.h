#pragma once

#include "DealQuery.h"
#include "Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace pd::items {

// The deals table over any number of rows: it knows how many rows there are and asks its page
// source for the rows a view shows, a page at a time, keeping a bounded number of pages. Sorting is
// asked of the owner (sortRequested), which builds a new source: SQLite sorts, not the model.
class DealsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealsModel)

public:
    enum Column
    {
        Customer,
        CustomerInn,
        Partner,
        Products,
        Amount,
        State,
        ProtectionEnds,
        Expected,
        Filed,
        ColumnCount
    };
    Q_ENUM(Column)
    enum ItemRole
    {
        IdRole = Qt::UserRole + 1,
        StateRole,
        OutcomeRole,
        ProtectionEndsRole,
        FeedbackOverdueRole
    };

    using PageSource = std::function<Result<QList<storage::DealRow>>(qint64 offset, int limit)>;

    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 64;

    explicit DealsModel(QObject *parent = nullptr);

    // Shows `rowCount` rows read from `source`; `now` decides overdue and lapsed highlights.
    void reset(qint64 rowCount, PageSource source, const QDateTime &now);
    // Forgets cached rows (after a write) and re-reads what the view shows.
    void refresh(qint64 rowCount);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    // The row's record, or nullptr when its page cannot be read.
    const storage::DealRow *rowAt(int row) const;
    static storage::DealSort sortFor(int column);
    static bool isSortable(int column);
    // Pages read since the last reset: tests and benchmarks use it.
    int pagesRead() const { return m_pagesRead; }

signals:
    void sortRequested(storage::DealSort sort, Qt::SortOrder order);
    void readFailed(const QString &message) const;

private:
    const QList<storage::DealRow> *pageFor(int row) const;
    QVariant display(const storage::DealRow &r, int column) const;

    qint64 m_rowCount = 0;
    PageSource m_source;
    QDateTime m_now;
    // Pages are read lazily from const data(): a cache, not the model's state.
    mutable QHash<qint64, QList<storage::DealRow>> m_pages;
    mutable QList<qint64> m_recent; // least recently used first
    mutable int m_pagesRead = 0;
};

} // namespace pd::items
