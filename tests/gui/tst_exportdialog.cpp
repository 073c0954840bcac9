// ExportDialog: the delimiter defaults from the locale (';' where the decimal separator is a comma), shown
// rows and whole tables are written by a worker with the chosen delimiter and BOM, and a cancelled export
// leaves no file.
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "Database.h"
#include "ExportDialog.h"
#include "Importer.h"
#include "Inn.h"

using namespace pd;
using pd::views::ExportDialog;
using pd::views::ExportRequest;

class TestExportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void delimiterFollowsTheLocale();
    void writesShownRows();
    void writesWholeTable();
    void cancelLeavesNoFile();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestExportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("e.db"));
    auto db = storage::Database::open(m_db);
    QVERIFY(db.ok());
    QString csv = QStringLiteral("ИНН,Название,Дата регистрации\n");
    for (int i = 0; i < 300; ++i)
        csv += QStringLiteral("%1,Партнёр %2,2020-01-01\n")
                   .arg(domain::inn::complete(QStringLiteral("77%1").arg(i, 7, 10, QLatin1Char('0'))))
                   .arg(i);
    QFile f(m_dir.filePath(QStringLiteral("p.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(csv.toUtf8());
    f.close();
    auto r =
        io::Importer(db.value()->connection(), SystemClock::instance(), {}).run(io::DataTable::Partners, f.fileName());
    QVERIFY(r.ok() && r.value().applied);
}

void TestExportDialog::delimiterFollowsTheLocale()
{
    QCOMPARE(ExportDialog::defaultDelimiter(QLocale(QLocale::Russian, QLocale::Russia)), QLatin1Char(';'));
    QCOMPARE(ExportDialog::defaultDelimiter(QLocale(QLocale::German, QLocale::Germany)), QLatin1Char(';'));
    QCOMPARE(ExportDialog::defaultDelimiter(QLocale(QLocale::English, QLocale::UnitedStates)), QLatin1Char(','));
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    {
        ExportDialog dialog(ExportRequest{});
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("exportDelimiter"))->currentData().toString(),
                 QStringLiteral(";"));
    }
    QLocale::setDefault(saved);
}

void TestExportDialog::writesShownRows()
{
    ExportRequest request;
    request.title = QStringLiteral("Test");
    request.databasePath = m_db;
    request.shownHeader = {QStringLiteral("Имя"), QStringLiteral("Сумма")};
    request.shownRows = {{QStringLiteral("Ёж"), QStringLiteral("=1+1")}, {QStringLiteral("a;b"), QStringLiteral("2")}};
    ExportDialog dialog(request);
    const QString path = m_dir.filePath(QStringLiteral("shown.csv"));
    dialog.setPath(path);
    dialog.findChild<QComboBox *>(QStringLiteral("exportDelimiter"))->setCurrentIndex(1); // ';'
    dialog.findChild<QCheckBox *>(QStringLiteral("exportBom"))->setChecked(false);
    QSignalSpy done(&dialog, &ExportDialog::finished);
    dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    QVERIFY(done.wait(10000));
    QVERIFY(done.at(0).at(0).toBool());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()), QStringLiteral("Имя;Сумма\r\nЁж;'=1+1\r\n\"a;b\";2\r\n"));
}

void TestExportDialog::writesWholeTable()
{
    ExportRequest request;
    request.title = QStringLiteral("Partners");
    request.databasePath = m_db;
    request.everything = io::DataTable::Partners;
    ExportDialog dialog(request);
    const QString path = m_dir.filePath(QStringLiteral("all.csv"));
    dialog.setPath(path);
    dialog.findChild<QComboBox *>(QStringLiteral("exportDelimiter"))->setCurrentIndex(0);
    dialog.findChild<QRadioButton *>(QStringLiteral("exportEverything"))->setChecked(true);
    QSignalSpy done(&dialog, &ExportDialog::finished);
    dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    QVERIFY(done.wait(10000));
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
    if (const QString shots = qEnvironmentVariable("PD_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog.resize(dialog.sizeHint().expandedTo(QSize(640, 0)));
        dialog.grab().save(shots + QStringLiteral("/export-dialog.png"));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFINN,Name,"));
    QCOMPARE(bytes.count("\r\n"), 301);
}

void TestExportDialog::cancelLeavesNoFile()
{
    ExportRequest request;
    request.title = QStringLiteral("Big");
    request.databasePath = m_db;
    request.shownHeader = {QStringLiteral("n")};
    for (int i = 0; i < 300000; ++i)
        request.shownRows.append({QString::number(i)});
    ExportDialog dialog(request);
    const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
    dialog.setPath(path);
    QSignalSpy done(&dialog, &ExportDialog::finished);
    dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    QVERIFY(dialog.isRunning());
    dialog.cancel();
    QVERIFY(done.wait(10000));
    QVERIFY(!done.at(0).at(0).toBool());
    QVERIFY(done.at(0).at(1).toString().contains(QStringLiteral("cancelled")));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files), QStringList());
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
