#include "Inn.h"
#include "Partner.h"

#include <QTest>

using namespace pd::domain;

class TestInn final : public QObject
{
    Q_OBJECT

private slots:
    void validLegalEntities_data()
    {
        QTest::addColumn<QString>("inn");
        QTest::newRow("Sberbank") << QStringLiteral("7707083893");
        QTest::newRow("Gazprom") << QStringLiteral("7736050003");
        QTest::newRow("Aeroflot") << QStringLiteral("7712040126");
        QTest::newRow("control digit zero") << inn::complete(QStringLiteral("772816897"));
    }
    void validLegalEntities()
    {
        QFETCH(QString, inn);
        QCOMPARE(inn::validate(inn, LegalForm::LegalEntity), QString());
        QVERIFY(inn::isValid(inn));
        // A legal entity's number is refused for a sole proprietor: the length depends on the form.
        QVERIFY(inn::validate(inn, LegalForm::SoleProprietor).contains(QLatin1String("12 digits")));
    }

    void validSoleProprietors_data()
    {
        QTest::addColumn<QString>("inn");
        QTest::newRow("published example") << QStringLiteral("500100732259");
        QTest::newRow("completed body") << inn::complete(QStringLiteral("7725000000"));
    }
    void validSoleProprietors()
    {
        QFETCH(QString, inn);
        QCOMPARE(inn.size(), 12);
        QCOMPARE(inn::validate(inn, LegalForm::SoleProprietor), QString());
        QVERIFY(inn::validate(inn, LegalForm::LegalEntity).contains(QLatin1String("10 digits")));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("inn");
        QTest::addColumn<int>("form");
        QTest::addColumn<QString>("expected");
        const int le = static_cast<int>(LegalForm::LegalEntity);
        const int sp = static_cast<int>(LegalForm::SoleProprietor);
        QTest::newRow("10: last digit off") << QStringLiteral("7707083894") << le << QStringLiteral("check digit");
        QTest::newRow("10: two digits swapped") << QStringLiteral("7770083893") << le << QStringLiteral("check digit");
        QTest::newRow("12: 11th digit off") << QStringLiteral("500100732249") << sp << QStringLiteral("check digits");
        QTest::newRow("12: 12th digit off") << QStringLiteral("500100732258") << sp << QStringLiteral("check digits");
        QTest::newRow("letters") << QStringLiteral("77O7083893") << le << QStringLiteral("digits only");
        QTest::newRow("spaces") << QStringLiteral("7707 083893") << le << QStringLiteral("digits only");
        QTest::newRow("empty") << QString() << le << QStringLiteral("required");
        QTest::newRow("too short") << QStringLiteral("770708389") << le << QStringLiteral("10 digits");
        QTest::newRow("11 digits") << QStringLiteral("77070838931") << sp << QStringLiteral("12 digits");
        QTest::newRow("Arabic-Indic digits")
            << QStringLiteral("\u0667\u0667\u0660\u0667\u0660\u0668\u0663\u0668\u0669\u0663") << le
            << QStringLiteral("digits only");
    }
    void invalid()
    {
        QFETCH(QString, inn);
        QFETCH(int, form);
        QFETCH(QString, expected);
        const QString error = inn::validate(inn, static_cast<LegalForm>(form));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!inn::isValid(inn) || inn.size() == 10 || inn.size() == 12);
    }

    void everyWrongCheckDigitIsCaught()
    {
        // Changing the last digit of a valid number to any other digit must be detected.
        const QString valid = QStringLiteral("7707083893");
        for (int d = 0; d <= 9; ++d) {
            QString candidate = valid;
            candidate[9] = QChar(u'0' + d);
            QCOMPARE(inn::isValid(candidate), candidate == valid);
        }
    }

    void completeProducesValidNumbers()
    {
        for (int i = 0; i < 1000; ++i) {
            const QString body10 = QStringLiteral("%1").arg(100000000 + i * 7919, 9, 10, QLatin1Char('0'));
            QVERIFY(inn::isValid(inn::complete(body10)));
            const QString body12 = QStringLiteral("%1").arg(1000000000LL + i * 104729LL, 10, 10, QLatin1Char('0'));
            QCOMPARE(inn::validate(inn::complete(body12), LegalForm::SoleProprietor), QString());
        }
        QCOMPARE(inn::complete(QStringLiteral("12345")), QString());
    }
};

QTEST_GUILESS_MAIN(TestInn)
#include "tst_inn.moc"
