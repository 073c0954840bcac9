#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// What one run of partnerdesk-cli as a child process gave back.
struct CliRun
{
    int exitCode = -1; // -1 when it crashed or timed out
    QByteArray out;
    QString err;

    QString outText() const { return QString::fromUtf8(out); }
};

// Runs the built partnerdesk-cli with `arguments` and waits for it (at most five minutes).
CliRun runCli(const QStringList &arguments);
// The same, started by the program `wrapper` (with its own arguments first), which ends by running the CLI.
CliRun runCliWrapped(const QStringList &wrapper, const QStringList &arguments);
