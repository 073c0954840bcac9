#pragma once

#include "DashboardFigures.h"

#include <QObject>

#include <memory>

namespace pd::storage {
class Database;
}

namespace pd::items {

// Reads the Dashboard's figures on a worker thread with its own connection to the database file, so
// that the GUI thread never waits on a million deals. Move it to a QThread and call load() through a
// queued connection; it answers with figuresReady() once the quick counts are in and again when the
// tier verdicts and commission totals are. Requests carry a number so that a late answer is known.
class DashboardLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardLoader)

public:
    explicit DashboardLoader(QObject *parent = nullptr);
    ~DashboardLoader() override;

    // Opens `path` (keeping the connection for the next request) and reads the figures as of `now`.
    void load(quint64 request, const QString &path, const QDateTime &now);
    // Closes the worker's connection (the database is being closed or replaced).
    void close();

signals:
    void figuresReady(quint64 request, const pd::items::DashboardFigures &figures);
    void failed(quint64 request, const QString &message);

private:
    std::unique_ptr<storage::Database> m_database;
};

} // namespace pd::items
