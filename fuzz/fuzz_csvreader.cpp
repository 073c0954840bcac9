// libFuzzer target for pd::io::CsvReader: any bytes, with the delimiter found or given, must give records or
// one readable error, never a crash, a leak or undefined behaviour; line numbers never go back; and what
// the reader accepts, written again by CsvWriter's cell encoding, reads back to the same fields.
#include <QByteArrayView>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "CsvReader.h"
#include "CsvWriter.h"

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

bool roundTrips(const QStringList &fields)
{
    // Blank lines are skipped, so a record of one empty field cannot be written back; cells that look
    // like formulas are neutralised on purpose.
    if (fields.size() == 1 && fields.constFirst().isEmpty())
        return false;
    // A first cell that starts with U+FEFF comes back too: the writer quotes it, so that it cannot read
    // as a byte order mark at the start of the line written again.
    for (const QString &f : fields) {
        if (!f.isEmpty() && QStringLiteral("=+-@\t\r").contains(f.front()))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QChar delimiter : {QChar(), QChar(QLatin1Char(';'))}) {
        pd::io::CsvReader reader(delimiter);
        if (!reader.openBytes(bytes).ok())
            continue;
        pd::io::CsvRecord record;
        qint64 lastLine = 0;
        while (reader.next(record)) {
            check(record.line >= lastLine);
            check(!record.fields.isEmpty());
            check(reader.bytesRead() <= qint64(size));
            lastLine = record.line;
            if (!roundTrips(record.fields))
                continue;
            QStringList cells;
            for (const QString &f : record.fields)
                cells.append(pd::io::CsvWriter::encodeCell(f, reader.delimiter()));
            const QByteArray line = cells.join(reader.delimiter()).toUtf8() + "\r\n";
            auto again = pd::io::CsvReader::readAll(line, reader.delimiter());
            check(again.ok());
            check(again.value().size() == 1);
            check(again.value().constFirst().fields == record.fields);
        }
        if (reader.hasError())
            check(!reader.error().message.isEmpty());
    }
    return 0;
}
