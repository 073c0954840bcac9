#pragma once

#include "DemoData.h"

#include <QObject>

#include <atomic>

class QThread;

namespace pd::views {

// Makes the demo data set in a database file on a worker thread with its own connection, so the window
// keeps painting and its progress dialog can cancel. A cancelled or failed run writes nothing.
class DemoJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoJob)

public:
    // The set the first-run dialog offers: enough partners, deals in every state (a review queue to work
    // through), training and 24 months of priced consumption, made in a few seconds.
    static demo::Options firstLookOptions();

    DemoJob(QString path, demo::Options options, QObject *parent = nullptr);
    ~DemoJob() override; // cancels a running job and waits for it

    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const;

signals:
    // Partners then deals (done of total); then, at done == total, consumption and commission.
    void progress(int done, int total);
    // `error` is empty on success and when cancelled (`cancelled` says which).
    void finished(bool ok, bool cancelled, const QString &error, const QString &detail);

private:
    QString m_path;
    demo::Options m_options;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    bool m_ok = false;
    QString m_error;
    QString m_detail;
};

} // namespace pd::views
