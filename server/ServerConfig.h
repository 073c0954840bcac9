#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

#include "Result.h"

namespace pd::server {

// When failed sign-ins slow down and then lock a user name or a client address (SignInThrottle).
// A threshold of 0 turns that step off.
struct SignInLimits
{
    int userDelayAfter = 5;     // consecutive failures before each further attempt waits 1, 2, 4 ... s
    int userLockAfter = 20;     // consecutive failures that lock the user
    int addressDelayAfter = 20; // the same per client address, over all user names
    int addressLockAfter = 100;
    int maxDelaySeconds = 60;
    int lockSeconds = 15 * 60;
};

// The settings of one server, kept as config.json in its data directory.
struct ServerConfig
{
    QString dataDir;
    QString listen = QStringLiteral("127.0.0.1:8443");
    QString database;         // sqlite:PATH or postgresql://USER@HOST:PORT/DB; default sqlite in dataDir
    QString databasePassword; // PostgreSQL only, optional; PGPASSWORD in the environment wins when set
    QString certificateFile = QStringLiteral("cert.pem");
    QString keyFile = QStringLiteral("key.pem");
    int accessTokenSeconds = 15 * 60;
    int refreshTokenSeconds = 30 * 24 * 3600;
    int tombstoneRetentionDays = 90;
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    SignInLimits signIn;

    // How the server holds its connections (docs/deploy.md, "Limits and timeouts").
    struct Limits
    {
        int maxConnections = 512;          // in all; capped below the process's open-file limit
        int maxConnectionsPerAddress = 64; // from one client address
        int handshakeSeconds = 10;         // to finish the TLS handshake
        int requestSeconds = 30;           // for a request's head, each pause in its body, and its answer to be read
        int idleSeconds = 60;              // a kept-alive connection waits this long for its next request
        int maxHeaderBytes = 16 * 1024;    // request line and headers together
        // Reverse proxies (nginx) whose X-Real-IP header names the client: their connections are not
        // limited per address, and sign-ins through them count against the address they name.
        QList<QHostAddress> trustedProxies;
    } limits;

    QString path(const QString &file) const; // relative to dataDir
    QString databaseUrl() const;

    static QString fileName(const QString &dataDir);
    static Result<ServerConfig> load(const QString &dataDir);
    Status save() const;
};

} // namespace pd::server
