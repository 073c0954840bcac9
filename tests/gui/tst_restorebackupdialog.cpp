// File → Restore from Backup: the dialog lists the backups newest first with what each holds, shows a
// damaged one as damaged and never lets it be chosen, and restoring keeps the current file aside.
#include "Backups.h"
#include "Clock.h"
#include "Database.h"
#include "RestoreBackupDialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTimeZone>
#include <QTreeWidget>

using namespace pd;

class TestRestoreBackupDialog final : public QObject
{
    Q_OBJECT

private slots:
    void listsBackupsAndRefusesADamagedOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("g.db"));
        FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone::utc()));
        QString older;
        QString newer;
        {
            auto db = storage::Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE ballast (b BLOB)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO ballast VALUES (randomblob(100000))")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO partners (id, name, legal_form, inn, registered_on, role, stage, created_at, updated_at) "
                "VALUES ('p', 'P', 'legal_entity', '7707083893', '2020-01-01', 'partner', 'application', "
                "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")));
            older = storage::backups::make(db.value()->connection(), storage::backups::Reason::Daily, clock, {})
                        .value()
                        .path;
            clock.advanceSecs(86400);
            newer = storage::backups::make(db.value()->connection(), storage::backups::Reason::Import, clock, {})
                        .value()
                        .path;
        }
        {
            QFile f(newer);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(4096);
            f.write(QByteArray(f.size() - 4096, '\x5A'));
        }

        views::RestoreBackupDialog dialog(path);
        dialog.show();
        dialog.waitForList();
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("backupList"));
        auto *restore = dialog.findChild<QPushButton *>(QStringLiteral("restoreButton"));
        QVERIFY(list && restore);
        QCOMPARE(list->topLevelItemCount(), 2);
        const QTreeWidgetItem *damaged = list->topLevelItem(0);
        QVERIFY(!(damaged->flags() & Qt::ItemIsEnabled));
        QVERIFY(!(damaged->flags() & Qt::ItemIsSelectable));
        QVERIFY2(damaged->text(3).contains(QLatin1String("Damaged")), qPrintable(damaged->text(3)));
        const QTreeWidgetItem *good = list->topLevelItem(1);
        QVERIFY(good->flags() & Qt::ItemIsEnabled);
        QVERIFY2(good->text(3).contains(QLatin1String("1 partner")), qPrintable(good->text(3)));
        QCOMPARE(good->text(2), storage::backups::reasonText(storage::backups::Reason::Daily));
        QVERIFY(good->isSelected()); // the newest good one is chosen to begin with
        QVERIFY(restore->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("backupStatus"))->text().contains(QLatin1String("1 backup")));

        // Clicking the damaged row selects nothing that could be restored.
        list->clearSelection();
        list->setCurrentItem(list->topLevelItem(0));
        QVERIFY(!restore->isEnabled());

        // Choosing the good one and confirming restores it, keeping the current file aside.
        list->setCurrentItem(list->topLevelItem(1));
        QVERIFY(restore->isEnabled());
        const auto answer = [](const char *boxName, int button) {
            QTimer::singleShot(0, qApp, [boxName, button] {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    auto *box = qobject_cast<QMessageBox *>(w);
                    if (box && box->objectName() == QLatin1String(boxName) && box->isVisible()) {
                        box->done(button);
                        return;
                    }
                }
            });
        };
        QTimer::singleShot(0, qApp, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (box && box->objectName() == QLatin1String("confirmRestoreBox")) {
                    for (QAbstractButton *b : box->buttons()) {
                        if (box->buttonRole(b) == QMessageBox::AcceptRole)
                            b->click();
                    }
                }
            }
        });
        restore->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.chosenBackup(), older);
        answer("restoredBox", QMessageBox::Ok);
        QVERIFY(dialog.restoreChosen());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("g.db.before-restore-*")}, QDir::Files).size(), 1);
        QVERIFY(storage::Database::open(path, storage::Database::Mode::OpenExisting).ok());
    }
};

QTEST_MAIN(TestRestoreBackupDialog)
#include "tst_restorebackupdialog.moc"
