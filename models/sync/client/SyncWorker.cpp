#include "SyncWorker.h"

#include "Database.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>

namespace pd::sync::client {

SyncWorker::SyncWorker(Setup setup) : m_setup(std::move(setup))
{
    qRegisterMetaType<SyncStatus>();
}

SyncWorker::~SyncWorker() = default;

int SyncWorker::backoffDelay(int failures, int baseMs, int capMs)
{
    qint64 delay = baseMs;
    for (int i = 1; i < failures && delay < capMs; ++i)
        delay *= 2;
    return int(std::min<qint64>(delay, capMs));
}

void SyncWorker::start()
{
    m_periodic = new QTimer(this);
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_periodic, &QTimer::timeout, this, &SyncWorker::syncNow);
    connect(m_retry, &QTimer::timeout, this, &SyncWorker::syncNow);
    auto db = storage::Database::open(m_setup.databasePath, storage::Database::Mode::OpenExisting);
    if (!db) {
        m_status.state = SyncStatus::State::Error;
        m_status.message = db.error().text();
        emit statusChanged(m_status);
        return;
    }
    m_db = std::move(db).value();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_tls = m_setup.makeTls();
    m_credentials = m_setup.makeCredentials();
    m_engine = std::make_unique<SyncEngine>(m_db->connection(), *m_nam, *m_tls, *m_credentials);
    setInterval(m_setup.intervalSeconds);
}

void SyncWorker::setInterval(int seconds)
{
    m_setup.intervalSeconds = seconds;
    if (!m_periodic)
        return;
    if (seconds > 0)
        m_periodic->start(seconds * 1000);
    else
        m_periodic->stop();
}

void SyncWorker::syncNow()
{
    runOnce(false);
}

void SyncWorker::allowMassDeleteOnce()
{
    runOnce(true);
}

void SyncWorker::stop()
{
    if (m_engine)
        m_engine->cancel();
    if (m_periodic)
        m_periodic->stop();
    if (m_retry)
        m_retry->stop();
}

void SyncWorker::runOnce(bool allowMassDelete)
{
    if (!m_engine || m_running || m_setup.server.isEmpty())
        return;
    m_running = true;
    m_retry->stop();
    m_status.state = SyncStatus::State::Syncing;
    m_status.nextRetry = {};
    emit statusChanged(m_status);

    SyncOptions options;
    options.server = m_setup.server;
    options.allowMassDelete = allowMassDelete;
    options.timeoutMs = m_setup.timeoutMs;
    const SyncReport report = m_engine->run(options);
    m_status.report = report;
    m_status.message = report.message;
    switch (report.outcome) {
    case SyncOutcome::Synced:
        m_status.state = report.pending > 0 ? SyncStatus::State::Pending : SyncStatus::State::Synced;
        m_status.failures = 0;
        break;
    case SyncOutcome::NeedsAttention:
        m_status.state = SyncStatus::State::Attention;
        m_status.failures = 0;
        break;
    case SyncOutcome::Offline: {
        m_status.state = SyncStatus::State::Offline;
        ++m_status.failures;
        // ±20 % jitter so a team's clients do not retry in step.
        const int delay = backoffDelay(m_status.failures, m_setup.backoffBaseMs, m_setup.backoffCapMs);
        const int jittered = int(delay * (0.8 + 0.4 * QRandomGenerator::global()->generateDouble()));
        m_retry->start(jittered);
        m_status.nextRetry = QDateTime::currentDateTimeUtc().addMSecs(jittered);
        break;
    }
    case SyncOutcome::CertificateRefused:
        m_status.state = SyncStatus::State::Certificate;
        break;
    case SyncOutcome::SignInNeeded:
        m_status.state = SyncStatus::State::SignIn;
        break;
    case SyncOutcome::MassDeletePending:
        m_status.state = SyncStatus::State::MassDelete;
        break;
    case SyncOutcome::Failed:
    case SyncOutcome::Cancelled:
        m_status.state = SyncStatus::State::Error;
        break;
    }
    m_running = false;
    emit statusChanged(m_status);
}

SyncController::SyncController(SyncWorker::Setup setup, QObject *parent) : QObject(parent)
{
    m_worker = new SyncWorker(std::move(setup));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::statusChanged, this, [this](const SyncStatus &s) {
        m_status = s;
        emit statusChanged(s);
    });
    m_thread.setObjectName(QStringLiteral("sync"));
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::start, Qt::QueuedConnection);
}

SyncController::~SyncController()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncController::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

void SyncController::allowMassDeleteOnce()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::allowMassDeleteOnce, Qt::QueuedConnection);
}

void SyncController::setInterval(int seconds)
{
    QMetaObject::invokeMethod(
        m_worker, [this, seconds] { m_worker->setInterval(seconds); }, Qt::QueuedConnection);
}

} // namespace pd::sync::client
