#include "DailyBackup.h"

#include "Backups.h"

#include <QThread>

#include <memory>

namespace pd::storage {

DailyBackup::DailyBackup(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DailyBackup::checkNow);
}

DailyBackup::~DailyBackup()
{
    wait();
}

void DailyBackup::setTimes(int firstDelayMs, int intervalMs)
{
    m_firstDelayMs = firstDelayMs;
    m_intervalMs = intervalMs;
}

void DailyBackup::setDatabase(const QString &path)
{
    m_timer.stop();
    wait();
    m_path = path;
    if (!m_path.isEmpty())
        m_timer.start(m_firstDelayMs);
}

void DailyBackup::wait()
{
    if (!m_worker)
        return;
    m_worker->wait();
    // Its finished() may still be queued: the generation tells that handler it is too late.
    ++m_generation;
    delete m_worker;
    m_worker = nullptr;
}

void DailyBackup::checkNow()
{
    if (m_path.isEmpty() || m_worker)
        return;
    struct Outcome
    {
        bool attempted = false;
        QString path;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    const QString path = m_path;
    const Clock &clock = m_clock;
    const backups::Policy policy = backups::Policy::fromSettings();
    m_worker = QThread::create([outcome, path, &clock, policy] {
        if (backups::hasBackupOn(path, clock.todayUtc()))
            return;
        outcome->attempted = true;
        auto made = backups::makeOf(path, backups::Reason::Daily, clock, policy);
        if (made)
            outcome->path = made.value().path;
        else
            outcome->error = made.error().text();
    });
    m_worker->setObjectName(QStringLiteral("pd-daily-backup"));
    connect(m_worker, &QThread::finished, this, [this, outcome, generation = m_generation] {
        if (generation != m_generation)
            return;
        m_worker->deleteLater();
        m_worker = nullptr;
        if (!m_path.isEmpty())
            m_timer.start(m_intervalMs);
        if (outcome->attempted && outcome->error.isEmpty())
            emit made(outcome->path);
        else if (outcome->attempted)
            emit failed(outcome->error);
        emit finished();
    });
    m_worker->start(QThread::LowPriority);
}

} // namespace pd::storage
