#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace pd::io {

// One record of a CSV file and the line it starts on (1-based, counting every line of the file, so a
// quoted newline makes the next record start further down).
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;
};

// Reads CSV as people save it from Excel and LibreOffice: UTF-8 with or without a BOM, CRLF or LF (or
// a lone CR), ',' or ';' (found from the first line when not given), RFC 4180 quotes with doubled
// quotes and newlines inside them, empty fields, no final newline. Blank lines are skipped. A file
// that is not UTF-8 is refused with the line where it stops being so. Streamed: a record at a time.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(pd::io::CsvReader)

public:
    // A null delimiter means: take ';' when the first line has more of them than ',' outside quotes.
    explicit CsvReader(QChar delimiter = QChar());
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    Status open(const QString &path);
    // Reads from a device the caller opened and owns.
    Status open(QIODevice *device);
    // Reads from bytes the caller keeps alive (tests, the fuzzer).
    Status openBytes(QByteArrayView bytes);

    // The next record; false at the end of the file or at an error (then error() says what and where).
    bool next(CsvRecord &record);
    bool hasError() const { return !m_error.message.isEmpty(); }
    const Error &error() const { return m_error; }

    QChar delimiter() const { return m_delimiter; }
    bool hadByteOrderMark() const { return m_bom; }
    // For progress: bytes consumed so far, and the size of the input (0 when unknown).
    qint64 bytesRead() const { return m_consumed; }
    qint64 totalBytes() const { return m_total; }

    // Reads the whole input at once; for tests and small files.
    static Result<QList<CsvRecord>> readAll(QByteArrayView bytes, QChar delimiter = QChar());

    // Fields longer than this are refused, so that a broken file cannot exhaust memory.
    static constexpr qsizetype kMaxFieldBytes = 16 * 1024 * 1024;

private:
    Status start();
    bool fill();
    bool fail(const QString &message, const QString &detail = {});
    void skipLfAfterCr(QByteArray *field);
    bool finishField(QByteArray &field, QStringList &fields);
    QChar detectDelimiter() const;

    QString m_name;
    std::unique_ptr<QFile> m_file;
    QIODevice *m_device = nullptr;
    QByteArray m_buffer;    // the bytes of the current chunk
    QByteArrayView m_bytes; // the bytes given to openBytes
    qsizetype m_pos = 0;    // in m_buffer
    QByteArray m_field;     // the field being read
    bool m_eof = false;
    bool m_started = false;
    bool m_bom = false;
    QChar m_delimiter;
    char m_delim = ',';
    qint64 m_line = 1;
    qint64 m_consumed = 0;
    qint64 m_total = 0;
    Error m_error;
};

} // namespace pd::io
