// pd::io::CsvReader: BOM or none, CRLF, LF or CR, quoted delimiters, quotes and newlines, empty fields,
// no final newline, blank lines, the delimiter found from the header, line numbers of records, and a
// file that is not UTF-8 (or is UTF-16, or is cut inside a quote) refused with the line named.
#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include "CsvReader.h"
#include "CsvWriter.h"

using pd::Status;
using pd::io::CsvReader;
using pd::io::CsvRecord;

namespace {

QList<QStringList> fieldsOf(const QList<CsvRecord> &records)
{
    QList<QStringList> out;
    for (const CsvRecord &r : records)
        out.append(r.fields);
    return out;
}

QList<qint64> linesOf(const QList<CsvRecord> &records)
{
    QList<qint64> out;
    for (const CsvRecord &r : records)
        out.append(r.line);
    return out;
}

} // namespace

class TestCsvReader final : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void bomIsSkippedAndReported();
    void feffInsideQuotesIsText();
    void feffFirstCellWrittenWithoutBomReadsBack();
    void lineNumbersCountQuotedNewlines();
    void semicolonFoundFromHeader();
    void explicitDelimiterWins();
    void notUtf8IsRefusedWithItsLine();
    void overlongUtf8IsRefused();
    void utf16IsRefused();
    void unclosedQuoteNamesWhereItOpened();
    void textAfterClosingQuoteIsAnError();
    void chunkBoundariesDoNotMatter();
    void writerOutputReadsBack();
    void missingFileIsAnError();
};

void TestCsvReader::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("expected");
    const QList<QStringList> ab{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("1"), QStringLiteral("2")}};
    QTest::newRow("lf") << QByteArray("a,b\n1,2\n") << ab;
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << ab;
    QTest::newRow("cr only") << QByteArray("a,b\r1,2\r") << ab;
    QTest::newRow("no final newline") << QByteArray("a,b\r\n1,2") << ab;
    QTest::newRow("blank lines skipped") << QByteArray("\r\na,b\r\n\r\n1,2\r\n\r\n") << ab;
    QTest::newRow("empty fields") << QByteArray("a,,\n,b,\n")
                                  << QList<QStringList>{{QStringLiteral("a"), QString(), QString()},
                                                        {QString(), QStringLiteral("b"), QString()}};
    QTest::newRow("quoted delimiter") << QByteArray("\"a,b\",c\n")
                                      << QList<QStringList>{{QStringLiteral("a,b"), QStringLiteral("c")}};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n")
                                    << QList<QStringList>{{QStringLiteral("say \"hi\""), QStringLiteral("x")}};
    QTest::newRow("quoted crlf") << QByteArray("\"one\r\ntwo\",x\r\n")
                                 << QList<QStringList>{{QStringLiteral("one\r\ntwo"), QStringLiteral("x")}};
    QTest::newRow("quoted lf") << QByteArray("\"one\ntwo\"\n") << QList<QStringList>{{QStringLiteral("one\ntwo")}};
    QTest::newRow("empty quoted") << QByteArray("\"\",\"\"\n") << QList<QStringList>{{QString(), QString()}};
    QTest::newRow("quoted last field no newline")
        << QByteArray("a,\"b\"") << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")}};
    QTest::newRow("quote inside unquoted kept")
        << QByteArray("5\" disk,x\n") << QList<QStringList>{{QStringLiteral("5\" disk"), QStringLiteral("x")}};
    QTest::newRow("cyrillic") << QByteArray("Имя,ИНН\nООО «Ромашка»,7707083893\n")
                              << QList<QStringList>{{QStringLiteral("Имя"), QStringLiteral("ИНН")},
                                                    {QStringLiteral("ООО «Ромашка»"), QStringLiteral("7707083893")}};
    QTest::newRow("empty file") << QByteArray() << QList<QStringList>{};
    QTest::newRow("only a bom") << QByteArray("\xEF\xBB\xBF") << QList<QStringList>{};
    QTest::newRow("trailing delimiter no newline")
        << QByteArray("a,") << QList<QStringList>{{QStringLiteral("a"), QString()}};
}

void TestCsvReader::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, expected);
    auto read = CsvReader::readAll(input);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().text()));
    QCOMPARE(fieldsOf(read.value()), expected);
}

