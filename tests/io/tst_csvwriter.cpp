// pd::io::CsvWriter: RFC 4180 quoting, the BOM, both delimiters, neutralised formula cells, and files that
// appear only whole (QSaveFile): a cancelled or failed write leaves no file and an old file untouched.
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "CsvWriter.h"

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using pd::io::CsvOptions;
using pd::io::CsvWriter;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

} // namespace

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void encodeCell_data();
    void encodeCell();
    void semicolonDelimiter();
    void bomAndCrlf();
    void noBom();
    void cyrillicIsUtf8();
    void refusesOtherDelimiters();
    void fileAppearsOnlyAtCommit();
    void cancelLeavesNoFileAndKeepsTheOldOne();
    void abandonedWriterLeavesNoFile();
    void unwritableFolderIsAnError();
    void manyRowsStream();
    void bulkRowsWrittenWhileTheNextAreMade();
    void aFailedBulkWriteIsAnErrorAndLeavesNoFile();

private:
    QTemporaryDir m_dir;
};

void TestCsvWriter::encodeCell_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("delimiter") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("crlf inside") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("semicolon with comma delimiter") << QStringLiteral("a;b") << QStringLiteral("a;b");
    QTest::newRow("formula =") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("formula +") << QStringLiteral("+7 999") << QStringLiteral("'+7 999");
    QTest::newRow("formula -") << QStringLiteral("-5+3") << QStringLiteral("'-5+3");
    QTest::newRow("formula - command") << QStringLiteral("-cmd|' /C calc'!A0") << QStringLiteral("'-cmd|' /C calc'!A0");
    QTest::newRow("a lone sign") << QStringLiteral("-") << QStringLiteral("'-");
    QTest::newRow("negative number stays a number") << QStringLiteral("-2730.44") << QStringLiteral("-2730.44");
    QTest::newRow("negative integer") << QStringLiteral("-5") << QStringLiteral("-5");
    QTest::newRow("signed number with comma is quoted") << QStringLiteral("+1,5") << QStringLiteral("\"+1,5\"");
    QTest::newRow("number then text") << QStringLiteral("-12.5e3") << QStringLiteral("'-12.5e3");
    QTest::newRow("sign then dot") << QStringLiteral("-.5") << QStringLiteral("'-.5");
    QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("leading tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("leading CR is quoted too") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
    QTest::newRow("formula with delimiter")
        << QStringLiteral("=HYPERLINK(\"a\",\"b\")") << QStringLiteral("\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\"");
    QTest::newRow("equals inside is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("cyrillic quotes") << QStringLiteral("ООО «Ромашка»") << QStringLiteral("ООО «Ромашка»");
}

void TestCsvWriter::encodeCell()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::encodeCell(cell, QLatin1Char(',')), expected);
}

void TestCsvWriter::semicolonDelimiter()
{
    QCOMPARE(CsvWriter::encodeCell(QStringLiteral("a;b"), QLatin1Char(';')), QStringLiteral("\"a;b\""));
    QCOMPARE(CsvWriter::encodeCell(QStringLiteral("1,5"), QLatin1Char(';')), QStringLiteral("1,5"));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer({QLatin1Char(';'), false});
    QVERIFY(writer.open(&buffer));
    QVERIFY(writer.writeRow({QStringLiteral("a"), QStringLiteral("b;c"), QStringLiteral("1,5")}));
    QVERIFY(writer.commit());
    QCOMPARE(buffer.data(), QByteArray("a;\"b;c\";1,5\r\n"));
}

void TestCsvWriter::bomAndCrlf()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer;
    QVERIFY(writer.open(&buffer));
    QVERIFY(writer.writeRow({QStringLiteral("id"), QStringLiteral("name")}));
    QVERIFY(writer.writeRow({QStringLiteral("1"), QString()}));
    QVERIFY(writer.commit());
    QCOMPARE(buffer.data(), kBom + QByteArray("id,name\r\n1,\r\n"));
    QCOMPARE(writer.rowsWritten(), 2);
}

void TestCsvWriter::noBom()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer({QLatin1Char(','), false});
    QVERIFY(writer.open(&buffer));
    QVERIFY(writer.writeRow({QStringLiteral("x")}));
    QVERIFY(writer.commit());
    QCOMPARE(buffer.data(), QByteArray("x\r\n"));
}

void TestCsvWriter::cyrillicIsUtf8()
{
    const QString path = m_dir.filePath(QStringLiteral("cyrillic.csv"));
    CsvWriter writer;
    QVERIFY(writer.open(path));
    QVERIFY(writer.writeRow({QStringLiteral("ООО \"Ромашка\""), QStringLiteral("7707083893")}));
    QVERIFY(writer.commit());
    QCOMPARE(readAll(path), kBom + QStringLiteral("\"ООО \"\"Ромашка\"\"\",7707083893\r\n").toUtf8());
}

void TestCsvWriter::refusesOtherDelimiters()
{
    QVERIFY(!CsvWriter::isValidDelimiter(QLatin1Char('\t')));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer({QLatin1Char('|'), true});
    const pd::Status s = writer.open(&buffer);
    QVERIFY(!s);
    QVERIFY(s.error().message.contains(QLatin1String("delimiter")));
    QVERIFY(buffer.data().isEmpty());
}

