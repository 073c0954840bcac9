// ImportDialog: the preview shows the first rows and marks unknown columns; Check lists every bad row with
// its line and column and changes nothing; the problems save as CSV; a good file is imported.
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "CsvReader.h"
#include "Database.h"
#include "ImportDialog.h"
#include "Inn.h"

using namespace pd;
using pd::views::ImportDialog;

class TestImportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewCheckSaveAndImport();

private:
    QString write(const QString &name, const QString &text);
    qint64 partners();

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<storage::Database> m_database;
};

void TestImportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("i.db"));
    auto db = storage::Database::open(m_db);
    QVERIFY(db.ok());
    m_database = std::move(db).value();
}

QString TestImportDialog::write(const QString &name, const QString &text)
{
    QFile f(m_dir.filePath(name));
    if (f.open(QIODevice::WriteOnly))
        f.write(text.toUtf8());
    return f.fileName();
}

qint64 TestImportDialog::partners()
{
    QSqlQuery q(m_database->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM partners")) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestImportDialog::previewCheckSaveAndImport()
{
    const QString a = domain::inn::complete(QStringLiteral("771234567"));
    const QString b = domain::inn::complete(QStringLiteral("771234568"));
    const QString bad = write(QStringLiteral("bad.csv"), QStringLiteral("Название;ИНН;Дата регистрации;Цвет\n"
                                                                        "Альфа;%1;2020-01-01;синий\n"
                                                                        "Бета;%2;вчера;зелёный\n")
                                                             .arg(a, b));
    ImportDialog dialog(m_db, QStringLiteral("tester"));
    dialog.setTable(io::DataTable::Partners);
    dialog.setFile(bad);
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("importPreview"));
    QCOMPARE(preview->rowCount(), 2);
    QCOMPARE(preview->item(1, 0)->text(), QStringLiteral("Бета"));
    QVERIFY(preview->horizontalHeaderItem(3)->text().contains(QStringLiteral("ignored")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importColumns"))->text().contains(QStringLiteral("Цвет")));

    QSignalSpy done(&dialog, &ImportDialog::finished);
    dialog.findChild<QPushButton *>(QStringLiteral("importCheck"))->click();
    QVERIFY(done.wait(10000));
    auto *problems = dialog.findChild<QTableWidget *>(QStringLiteral("importProblems"));
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("Дата регистрации"));
    QVERIFY(problems->item(0, 2)->text().contains(QStringLiteral("вчера")));
    QCOMPARE(partners(), 0);
    if (const QString shots = qEnvironmentVariable("PD_SCREENSHOT_DIR"); !shots.isEmpty())
        dialog.grab().save(shots + QStringLiteral("/import-dialog.png"));

    const QString saved = m_dir.filePath(QStringLiteral("problems.csv"));
    QVERIFY(dialog.saveProblems(saved));
    QFile f(saved);
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto records = io::CsvReader::readAll(f.readAll());
    QVERIFY(records.ok());
    QCOMPARE(records.value().size(), 2);
    QCOMPARE(records.value().at(1).fields.at(0), QStringLiteral("3"));

    // The corrected file imports.
    dialog.setFile(
        write(QStringLiteral("good.csv"), QStringLiteral("Название;ИНН;Дата регистрации\nАльфа;%1;2020-01-01\n"
                                                         "Бета;%2;2021-03-04\n")
                                              .arg(a, b)));
    dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->click();
    QVERIFY(done.wait(10000));
    QVERIFY2(done.last().at(0).toBool(), qPrintable(done.last().at(1).toString()));
    QCOMPARE(partners(), 2);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