void TestCsvReader::bomIsSkippedAndReported()
{
    const QByteArray withBom("\xEF\xBB\xBFname,inn\r\nx,1\r\n");
    CsvReader reader;
    QVERIFY(reader.openBytes(withBom).ok());
    CsvRecord r;
    QVERIFY(reader.next(r));
    QCOMPARE(r.fields.constFirst(), QStringLiteral("name")); // no U+FEFF glued to the first header
    QVERIFY(reader.hadByteOrderMark());

    CsvReader plain;
    QVERIFY(plain.openBytes(QByteArrayView("name,inn\n")).ok());
    QVERIFY(plain.next(r));
    QCOMPARE(r.fields.constFirst(), QStringLiteral("name"));
    QVERIFY(!plain.hadByteOrderMark());
}

void TestCsvReader::feffInsideQuotesIsText()
{
    const QString feff(QChar(0xFEFF));
    // Only EF BB BF at byte 0, outside quotes, is a byte order mark; the same character inside the first
    // quoted cell is part of the cell.
    CsvReader quoted;
    QVERIFY(quoted.openBytes(QByteArrayView("\"\xEF\xBB\xBFname\",inn\r\n")).ok());
    CsvRecord r;
    QVERIFY(quoted.next(r));
    QCOMPARE(r.fields, (QStringList{feff + QStringLiteral("name"), QStringLiteral("inn")}));
    QVERIFY(!quoted.hadByteOrderMark());

    // A byte order mark, then a quoted cell that starts with U+FEFF: the mark goes, the character stays.
    CsvReader both;
    QVERIFY(both.openBytes(QByteArrayView("\xEF\xBB\xBF\"\xEF\xBB\xBF\",x\n")).ok());
    QVERIFY(both.next(r));
    QCOMPARE(r.fields, (QStringList{feff, QStringLiteral("x")}));
    QVERIFY(both.hadByteOrderMark());

    // Two marks unquoted: only the first is the file's.
    CsvReader twice;
    QVERIFY(twice
                .openBytes(QByteArrayView("\xEF\xBB\xBF\xEF\xBB\xBF"
                                          "a,b\n"))
                .ok());
    QVERIFY(twice.next(r));
    QCOMPARE(r.fields, (QStringList{feff + QStringLiteral("a"), QStringLiteral("b")}));
}

void TestCsvReader::feffFirstCellWrittenWithoutBomReadsBack()
{
    // Without a byte order mark, a first cell that starts with U+FEFF must not become one: the writer
    // quotes it, and the reader gives it back whole.
    const QStringList row{QChar(0xFEFF) + QStringLiteral("Партнёр"), QStringLiteral("7707083893")};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    pd::io::CsvWriter writer(pd::io::CsvOptions{QLatin1Char(','), false});
    QVERIFY(writer.open(&buffer).ok());
    QVERIFY(writer.writeRow(row).ok());
    QVERIFY(writer.commit().ok());
    QVERIFY(bytes.startsWith('"'));
    auto read = CsvReader::readAll(bytes);
    QVERIFY(read.ok());
    QCOMPARE(read.value().constFirst().fields, row);

    // The same through the bulk path (addCell) that exports use.
    QByteArray bulk;
    QBuffer bulkBuffer(&bulk);
    QVERIFY(bulkBuffer.open(QIODevice::WriteOnly));
    pd::io::CsvWriter bulkWriter(pd::io::CsvOptions{QLatin1Char(','), false});
    QVERIFY(bulkWriter.open(&bulkBuffer).ok());
    for (const QString &cell : row)
        bulkWriter.addCell(cell.toUtf8());
    QVERIFY(bulkWriter.endRow().ok());
    QVERIFY(bulkWriter.commit().ok());
    QCOMPARE(bulk, bytes);
}

void TestCsvReader::lineNumbersCountQuotedNewlines()
{
    const QByteArray input("h1,h2\r\n\"multi\r\nline\",x\r\n\r\nlast,y");
    auto read = CsvReader::readAll(input);
    QVERIFY(read.ok());
    QCOMPARE(linesOf(read.value()), (QList<qint64>{1, 2, 5}));
    const QByteArray lf("h\n\"a\nb\nc\"\nz\n");
    auto readLf = CsvReader::readAll(lf);
    QVERIFY(readLf.ok());
    QCOMPARE(linesOf(readLf.value()), (QList<qint64>{1, 2, 5}));
}

void TestCsvReader::semicolonFoundFromHeader()
{
    auto read = CsvReader::readAll(QByteArrayView("name;amount;note\nx;1,5;\"a;b\"\n"));
    QVERIFY(read.ok());
    QCOMPARE(read.value().at(1).fields,
             (QStringList{QStringLiteral("x"), QStringLiteral("1,5"), QStringLiteral("a;b")}));
}

