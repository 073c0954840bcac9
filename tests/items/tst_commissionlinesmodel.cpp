#include "CommissionLinesModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSortFilterProxyModel>
#include <QTest>

using pd::items::CommissionLinesModel;
using pd::storage::StoredLine;
using namespace pd::domain;

namespace {

StoredLine make(qint64 id, LineKind kind, qint64 basis, int rateBp, qint64 amount, Tier tier = Tier::Gold)
{
    StoredLine l;
    l.id = id;
    l.line.partnerId = QStringLiteral("p");
    l.line.period = QDate(2026, 3, 1);
    l.line.kind = kind;
    l.line.basis = Money::rub(basis);
    l.line.rateBp = rateBp;
    l.line.amount = Money::rub(amount);
    l.line.tier = tier;
    l.line.ruleEffectiveFrom = QDate(2026, 1, 1);
    l.category = toKey(ServiceCategory::Compute);
    l.customerName = QStringLiteral("ООО «Клиент %1»").arg(id);
    l.customerInn = QStringLiteral("7707083893");
    l.source = l.line.basis;
    if (kind == LineKind::Clawback || kind == LineKind::TopUp) {
        l.line.correctsPeriod = QDate(2026, 1, 1);
        l.category.clear();
        l.customerName.clear();
    }
    return l;
}

QList<StoredLine> sample()
{
    return {make(11, LineKind::BaseDiscount, 1'000'000, 1000, 100'000),
            make(12, LineKind::RegistrationDiscount, 1'000'000, 1500, 150'000),
            make(13, LineKind::Clawback, 0, 0, -42'17), make(14, LineKind::TopUp, 0, 0, 9'99)};
}

} // namespace

// The lines of one partner in one period: consistent as a model; rule date, tier, basis, rate and
// amount shown; sorted by raw values; clawbacks and top-ups marked so they cannot be missed.
class TestCommissionLinesModel final : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void showsWhatPricedEachLine();
    void sortsByKopecks();
    void marksCorrections();
};

void TestCommissionLinesModel::passesTheModelTester()
{
    CommissionLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLines(sample());
    QCOMPARE(model.rowCount(), 4);
    model.setLines({});
    QCOMPARE(model.rowCount(), 0);
    model.setLines(sample());
    QCOMPARE(model.columnCount(), int(CommissionLinesModel::ColumnCount));
}

void TestCommissionLinesModel::showsWhatPricedEachLine()
{
    CommissionLinesModel model;
    model.setLines(sample());
    const QModelIndex registration = model.index(1, 0);
    QCOMPARE(registration.data(CommissionLinesModel::LineIdRole).toLongLong(), 12);
    QCOMPARE(model.index(1, CommissionLinesModel::Kind).data().toString(), displayName(LineKind::RegistrationDiscount));
    QCOMPARE(model.index(1, CommissionLinesModel::Tier).data().toString(), displayName(Tier::Gold));
    QCOMPARE(model.index(1, CommissionLinesModel::Rate).data().toString(), commission::rateText(1500));
    QCOMPARE(model.index(1, CommissionLinesModel::Rule).data(CommissionLinesModel::RawValueRole).toDate(),
             QDate(2026, 1, 1));
    QCOMPARE(model.index(1, CommissionLinesModel::Amount).data(CommissionLinesModel::RawValueRole).toLongLong(),
             150'000);
    QCOMPARE(model.index(1, CommissionLinesModel::Basis).data(CommissionLinesModel::RawValueRole).toLongLong(),
             1'000'000);
    QCOMPARE(model.index(0, CommissionLinesModel::Category).data().toString(), displayName(ServiceCategory::Compute));
    QCOMPARE(model.rowOfLine(14), 3);
    qint64 sum = 0;
    for (const StoredLine &l : sample())
        sum += l.line.amount.minorUnits();
    QCOMPARE(model.totalMinor(), sum);
}

void TestCommissionLinesModel::sortsByKopecks()
{
    CommissionLinesModel model;
    model.setLines(sample());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(CommissionLinesModel::RawValueRole);
    proxy.sort(CommissionLinesModel::Amount, Qt::AscendingOrder);
    QList<qint64> ids;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids.append(proxy.index(r, 0).data(CommissionLinesModel::LineIdRole).toLongLong());
    QCOMPARE(ids, (QList<qint64>{13, 14, 11, 12}));
}

void TestCommissionLinesModel::marksCorrections()
{
    CommissionLinesModel model;
    model.setLines(sample());
    QVERIFY(!model.index(0, 0).data(CommissionLinesModel::CorrectionRole).toBool());
    QVERIFY(!model.index(0, 0).data(Qt::FontRole).isValid());
    for (int row : {2, 3}) {
        QVERIFY(model.index(row, 0).data(CommissionLinesModel::CorrectionRole).toBool());
        QVERIFY(model.index(row, CommissionLinesModel::Amount).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(model.index(row, CommissionLinesModel::Amount).data(Qt::BackgroundRole).isValid());
        // The customer column says which closed period the line corrects.
        QVERIFY(!model.index(row, CommissionLinesModel::Customer).data().toString().isEmpty());
    }
    const QColor clawback =
        model.index(2, CommissionLinesModel::Amount).data(Qt::ForegroundRole).value<QBrush>().color();
    const QColor topUp = model.index(3, CommissionLinesModel::Amount).data(Qt::ForegroundRole).value<QBrush>().color();
    QVERIFY(clawback.red() > clawback.green());
    QVERIFY(topUp.green() > topUp.red());
    QVERIFY(model.index(2, CommissionLinesModel::Kind).data().toString().contains(displayName(LineKind::Clawback)));
}

QTEST_MAIN(TestCommissionLinesModel)
#include "tst_commissionlinesmodel.moc"
