#include "Database.h"
#include "DealQuery.h"
#include "DealRepository.h"
#include "PartnerRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pd;
using namespace pd::domain;
using namespace pd::storage;

class TestDealQuery final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 1, 10), QTime(9, 0), QTimeZone::utc())};
    QString m_alpha;
    QString m_beta;
    QStringList m_ids;

    DealQuery query(const DealFilter &f, DealSort sort = DealSort::FiledAt,
                    Qt::SortOrder order = Qt::AscendingOrder) const
    {
        return DealQuery(m_db->connection(), f, sort, order, m_clock.nowUtc());
    }
    qint64 countOf(const DealFilter &f) const { return query(f).count().value(); }

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("q.db")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        PartnerRepository partners(m_db->connection(), m_clock, QStringLiteral("test"));
        Partner p;
        p.name = QStringLiteral("ООО «Альфа»");
        p.inn = QStringLiteral("7707083893");
        p.registeredOn = QDate(2015, 1, 1);
        m_alpha = partners.create(p).value().id;
        p.name = QStringLiteral("АО «Бета»");
        p.inn = QStringLiteral("7736050003");
        m_beta = partners.create(p).value().id;

        DealRepository deals(m_db->connection(), m_clock, QStringLiteral("test"));
        // Twenty customers, each registered once by Alpha; amounts rise with the index.
        for (int i = 0; i < 20; ++i) {
            Registration r;
            r.partnerId = m_alpha;
            r.customerName = QStringLiteral("Клиент %1").arg(i, 2, 10, QLatin1Char('0'));
            r.products = {i % 2 ? QStringLiteral("Object Storage") : QStringLiteral("Cloud Servers")};
            r.amount = Money::rub(1000 * (i + 1));
            r.expectedYear = 2026;
            r.expectedQuarter = 1 + i % 4;
            r.state = ApplicationState::AwaitingReview;
            auto created = deals.create(r);
            QVERIFY(created.ok());
            m_ids.append(created.value().id);
            m_clock.advanceSecs(60);
        }
        // Five are registered now: their protection ends in 90 days.
        for (int i = 0; i < 5; ++i)
            QVERIFY(deals.transition(m_ids.at(i), ApplicationState::Registered).ok());
        // Beta competes with Alpha for customer 06 and its cloud servers.
        Registration r;
        r.partnerId = m_beta;
        r.customerName = QStringLiteral("клиент 06");
        r.products = {QStringLiteral("cloud servers")};
        r.expectedYear = 2026;
        r.expectedQuarter = 2;
        r.state = ApplicationState::AwaitingReview;
        QVERIFY(deals.create(r).ok());
        m_clock.advanceSecs(86400 * 40); // 40 days later, the registered five owe feedback
    }
    void cleanupTestCase() { m_db.reset(); }

    void countsAndPages()
    {
        const DealFilter all;
        QCOMPARE(countOf(all), 21);
        auto first = query(all).page(0, 10);
        QVERIFY(first.ok());
        QCOMPARE(first.value().size(), 10);
        QCOMPARE(first.value().first().customerName, QStringLiteral("Клиент 00"));
        auto last = query(all).page(20, 10);
        QCOMPARE(last.value().size(), 1);
        QCOMPARE(last.value().first().partnerName, QStringLiteral("АО «Бета»"));
    }

    void sortsByEachColumn()
    {
        auto byAmountDesc = query({}, DealSort::Amount, Qt::DescendingOrder).page(0, 1);
        QCOMPARE(byAmountDesc.value().first().amount, Money::rub(20000));
        auto byCustomer = query({}, DealSort::Customer, Qt::AscendingOrder).page(0, 21);
        QStringList names;
        for (const DealRow &r : byCustomer.value())
            names.append(r.customerName.toLower());
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(names, sorted);
        auto byProtection = query({}, DealSort::ProtectionEnd, Qt::DescendingOrder).page(0, 5);
        for (const DealRow &r : byProtection.value())
            QVERIFY(r.protectionEndsAt.isValid());
        for (DealSort s : {DealSort::Partner, DealSort::State, DealSort::ExpectedPeriod, DealSort::FiledAt})
            QCOMPARE(query({}, s, Qt::DescendingOrder).page(0, 100).value().size(), 21);
    }

    // A page is found by its rowids first and then read: the rows keep the sort's order, and pages at
    // successive offsets tile the filtered rows without a gap or a repeat.
    void pagesKeepTheSortOrderAndTileTheRows()
    {
        DealFilter ending;
        ending.protectionEndingWithinDays = 51;
        DealFilter textAndState;
        textAndState.text = QStringLiteral("Клиент");
        textAndState.state = ApplicationState::AwaitingReview;
        const struct
        {
            DealFilter filter;
            DealSort sort;
            Qt::SortOrder order;
            qint64 rows;
        } cases[] = {{ending, DealSort::Amount, Qt::DescendingOrder, 5},
                     {ending, DealSort::FiledAt, Qt::DescendingOrder, 5},
                     {textAndState, DealSort::Customer, Qt::DescendingOrder, 16},
                     {{}, DealSort::Amount, Qt::AscendingOrder, 21}};
        for (const auto &c : cases) {
            const DealQuery q = query(c.filter, c.sort, c.order);
            QCOMPARE(q.count().value(), c.rows);
            const QList<DealRow> whole = q.page(0, 100).value();
            QCOMPARE(whole.size(), c.rows);
            QList<DealRow> tiled;
            for (qint64 offset = 0; offset < c.rows; offset += 3)
                tiled += q.page(offset, 3).value();
            QCOMPARE(tiled.size(), whole.size());
            for (qsizetype i = 0; i < whole.size(); ++i)
                QCOMPARE(tiled.at(i).id, whole.at(i).id);
            for (qsizetype i = 1; i < whole.size(); ++i) {
                const DealRow &a = whole.at(i - 1);
                const DealRow &b = whole.at(i);
                switch (c.sort) {
                case DealSort::Amount:
                    QVERIFY(c.order == Qt::AscendingOrder ? a.amount.minorUnits() <= b.amount.minorUnits()
                                                          : a.amount.minorUnits() >= b.amount.minorUnits());
                    break;
                case DealSort::FiledAt:
                    QVERIFY(a.filedAt >= b.filedAt);
                    break;
                case DealSort::Customer:
                    QVERIFY(a.customerName.toLower() >= b.customerName.toLower());
                    break;
                default:
                    break;
                }
            }
        }
    }

    void filters()
    {
        DealFilter f;
        f.text = QStringLiteral("ент 1"); // substring in Cyrillic: trigram index
        QCOMPARE(countOf(f), 10);
        f.text = QStringLiteral("06"); // two characters: a scan
        QCOMPARE(countOf(f), 2);
        f.text = QStringLiteral("\"; DROP TABLE deals; --");
        QCOMPARE(countOf(f), 0);

        f = {};
        f.partnerId = m_beta;
        QCOMPARE(countOf(f), 1);
        f = {};
        f.state = ApplicationState::Registered;
        QCOMPARE(countOf(f), 5);
        f = {};
        f.reviewQueue = true;
        QCOMPARE(countOf(f), 16);
        f = {};
        f.product = QStringLiteral("OBJECT storage");
        QCOMPARE(countOf(f), 10);
        f = {};
        f.protectionEndingWithinDays = 49; // they end 50 days from now
        QCOMPARE(countOf(f), 0);
        f.protectionEndingWithinDays = 51;
        QCOMPARE(countOf(f), 5);
        f = {};
        f.feedbackOverdue = true;
        QCOMPARE(countOf(f), 5);
        f = {};
        f.hasConflicts = true;
        auto conflicted = query(f).page(0, 10);
        QCOMPARE(conflicted.value().size(), 2);
        QCOMPARE(conflicted.value().at(0).customerName, QStringLiteral("Клиент 06"));
        QCOMPARE(conflicted.value().at(1).customerName, QStringLiteral("клиент 06"));
    }

    // Russian is typed with «е» for «ё» and in any case: every form of the words finds the deals whose customer
    // or partner is «Надёжное облако» (or «Надежное облако», written without the dots), and only those.
    void textSearchReadsYoAsYe()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("yo.db")));
        QVERIFY(opened.ok());
        const std::unique_ptr<Database> db = std::move(opened).value();
        PartnerRepository partners(db->connection(), m_clock, QStringLiteral("test"));
        Partner p;
        p.name = QStringLiteral("ООО «Надёжное облако»");
        p.inn = QStringLiteral("7707083893");
        p.registeredOn = QDate(2015, 1, 1);
        const QString reliable = partners.create(p).value().id;
        p.name = QStringLiteral("ООО «Вектор»");
        p.inn = QStringLiteral("7736050003");
        const QString vector = partners.create(p).value().id;
        DealRepository deals(db->connection(), m_clock, QStringLiteral("test"));
        QStringList expected;
        const struct
        {
            QString partnerId;
            QString customer;
            bool found;
        } rows[] = {
            {vector, QStringLiteral("АО «НАДЁЖНОЕ ОБЛАКО»"), true},
            {reliable, QStringLiteral("ПАО «Ромашка»"), true}, // the partner's name
            {vector, QStringLiteral("ЗАО «Надежное облако»"), true},
            {vector, QStringLiteral("ООО «Берёзка»"), false},
            {vector, QStringLiteral("ООО «Облако»"), false},
        };
        for (const auto &row : rows) {
            Registration r;
            r.partnerId = row.partnerId;
            r.customerName = row.customer;
            r.products = {QStringLiteral("Cloud Servers")};
            r.expectedYear = 2026;
            r.expectedQuarter = 1;
            r.state = ApplicationState::AwaitingReview;
            auto created = deals.create(r);
            QVERIFY(created.ok());
            if (row.found)
                expected.append(created.value().id);
        }
        std::sort(expected.begin(), expected.end());
        for (const QString &text :
             {QStringLiteral("надежное облако"), QStringLiteral("Надёжное облако"), QStringLiteral("НАДЁЖНОЕ"),
              QStringLiteral("надёжн"), QStringLiteral("НАДЕЖН"), QStringLiteral("ёж"), QStringLiteral("ЕЖ")}) {
            DealFilter f;
            f.text = text;
            const DealQuery q(db->connection(), f, DealSort::Customer, Qt::AscendingOrder, m_clock.nowUtc());
            QCOMPARE(q.count().value(), qint64(expected.size()));
            QStringList found;
            for (const DealRow &row : q.page(0, 100).value())
                found.append(row.id);
            std::sort(found.begin(), found.end());
            QVERIFY2(found == expected, qPrintable(text));
        }
        // «ё» typed finds «е» written, a narrowed search (text and state) too.
        DealFilter f;
        f.text = QStringLiteral("берез");
        f.state = ApplicationState::AwaitingReview;
        QCOMPARE(
            DealQuery(db->connection(), f, DealSort::FiledAt, Qt::AscendingOrder, m_clock.nowUtc()).count().value(), 1);
        // After an edit the index holds the new name folded, and not the old one.
        QSqlQuery edit(db->connection());
        QVERIFY(edit.exec(
            QStringLiteral("UPDATE deals SET customer_name = 'ООО «Ёлка»' WHERE customer_name = 'ООО «Облако»'")));
        f = {};
        f.text = QStringLiteral("елка");
        QCOMPARE(
            DealQuery(db->connection(), f, DealSort::FiledAt, Qt::AscendingOrder, m_clock.nowUtc()).count().value(), 1);
        QVERIFY2(edit.exec(QStringLiteral("INSERT INTO deals_fts (deals_fts) VALUES ('integrity-check')")),
                 qPrintable(edit.lastError().text()));
    }
};

QTEST_GUILESS_MAIN(TestDealQuery)
#include "tst_dealquery.moc"
