#pragma once

#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

#include "Clock.h"
#include "Database.h"
#include "Partner.h"
#include "SyncEngine.h"
#include "ServerProcess.h"
#include "SyncSeams.h"

class QNetworkAccessManager;

// entity → id → fields
using Records = QHash<QString, QHash<QString, QJsonObject>>;

// A partnerdesk-server child process on 127.0.0.1 and a random port, with a fresh data directory
// (admin "root", password "rootpw") and its development certificate for localhost.
class SyncServer final
{
public:
    ~SyncServer();
    bool init(const QString &dataDir);
    bool start();
    void stop();
    int port() const { return m_process.port(); }
    QString url() const { return QStringLiteral("https://localhost:%1").arg(port()); }
    QString certificate() const { return m_data + QStringLiteral("/cert.pem"); }
    QString key() const { return m_data + QStringLiteral("/key.pem"); }
    const QString &dataDir() const { return m_data; }
    // Every live record on the server, read from the feed as admin.
    Records records() const;
    // Every record's version on the server (tombstones included).
    QHash<QString, qint64> versions() const;

private:
    pd::server::ServerProcess m_process;
    QString m_data;
};

// The credentials of a test: a fixed user and password, the refresh token in memory.
class TestCredentials final : public pd::sync::client::Credentials
{
public:
    explicit TestCredentials(QString user = QStringLiteral("root"), QString password = QStringLiteral("rootpw"))
        : m_user(std::move(user)), m_password(std::move(password))
    {}
    QString user() const override { return m_user; }
    QString password() override
    {
        ++passwordAsked;
        return m_password;
    }
    QString refreshToken() override { return m_refresh; }
    void storeRefreshToken(const QString &token) override { m_refresh = token; }
    int passwordAsked = 0;

private:
    QString m_user;
    QString m_password;
    QString m_refresh;
};

// One client database with its own engine, editing through the repositories as the app does.
class SyncClient final
{
public:
    SyncClient(const QString &path, const QString &caFile, const QString &server);
    ~SyncClient();

    pd::sync::client::SyncReport sync(bool allowMassDelete = false);
    QSqlDatabase db() const { return m_db->connection(); }
    Records records() const;
    const QString &path() const { return m_path; }

    pd::domain::Partner createPartner(const QString &name);
    pd::domain::Partner partner(const QString &id) const;
    bool updatePartner(const pd::domain::Partner &p);
    bool removePartner(const QString &id);
    QStringList partnerIds() const;

private:
    QString m_path;
    QString m_server;
    std::unique_ptr<pd::storage::Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<pd::sync::client::FileTlsPolicy> m_tls;
    TestCredentials m_credentials;
    std::unique_ptr<pd::sync::client::SyncEngine> m_engine;
};

// A valid 10-digit INN from a number.
QString testInn(int n);
// The first difference between two record sets (server fields compared where the server has them).
QString difference(const Records &server, const Records &client);
// Runs partnerdesk-cli with these arguments and environment additions; returns exit code and output.
struct CliResult
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QString out;
    QString err;
};
CliResult runCli(const QStringList &args, const QStringList &env = {}, int timeoutMs = 120000);
