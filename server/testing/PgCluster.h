#pragma once

#include <QString>
#include <QStringList>

namespace pd::server {

// A throw-away PostgreSQL for tests and benchmarks, run by tests/server/pg-fixture.sh: initdb in a temporary
// directory, started on a free loopback port (user pd, database partnerdesk, trust on loopback), and
// stopped and removed on destruction.
class PgCluster final
{
public:
    explicit PgCluster(QString fixtureScript) : m_script(std::move(fixtureScript)) {}
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    // False when it could not start: error() has the script's message.
    bool start(const QStringList &options = {});
    // The script's other commands on this cluster: restart, down, up (pg-fixture.sh says what each does).
    bool run(const QString &command);
    void stop();

    bool isRunning() const { return !m_dir.isEmpty(); }
    int port() const { return m_port; }
    QString url() const { return QStringLiteral("postgresql://pd@127.0.0.1:%1/partnerdesk").arg(m_port); }
    const QString &error() const { return m_error; }

private:
    QString m_script;
    QString m_dir;
    int m_port = 0;
    QString m_error;
};

} // namespace pd::server