void TestCsvReader::explicitDelimiterWins()
{
    auto read = CsvReader::readAll(QByteArrayView("a;b,c\n"), QLatin1Char(','));
    QVERIFY(read.ok());
    QCOMPARE(read.value().at(0).fields, (QStringList{QStringLiteral("a;b"), QStringLiteral("c")}));
}

void TestCsvReader::notUtf8IsRefusedWithItsLine()
{
    // "Имя" in Windows-1251 on the third line.
    const QByteArray input = QByteArray("name,inn\r\nok,1\r\n") + QByteArray("\xC8\xEC\xFF") + QByteArray(",2\r\n");
    auto read = CsvReader::readAll(input);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(QStringLiteral("line 3")), qPrintable(read.error().message));
    QVERIFY(read.error().message.contains(QStringLiteral("not UTF-8")));
    QVERIFY(read.error().detail.contains(QStringLiteral("CSV UTF-8")));
}

void TestCsvReader::overlongUtf8IsRefused()
{
    QVERIFY(!CsvReader::readAll(QByteArrayView("\xC0\xAF\n")).ok());        // overlong '/'
    QVERIFY(!CsvReader::readAll(QByteArrayView("\xED\xA0\x80\n")).ok());    // a surrogate
    QVERIFY(!CsvReader::readAll(QByteArrayView("a\xE2\x82\n")).ok());       // cut short
    QVERIFY(CsvReader::readAll(QByteArrayView("\xF0\x9F\x98\x80\n")).ok()); // an emoji is fine
}

void TestCsvReader::utf16IsRefused()
{
    auto read = CsvReader::readAll(QByteArrayView("\xFF\xFEn\0a\0", 6));
    QVERIFY(!read.ok());
    QVERIFY(read.error().message.contains(QStringLiteral("UTF-16")));
}

void TestCsvReader::unclosedQuoteNamesWhereItOpened()
{
    auto read = CsvReader::readAll(QByteArrayView("a,b\n1,2\n\"open,3\n4,5\n"));
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(QStringLiteral("line 3")), qPrintable(read.error().message));
    QVERIFY(read.error().message.contains(QStringLiteral("never closed")));
}

void TestCsvReader::textAfterClosingQuoteIsAnError()
{
    auto read = CsvReader::readAll(QByteArrayView("a\n\"x\"y,1\n"));
    QVERIFY(!read.ok());
    QVERIFY(read.error().message.contains(QStringLiteral("line 2")));
}

void TestCsvReader::chunkBoundariesDoNotMatter()
{
    // More than one read chunk (1 MiB), with CRLFs and quoted fields falling on every kind of boundary.
    QByteArray input("id,text\r\n");
    QList<QStringList> expected{{QStringLiteral("id"), QStringLiteral("text")}};
    for (int i = 0; i < 60000; ++i) {
        const QString text = QStringLiteral("строка %1, \"q\"\r\nend").arg(i);
        input += QByteArray::number(i) + ",\"" + text.toUtf8().replace("\"", "\"\"") + "\"\r\n";
        expected.append({QString::number(i), text});
    }
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    QVERIFY(reader.open(&buffer).ok());
    QList<CsvRecord> records;
    CsvRecord r;
    while (reader.next(r))
        records.append(r);
    QVERIFY(!reader.hasError());
    QCOMPARE(records.size(), expected.size());
    QCOMPARE(fieldsOf(records), expected);
    QCOMPARE(records.constLast().line, qint64(1 + 2 * 60000 - 1));
    QCOMPARE(reader.bytesRead(), qint64(input.size()));
}

void TestCsvReader::writerOutputReadsBack()
{
    for (const QChar delimiter : {QLatin1Char(','), QLatin1Char(';')}) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        pd::io::CsvWriter writer(pd::io::CsvOptions{delimiter, true});
        QVERIFY(writer.open(&buffer).ok());
        const QStringList row{QStringLiteral("a,b;c"), QStringLiteral("\"q\""), QStringLiteral("x\ny"), QString(),
                              QStringLiteral("Ёж")};
        QVERIFY(writer.writeRow(row).ok());
        QVERIFY(writer.commit().ok());
        auto read = CsvReader::readAll(bytes, delimiter);
        QVERIFY(read.ok());
        QCOMPARE(read.value().constFirst().fields, row);
    }
}

void TestCsvReader::missingFileIsAnError()
{
    QTemporaryDir dir;
    CsvReader reader;
    const Status s = reader.open(dir.filePath(QStringLiteral("absent.csv")));
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(QStringLiteral("absent.csv")));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
