#pragma once

#include "ExitCode.h"
#include "Result.h"

#include <QString>
#include <QTextStream>

namespace pd::cli {

// What a command works with: the database path chosen on the command line and the two output
// streams. Messages for people go to err, results to out, so scripts can pipe the output.
class CliContext final
{
public:
    CliContext(QString databasePath, QTextStream &out, QTextStream &err);

    const QString &databasePath() const { return m_databasePath; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints the error (what failed, then where or what to do) and returns ExitCode::DataError.
    int fail(const Error &error);
    // Prints a usage error with a hint on where to read the usage; returns ExitCode::UsageError.
    int usageError(const QString &message, const QString &command = {});

private:
    QString m_databasePath;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace pd::cli
