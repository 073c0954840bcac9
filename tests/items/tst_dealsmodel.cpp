#include "DealsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace pd;
using namespace pd::domain;
using namespace pd::items;
using pd::storage::DealRow;

namespace {

const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());

// A source of `total` synthetic rows that counts how often it is asked.
DealsModel::PageSource source(qint64 total, int *calls)
{
    return [total, calls](qint64 offset, int limit) -> Result<QList<DealRow>> {
        ++*calls;
        QList<DealRow> rows;
        for (qint64 i = offset; i < std::min(total, offset + limit); ++i) {
            DealRow r;
            r.id = QStringLiteral("d%1").arg(i);
            r.customerName = QStringLiteral("Customer %1").arg(i);
            r.amount = Money::rub(i * 100);
            r.state = i % 2 ? ApplicationState::Registered : ApplicationState::AwaitingReview;
            r.filedAt = kNow.addDays(-i);
            if (r.state == ApplicationState::Registered) {
                r.protectionEndsAt = kNow.addDays(10);
                r.feedbackDueAt = i % 3 ? kNow.addDays(-1) : kNow.addDays(5);
            }
            r.expectedYear = 2026;
            r.expectedQuarter = 3;
            rows.append(r);
        }
        return rows;
    };
}

} // namespace

class TestDealsModel final : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester()
    {
        DealsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int calls = 0;
        model.reset(1000, source(1000, &calls), kNow);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.columnCount(), int(DealsModel::ColumnCount));
        QCOMPARE(model.index(999, DealsModel::Customer).data().toString(), QStringLiteral("Customer 999"));
        model.refresh(500);
        QCOMPARE(model.rowCount(), 500);
    }

    void readsOnlyThePagesShownAndKeepsFew()
    {
        DealsModel model;
        int calls = 0;
        const qint64 million = 1'000'000;
        model.reset(million, source(million, &calls), kNow);
        QCOMPARE(calls, 0); // nothing is read until a view asks
        QCOMPARE(model.rowCount(), 1'000'000);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Customer 0"));
        QCOMPARE(model.index(199, 0).data().toString(), QStringLiteral("Customer 199"));
        QCOMPARE(calls, 1);
        QCOMPARE(model.index(999'999, 0).data().toString(), QStringLiteral("Customer 999999"));
        QCOMPARE(calls, 2);
        // Scrolling end to end reads each page once and keeps a bounded number of them.
        for (int row = 0; row < 100'000; row += 50)
            model.index(row, 0).data();
        QCOMPARE(calls, 2 + 100'000 / DealsModel::kPageSize - 1);
        model.index(0, 0).data(); // page 0 was evicted long ago
        QCOMPARE(calls, 2 + 100'000 / DealsModel::kPageSize);
    }

    void rolesAndHighlights()
    {
        DealsModel model;
        int calls = 0;
        model.reset(10, source(10, &calls), kNow);
        QCOMPARE(model.index(3, 0).data(DealsModel::IdRole).toString(), QStringLiteral("d3"));
        QCOMPARE(model.index(1, 0).data(DealsModel::FeedbackOverdueRole).toBool(), true);
        QCOMPARE(model.index(3, 0).data(DealsModel::FeedbackOverdueRole).toBool(), false);
        QCOMPARE(model.index(2, 0).data(DealsModel::FeedbackOverdueRole).toBool(), false);
        QVERIFY(model.index(1, DealsModel::ProtectionEnds)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("overdue")));
    }

    void sortingIsAskedOfTheOwner()
    {
        DealsModel model;
        QSignalSpy spy(&model, &DealsModel::sortRequested);
        model.sort(DealsModel::Amount, Qt::DescendingOrder);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).value<storage::DealSort>(), storage::DealSort::Amount);
        QCOMPARE(spy.first().at(1).value<Qt::SortOrder>(), Qt::DescendingOrder);
    }

    void aFailedReadIsReported()
    {
        DealsModel model;
        QSignalSpy spy(&model, &DealsModel::readFailed);
        model.reset(
            5,
            [](qint64, int) -> Result<QList<DealRow>> {
                return Error{QStringLiteral("disk gone"), {}, {}};
            },
            kNow);
        QVERIFY(!model.index(0, DealsModel::Amount).data().isValid());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).toString(), QStringLiteral("disk gone"));
    }
};

QTEST_MAIN(TestDealsModel)
#include "tst_dealsmodel.moc"
