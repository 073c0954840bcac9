#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include "ServerTrust.h"
#include "SyncFixture.h"
#include "SyncJournal.h"
#include "SyncPage.h"
#include "SyncStatusIndicator.h"

using namespace pd;
using sync::client::OutboxEntry;
using sync::client::SyncJournal;
using sync::client::SyncOutcome;

// The real Sync page on a database with real conflicts: two clients edited the same fields of three
// partners against a real server on loopback over TLS. The page lists them field by field (mine,
// theirs, base); Keep mine, Take theirs and Edit each settle one into a pending change with the chosen
// value; the status-bar indicator shows the conflicts, then the pending changes; the next sync brings
// the choices to the other client.
class TestSyncPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void conflictsListedAndResolvedFromThePage();
    void cleanupTestCase();

private:
    int rowOf(const QString &partnerName) const;
    QTableWidget *table(const char *name) const;
    void clickOnRow(const QString &partnerName, const char *button);
    QJsonValue pendingRegion(const QString &partnerId) const;
    QString indicatorText() const;

    QTemporaryDir m_dir;
    SyncServer m_server;
    std::unique_ptr<SyncClient> m_a;
    std::unique_ptr<SyncClient> m_b;
    QHash<QString, QString> m_ids; // partner name → id
    std::unique_ptr<views::SyncPage> m_page;
};

void TestSyncPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDesk tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_syncpage"));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.init(m_dir.filePath(QStringLiteral("server"))));
    QVERIFY(m_server.start());
    m_a = std::make_unique<SyncClient>(m_dir.filePath(QStringLiteral("a.db")), m_server.certificate(), m_server.url());
    m_b = std::make_unique<SyncClient>(m_dir.filePath(QStringLiteral("b.db")), m_server.certificate(), m_server.url());
    for (const QString &name : {QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")}) {
        const domain::Partner p = m_a->createPartner(name); // region Kazan
        QVERIFY(!p.id.isEmpty());
        m_ids.insert(name, p.id);
    }
    QCOMPARE(m_a->sync().outcome, SyncOutcome::Synced);
    QCOMPARE(m_b->sync().outcome, SyncOutcome::Synced);
    // The same field changed on both: A to Tomsk (synced first), B to Perm.
    for (const QString &id : std::as_const(m_ids)) {
        domain::Partner onA = m_a->partner(id);
        onA.region = QStringLiteral("Tomsk");
        QVERIFY(m_a->updatePartner(onA));
        domain::Partner onB = m_b->partner(id);
        onB.region = QStringLiteral("Perm");
        QVERIFY(m_b->updatePartner(onB));
    }
    QCOMPARE(m_a->sync().outcome, SyncOutcome::Synced);
    const auto r = m_b->sync();
    QCOMPARE(r.outcome, SyncOutcome::NeedsAttention);
    QCOMPARE(r.openConflicts, 3);

    // The page syncs with an account of its own; it points at a closed port, so the page's worker can
    // only be offline and the choices stay pending until this test syncs them.
    sync::ServerTrust().setAccount({QUrl(QStringLiteral("https://127.0.0.1:9")), QStringLiteral("root")});
    m_page = std::make_unique<views::SyncPage>();
    m_page->resize(1100, 700);
    m_page->show();
    m_page->setDatabase(m_b->path());
}

void TestSyncPage::cleanupTestCase()
{
    m_page.reset();
    sync::ServerTrust().setAccount({});
}

QTableWidget *TestSyncPage::table(const char *name) const
{
    return m_page->findChild<QTableWidget *>(QString::fromLatin1(name));
}

int TestSyncPage::rowOf(const QString &partnerName) const
{
    QTableWidget *t = table("conflictsTable");
    for (int row = 0; row < t->rowCount(); ++row) {
        if (t->item(row, 0) && t->item(row, 0)->text().contains(QStringLiteral("«%1»").arg(partnerName)))
            return row;
    }
    return -1;
}

