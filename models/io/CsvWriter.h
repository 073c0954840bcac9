#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QCoreApplication>
#include <QSaveFile>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace pd::io {

struct CsvOptions
{
    QChar delimiter = QLatin1Char(','); // ',' or ';' (where the decimal separator is a comma, as Excel expects)
    bool byteOrderMark = true;          // UTF-8 BOM, so that Excel reads Cyrillic right
};

// Writes CSV as docs/architecture.md, "CSV" says: RFC 4180 quoting with CRLF line ends, UTF-8 with a BOM by default,
// and cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) neutralised with a leading
// apostrophe; a signed number alone (-2730.44) is left as it is, so that it stays a number. Rows are streamed: a
// million rows need no more memory than one. A file is written through QSaveFile and appears only at commit(); a
// failed, cancelled or abandoned write leaves no file (and an existing file untouched). Into a file, full buffers go to
// disk on a second thread while the next rows are made; nothing else touches the file meanwhile.
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(pd::io::CsvWriter)

public:
    explicit CsvWriter(CsvOptions options = {});
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    static bool isValidDelimiter(QChar delimiter);

    // Starts a file that replaces `path` at commit().
    Status open(const QString &path);
    // Writes to a device the caller opened and owns (stdout, a buffer); commit() flushes it.
    Status open(QIODevice *device);

    Status writeRow(const QStringList &cells);
    // The same for bulk exports that hold their cells as UTF-8 bytes: add the cells of a row, then end
    // it. Rows are gathered into large writes.
    void addCell(QByteArrayView utf8);
    Status endRow();
    // Finishes the output: the file appears whole, or an error says why it did not.
    Status commit();
    // Abandons a file: nothing is written. (Bytes already written to a caller's device stay there.)
    void cancel();

    qint64 rowsWritten() const { return m_rows; }

    // One cell as it appears in the file: neutralised, then quoted when it holds the delimiter, a quote,
    // CR or LF, or starts with U+FEFF (which at the start of a file would read as a byte order mark).
    static QString encodeCell(const QString &cell, QChar delimiter);

private:
    class DiskThread;

    Status write(const QByteArray &bytes);
    Status flushPending();
    // Waits until everything handed to the disk thread is written; its error, if any.
    Status drain();
    Status begin();

    CsvOptions m_options;
    std::unique_ptr<QSaveFile> m_file;
    QIODevice *m_device = nullptr;
    std::unique_ptr<DiskThread> m_disk; // for a file: writes full buffers while the next are filled
    QString m_path;
    QString m_line;
    QByteArray m_pending; // rows built by addCell/endRow, not yet written
    bool m_rowStarted = false;
    qint64 m_rows = 0;
    bool m_failed = false;
};

} // namespace pd::io
