#include "Money.h"

#include <QLocale>
#include <QTest>

using namespace pd::domain;

class TestMoney final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("whole") << QStringLiteral("12") << qint64(1200);
        QTest::newRow("dot") << QStringLiteral("1234.56") << qint64(123456);
        QTest::newRow("comma") << QStringLiteral("1234,5") << qint64(123450);
        QTest::newRow("grouped ru") << QStringLiteral("1\u00A0234\u00A0567,89") << qint64(123456789);
        QTest::newRow("grouped narrow nbsp") << QStringLiteral("5\u202F000\u202F000") << qint64(500000000);
        QTest::newRow("negative") << QStringLiteral("-0.01") << qint64(-1);
        QTest::newRow("large") << QStringLiteral("20000000.00") << qint64(2000000000);
        // 0.1 + 0.2 style amounts stay exact: no double is involved.
        QTest::newRow("exact") << QStringLiteral("0.29") << qint64(29);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, minor);
        const auto money = Money::parse(text, QStringLiteral("RUB"));
        QVERIFY(money.has_value());
        QCOMPARE(money->minorUnits(), minor);
    }

    void parseRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("three decimals") << QStringLiteral("1.234");
        QTest::newRow("letters") << QStringLiteral("12a");
        QTest::newRow("trailing separator") << QStringLiteral("12.");
        QTest::newRow("two separators") << QStringLiteral("1.2.3");
        QTest::newRow("overflowing") << QStringLiteral("12345678901234567890");
    }
    void parseRejects()
    {
        QFETCH(QString, text);
        QVERIFY(!Money::parse(text, QStringLiteral("RUB")).has_value());
    }

    void arithmetic()
    {
        const Money a = Money::rub(10);
        const Money b = Money::rub(20);
        QCOMPARE((a + b).minorUnits(), 30);
        QCOMPARE((a - b).minorUnits(), -10);
        QCOMPARE((-a).minorUnits(), -10);
        QVERIFY(Money::rub(0).isZero());
        QCOMPARE(a + b, Money::rub(30));
        QVERIFY(Money(30, QStringLiteral("USD")) != Money::rub(30));
    }

    void formatting()
    {
        QCOMPARE(Money::rub(123456789).toPlainString(), QStringLiteral("1234567.89"));
        QCOMPARE(Money::rub(-5).toPlainString(), QStringLiteral("-0.05"));
        const QString ru = Money::rub(123456789).toString(QLocale(QLocale::Russian, QLocale::Russia));
        QCOMPARE(ru, QStringLiteral("1\u00A0234\u00A0567,89\u00A0₽"));
        const QString en =
            Money(123456789, QStringLiteral("USD")).toString(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(en, QStringLiteral("USD 1,234,567.89"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