void TestSyncPage::clickOnRow(const QString &partnerName, const char *button)
{
    const int row = rowOf(partnerName);
    QVERIFY2(row >= 0, qPrintable(partnerName));
    table("conflictsTable")->selectRow(row);
    auto *b = m_page->findChild<QPushButton *>(QString::fromLatin1(button));
    QVERIFY(b);
    QVERIFY(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

// The region of the pending (not yet pushed) change of this partner; undefined when there is none.
QJsonValue TestSyncPage::pendingRegion(const QString &partnerId) const
{
    const auto pending = SyncJournal(m_b->db()).outbox(QStringLiteral("pending"));
    if (!pending)
        return QJsonValue(QJsonValue::Undefined);
    for (const OutboxEntry &e : pending.value()) {
        if (e.entity == QLatin1String("partner") && e.entityId == partnerId)
            return e.fields.value(QStringLiteral("region"));
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString TestSyncPage::indicatorText() const
{
    auto *indicator = m_page->findChild<views::SyncStatusIndicator *>(QStringLiteral("syncStatusIndicator"));
    return indicator ? indicator->text() : QString();
}

void TestSyncPage::conflictsListedAndResolvedFromThePage()
{
    QTableWidget *conflicts = table("conflictsTable");
    QVERIFY(conflicts);
    QCOMPARE(conflicts->rowCount(), 3);
    // Columns: record, field (as the partner form names it), mine, theirs, base.
    for (const QString &name : {QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")}) {
        const int row = rowOf(name);
        QVERIFY2(row >= 0, qPrintable(name));
        QCOMPARE(conflicts->item(row, 1)->text(), QStringLiteral("Region"));
        QCOMPARE(conflicts->item(row, 2)->text(), QStringLiteral("Perm"));
        QCOMPARE(conflicts->item(row, 3)->text(), QStringLiteral("Tomsk"));
        QCOMPARE(conflicts->item(row, 4)->text(), QStringLiteral("Kazan"));
    }
    QVERIFY2(indicatorText().contains(QStringLiteral("3 conflict")), qPrintable(indicatorText()));
    QVERIFY(
        m_page->findChild<QLabel *>(QStringLiteral("syncStateLabel"))->text().contains(QStringLiteral("3 conflict")));
    QCOMPARE(table("changesTable")->rowCount(), 0); // B's edit went to the server; only the conflict is left
    for (const QString &id : std::as_const(m_ids))
        QVERIFY(pendingRegion(id).isUndefined());

    // Keep mine: Alpha stays Perm, and Perm goes to the server as a new change.
    clickOnRow(QStringLiteral("Alpha"), "keepMineButton");
    QCOMPARE(conflicts->rowCount(), 2);
    QCOMPARE(rowOf(QStringLiteral("Alpha")), -1);
    QCOMPARE(pendingRegion(m_ids.value(QStringLiteral("Alpha"))), QJsonValue(QStringLiteral("Perm")));
    QCOMPARE(m_b->partner(m_ids.value(QStringLiteral("Alpha"))).region, QStringLiteral("Perm"));
    QVERIFY2(indicatorText().contains(QStringLiteral("2 conflict")), qPrintable(indicatorText()));

    // Take theirs: Beta becomes Tomsk here.
    clickOnRow(QStringLiteral("Beta"), "takeTheirsButton");
    QCOMPARE(conflicts->rowCount(), 1);
    QCOMPARE(pendingRegion(m_ids.value(QStringLiteral("Beta"))), QJsonValue(QStringLiteral("Tomsk")));
    QCOMPARE(m_b->partner(m_ids.value(QStringLiteral("Beta"))).region, QStringLiteral("Tomsk"));

    // Edit: the dialog offers mine; the typed value is what is kept.
    QString offered;
    QTimer::singleShot(0, this, [&offered] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QInputDialog *>(w); dialog && dialog->isVisible()) {
                offered = dialog->textValue();
                dialog->setTextValue(QStringLiteral("Perm and Tomsk"));
                dialog->accept();
            }
        }
    });
    clickOnRow(QStringLiteral("Gamma"), "editValueButton");
    QCOMPARE(offered, QStringLiteral("Perm"));
    QCOMPARE(conflicts->rowCount(), 0);
    QCOMPARE(pendingRegion(m_ids.value(QStringLiteral("Gamma"))), QJsonValue(QStringLiteral("Perm and Tomsk")));
    QCOMPARE(m_b->partner(m_ids.value(QStringLiteral("Gamma"))).region, QStringLiteral("Perm and Tomsk"));
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("keepMineButton"))->isEnabled());

    // The indicator and the page now show three pending changes and no conflict.
    QVERIFY2(!indicatorText().contains(QStringLiteral("conflict")), qPrintable(indicatorText()));
    QVERIFY2(indicatorText().contains(QStringLiteral("3 pending"), Qt::CaseInsensitive)
                 || indicatorText().contains(QStringLiteral("Pending 3")),
             qPrintable(indicatorText()));
    QTableWidget *changes = table("changesTable");
    QCOMPARE(changes->rowCount(), 3);
    for (int row = 0; row < changes->rowCount(); ++row) {
        QCOMPARE(changes->item(row, 0)->text(), QStringLiteral("Pending"));
        QVERIFY2(changes->item(row, 2)->text().startsWith(QStringLiteral("Region: ")),
                 qPrintable(changes->item(row, 2)->text()));
    }

    // The next sync takes the choices to the server and to the other client.
    m_page->setDatabase({});
    QCOMPARE(m_b->sync().outcome, SyncOutcome::Synced);
    QCOMPARE(m_a->sync().outcome, SyncOutcome::Synced);
    QCOMPARE(m_a->partner(m_ids.value(QStringLiteral("Alpha"))).region, QStringLiteral("Perm"));
    QCOMPARE(m_a->partner(m_ids.value(QStringLiteral("Beta"))).region, QStringLiteral("Tomsk"));
    QCOMPARE(m_a->partner(m_ids.value(QStringLiteral("Gamma"))).region, QStringLiteral("Perm and Tomsk"));
    const Records server = m_server.records();
    QVERIFY2(difference(server, m_a->records()).isEmpty(), qPrintable(difference(server, m_a->records())));
    QVERIFY2(difference(server, m_b->records()).isEmpty(), qPrintable(difference(server, m_b->records())));

    // Back on the page: nothing open, nothing pending.
    m_page->setDatabase(m_b->path());
    QCOMPARE(conflicts->rowCount(), 0);
    QCOMPARE(table("changesTable")->rowCount(), 0);
    QVERIFY2(!indicatorText().contains(QStringLiteral("conflict"))
                 && !indicatorText().contains(QStringLiteral("ending")),
             qPrintable(indicatorText()));
}

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
