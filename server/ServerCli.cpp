#include "ServerCli.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <limits>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

#include "Crypto.h"
#include "HttpApi.h"
#include "HttpListener.h"
#include "PgServerStore.h"
#include "SignInThrottle.h"
#include "SqliteServerStore.h"
#include "SyncService.h"

namespace pd::server {
namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

void out(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
}

int fail(const Error &e)
{
    err(s("partnerdesk-server: ") + e.text());
    return 1;
}

// The value after `--name`, or `fallback`.
QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

QString readPassword()
{
    QTextStream in(stdin);
    return in.readLine();
}

const QStringList kRoles{s("admin"), s("manager"), s("viewer")};

// Raises the open-file limit to what the system allows and answers how many client connections fit under
// it, leaving room for the database, the log and the certificate files. A server that runs out of file
// descriptors can accept nothing at all, so max_connections stays below this.
int connectionsTheProcessCanOpen()
{
#ifdef Q_OS_UNIX
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) != 0)
        return std::numeric_limits<int>::max();
    if (files.rlim_cur < files.rlim_max) {
        rlimit raised = files;
        raised.rlim_cur = files.rlim_max == RLIM_INFINITY ? std::max<rlim_t>(files.rlim_cur, 65536) : files.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            files = raised;
    }
    if (files.rlim_cur == RLIM_INFINITY)
        return std::numeric_limits<int>::max();
    return int(std::clamp<rlim_t>(files.rlim_cur, 96, 1 << 20)) - 64;
#else
    return std::numeric_limits<int>::max();
#endif
}

} // namespace

int ServerCli::usage(const QString &message) const
{
    err(s("partnerdesk-server: ") + message);
    err(s("usage: partnerdesk-server init --data DIR [--admin NAME]\n"
          "       partnerdesk-server run --data DIR [--listen HOST:PORT] [--database "
          "sqlite:PATH|postgresql://USER@HOST:PORT/DB]\n"
          "       partnerdesk-server user add NAME --role admin|manager|viewer --data DIR\n"
          "       partnerdesk-server user passwd NAME --data DIR\n"
          "       partnerdesk-server user disable NAME --data DIR\n"
          "       partnerdesk-server user unlock [NAME] [--address IP] --data DIR\n"
          "Passwords are read from stdin, one line. unlock lifts the sign-in lock of a user or a client address."));
    return 2;
}

int ServerCli::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help"))
        return args.isEmpty() ? usage(s("a command is required")) : (usage(s("help")), 0);
    if (!crypto::init())
        return fail({s("libsodium could not be initialised"), {}, {}});
    const QString command = args.first();
    if (command == QLatin1String("init"))
        return init(args.mid(1));
    if (command == QLatin1String("run"))
        return serve(args.mid(1));
    if (command == QLatin1String("user"))
        return user(args.mid(1));
    return usage(QStringLiteral("unknown command '%1'").arg(command));
}

Result<std::unique_ptr<ServerStore>> ServerCli::openStore(const QString &url, const QString &password)
{
    std::unique_ptr<ServerStore> store;
    if (url.startsWith(QLatin1String("sqlite:")))
        store = std::make_unique<SqliteServerStore>(url.mid(7));
    else if (url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://"))) {
        auto location = PgLocation::fromUrl(url, password);
        if (!location)
            return location.error();
        store = std::make_unique<PgServerStore>(location.value());
    } else
        return Error{QStringLiteral("Unknown database URL '%1'.").arg(url),
                     s("Use sqlite:PATH or postgresql://USER@HOST:PORT/DB."),
                     {}};
    if (Status st = store->open(); !st)
        return st.error();
    return store;
}

