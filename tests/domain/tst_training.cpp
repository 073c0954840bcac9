#include "Training.h"

#include <QTest>

using namespace pd::domain;

class TestTraining final : public QObject
{
    Q_OBJECT

private slots:
    void workingDays()
    {
        const QDate monday(2026, 1, 5);
        QCOMPARE(training::workingDaysBetween(monday, monday.addDays(5)), 5);
        QCOMPARE(training::workingDaysBetween(monday, monday.addDays(7)), 5);
        QCOMPARE(training::workingDaysBetween(monday.addDays(5), monday.addDays(7)), 0); // a weekend
    }

    void documentReviewTakesFiveWorkingDays_data()
    {
        QTest::addColumn<int>("calendarDays");
        QTest::addColumn<bool>("valid");
        QTest::newRow("four working days") << 4 << false;
        QTest::newRow("five working days") << 5 << true;
        QTest::newRow("Monday to Saturday") << 6 << true;
    }
    void documentReviewTakesFiveWorkingDays()
    {
        QFETCH(int, calendarDays);
        QFETCH(bool, valid);
        CompatCertification c{{},
                              QStringLiteral("p"),
                              QStringLiteral("App"),
                              QStringLiteral("1.0"),
                              QStringLiteral("S3"),
                              {},
                              {},
                              {},
                              {},
                              {},
                              {},
                              {},
                              {}};
        const QDate monday(2026, 1, 5);
        c.steps = {{1, monday.addDays(-10), monday.addDays(-9), {}},
                   {2, monday.addDays(-9), monday.addDays(-8), {}},
                   {3, monday.addDays(-8), monday, {}},
                   {4, monday, monday.addDays(calendarDays), {}}};
        QCOMPARE(training::validateCompat(c).isEmpty(), valid);
    }

    void stepsGoInOrder()
    {
        CompatCertification c{{},
                              QStringLiteral("p"),
                              QStringLiteral("App"),
                              QStringLiteral("1.0"),
                              QStringLiteral("S3"),
                              {},
                              {},
                              {},
                              {},
                              {},
                              {},
                              {},
                              {}};
        const QDate d(2026, 1, 5);
        c.steps = {{1, d, d.addDays(1), {}}, {3, d.addDays(1), {}, {}}};
        QVERIFY(training::validateCompat(c).contains(QLatin1String("in order")));
        c.steps = {{1, d, {}, {}}, {2, d.addDays(1), {}, {}}};
        QVERIFY(training::validateCompat(c).contains(QLatin1String("after step 1 is completed")));
        c.steps = {{1, d, d.addDays(3), {}}, {2, d.addDays(1), {}, {}}};
        QVERIFY(training::validateCompat(c).contains(QLatin1String("before step 1")));
        c.productVersion.clear();
        QVERIFY(training::validateCompat(c).contains(QLatin1String("one version")));
    }

    void enrollments()
    {
        QVERIFY(training::validateEnrollment(
                    {QStringLiteral("e"), QStringLiteral("p"), QStringLiteral("c"), QDate(2026, 1, 1), 50, {}})
                    .isEmpty());
        QVERIFY(!training::validateEnrollment(
                     {QStringLiteral("e"), QStringLiteral("p"), QStringLiteral("c"), QDate(2026, 1, 1), 101, {}})
                     .isEmpty());
        QVERIFY(!training::validateEnrollment({QStringLiteral("e"), QStringLiteral("p"), QStringLiteral("c"),
                                               QDate(2026, 1, 1), 50, QDate(2026, 2, 1)})
                     .isEmpty());
        QVERIFY(!training::validateEnrollment({QStringLiteral("e"), QStringLiteral("p"), QStringLiteral("c"),
                                               QDate(2026, 1, 1), 100, QDate(2025, 2, 1)})
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"
