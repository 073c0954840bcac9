#include "KeyringSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

int KeyringSession::rerunInsideFixture(const QString &fixtureScript, const QStringList &arguments)
{
#if defined(Q_OS_LINUX)
    // The fixture fails loudly when it cannot start a keyring. PD_KEYRING_FIXTURE=1 marks the run inside it.
    if (!fixtureScript.isEmpty() && !qEnvironmentVariableIsSet("PD_KEYRING_FIXTURE")) {
        QProcess fixture;
        fixture.setProcessChannelMode(QProcess::ForwardedChannels);
        fixture.start(fixtureScript, QStringList{QCoreApplication::applicationFilePath()} + arguments);
        if (!fixture.waitForStarted(10000) || !fixture.waitForFinished(-1))
            return 1;
        return fixture.exitStatus() == QProcess::NormalExit ? fixture.exitCode() : 1;
    }
#else
    Q_UNUSED(fixtureScript)
    Q_UNUSED(arguments)
#endif
    return -1;
}

QProcessEnvironment KeyringSession::withoutKeychain(const QTemporaryDir &dir, bool &ok)
{
    ok = dir.isValid();
    for (const char *sub : {"home", "run", "data", "config", "cache"})
        ok = ok && QDir(dir.path()).mkpath(QString::fromLatin1(sub));
    QFile::setPermissions(dir.filePath(QStringLiteral("run")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "GNOME_KEYRING_CONTROL", "PD_KEYRING_FIXTURE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    return env;
}

QStringList KeyringSession::filesBelow(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}
