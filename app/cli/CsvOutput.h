#pragma once

#include "CsvWriter.h"
#include "Result.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QFile>

#include <optional>

class QCommandLineParser;

namespace pd::cli {

class CliContext;

// A list inside one cell: ", " reads well and splits back unambiguously (no key or name holds a comma).
inline const QString kCellListSeparator = QStringLiteral(", ");

// The --out, --delimiter and --no-bom options of every command that writes CSV, and the writer they
// open: a file replaced only when complete, or standard output.
class CsvOutput final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::CsvOutput)

public:
    CsvOutput();
    CsvOutput(const CsvOutput &) = delete;
    CsvOutput &operator=(const CsvOutput &) = delete;

    QList<QCommandLineOption> options() const;
    // What is wrong with the options as given; empty when they are usable.
    QString usageProblem(const QCommandLineParser &parser) const;

    Status open(const QCommandLineParser &parser, CliContext &context);
    io::CsvWriter &writer() { return *m_writer; }
    // Commits after the rows, or abandons the file when `rows` failed; returns the first failure.
    Status finish(Status rows);

    bool toFile() const { return !m_path.isEmpty(); }
    // The file as the user should read it; empty for standard output.
    QString nativePath() const;

private:
    QCommandLineOption m_out;
    QCommandLineOption m_delimiter;
    QCommandLineOption m_noBom;
    std::optional<io::CsvWriter> m_writer;
    QFile m_standardOutput;
    QString m_path;
};

} // namespace pd::cli
