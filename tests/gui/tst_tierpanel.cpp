#include "TierEngine.h"
#include "TierPanel.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace pd;
using namespace pd::domain;

// The tier panel on its own, in Russian (the longest labels): the what-if box shows each label and
// its reset button whole at the size the Training page gives it on a 1366×768 screen.
class TestTierPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void russianWhatIfShowsEveryLabelWhole();
    void whatIfBesideTheCriteriaWhenThereIsRoomUnderThemWhenNot();

private:
    storage::PartnerTier goldBelowItsTier() const;
};

void TestTierPanel::initTestCase()
{
    QCOMPARE(i18n::Translations::install(QLocale(QLocale::Russian, QLocale::Russia)), QStringLiteral("ru"));
}

void TestTierPanel::cleanupTestCase()
{
    i18n::Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

storage::PartnerTier TestTierPanel::goldBelowItsTier() const
{
    const ProgramRules rules = ProgramRules::exampleDefaultsFrom(QDate(2025, 1, 1));
    storage::PartnerTier t;
    t.partnerId = QStringLiteral("p1");
    t.name = QStringLiteral("ООО «Альфа»");
    t.current = Tier::Gold;
    t.metrics = {true, 6'000'000'00, 1, 0, 3};
    const QDate asOf(2026, 6, 1);
    t.verdict = tierEngine::evaluate(t.role, t.current, t.metrics, rules, asOf, asOf.addDays(-rules.graceDays));
    return t;
}

void TestTierPanel::russianWhatIfShowsEveryLabelWhole()
{
    views::TierPanel panel;
    // The Training page's tab beside its partner list at 1366×768.
    panel.resize(1000, 640);
    const storage::PartnerTier tier = goldBelowItsTier();
    panel.setTier(tier, ProgramRules::exampleDefaultsFrom(QDate(2025, 1, 1)), tier.verdict.asOf);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    auto *box = panel.findChild<QGroupBox *>(QStringLiteral("whatIfBox"));
    QVERIFY(box);
    QCOMPARE(box->title(), QStringLiteral("Что если"));
    QVERIFY(box->width() >= box->minimumSizeHint().width());
    int checked = 0;
    for (QLabel *label : box->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        ++checked;
        if (label->wordWrap()) {
            QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(label->text()));
        } else {
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
            QVERIFY2(box->rect().contains(QRect(label->mapTo(box, QPoint(0, 0)), label->size())),
                     qPrintable(label->text()));
        }
    }
    QVERIFY(checked >= 5); // the hint, four field labels, the result
    for (QAbstractButton *button : box->findChildren<QAbstractButton *>()) {
        QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        QVERIFY2(box->rect().contains(QRect(button->mapTo(box, QPoint(0, 0)), button->size())),
                 qPrintable(button->text()));
    }
    auto *reset = panel.findChild<QPushButton *>(QStringLiteral("whatIfResetButton"));
    QCOMPARE(reset->text(), QStringLiteral("Вернуться к реальным показателям"));
}

// The what-if stands beside the criteria on a wide screen and under them on a narrow one, and goes back
// beside them when the panel is wide again (the criteria's last column fills what is left: its width must
// not keep the what-if under them).
void TestTierPanel::whatIfBesideTheCriteriaWhenThereIsRoomUnderThemWhenNot()
{
    views::TierPanel panel;
    panel.restoreLayout();
    const storage::PartnerTier tier = goldBelowItsTier();
    panel.setTier(tier, ProgramRules::exampleDefaultsFrom(QDate(2025, 1, 1)), tier.verdict.asOf);
    auto *box = panel.findChild<QGroupBox *>(QStringLiteral("whatIfBox"));
    auto *criteria = panel.findChild<QWidget *>(QStringLiteral("tierCriteriaTable"));
    QVERIFY(box && criteria);
    auto beside = [&] {
        QTest::qWait(50);
        return box->geometry().left() >= criteria->geometry().right()
               && box->geometry().top() < criteria->geometry().bottom();
    };
    auto under = [&] {
        QTest::qWait(50);
        return box->geometry().top() >= criteria->geometry().bottom();
    };
    panel.resize(1500, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY(beside());
    panel.resize(700, 900);
    QTRY_VERIFY(under());
    panel.resize(1500, 700);
    QTRY_VERIFY(beside());
}

QTEST_MAIN(TestTierPanel)
#include "tst_tierpanel.moc"
