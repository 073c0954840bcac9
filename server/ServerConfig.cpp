#include "ServerConfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <array>
#include <utility>

namespace pd::server {
namespace {

// config.json's names of the connection limits.
std::array<std::pair<QString, int *>, 6> limitKeys(ServerConfig::Limits &l)
{
    return {{{QStringLiteral("max_connections"), &l.maxConnections},
             {QStringLiteral("max_connections_per_address"), &l.maxConnectionsPerAddress},
             {QStringLiteral("handshake_timeout_seconds"), &l.handshakeSeconds},
             {QStringLiteral("request_timeout_seconds"), &l.requestSeconds},
             {QStringLiteral("idle_timeout_seconds"), &l.idleSeconds},
             {QStringLiteral("max_header_bytes"), &l.maxHeaderBytes}}};
}

} // namespace

QString ServerConfig::path(const QString &file) const
{
    return QDir(dataDir).absoluteFilePath(file);
}

QString ServerConfig::databaseUrl() const
{
    return database.isEmpty() ? QStringLiteral("sqlite:") + path(QStringLiteral("server.sqlite")) : database;
}

QString ServerConfig::fileName(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(QStringLiteral("config.json"));
}

Result<ServerConfig> ServerConfig::load(const QString &dataDir)
{
    QFile f(fileName(dataDir));
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("Cannot read %1: %2").arg(f.fileName(), f.errorString()),
                     QStringLiteral("Run 'partnerdesk-server init --data %1' first.").arg(dataDir),
                     {}};
    QJsonParseError pe{};
    const QJsonObject o = QJsonDocument::fromJson(f.readAll(), &pe).object();
    if (pe.error != QJsonParseError::NoError)
        return Error{QStringLiteral("%1 is not valid JSON: %2").arg(f.fileName(), pe.errorString()), {}, {}};
    ServerConfig c;
    c.dataDir = QDir(dataDir).absolutePath();
    c.listen = o.value(QStringLiteral("listen")).toString(c.listen);
    c.database = o.value(QStringLiteral("database")).toString();
    c.databasePassword = o.value(QStringLiteral("database_password")).toString();
    c.certificateFile = o.value(QStringLiteral("certificate")).toString(c.certificateFile);
    c.keyFile = o.value(QStringLiteral("key")).toString(c.keyFile);
    c.accessTokenSeconds = o.value(QStringLiteral("access_token_seconds")).toInt(c.accessTokenSeconds);
    c.refreshTokenSeconds = o.value(QStringLiteral("refresh_token_seconds")).toInt(c.refreshTokenSeconds);
    c.tombstoneRetentionDays = o.value(QStringLiteral("tombstone_retention_days")).toInt(c.tombstoneRetentionDays);
    c.maxBodyBytes = o.value(QStringLiteral("max_body_bytes")).toInteger(c.maxBodyBytes);
    for (const auto &[key, field] : limitKeys(c.limits))
        *field = o.value(key).toInt(*field);
    for (const auto &[key, field] : limitKeys(c.limits)) {
        if (*field <= 0)
            return Error{QStringLiteral("%1: %2 must be a positive number.").arg(f.fileName(), key), {}, {}};
    }
    const QJsonArray proxies = o.value(QStringLiteral("trusted_proxies")).toArray();
    for (const QJsonValue &proxy : proxies) {
        const QHostAddress address(proxy.toString());
        if (address.isNull())
            return Error{QStringLiteral("%1: trusted_proxies holds '%2', which is not an IP address.")
                             .arg(f.fileName(), proxy.toVariant().toString()),
                         {},
                         {}};
        c.limits.trustedProxies.append(address);
    }
    SignInLimits &l = c.signIn;
    l.userDelayAfter = o.value(QStringLiteral("signin_user_delay_after")).toInt(l.userDelayAfter);
    l.userLockAfter = o.value(QStringLiteral("signin_user_lock_after")).toInt(l.userLockAfter);
    l.addressDelayAfter = o.value(QStringLiteral("signin_address_delay_after")).toInt(l.addressDelayAfter);
    l.addressLockAfter = o.value(QStringLiteral("signin_address_lock_after")).toInt(l.addressLockAfter);
    l.maxDelaySeconds = o.value(QStringLiteral("signin_max_delay_seconds")).toInt(l.maxDelaySeconds);
    l.lockSeconds = o.value(QStringLiteral("signin_lock_seconds")).toInt(l.lockSeconds);
    for (const int v : {l.userDelayAfter, l.userLockAfter, l.addressDelayAfter, l.addressLockAfter, l.maxDelaySeconds,
                        l.lockSeconds}) {
        if (v < 0)
            return Error{QStringLiteral("%1: the signin_* settings must be 0 or more.").arg(f.fileName()), {}, {}};
    }
    return c;
}

Status ServerConfig::save() const
{
    const QJsonObject o{{QStringLiteral("listen"), listen},
                        {QStringLiteral("database"), database},
                        {QStringLiteral("certificate"), certificateFile},
                        {QStringLiteral("key"), keyFile},
                        {QStringLiteral("access_token_seconds"), accessTokenSeconds},
                        {QStringLiteral("refresh_token_seconds"), refreshTokenSeconds},
                        {QStringLiteral("tombstone_retention_days"), tombstoneRetentionDays},
                        {QStringLiteral("max_body_bytes"), maxBodyBytes},
                        {QStringLiteral("signin_user_delay_after"), signIn.userDelayAfter},
                        {QStringLiteral("signin_user_lock_after"), signIn.userLockAfter},
                        {QStringLiteral("signin_address_delay_after"), signIn.addressDelayAfter},
                        {QStringLiteral("signin_address_lock_after"), signIn.addressLockAfter},
                        {QStringLiteral("signin_max_delay_seconds"), signIn.maxDelaySeconds},
                        {QStringLiteral("signin_lock_seconds"), signIn.lockSeconds}};
    QJsonObject saved = o;
    Limits copy = limits;
    for (const auto &[key, field] : limitKeys(copy))
        saved.insert(key, *field);
    if (!limits.trustedProxies.isEmpty()) {
        QJsonArray proxies;
        for (const QHostAddress &proxy : limits.trustedProxies)
            proxies.append(proxy.toString());
        saved.insert(QStringLiteral("trusted_proxies"), proxies);
    }
    if (!databasePassword.isEmpty())
        saved.insert(QStringLiteral("database_password"), databasePassword);
    QSaveFile f(fileName(dataDir));
    // The file may hold the database password: readable by the server's user only.
    f.setDirectWriteFallback(false);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || f.write(QJsonDocument(saved).toJson()) < 0 || !f.commit())
        return Error{QStringLiteral("Cannot write %1: %2").arg(f.fileName(), f.errorString()), {}, {}};
    return {};
}

} // namespace pd::server
