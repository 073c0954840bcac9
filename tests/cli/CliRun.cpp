#include "CliRun.h"

#include <QProcess>

CliRun runCli(const QStringList &arguments)
{
    return runCliWrapped({}, arguments);
}

CliRun runCliWrapped(const QStringList &wrapper, const QStringList &arguments)
{
    QProcess process;
    if (wrapper.isEmpty()) {
        process.setProgram(QStringLiteral(PD_CLI_PATH));
        process.setArguments(arguments);
    } else {
        process.setProgram(wrapper.constFirst());
        process.setArguments(wrapper.mid(1) + QStringList{QStringLiteral(PD_CLI_PATH)} + arguments);
    }
    process.start();
    CliRun run;
    if (!process.waitForFinished(300'000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
