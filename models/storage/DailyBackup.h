#pragma once

#include "Clock.h"

#include <QObject>
#include <QString>
#include <QTimer>

class QThread;

namespace pd::storage {

// The backup the app makes once a day while it runs: now and then it looks whether the open database
// has a backup of today (UTC) and, when not, makes one on a thread of its own with a connection of its
// own, so the window never waits for it. It says what happened by signals; a backup that fails is
// tried again at the next look, and never stops the user's work.
class DailyBackup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyBackup)

public:
    explicit DailyBackup(const Clock &clock, QObject *parent = nullptr);
    // Waits for a backup that is being written.
    ~DailyBackup() override;

    // The database to back up; an empty path stops (after waiting for a backup that is being written).
    // The first look is `firstDelayMs` after this, then every `intervalMs`.
    void setDatabase(const QString &path);
    void setTimes(int firstDelayMs, int intervalMs);
    // Looks now (a backup already being written is left to finish).
    void checkNow();
    bool isRunning() const { return m_worker != nullptr; }

signals:
    void made(const QString &backupPath);
    void failed(const QString &message);
    void finished();

private:
    void wait();

    const Clock &m_clock;
    QString m_path;
    QTimer m_timer;
    int m_firstDelayMs = 60 * 1000;
    int m_intervalMs = 30 * 60 * 1000;
    QThread *m_worker = nullptr;
    quint64 m_generation = 0;
};

} // namespace pd::storage
