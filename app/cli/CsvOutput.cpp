#include "CsvOutput.h"

#include "CliContext.h"

#include <QCommandLineParser>
#include <QDir>

#include <cstdio>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

namespace pd::cli {

CsvOutput::CsvOutput()
    : m_out(QStringLiteral("out"), tr("Write the CSV to FILE (replaced only when complete) instead of stdout."),
            QStringLiteral("FILE")),
      m_delimiter(QStringLiteral("delimiter"), tr("The field delimiter: ',' (default) or ';'."), QStringLiteral("C"),
                  QStringLiteral(",")),
      m_noBom(QStringLiteral("no-bom"), tr("Leave out the UTF-8 byte order mark (kept by default for Excel)."))
{}

QList<QCommandLineOption> CsvOutput::options() const
{
    return {m_out, m_delimiter, m_noBom};
}

QString CsvOutput::usageProblem(const QCommandLineParser &parser) const
{
    const QString delimiter = parser.value(m_delimiter);
    if (delimiter.size() != 1 || !io::CsvWriter::isValidDelimiter(delimiter.front()))
        return tr("--delimiter must be ',' or ';', not \"%1\".").arg(delimiter);
    if (parser.isSet(m_out) && parser.value(m_out).trimmed().isEmpty())
        return tr("--out needs a file path.");
    return {};
}

Status CsvOutput::open(const QCommandLineParser &parser, CliContext &context)
{
    m_writer.emplace(io::CsvOptions{parser.value(m_delimiter).front(), !parser.isSet(m_noBom)});
    if (parser.isSet(m_out)) {
        m_path = parser.value(m_out);
        return m_writer->open(m_path);
    }
    context.out().flush();
#ifdef Q_OS_WIN
    // The CSV's bytes as written (its lines already end in CRLF): in text mode Windows would add a CR to each.
    std::fflush(stdout);
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    if (!m_standardOutput.open(stdout, QIODevice::WriteOnly))
        return Error{tr("Could not write to the standard output."), {}, {}};
    return m_writer->open(&m_standardOutput);
}

Status CsvOutput::finish(Status rows)
{
    if (rows)
        rows = m_writer->commit();
    if (!rows)
        m_writer->cancel();
    return rows;
}

QString CsvOutput::nativePath() const
{
    return QDir::toNativeSeparators(m_path);
}

} // namespace pd::cli
