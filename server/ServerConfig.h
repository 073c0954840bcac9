#pragma once

#include <QString>

#include "Result.h"

namespace pd::server {

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

    QString path(const QString &file) const; // relative to dataDir
    QString databaseUrl() const;

    static QString fileName(const QString &dataDir);
    static Result<ServerConfig> load(const QString &dataDir);
    Status save() const;
};

} // namespace pd::server
