#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include "CliRun.h"
#include "Database.h"
#include "ServerTrust.h"
#include "SqlUtil.h"
#include "SyncEngine.h"
#include "SyncJournal.h"
#include "SyncLog.h"
#include "SyncPage.h"
#include "SyncStatusIndicator.h"
#include "Translations.h"

using namespace pd;
using sync::client::SyncJournal;
using sync::client::SyncLogEntry;
using sync::client::SyncLogQuery;

// What sync leaves for a person to read and act on, staged in a real database file (the engine's own
// runs against a server are tst_sync's): the log of runs survives reopening the file, the Sync page shows
// it filtered and `partnerdesk-cli sync --log` prints it; the status bar shows the last completed sync from
// the log alone; a refused registration names the competing partner, in Russian under the Russian
// interface; a conflict names who changed the other side; Keep the newer settles each selected conflict by
// its own two times and leaves the one whose time is unknown.
class TestSyncLog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void logSurvivesReopeningAndStaysBounded();
    void logEntryFromAReport();
    void pageShowsTheLogFiltered();
    void cliPrintsTheLog();
    void rejectedRegistrationIsExplained_data();
    void rejectedRegistrationIsExplained();
    void keepTheNewerDecidesPerConflict();

private:
    QString makeDemo(const QString &name);
    static void exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    static QString stamp(const QDateTime &t) { return storage::sql::toStored(t); }
    static void stageLog(const QString &path);
    std::unique_ptr<views::SyncPage> openPage(const QString &path);
    static void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr);

    QTemporaryDir m_dir;
};

void TestSyncLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDesk tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_synclog"));
    QVERIFY(m_dir.isValid());
    sync::ServerTrust().setAccount({}); // no account: the page starts no worker
}

void TestSyncLog::cleanup()
{
    i18n::Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

QString TestSyncLog::makeDemo(const QString &name)
{
    const QString path = m_dir.filePath(name);
    const CliRun demo =
        runCli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("3"),
                QStringLiteral("--partners"), QStringLiteral("5"), QStringLiteral("--deals"), QStringLiteral("10")});
    if (demo.exitCode != 0)
        qWarning("demo: %s", qPrintable(demo.err));
    // The tests stage sync states of team records: the demo's records are made ordinary ones (a demo's own
    // records stay on the computer and never meet a conflict).
    auto db = storage::Database::open(path, storage::Database::Mode::OpenExisting);
    if (!db || !QSqlQuery(db.value()->connection()).exec(QStringLiteral("DELETE FROM local_only")))
        qWarning("could not make the demo's records team records");
    return path;
}

void TestSyncLog::exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    QVERIFY2(q.prepare(sql), qPrintable(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

// Three runs, oldest first: synced at 09:00, offline at 10:00, synced with a rejected change at 11:00.
void TestSyncLog::stageLog(const QString &path)
{
    auto db = storage::Database::open(path);
    QVERIFY(db);
    SyncJournal journal(db.value()->connection());
    const QDateTime day(QDate(2026, 3, 12), QTime(9, 0), QTimeZone::utc());
    SyncLogEntry synced;
    synced.startedAt = day;
    synced.finishedAt = day.addSecs(4);
    synced.server = QStringLiteral("https://sync.example.com:8443");
    synced.outcome = QStringLiteral("synced");
    synced.pushed = 12;
    synced.pulled = 340;
    synced.merged = 2;
    QVERIFY(journal.appendLog(synced));
    SyncLogEntry offline = synced;
    offline.startedAt = day.addSecs(3600);
    offline.finishedAt = offline.startedAt.addSecs(30);
    offline.outcome = QStringLiteral("offline");
    offline.pushed = offline.pulled = offline.merged = 0;
    offline.message = QStringLiteral("Could not reach the server (the health check): Connection refused");
    QVERIFY(journal.appendLog(offline));
    SyncLogEntry attention = synced;
    attention.startedAt = day.addSecs(7200);
    attention.finishedAt = attention.startedAt.addSecs(3);
    attention.outcome = QStringLiteral("needs_attention");
    attention.pushed = 3;
    attention.pulled = 1;
    attention.merged = 0;
    attention.rejected = 1;
    QVERIFY(journal.appendLog(attention));
}

std::unique_ptr<views::SyncPage> TestSyncLog::openPage(const QString &path)
{
    auto page = std::make_unique<views::SyncPage>();
    page->resize(1300, 720);
    page->show();
    page->setDatabase(path);
    return page;
}

void TestSyncLog::answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(0, [button, text] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                if (text)
                    *text = box->text();
                box->button(button)->click();
                return;
            }
        }
    });
}

