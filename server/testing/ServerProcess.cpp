#include "ServerProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace pd::server {
namespace {

#ifdef Q_OS_WIN
// Wine's kernel32 translates between Windows and Linux paths; Windows' own has no such functions.
template <typename Function>
Function wineFunction(const char *name)
{
    return reinterpret_cast<Function>(
        reinterpret_cast<void *>(GetProcAddress(GetModuleHandleW(L"kernel32.dll"), name)));
}
#endif

// A Linux program started by a Windows program under Wine: Wine starts it, but the handle it gives back does
// not end when the program does. Such a program runs through sh, which writes its process id before and its
// exit status after to files the caller waits for.
bool isLinuxProgramUnderWine(const QString &program)
{
    return ServerProcess::underWine() && !program.endsWith(QLatin1String(".exe"), Qt::CaseInsensitive);
}

// The Windows name of /bin/sh under Wine.
QString wineShell()
{
#ifdef Q_OS_WIN
    using DosFileName = wchar_t *(__cdecl *)(const char *);
    static const auto dosFileName = wineFunction<DosFileName>("wine_get_dos_file_name");
    if (wchar_t *name = dosFileName ? dosFileName("/bin/sh") : nullptr) {
        const QString result = QString::fromWCharArray(name);
        HeapFree(GetProcessHeap(), 0, name);
        return result;
    }
#endif
    return QStringLiteral("Z:/bin/sh");
}

// Starts `program` on `process`, through sh when it is a Linux program under Wine (see above): `pidFile`
// gets its process id, `statusFile` (if given) its exit status. Wine gives such a program the files of the
// standard input and output but not of the standard error: sh appends that to `errorFile`, or to the
// standard output when none is given. It is started detached, as QProcess would keep a handle that never
// ends. The answer is whether the program started.
bool startProgram(QProcess &process, const QString &program, const QStringList &args, const QString &pidFile,
                  const QString &statusFile, const QString &errorFile)
{
    if (!isLinuxProgramUnderWine(program)) {
        process.start(program, args);
        return process.waitForStarted(10000);
    }
#ifdef Q_OS_WIN
    // Without a console of its own (CREATE_NO_WINDOW, which QProcess sets when the caller has no console
    // window) Wine would start the program with its standard input and output closed.
    process.setCreateProcessArgumentsModifier([](QProcess::CreateProcessArguments *a) {
        a->flags = (a->flags & ~DWORD(CREATE_NO_WINDOW)) | DETACHED_PROCESS;
    });
#endif
    const QString script =
        QStringLiteral("echo $$ > \"$1\"; s=$2; if [ -n \"$3\" ]; then exec 2>>\"$3\"; else exec 2>&1; fi; "
                       "shift 3; if [ -z \"$s\" ]; then exec \"$@\"; fi; \"$@\"; echo $? > \"$s\"");
    process.setProgram(wineShell());
    process.setArguments(
        QStringList{QStringLiteral("-c"), script, QStringLiteral("sh"), ServerProcess::serverPath(program, pidFile),
                    ServerProcess::serverPath(program, statusFile), ServerProcess::serverPath(program, errorFile),
                    program.contains(QLatin1Char('/')) || program.contains(QLatin1Char('\\'))
                        ? ServerProcess::serverPath(program, program)
                        : program}
        + args);
    return process.startDetached();
}

// Waits for a program started by startProgram to end; its exit code, or -1 when it did not end in time.
int waitForEnd(QProcess &process, const QString &program, const QString &statusFile, int waitMs)
{
    if (!isLinuxProgramUnderWine(program)) {
        const bool finished = process.waitForFinished(waitMs);
        return finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    QElapsedTimer t;
    t.start();
    QFile status(statusFile);
    while (t.elapsed() < waitMs) {
        if (status.open(QIODevice::ReadOnly)) {
            const QByteArray code = status.readAll().trimmed();
            status.close();
            if (!code.isEmpty())
                return code.toInt();
        }
        QThread::msleep(50);
    }
    return -1;
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll()) : QString();
}

QStringList translated(const QString &program, QStringList args)
{
    // The data folder is the only path the server's commands take.
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--data"))
            args[i + 1] = ServerProcess::serverPath(program, args.at(i + 1));
    }
    return args;
}

} // namespace

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::underWine()
{
#ifdef Q_OS_WIN
    static const bool wine = wineFunction<void (*)()>("wine_get_unix_file_name") != nullptr;
    return wine;
#else
    return false;
#endif
}

