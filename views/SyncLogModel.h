#pragma once

#include "SyncJournal.h"

#include <QAbstractTableModel>
#include <QList>

namespace pd::views {

// The sync log as a table: one row per run, newest first. It presents what it is given and does no I/O;
// "problems only" keeps the runs that did not sync fully. DisplayRole is text for a person (times in
// the locale, the outcome by name); RawValueRole is what a proxy sorts on (the time, the counts as ints).
class SyncLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncLogModel)

public:
    enum Column
    {
        Finished,
        Outcome,
        Pushed,
        Pulled,
        Merged,
        Conflicts,
        Rejected,
        Message,
        ColumnCount
    };
    Q_ENUM(Column)
    enum ItemRole
    {
        RawValueRole = Qt::UserRole + 1,
        ProblemRole
    };

    explicit SyncLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the runs (newest first); returns whether anything changed.
    bool setEntries(const QList<sync::client::SyncLogEntry> &entries);
    void setProblemsOnly(bool problemsOnly);
    bool problemsOnly() const { return m_problemsOnly; }
    const sync::client::SyncLogEntry &entryAt(int row) const { return m_shown.at(row); }
    // Runs in the log, whichever are shown.
    int totalCount() const { return int(m_all.size()); }

private:
    void rebuild();

    QList<sync::client::SyncLogEntry> m_all;
    QList<sync::client::SyncLogEntry> m_shown;
    bool m_problemsOnly = false;
};

} // namespace pd::views