void TestSyncLog::logSurvivesReopeningAndStaysBounded()
{
    const QString path = m_dir.filePath(QStringLiteral("log.db"));
    stageLog(path);
    {
        auto db = storage::Database::open(path, storage::Database::Mode::OpenExisting);
        QVERIFY(db);
        SyncJournal journal(db.value()->connection());
        auto log = journal.log();
        QVERIFY(log);
        QCOMPARE(log.value().size(), 3);
        // Newest first, every field as written.
        QCOMPARE(log.value().at(0).outcome, QStringLiteral("needs_attention"));
        QCOMPARE(log.value().at(0).rejected, 1);
        QCOMPARE(log.value().at(1).outcome, QStringLiteral("offline"));
        QVERIFY(log.value().at(1).message.contains(QStringLiteral("Connection refused")));
        QCOMPARE(log.value().at(2).pulled, 340);
        QCOMPARE(log.value().at(2).merged, 2);
        QCOMPARE(log.value().at(2).server, QStringLiteral("https://sync.example.com:8443"));
        QCOMPARE(log.value().at(2).startedAt, QDateTime(QDate(2026, 3, 12), QTime(9, 0), QTimeZone::utc()));
        QCOMPARE(log.value().at(2).finishedAt, QDateTime(QDate(2026, 3, 12), QTime(9, 0, 4), QTimeZone::utc()));

        SyncLogQuery problems;
        problems.problemsOnly = true;
        QCOMPARE(journal.log(problems).value().size(), 2);
        SyncLogQuery text;
        text.text = QStringLiteral("connection REFUSED");
        QCOMPARE(journal.log(text).value().size(), 1);
        SyncLogQuery one;
        one.limit = 1;
        QCOMPARE(journal.log(one).value().size(), 1);
        QCOMPARE(journal.lastCompletedRun().value(), QDateTime(QDate(2026, 3, 12), QTime(11, 0, 3), QTimeZone::utc()));
        // The log alone gives the last sync when the engine's own mark is missing.
        QCOMPARE(journal.overview().value().lastSyncAt,
                 QDateTime(QDate(2026, 3, 12), QTime(11, 0, 3), QTimeZone::utc()));
    }

    // Bounded: the newest kMaxLogEntries runs are kept, the oldest go first.
    const QString bounded = m_dir.filePath(QStringLiteral("bounded.db"));
    {
        auto db = storage::Database::open(bounded);
        QVERIFY(db);
        exec(db.value()->connection(), QStringLiteral("PRAGMA synchronous = OFF"));
        SyncJournal journal(db.value()->connection());
        SyncLogEntry e;
        e.outcome = QStringLiteral("synced");
        const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
        for (int i = 0; i < SyncJournal::kMaxLogEntries + 5; ++i) {
            e.startedAt = e.finishedAt = start.addSecs(60 * i);
            e.pushed = i;
            QVERIFY(journal.appendLog(e));
        }
    }
    auto db = storage::Database::open(bounded, storage::Database::Mode::OpenExisting);
    QVERIFY(db);
    SyncLogQuery all;
    all.limit = 5000;
    const auto log = SyncJournal(db.value()->connection()).log(all);
    QVERIFY(log);
    QCOMPARE(log.value().size(), SyncJournal::kMaxLogEntries);
    QCOMPARE(log.value().first().pushed, SyncJournal::kMaxLogEntries + 4);
    QCOMPARE(log.value().last().pushed, 5);
}