QString ServerProcess::serverPath(const QString &program, const QString &path)
{
#ifdef Q_OS_WIN
    using UnixFileName = char *(__cdecl *)(const wchar_t *);
    static const auto unixFileName = wineFunction<UnixFileName>("wine_get_unix_file_name");
    if (path.isEmpty() || !isLinuxProgramUnderWine(program))
        return path;
    // The function wants a folder that exists: the nearest existing one is translated, the rest appended.
    QString existing = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QString rest;
    while (!QFileInfo::exists(existing) && existing.contains(QLatin1Char('/'))) {
        rest.prepend(QLatin1Char('/') + existing.section(QLatin1Char('/'), -1));
        existing = existing.section(QLatin1Char('/'), 0, -2);
    }
    const std::wstring native = QDir::toNativeSeparators(existing).toStdWString();
    char *unix = unixFileName(native.c_str());
    if (!unix)
        return path;
    const QString result = QString::fromUtf8(unix) + rest;
    HeapFree(GetProcessHeap(), 0, unix);
    return result;
#else
    Q_UNUSED(program);
    return path;
#endif
}

bool ServerProcess::start(const QString &serverPath, const QString &dataDir, int port, const QStringList &extra,
                          int waitMs)
{
    const QString out = m_streams.filePath(QStringLiteral("stdout.txt"));
    const QString err = m_streams.filePath(QStringLiteral("stderr.txt"));
    QFile::remove(out);
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setStandardOutputFile(out);
    m_process.setStandardErrorFile(err, QIODevice::Append);
    m_program = serverPath;
    m_detached = isLinuxProgramUnderWine(serverPath);
    const bool started = startProgram(
        m_process, serverPath,
        translated(serverPath, QStringList{QStringLiteral("run"), QStringLiteral("--data"), dataDir,
                                           QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}
                                   + extra),
        m_streams.filePath(QStringLiteral("pid.txt")), {}, err);
    if (!started) {
        m_errorOutput = m_process.errorString();
        m_detached = false;
        return false;
    }
    QString line;
    QElapsedTimer t;
    t.start();
    while (!line.contains(QLatin1Char('\n')) && t.elapsed() < waitMs) {
        if (m_detached)
            QThread::msleep(100);
        else if (m_process.waitForFinished(100))
            break;
        line = readAll(out);
    }
    const auto m = QRegularExpression(QStringLiteral(":(\\d+) ")).match(line);
    m_port = m.hasMatch() ? m.captured(1).toInt() : 0;
    if (m_port == 0)
        m_errorOutput = readAll(err);
    return m_port > 0;
}

QString ServerProcess::log() const
{
    return readAll(m_streams.filePath(QStringLiteral("stderr.txt")));
}

int ServerProcess::run(const QString &program, const QStringList &args, const QByteArray &input, QString *output,
                       const QString &workingDirectory)
{
    QTemporaryDir streams;
    QFile in(streams.filePath(QStringLiteral("stdin.txt")));
    if (!in.open(QIODevice::WriteOnly) || in.write(input) != input.size())
        return -1;
    in.close();
    QProcess p;
    p.setWorkingDirectory(workingDirectory);
    p.setStandardInputFile(in.fileName());
    p.setStandardOutputFile(streams.filePath(QStringLiteral("output.txt")));
    p.setStandardErrorFile(streams.filePath(QStringLiteral("output.txt")), QIODevice::Append);
    const QString status = streams.filePath(QStringLiteral("status.txt"));
    const int code =
        startProgram(p, program, translated(program, args), streams.filePath(QStringLiteral("pid.txt")), status, {})
            ? waitForEnd(p, program, status, 60000)
            : -1;
    if (output)
        *output = readAll(streams.filePath(QStringLiteral("output.txt")));
    return code;
}

QString ServerProcess::init(const QString &serverPath, const QString &dataDir, const QString &admin,
                            const QString &password, const QString &database)
{
    QStringList args{QStringLiteral("init"), QStringLiteral("--data"), dataDir, QStringLiteral("--admin"), admin};
    if (!database.isEmpty())
        args << QStringLiteral("--database") << database;
    QString output;
    const int code = run(serverPath, args, password.toUtf8() + '\n', &output);
    if (code != 0)
        return output.trimmed() + QStringLiteral(" (exit code %1)").arg(code);
    return {};
}

void ServerProcess::stop(int waitMs)
{
    if (m_detached) {
        // kill, run through the same sh, ends the server.
        m_detached = false;
        const QString pid = readAll(m_streams.filePath(QStringLiteral("pid.txt"))).trimmed();
        const QString script = QStringLiteral("kill -TERM $1; i=0; while kill -0 $1 2>/dev/null && [ $i -lt %1 ]; do "
                                              "sleep 0.1; i=$((i+1)); done; kill -KILL $1 2>/dev/null; true")
                                   .arg(waitMs / 100);
        if (!pid.isEmpty())
            run(wineShell(), {QStringLiteral("-c"), script, QStringLiteral("sh"), pid});
        return;
    }
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(waitMs))
        m_process.kill();
    m_process.waitForFinished(5000);
}

} // namespace pd::server
