#pragma once

#include "SyncEngine.h"
#include "SyncJournal.h"
#include "SyncSeams.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace pd::storage {
class Database;
}

namespace pd::sync::client {

// What the status bar and the Sync page show.
struct SyncStatus
{
    enum class State
    {
        Idle,
        Syncing,
        Synced,
        Pending,
        Offline,
        Error,
        Attention,
        Certificate,
        SignIn,
        MassDelete
    };
    State state = State::Idle;
    QString message;
    SyncReport report;   // of the last run
    QDateTime nextRetry; // when a failed run is retried by itself (UTC), invalid when none
    int failures = 0;    // failed runs in a row
};

// Runs sync on its own thread with its own database connection: on request, every `interval`
// while online, and after a failure with capped exponential backoff (so a failed sync is retried
// without any new edit). Create with SyncWorker::Setup, move to a thread, then call start().
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        QString databasePath;
        QUrl server;
        int intervalSeconds = 300; // 0: no periodic sync
        int backoffBaseMs = 2000;
        int backoffCapMs = 300000;
        int timeoutMs = 30000;
        std::function<std::unique_ptr<TlsPolicy>()> makeTls;           // called on the worker thread
        std::function<std::unique_ptr<Credentials>()> makeCredentials; // called on the worker thread
    };
    explicit SyncWorker(Setup setup);
    ~SyncWorker() override;

    // The delay before the n-th retry (n from 1): base·2^(n−1), at most the cap.
    static int backoffDelay(int failures, int baseMs, int capMs);

public slots:
    void start();
    void syncNow();
    void allowMassDeleteOnce();
    void setInterval(int seconds);
    void stop();

signals:
    void statusChanged(const pd::sync::client::SyncStatus &status);

private:
    void runOnce(bool allowMassDelete);

    Setup m_setup;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<TlsPolicy> m_tls;
    std::unique_ptr<Credentials> m_credentials;
    std::unique_ptr<SyncEngine> m_engine;
    QTimer *m_periodic = nullptr;
    QTimer *m_retry = nullptr;
    SyncStatus m_status;
    bool m_running = false;
};

// Owns the worker thread for the app's GUI thread: starts and stops it, forwards requests.
class SyncController final : public QObject
{
    Q_OBJECT

public:
    explicit SyncController(SyncWorker::Setup setup, QObject *parent = nullptr);
    ~SyncController() override;

    const SyncStatus &status() const { return m_status; }
    void syncNow();
    void allowMassDeleteOnce();
    void setInterval(int seconds);

signals:
    void statusChanged(const pd::sync::client::SyncStatus &status);

private:
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    SyncStatus m_status;
};

} // namespace pd::sync::client

Q_DECLARE_METATYPE(pd::sync::client::SyncStatus)