void TestSyncLog::logEntryFromAReport()
{
    sync::client::SyncReport report;
    report.outcome = sync::client::SyncOutcome::Offline;
    report.message = QStringLiteral("Could not reach the server");
    report.pushed = 4;
    report.pulled = 7;
    report.merged = 1;
    report.conflicts = 2;
    report.rejected = 3;
    const QDateTime started(QDate(2026, 3, 12), QTime(9, 0), QTimeZone::utc());
    const SyncLogEntry e =
        sync::client::syncLog::logEntry(report, started, started.addSecs(5), QStringLiteral("https://s:1"));
    QCOMPARE(e.outcome, QStringLiteral("offline"));
    QCOMPARE(e.message, report.message);
    QCOMPARE(e.pushed, 4);
    QCOMPARE(e.pulled, 7);
    QCOMPARE(e.merged, 1);
    QCOMPARE(e.conflicts, 2);
    QCOMPARE(e.rejected, 3);
    QCOMPARE(e.server, QStringLiteral("https://s:1"));
    QCOMPARE(e.finishedAt, started.addSecs(5));
    for (auto outcome : {sync::client::SyncOutcome::Synced, sync::client::SyncOutcome::NeedsAttention,
                         sync::client::SyncOutcome::Offline, sync::client::SyncOutcome::CertificateRefused,
                         sync::client::SyncOutcome::SignInNeeded, sync::client::SyncOutcome::MassDeletePending,
                         sync::client::SyncOutcome::Failed, sync::client::SyncOutcome::Cancelled})
        QCOMPARE(sync::client::syncLog::outcomeFromKey(sync::client::syncLog::outcomeKey(outcome)), outcome);
}

void TestSyncLog::pageShowsTheLogFiltered()
{
    const QString path = m_dir.filePath(QStringLiteral("page.db"));
    stageLog(path);
    auto page = openPage(path);
    auto *table = page->findChild<QTableView *>(QStringLiteral("syncLogTable"));
    auto *which = page->findChild<QComboBox *>(QStringLiteral("syncLogFilter"));
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("syncLogSearch"));
    QVERIFY(table && which && search);
    QCOMPARE(table->model()->rowCount(), 3);
    const auto cell = [table](int row, int column) {
        return table->model()->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, 1), QStringLiteral("Needs attention"));
    QCOMPARE(cell(1, 1), QStringLiteral("Offline"));
    QCOMPARE(cell(2, 1), QStringLiteral("Synced"));
    QCOMPARE(cell(2, 3), QStringLiteral("340")); // received
    QVERIFY(cell(1, 7).contains(QStringLiteral("Connection refused")));

    which->setCurrentIndex(which->findData(true)); // problems only
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(cell(0, 1), QStringLiteral("Needs attention"));
    QCOMPARE(cell(1, 1), QStringLiteral("Offline"));
    QTest::keyClicks(search, QStringLiteral("refused"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cell(0, 1), QStringLiteral("Offline"));
    which->setCurrentIndex(which->findData(false));
    search->clear();
    QCOMPARE(table->model()->rowCount(), 3);

    // The status bar's indicator shows the last completed run, read from the file (no run in this session).
    auto *indicator = page->indicator();
    const QString last = QLocale().toString(
        QDateTime(QDate(2026, 3, 12), QTime(11, 0, 3), QTimeZone::utc()).toLocalTime(), QLocale::ShortFormat);
    QVERIFY2(indicator->text().contains(QStringLiteral("last sync ") + last.toHtmlEscaped()),
             qPrintable(indicator->text()));
}

