#include "Language.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "Settings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using pd::views::Language;
using pd::views::PreferencesDialog;
using pd::views::Settings;

// The language chosen in Preferences is stored, survives a restart and installs that language.
class TestLanguage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void followsTheSystemByDefault();
    void choiceIsStoredByThePreferencesDialog_data();
    void choiceIsStoredByThePreferencesDialog();
    void cancelKeepsTheChoice();
    void preferencesAreInTheEditMenu();
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
    QSettings().clear();
}

void TestLanguage::cleanup()
{
    QSettings().clear();
}

void TestLanguage::followsTheSystemByDefault()
{
    QCOMPARE(Language::choice(), Language::Choice::System);
    QCOMPARE(Language::locale(Language::Choice::System), QLocale::system());
    // The tests run under LC_ALL=C.UTF-8: the system's language is English.
    QCOMPARE(Language::apply(), QStringLiteral("en"));
    QVERIFY(Language::displayName(Language::Choice::System).contains(QLatin1String("English")));
}

void TestLanguage::choiceIsStoredByThePreferencesDialog_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<QString>("language");
    QTest::newRow("Russian") << int(Language::Choice::Russian) << QStringLiteral("ru");
    QTest::newRow("English") << int(Language::Choice::English) << QStringLiteral("en");
}

void TestLanguage::choiceIsStoredByThePreferencesDialog()
{
    QFETCH(int, choice);
    QFETCH(QString, language);
    {
        PreferencesDialog dialog;
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->currentIndex(), combo->findData(int(Language::Choice::System)));
        combo->setCurrentIndex(combo->findData(choice));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(int(Language::choice()), choice);
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), language);
    QCOMPARE(Language::apply(), language);
    QCOMPARE(QLocale().language(), language == QLatin1String("ru") ? QLocale::Russian : QLocale::English);

    // The dialog opened again shows the stored choice, in the new language.
    PreferencesDialog again;
    auto *combo = again.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QCOMPARE(combo->currentData().toInt(), choice);
    if (language == QLatin1String("ru"))
        QVERIFY2(again.windowTitle() != QLatin1String("Preferences"), qPrintable(again.windowTitle()));
    else
        QCOMPARE(again.windowTitle(), QStringLiteral("Preferences"));
}

void TestLanguage::cancelKeepsTheChoice()
{
    Language::setChoice(Language::Choice::English);
    PreferencesDialog dialog;
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    combo->setCurrentIndex(combo->findData(int(Language::Choice::Russian)));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(Language::choice(), Language::Choice::English);
}

void TestLanguage::preferencesAreInTheEditMenu()
{
    pd::views::MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(action);
    QCOMPARE(action->menuRole(), QAction::PreferencesRole); // the application menu on macOS
    QVERIFY(action->isEnabled());                           // also without a database
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
