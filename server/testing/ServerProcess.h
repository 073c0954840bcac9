#pragma once

#include <QProcess>
#include <QString>

namespace pd::server {

// A partnerdesk-server child process on 127.0.0.1 and a port it picks itself, for tests and benchmarks:
// `run --data DIR --listen 127.0.0.1:0`, the port read from the line it prints once it listens. Stopped
// (terminate, then kill) by stop() or on destruction.
class ServerProcess final
{
public:
    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Starts `serverPath` on the data directory; false when it did not say its port within waitMs
    // (its standard error is then in errorOutput()).
    bool start(const QString &serverPath, const QString &dataDir, int waitMs = 20000);
    // `init --data DIR --admin ADMIN [--database URL]` with the admin's password on stdin: empty on success,
    // else what the server said.
    static QString init(const QString &serverPath, const QString &dataDir, const QString &admin,
                        const QString &password, const QString &database = {});
    void stop(int waitMs = 10000);
    int port() const { return m_port; }
    qint64 processId() const { return m_process.processId(); }
    const QString &errorOutput() const { return m_errorOutput; }
    // What the server has written to its standard error so far: its log.
    QString log();

private:
    QProcess m_process;
    int m_port = 0;
    QString m_errorOutput;
    QString m_log;
};

} // namespace pd::server