void TestSyncLog::cliPrintsTheLog()
{
    const QString path = m_dir.filePath(QStringLiteral("cli.db"));
    stageLog(path);
    CliRun run = runCli(
        {QStringLiteral("--db"), path, QStringLiteral("sync"), QStringLiteral("--log"), QStringLiteral("--no-bom")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList lines = run.outText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0),
             QStringLiteral("started_at,finished_at,server,outcome,pushed,pulled,merged,conflicts,rejected,"
                            "kept_local,message"));
    QCOMPARE(lines.at(1), QStringLiteral("2026-03-12T11:00:00Z,2026-03-12T11:00:03Z,https://sync.example.com:8443,"
                                         "needs_attention,3,1,0,0,1,0,"));
    QCOMPARE(lines.at(2),
             QStringLiteral("2026-03-12T10:00:00Z,2026-03-12T10:00:30Z,https://sync.example.com:8443,offline,"
                            "0,0,0,0,0,0,Could not reach the server (the health check): Connection refused"));
    QVERIFY(lines.at(3).contains(QStringLiteral(",synced,12,340,2,0,0,0,")));
    QVERIFY2(run.err.contains(QStringLiteral("3 sync runs")), qPrintable(run.err));

    run = runCli({QStringLiteral("--db"), path, QStringLiteral("sync"), QStringLiteral("--log"),
                  QStringLiteral("--problems"), QStringLiteral("--limit"), QStringLiteral("1"),
                  QStringLiteral("--no-bom")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    lines = run.outText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).contains(QStringLiteral(",needs_attention,")));

    run = runCli({QStringLiteral("--db"), path, QStringLiteral("sync"), QStringLiteral("--log"),
                  QStringLiteral("--limit"), QStringLiteral("0")});
    QCOMPARE(run.exitCode, 2);
}

void TestSyncLog::rejectedRegistrationIsExplained_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("why");
    QTest::addColumn<QStringList>("todo");
    QTest::newRow("English") << QStringLiteral("en")
                             << QStringList{QStringLiteral(
                                    "Partner «Вектор Плюс» already holds a protected registration of "
                                    "«Ромашка» for CDN, Object Storage, until")}
                             << QStringList{QStringLiteral("Decide on «Вектор Плюс»'s registration first")};
    QTest::newRow("Russian") << QStringLiteral("ru")
                             << QStringList{QStringLiteral("«Вектор Плюс»"), QStringLiteral("«Ромашка»"),
                                            QStringLiteral("CDN, Object Storage"),
                                            QStringLiteral("защищённая регистрация")}
                             << QStringList{QStringLiteral("Что делать"), QStringLiteral("«Вектор Плюс»")};
}

