#include "CommissionSummaryModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using pd::items::CommissionSummaryModel;
using pd::storage::PartnerPeriodTotal;
namespace domain = pd::domain;

namespace {

PartnerPeriodTotal make(const QString &id, const QString &name, domain::Role role, domain::Tier tier, qint64 total,
                        qint64 corrections, int lines)
{
    PartnerPeriodTotal t;
    t.partnerId = id;
    t.partnerName = name;
    t.partnerInn = QStringLiteral("77070838%1").arg(lines, 2, 10, QLatin1Char('0'));
    t.role = role;
    t.tier = tier;
    t.totalMinor = total;
    t.correctionsMinor = corrections;
    t.lines = lines;
    return t;
}

QList<PartnerPeriodTotal> sample()
{
    return {
        make(QStringLiteral("a"), QStringLiteral("Alpha"), domain::Role::Partner, domain::Tier::Gold, 1'234'567, 0, 12),
        make(QStringLiteral("b"), QStringLiteral("Beta"), domain::Role::Agent, domain::Tier::None, 99, -5'000, 3),
        make(QStringLiteral("c"), QStringLiteral("Gamma"), domain::Role::WhiteLabel, domain::Tier::Platinum,
             10'000'000'00, 2'500, 40)};
}

} // namespace

// The per-partner commission table of a period: consistent as a model, money shown for the locale but
// sorted as kopecks, corrections coloured by sign, and totals over the rows.
class TestCommissionSummaryModel final : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void showsMoneyAndSortsByKopecks();
    void totalsAddUpEveryRow();
    void correctionsAreColouredBySign();
};

void TestCommissionSummaryModel::passesTheModelTester()
{
    CommissionSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTotals(sample());
    QCOMPARE(model.rowCount(), 3);
    model.setTotals({});
    QCOMPARE(model.rowCount(), 0);
    model.setTotals(sample());
    QCOMPARE(model.columnCount(), int(CommissionSummaryModel::ColumnCount));
}

void TestCommissionSummaryModel::showsMoneyAndSortsByKopecks()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CommissionSummaryModel model;
    model.setTotals(sample());
    const QModelIndex alphaTotal = model.index(0, CommissionSummaryModel::Total);
    QCOMPARE(alphaTotal.data(CommissionSummaryModel::RawValueRole).toLongLong(), 1'234'567);
    QVERIFY2(alphaTotal.data().toString().contains(QStringLiteral("12,345.67")),
             qPrintable(alphaTotal.data().toString()));
    QCOMPARE(model.index(1, CommissionSummaryModel::Partner).data(CommissionSummaryModel::PartnerIdRole).toString(),
             QStringLiteral("b"));
    QCOMPARE(model.index(1, CommissionSummaryModel::Tier).data().toString(),
             QStringLiteral("—")); // Agents have no tier

    // Sorted as text "99" would follow "12 345,67"; as kopecks Beta is the smallest.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(CommissionSummaryModel::RawValueRole);
    proxy.sort(CommissionSummaryModel::Total, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(CommissionSummaryModel::PartnerIdRole).toString(), QStringLiteral("b"));
    QCOMPARE(proxy.index(2, 0).data(CommissionSummaryModel::PartnerIdRole).toString(), QStringLiteral("c"));
    QCOMPARE(model.rowOfPartner(QStringLiteral("c")), 2);
    QCOMPARE(model.rowOfPartner(QStringLiteral("zzz")), -1);
    QLocale::setDefault(QLocale::c());
}

void TestCommissionSummaryModel::totalsAddUpEveryRow()
{
    CommissionSummaryModel model;
    model.setTotals(sample());
    qint64 total = 0;
    qint64 corrections = 0;
    int lines = 0;
    for (const PartnerPeriodTotal &t : sample()) {
        total += t.totalMinor;
        corrections += t.correctionsMinor;
        lines += t.lines;
    }
    QCOMPARE(model.totalMinor(), total);
    QCOMPARE(model.correctionsMinor(), corrections);
    QCOMPARE(model.lineCount(), lines);
}

void TestCommissionSummaryModel::correctionsAreColouredBySign()
{
    CommissionSummaryModel model;
    model.setTotals(sample());
    const auto colour = [&model](int row) {
        return model.index(row, CommissionSummaryModel::Corrections).data(Qt::ForegroundRole).value<QBrush>().color();
    };
    QVERIFY(!model.index(0, CommissionSummaryModel::Corrections).data(Qt::ForegroundRole).isValid());
    QVERIFY(model.index(0, CommissionSummaryModel::Corrections).data().toString().isEmpty());
    QVERIFY(colour(1).red() > colour(1).green()); // a clawback
    QVERIFY(colour(2).green() > colour(2).red()); // a top-up
}

QTEST_MAIN(TestCommissionSummaryModel)
#include "tst_commissionsummarymodel.moc"