void TestCsvWriter::fileAppearsOnlyAtCommit()
{
    const QString path = m_dir.filePath(QStringLiteral("commit.csv"));
    CsvWriter writer;
    QVERIFY(writer.open(path));
    QVERIFY(writer.writeRow({QStringLiteral("a")}));
    QVERIFY(!QFile::exists(path));
    QVERIFY(writer.commit());
    QVERIFY(QFile::exists(path));
    QCOMPARE(readAll(path), kBom + QByteArray("a\r\n"));
}

void TestCsvWriter::cancelLeavesNoFileAndKeepsTheOldOne()
{
    const QString fresh = m_dir.filePath(QStringLiteral("cancel-new.csv"));
    {
        CsvWriter writer;
        QVERIFY(writer.open(fresh));
        QVERIFY(writer.writeRow({QStringLiteral("a")}));
        writer.cancel();
        QVERIFY(!writer.commit());
    }
    QVERIFY(!QFile::exists(fresh));

    const QString old = m_dir.filePath(QStringLiteral("cancel-old.csv"));
    {
        QFile file(old);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old contents\n");
    }
    CsvWriter writer;
    QVERIFY(writer.open(old));
    QVERIFY(writer.writeRow({QStringLiteral("new")}));
    writer.cancel();
    QCOMPARE(readAll(old), QByteArray("old contents\n"));
    // No temporary file is left beside it either.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancel-old*")}, QDir::Files | QDir::Hidden).size(), 1);
}

void TestCsvWriter::abandonedWriterLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("abandoned.csv"));
    {
        CsvWriter writer;
        QVERIFY(writer.open(path));
        QVERIFY(writer.writeRow({QStringLiteral("a")}));
    } // destroyed without commit: a failure somewhere up the stack
    QVERIFY(!QFile::exists(path));
}

void TestCsvWriter::unwritableFolderIsAnError()
{
    CsvWriter writer;
    const pd::Status s = writer.open(m_dir.filePath(QStringLiteral("no/such/folder/x.csv")));
    QVERIFY(!s);
    QVERIFY(s.error().message.contains(QLatin1String("x.csv")));
    QVERIFY(!writer.writeRow({QStringLiteral("a")}));
}

void TestCsvWriter::manyRowsStream()
{
    const QString path = m_dir.filePath(QStringLiteral("many.csv"));
    CsvWriter writer({QLatin1Char(';'), true});
    QVERIFY(writer.open(path));
    for (int i = 0; i < 100'000; ++i)
        QVERIFY(writer.writeRow({QString::number(i), QStringLiteral("Клиент %1").arg(i), QStringLiteral("=x")}));
    QVERIFY(writer.commit());
    const QByteArray data = readAll(path);
    QCOMPARE(data.count("\r\n"), 100'000);
    QVERIFY(data.contains("99999;Клиент 99999;'=x\r\n"));
}

// Rows of cells added as bytes, as the table exports write them; the bytes a file of them holds.
QByteArray bulkRows(CsvWriter &writer, int rows)
{
    QByteArray expected = kBom;
    for (int i = 0; i < rows; ++i) {
        const QByteArray number = QByteArray::number(i);
        const QByteArray name = "Клиент " + number + (i % 7 == 0 ? ", филиал" : "");
        writer.addCell(number);
        writer.addCell(name);
        writer.addCell(QByteArray("-" + number + "+1")); // a formula: neutralised
        writer.addCell(QByteArray("-" + number + ".5")); // a negative amount: kept a number
        expected += number + ',' + (i % 7 == 0 ? '"' + name + '"' : name) + ",'-" + number + "+1,-" + number + ".5\r\n";
        if (!writer.endRow())
            break;
    }
    return expected;
}

void TestCsvWriter::bulkRowsWrittenWhileTheNextAreMade()
{
    // About 14 MB: many full buffers go to disk on the writer's second thread, in order, none lost or repeated.
    const QString path = m_dir.filePath(QStringLiteral("bulk.csv"));
    CsvWriter writer;
    QVERIFY(writer.open(path));
    const QByteArray expected = bulkRows(writer, 300'000);
    QVERIFY(!QFile::exists(path));
    QVERIFY(writer.commit());
    QCOMPARE(readAll(path), expected);
}

void TestCsvWriter::aFailedBulkWriteIsAnErrorAndLeavesNoFile()
{
#ifdef Q_OS_UNIX
    // The largest file this process may write is set below the export's size, as a full disk would stop it:
    // the write on the second thread fails, the export says so naming the file, and the old file stays.
    const QString path = m_dir.filePath(QStringLiteral("full.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old contents\n");
    }
    rlimit before{};
    QVERIFY(getrlimit(RLIMIT_FSIZE, &before) == 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG
    rlimit small = before;
    small.rlim_cur = 3 * 1024 * 1024;
    QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);
    pd::Status committed;
    {
        CsvWriter writer;
        QVERIFY(writer.open(path));
        bulkRows(writer, 300'000);
        committed = writer.commit();
    }
    QVERIFY(setrlimit(RLIMIT_FSIZE, &before) == 0);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY(!committed);
    QVERIFY2(committed.error().message.contains(QLatin1String("full.csv")), qPrintable(committed.error().message));
    QCOMPARE(readAll(path), QByteArray("old contents\n"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("full*")}, QDir::Files | QDir::Hidden).size(), 1);
#else
    QSKIP("A per-process file size limit (RLIMIT_FSIZE) stands in for a full disk on Unix only.");
#endif
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