void TestSyncLog::rejectedRegistrationIsExplained()
{
    QFETCH(QString, language);
    QFETCH(QStringList, why);
    QFETCH(QStringList, todo);
    const QString path = makeDemo(QStringLiteral("rejected-%1.db").arg(language));
    QString dealId;
    QString customer;
    {
        auto db = storage::Database::open(path, storage::Database::Mode::OpenExisting);
        QVERIFY(db);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, customer_name FROM deals ORDER BY id LIMIT 1")) && q.next());
        dealId = q.value(0).toString();
        customer = q.value(1).toString();
        const QJsonObject args{
            {QStringLiteral("competitor_id"), QStringLiteral("d-other")},
            {QStringLiteral("partner"), QStringLiteral("Вектор Плюс")},
            {QStringLiteral("customer"), QStringLiteral("Ромашка")},
            {QStringLiteral("products"), QJsonArray{QStringLiteral("CDN"), QStringLiteral("Object Storage")}},
            {QStringLiteral("until"), QStringLiteral("2026-09-01")}};
        exec(db.value()->connection(),
             QStringLiteral(
                 "INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at, state, "
                 "last_error, reject_code, reject_args) VALUES ('m-1', 'deal', ?, 'upsert', 3, ?, ?, 'rejected', ?, "
                 "'protected_elsewhere', ?)"),
             {dealId, QStringLiteral(R"({"state":"registered"})"), stamp(QDateTime::currentDateTimeUtc()),
              QStringLiteral("the customer is protected for another partner"),
              QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact))});
    }
    QCOMPARE(i18n::Translations::install(language == QLatin1String("ru")
                                             ? QLocale(QLocale::Russian, QLocale::Russia)
                                             : QLocale(QLocale::English, QLocale::UnitedStates)),
             language);
    auto page = openPage(path);
    auto *changes = page->findChild<QTableWidget *>(QStringLiteral("changesTable"));
    QVERIFY(changes);
    QCOMPARE(changes->rowCount(), 1);
    // The record by its customer's name, not its id; the change by the form's words.
    QVERIFY2(changes->item(0, 1)->text().contains(QStringLiteral("«%1»").arg(customer)),
             qPrintable(changes->item(0, 1)->text()));
    QVERIFY(!changes->item(0, 1)->text().contains(dealId));
    const QString reason = changes->item(0, 3)->text();
    for (const QString &part : why)
        QVERIFY2(reason.contains(part), qPrintable(reason));
    QVERIFY2(!reason.contains(QStringLiteral("the customer is protected")),
             qPrintable(reason)); // not the server's English
    // The selected rejected change says what was refused, why, and what to do.
    changes->selectRow(0);
    auto *explanation = page->findChild<QLabel *>(QStringLiteral("rejectedExplanationLabel"));
    QVERIFY(explanation);
    QVERIFY(explanation->isVisible());
    for (const QString &part : todo)
        QVERIFY2(explanation->text().contains(part.toHtmlEscaped()), qPrintable(explanation->text()));
    // What was refused: the row's change in the form's words, and the whole story in its tooltip.
    const QString change = changes->item(0, 2)->text();
    const QString tip = changes->item(0, 3)->toolTip();
    if (language == QLatin1String("ru")) {
        QCOMPARE(changes->item(0, 0)->text(), QStringLiteral("Отклонено"));
        QVERIFY2(change.contains(QStringLiteral("Состояние: Зарегистрирована")), qPrintable(change));
        QVERIFY2(tip.startsWith(QStringLiteral("Отклонено: Сделка «%1»").arg(customer)), qPrintable(tip));
    } else {
        QVERIFY2(change.contains(QStringLiteral("State: Registered")), qPrintable(change));
        QVERIFY2(tip.startsWith(QStringLiteral("Refused: Deal «%1»").arg(customer)), qPrintable(tip));
    }
    for (const QString &part : why + todo)
        QVERIFY2(tip.contains(part), qPrintable(tip));
}