int ServerCli::init(const QStringList &args)
{
    const QString dataDir = option(args, s("--data"));
    if (dataDir.isEmpty())
        return usage(s("init needs --data DIR"));
    const QString admin = option(args, s("--admin"), s("admin"));
    if (QFile::exists(ServerConfig::fileName(dataDir)))
        return fail({QStringLiteral("%1 already holds a server.").arg(dataDir), s("Choose another directory."), {}});
    if (!QDir().mkpath(dataDir))
        return fail({QStringLiteral("Cannot create %1.").arg(dataDir), {}, {}});
    ServerConfig config;
    config.dataDir = QDir(dataDir).absolutePath();
    config.listen = option(args, s("--listen"), config.listen);
    config.database = option(args, s("--database"));

    // A development certificate for localhost and 127.0.0.1; production puts its own in config.json.
    const QString openssl = QStandardPaths::findExecutable(s("openssl"));
    if (openssl.isEmpty())
        return fail(
            {s("The openssl command is needed to make the development certificate."),
             s("Install it (apt-get install openssl) or put your own cert.pem and key.pem in the data directory."),
             {}});
    QProcess gen;
    gen.start(openssl, {s("req"), s("-x509"), s("-newkey"), s("ec"), s("-pkeyopt"), s("ec_paramgen_curve:prime256v1"),
                        s("-nodes"), s("-days"), s("825"), s("-subj"), s("/CN=localhost"), s("-addext"),
                        s("subjectAltName=DNS:localhost,IP:127.0.0.1"), s("-keyout"), config.path(config.keyFile),
                        s("-out"), config.path(config.certificateFile)});
    if (!gen.waitForFinished(60000) || gen.exitCode() != 0)
        return fail({s("openssl could not make the development certificate."),
                     QString::fromLocal8Bit(gen.readAllStandardError()),
                     {}});
    QFile::setPermissions(config.path(config.keyFile), QFile::ReadOwner | QFile::WriteOwner);

    auto store = openStore(config.databaseUrl(), config.databasePassword);
    if (!store)
        return fail(store.error());
    err(QStringLiteral("Password for %1 (one line on stdin):").arg(admin));
    const QString password = readPassword();
    if (password.isEmpty())
        return fail({s("An empty password is not allowed."), {}, {}});
    if (Status st = store.value()->saveUser({admin, crypto::hashPassword(password), s("admin"), false}); !st)
        return fail(st.error());
    if (Status st = config.save(); !st)
        return fail(st.error());
    out(QStringLiteral("Initialised %1: config.json, %2, development certificate %3 (for localhost), admin '%4'.")
            .arg(config.dataDir, config.databaseUrl(), config.path(config.certificateFile), admin));
    return 0;
}