void TestSyncLog::keepTheNewerDecidesPerConflict()
{
    const QString path = makeDemo(QStringLiteral("conflicts.db"));
    QStringList ids;
    QStringList names;
    const QDateTime detected(QDate(2026, 3, 12), QTime(12, 0), QTimeZone::utc());
    {
        auto db = storage::Database::open(path, storage::Database::Mode::OpenExisting);
        QVERIFY(db);
        const QSqlDatabase c = db.value()->connection();
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT id, name FROM partners ORDER BY name LIMIT 3")));
        while (q.next()) {
            ids << q.value(0).toString();
            names << q.value(1).toString();
        }
        QCOMPARE(ids.size(), 3);
        // Here each region was changed at 10:00. There: the first at 09:00 (mine is newer), the second at
        // 11:00 (theirs is newer), the third at a time the server did not send (found before it did).
        const QStringList theirAt{stamp(detected.addSecs(-3 * 3600)), stamp(detected.addSecs(-3600)),
                                  QStringLiteral("")};
        for (int i = 0; i < 3; ++i) {
            exec(c, QStringLiteral("UPDATE partners SET region = ? WHERE id = ?"),
                 {QStringLiteral("Mine %1").arg(i), ids.at(i)});
            exec(c,
                 QStringLiteral(
                     "INSERT INTO audit_log (at, actor, entity, entity_id, action, mutation_id, changes) VALUES "
                     "(?, 'me', 'partner', ?, 'update', ?, ?)"),
                 {stamp(detected.addSecs(-2 * 3600)), ids.at(i), QStringLiteral("m-%1").arg(i),
                  QStringLiteral(R"({"region":{"old":"Base","new":"Mine %1"}})").arg(i)});
            exec(c,
                 QStringLiteral(
                     "INSERT INTO sync_conflicts (entity, entity_id, field, mine, theirs, base, server_version, "
                     "mutation_id, detected_at, their_user, their_at, their_device) VALUES ('partner', ?, 'region', "
                     "?, ?, '[\"Base\"]', 7, ?, ?, ?, ?, ?)"),
                 {ids.at(i), QStringLiteral("[\"Mine %1\"]").arg(i), QStringLiteral("[\"Theirs %1\"]").arg(i),
                  QStringLiteral("m-%1").arg(i), stamp(detected),
                  i < 2 ? QStringLiteral("ivanova") : QStringLiteral(""), theirAt.at(i),
                  i < 2 ? QStringLiteral("laptop-7") : QStringLiteral("")});
        }
    }
    auto page = openPage(path);
    auto *conflicts = page->findChild<QTableWidget *>(QStringLiteral("conflictsTable"));
    QVERIFY(conflicts);
    QCOMPARE(conflicts->rowCount(), 3);
    // Who changed the other side, from which device and when; «—» where the server did not say.
    const QString theirs = QLocale().toString(detected.addSecs(-3600).toLocalTime(), QLocale::ShortFormat);
    QCOMPARE(conflicts->item(1, 5)->text(), QStringLiteral("ivanova · laptop-7 · ") + theirs);
    QCOMPARE(conflicts->item(2, 5)->text(), QStringLiteral("—"));

    conflicts->selectAll();
    auto *newer = page->findChild<QPushButton *>(QStringLiteral("keepNewerButton"));
    QVERIFY(newer && newer->isEnabled());
    QString question;
    QString skipped;
    answerNextMessageBox(QMessageBox::Yes, &question);
    QTimer::singleShot(50, [&skipped] { answerNextMessageBox(QMessageBox::Ok, &skipped); });
    QTest::mouseClick(newer, Qt::LeftButton);
    QVERIFY2(question.contains(QStringLiteral("3 conflicts")), qPrintable(question));
    QVERIFY2(skipped.contains(QStringLiteral("1 conflict left")), qPrintable(skipped));

    // The first keeps mine, the second takes theirs, each becoming a change to send; the third waits.
    QCOMPARE(conflicts->rowCount(), 1);
    QVERIFY(conflicts->item(0, 0)->text().contains(names.at(2)));
    auto db = storage::Database::open(path, storage::Database::Mode::OpenExisting);
    QVERIFY(db);
    const auto region = [&db](const QString &id) {
        QSqlQuery q(db.value()->connection());
        q.prepare(QStringLiteral("SELECT region FROM partners WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    };
    QCOMPARE(region(ids.at(0)), QStringLiteral("Mine 0"));
    QCOMPARE(region(ids.at(1)), QStringLiteral("Theirs 1"));
    QCOMPARE(region(ids.at(2)), QStringLiteral("Mine 2"));
    const auto pending = SyncJournal(db.value()->connection()).outbox(QStringLiteral("pending"));
    QVERIFY(pending);
    QHash<QString, QString> sent;
    for (const auto &e : pending.value())
        sent.insert(e.entityId, e.fields.value(QStringLiteral("region")).toString());
    QCOMPARE(sent.value(ids.at(0)), QStringLiteral("Mine 0"));
    QCOMPARE(sent.value(ids.at(1)), QStringLiteral("Theirs 1"));
    QVERIFY(!sent.contains(ids.at(2)));
}

QTEST_MAIN(TestSyncLog)
#include "tst_synclog.moc"