int ServerCli::serve(const QStringList &args)
{
    const QString dataDir = option(args, s("--data"));
    if (dataDir.isEmpty())
        return usage(s("run needs --data DIR"));
    auto loaded = ServerConfig::load(dataDir);
    if (!loaded)
        return fail(loaded.error());
    ServerConfig config = loaded.value();
    config.listen = option(args, s("--listen"), config.listen);
    config.database = option(args, s("--database"), config.database);
    bool ok = true;
    if (args.contains(s("--access-token-seconds")))
        config.accessTokenSeconds = option(args, s("--access-token-seconds")).toInt(&ok);
    if (!ok || config.accessTokenSeconds <= 0)
        return usage(s("--access-token-seconds needs a positive number"));
    if (args.contains(s("--tombstone-retention-days")))
        config.tombstoneRetentionDays = option(args, s("--tombstone-retention-days")).toInt(&ok);
    if (!ok || config.tombstoneRetentionDays < 0)
        return usage(s("--tombstone-retention-days needs a number of days, 0 or more"));

    const qsizetype colon = config.listen.lastIndexOf(QLatin1Char(':'));
    const QHostAddress address(config.listen.left(colon));
    const int port = config.listen.mid(colon + 1).toInt(&ok);
    if (colon < 0 || address.isNull() || !ok || port < 0 || port > 65535)
        return usage(QStringLiteral("--listen must be HOST:PORT with an IP address, got '%1'").arg(config.listen));

    QFile certFile(config.path(config.certificateFile));
    QFile keyFile(config.path(config.keyFile));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return fail(
            {s("Cannot read the certificate or its key."), certFile.fileName() + s(", ") + keyFile.fileName(), {}});
    const QSslCertificate cert(&certFile, QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (cert.isNull() || key.isNull())
        return fail({s("The certificate or its key is not a PEM file Qt can read."), certFile.fileName(), {}});

    auto store = openStore(config.databaseUrl(), config.databasePassword);
    if (!store)
        return fail(store.error());
    SyncService service(*store.value(), config);
    if (auto purged = service.purgeTombstones(); !purged)
        return fail(purged.error());
    if (Status st = service.forgetIdleSignInFailures(); !st)
        return fail(st.error());
    HttpApi api(service, config, store.value()->epoch());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(cert);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    // Clients sign in with tokens, not certificates: the server does not ask them for one. (Clients verify the
    // server's certificate as always.)
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    config.limits.maxConnections = std::min(config.limits.maxConnections, connectionsTheProcessCanOpen());
    HttpListener listener(api, tls, config.limits);
    if (!listener.listen(address, quint16(port)))
        return fail({QStringLiteral("Cannot listen on %1: %2").arg(config.listen, listener.errorString()),
                     s("Is the port in use?"),
                     {}});
    const quint16 bound = listener.serverPort();
    QTimer purgeTimer;
    purgeTimer.setInterval(std::chrono::hours(6));
    QObject::connect(&purgeTimer, &QTimer::timeout, &listener, [&service] {
        (void)service.purgeTombstones();
        (void)service.forgetIdleSignInFailures();
    });
    purgeTimer.start();
    out(QStringLiteral("partnerdesk-server listening on https://%1:%2 (database %3)")
            .arg(address.toString())
            .arg(bound)
            .arg(config.databaseUrl()));
    return QCoreApplication::exec();
}

int ServerCli::user(const QStringList &args)
{
    if (args.isEmpty())
        return usage(s("user needs add|passwd|disable|unlock NAME"));
    const QString action = args.at(0);
    const QString name = args.size() > 1 && !args.at(1).startsWith(QLatin1String("--")) ? args.at(1) : QString();
    const QString address = option(args, s("--address"));
    if (name.isEmpty() && (action != QLatin1String("unlock") || address.isEmpty()))
        return usage(s("user needs add|passwd|disable|unlock NAME"));
    if (!address.isEmpty() && QHostAddress(address).isNull())
        return usage(QStringLiteral("--address needs an IP address, got '%1'").arg(address));
    const QString dataDir = option(args, s("--data"));
    if (dataDir.isEmpty())
        return usage(s("user commands need --data DIR"));
    auto config = ServerConfig::load(dataDir);
    if (!config)
        return fail(config.error());
    auto store =
        openStore(option(args, s("--database"), config.value().databaseUrl()), config.value().databasePassword);
    if (!store)
        return fail(store.error());
    if (action == QLatin1String("unlock"))
        return unlock(*store.value(), config.value(), name, address);
    auto existing = store.value()->user(name);
    if (!existing)
        return fail(existing.error());
    if (action == QLatin1String("add")) {
        const QString role = option(args, s("--role"));
        if (!kRoles.contains(role))
            return usage(s("user add needs --role admin|manager|viewer"));
        if (existing.value())
            return fail({QStringLiteral("The user '%1' exists already.").arg(name), {}, {}});
        const QString password = readPassword();
        if (password.isEmpty())
            return fail({s("An empty password is not allowed."), {}, {}});
        if (Status st = store.value()->saveUser({name, crypto::hashPassword(password), role, false}); !st)
            return fail(st.error());
        out(QStringLiteral("Added %1 (%2).").arg(name, role));
        return 0;
    }
    if (!existing.value())
        return fail({QStringLiteral("There is no user '%1'.").arg(name), {}, {}});
    UserRecord u = *existing.value();
    if (action == QLatin1String("passwd")) {
        const QString password = readPassword();
        if (password.isEmpty())
            return fail({s("An empty password is not allowed."), {}, {}});
        u.passwordHash = crypto::hashPassword(password);
    } else if (action == QLatin1String("disable")) {
        u.disabled = true;
    } else {
        return usage(QStringLiteral("unknown user action '%1'").arg(action));
    }
    if (Status st = store.value()->saveUser(u); !st)
        return fail(st.error());
    // A new password or a disabled account ends every session of the user.
    if (Status st = store.value()->deleteTokensOf(name); !st)
        return fail(st.error());
    out(QStringLiteral("Updated %1.").arg(name));
    return 0;
}

int ServerCli::unlock(ServerStore &store, const ServerConfig &config, const QString &name, const QString &address)
{
    // Any user name, existing or not: guesses at unknown names are counted too.
    SignInThrottle throttle(store, config.signIn);
    if (!name.isEmpty()) {
        auto cleared = throttle.unlockUser(name);
        if (!cleared)
            return fail(cleared.error());
        out(cleared.value() ? QStringLiteral("Unlocked %1: its failed sign-ins are forgotten.").arg(name)
                            : QStringLiteral("%1 has no failed sign-ins to forget.").arg(name));
    }
    if (!address.isEmpty()) {
        auto cleared = throttle.unlockAddress(address);
        if (!cleared)
            return fail(cleared.error());
        out(cleared.value() ? QStringLiteral("Unlocked the address %1: its failed sign-ins are forgotten.").arg(address)
                            : QStringLiteral("The address %1 has no failed sign-ins to forget.").arg(address));
    }
    return 0;
}

} // namespace pd::server
