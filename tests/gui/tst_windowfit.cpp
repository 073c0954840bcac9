#include "AboutDialog.h"
#include "AccountDialog.h"
#include "Appearance.h"
#include "CertificateDialog.h"
#include "ColumnFiller.h"
#include "Clock.h"
#include "CompatStepDialog.h"
#include "CourseDialog.h"
#include "Database.h"
#include "DealService.h"
#include "DealsModel.h"
#include "DealsPage.h"
#include "DemoData.h"
#include "EnrollmentDialog.h"
#include "ExportDialog.h"
#include "FeedbackDialog.h"
#include "ImportDialog.h"
#include "Language.h"
#include "ListPageParts.h"
#include "MainWindow.h"
#include "NewRegistrationDialog.h"
#include "PartnersModel.h"
#include "PreferencesDialog.h"
#include "ProgramRulesDialog.h"
#include "ReasonDialog.h"
#include "ServerTrust.h"
#include "Settings.h"
#include "TlsCertificateDialog.h"
#include "TrainingService.h"
#include "WelcomeDialog.h"
#include "WindowFit.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QKeyEvent>
#include <QScreen>
#include <QScrollArea>
#include <QTableWidget>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QStyle>
#include <QStyleOption>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <functional>
#include <map>
#include <memory>

using namespace pd;
using pd::views::MainWindow;

namespace {

// A partner manager's laptop: 1920×1080 at Windows' default 150 % is 1280×720 logical pixels, and a
// 1366×768 screen is not much larger.
constexpr QSize kLaptop(1280, 720);
// The screen this test runs on (main() below gives the offscreen platform one of this size).
constexpr QSize kScreen(1366, 768);

QSize minimumOf(const QWidget *w)
{
    return w->minimumSizeHint().expandedTo(w->minimumSize());
}

bool fits(const QSize &size, const QSize &limit)
{
    return size.width() <= limit.width() && size.height() <= limit.height();
}

QString text(const QSize &s)
{
    return QStringLiteral("%1×%2").arg(s.width()).arg(s.height());
}

// The innermost visible widgets under `root` that need more than `limit`: what holds a window wide or tall.
void collectTooLarge(const QWidget *root, const QSize &limit, QStringList &out, int depth = 0)
{
    bool child = false;
    for (const QWidget *w : root->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (w->isWindow() || w->isHidden())
            continue;
        const QSize m = minimumOf(w);
        if (m.width() > limit.width() || m.height() > limit.height()) {
            child = true;
            collectTooLarge(w, limit, out, depth + 1);
        }
    }
    if (!child && depth > 0)
        out.append(QStringLiteral("%1 \"%2\" %3")
                       .arg(QLatin1String(root->metaObject()->className()), root->objectName(), text(minimumOf(root))));
}

QString tooLarge(const QWidget *root, const QSize &limit)
{
    QStringList out;
    collectTooLarge(root, limit, out);
    return out.join(QStringLiteral("; "));
}

// Shows the first row of every list on `page` that has one, so that its detail panel is on screen.
void selectFirstRows(QWidget *page)
{
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
        if (!view->isVisible() || !view->model() || view->model()->rowCount() == 0 || !view->selectionModel()
            || qobject_cast<QHeaderView *>(view))
            continue;
        if (view->currentIndex().isValid())
            continue;
        view->setCurrentIndex(view->model()->index(0, 0));
    }
}

// The column titles of the visible lists under `root` that their columns cut: the room the style
// draws a section's title in (inside the style sheet's paddings, beside a sort arrow) must hold the
// title in the header's semi-bold.
QStringList cutTitles(const QWidget *root)
{
    QStringList cut;
    for (const QHeaderView *header : root->findChildren<QHeaderView *>()) {
        if (!header->isVisible() || header->orientation() != Qt::Horizontal || !header->model())
            continue;
        QFont bold = header->font();
        bold.setWeight(QFont::DemiBold);
        const QFontMetrics metrics(bold);
        for (int logical = 0; logical < header->count(); ++logical) {
            const QString title = header->model()->headerData(logical, Qt::Horizontal).toString();
            if (header->isSectionHidden(logical) || title.isEmpty())
                continue;
            QStyleOptionHeader option;
            option.initFrom(header);
            option.orientation = Qt::Horizontal;
            option.section = logical;
            option.text = title;
            option.fontMetrics = metrics;
            option.sortIndicator = QStyleOptionHeader::SortDown;
            option.rect = QRect(0, 0, header->sectionSize(logical), header->height());
            // The style sheet's style takes the room of a sort arrow from that rectangle, sorted or not:
            // 16 pixels here (on screen a title 14 pixels wider than the rectangle is cut).
            const QStyle *style = header->style();
            const int mark = style->pixelMetric(QStyle::PM_HeaderMarkSize, &option, header);
            const int arrow =
                std::max(mark, std::min(mark, style->subElementRect(QStyle::SE_HeaderArrow, &option, header).width())
                                   + 2 * style->pixelMetric(QStyle::PM_HeaderMargin, &option, header));
            const int room = style->subElementRect(QStyle::SE_HeaderLabel, &option, header).width() - arrow;
            if (room < metrics.horizontalAdvance(title))
                cut.append(QStringLiteral("%1 «%2» %3 px of %4 px")
                               .arg(header->parentWidget()->objectName(), title)
                               .arg(room)
                               .arg(metrics.horizontalAdvance(title)));
        }
    }
    return cut;
}

const QList<MainWindow::Page> kPages{
    MainWindow::Page::Dashboard, MainWindow::Page::Partners,    MainWindow::Page::ReviewQueue, MainWindow::Page::Deals,
    MainWindow::Page::Training,  MainWindow::Page::Commissions, MainWindow::Page::Sync};

} // namespace

// The window and every dialog fit a partner manager's laptop, in English and in Russian, over a demo
// database with its long Russian names; the Deals list, the review queue and the Partners list show a
// customer's or partner's whole name.
class TestWindowFit final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void mainWindowFitsWithEveryPageShown_data();
    void mainWindowFitsWithEveryPageShown();
    void mainWindowOpensWithinTheScreen();
    void restoredGeometryIsKeptOnTheScreen();
    void geometryArithmetic();
    void listsShowWholeNames_data();
    void listsShowWholeNames();
    void dialogsFit_data();
    void dialogsFit();
    void headersShowWholeTitles_data();
    void headersShowWholeTitles();
    void fillingColumnKeepsItsTitle();
    void everySearchFieldReadsYeAsYo();

private:
    void useLanguage(const QString &code);

    QTemporaryDir m_dir;
    QString m_path;
};

void TestWindowFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowfit"));
    QSettings().clear(); // no window geometry or column widths left from an earlier run
    QVERIFY(m_dir.isValid());
    QVERIFY2(QGuiApplication::primaryScreen()->availableGeometry().size() == kScreen,
             qPrintable(text(QGuiApplication::primaryScreen()->availableGeometry().size())));
    m_path = m_dir.filePath(QStringLiteral("demo.db"));
    auto db = storage::Database::open(m_path);
    QVERIFY(db.ok());
    demo::Options options;
    options.seed = 1;
    options.partners = 300;
    options.deals = 3000;
    const Status made = demo::generate(*db.value(), options);
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().text()));
}

void TestWindowFit::cleanup()
{
    useLanguage(QStringLiteral("en"));
}

void TestWindowFit::useLanguage(const QString &code)
{
    // As the app does it: the choice in the settings, then the translators of that language.
    views::Language::setChoice(code == QLatin1String("ru") ? views::Language::Choice::Russian
                                                           : views::Language::Choice::English);
    QCOMPARE(views::Language::apply(), code);
}

void TestWindowFit::mainWindowFitsWithEveryPageShown_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Russian") << QStringLiteral("ru");
}

void TestWindowFit::mainWindowFitsWithEveryPageShown()
{
    QFETCH(QString, language);
    useLanguage(language);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_path));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    QVERIFY(stack);
    QStringList report;
    for (MainWindow::Page page : kPages) {
        window.showPage(page);
        QTest::qWait(150);
        selectFirstRows(stack->currentWidget());
        QTest::qWait(150);
        QWidget *shown = stack->currentWidget();
        report.append(QStringLiteral("%1 %2").arg(shown->objectName(), text(minimumOf(shown))));
        QVERIFY2(fits(minimumOf(shown), kLaptop),
                 qPrintable(QStringLiteral("%1 needs %2: %3")
                                .arg(shown->objectName(), text(minimumOf(shown)), tooLarge(shown, kLaptop))));
    }
    // At the laptop's size no form or panel on a page scrolls sideways: its content fits its width.
    window.resize(kLaptop);
    for (MainWindow::Page page : kPages) {
        window.showPage(page);
        QTest::qWait(100);
        selectFirstRows(stack->currentWidget());
        QTest::qWait(100);
        for (const QScrollArea *area : stack->currentWidget()->findChildren<QScrollArea *>()) {
            if (!area->isVisible() || !area->widget() || !area->widgetResizable())
                continue;
            const int content = minimumOf(area->widget()).width();
            QVERIFY2(content <= area->viewport()->width(),
                     qPrintable(QStringLiteral("%1: «%2» in %3 needs %4 px, has %5")
                                    .arg(stack->currentWidget()->objectName(), area->widget()->objectName(),
                                         area->parentWidget()->objectName())
                                    .arg(content)
                                    .arg(area->viewport()->width())));
        }
    }
    const QSize minimum = minimumOf(&window);
    qInfo("%s: window at least %s; pages: %s", qPrintable(language), qPrintable(text(minimum)),
          qPrintable(report.join(QStringLiteral(", "))));
    QVERIFY2(fits(minimum, kLaptop),
             qPrintable(QStringLiteral("the window needs %1: %2").arg(text(minimum), tooLarge(&window, kLaptop))));
    // And it really takes that size, with every page still in it.
    window.resize(kLaptop);
    QTest::qWait(50);
    QCOMPARE(window.size(), kLaptop);
}

void TestWindowFit::mainWindowOpensWithinTheScreen()
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    MainWindow window; // no saved geometry: the test's settings are fresh
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(available.contains(window.frameGeometry()),
             qPrintable(QStringLiteral("opened at %1%2%3 on %4")
                            .arg(text(window.frameGeometry().size()))
                            .arg(window.frameGeometry().x() >= 0 ? QStringLiteral("+") : QString())
                            .arg(window.frameGeometry().x())
                            .arg(text(available.size()))));
    // A laptop's screen is smaller than the size the window prefers: it takes the screen's width.
    QVERIFY2(window.frameGeometry().width() >= available.width() - 8, qPrintable(text(window.frameGeometry().size())));
}

void TestWindowFit::restoredGeometryIsKeptOnTheScreen()
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
        // Saved on a 2 560×1 440 monitor, at its right edge.
        MainWindow window;
        window.setGeometry(QRect(1100, 300, 1400, 1000));
        views::Settings::saveWindow(&window);
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(available.contains(window.geometry()),
             qPrintable(QStringLiteral("%1 at %2,%3").arg(text(window.size())).arg(window.x()).arg(window.y())));
    views::Settings::setValue(views::Settings::Key::WindowGeometry, QByteArray(), window.objectName());
}

void TestWindowFit::geometryArithmetic()
{
    const QRect screen(0, 0, 1366, 728); // without a 40-pixel taskbar
    const QMargins frame(1, 30, 1, 1);
    // Too large for the screen: the screen less the frame, in its top left corner.
    QCOMPARE(views::fittedGeometry(QSize(1400, 900), QSize(900, 600), screen, frame), QRect(1, 30, 1364, 697));
    // Smaller than the screen: its own size, centred.
    QCOMPARE(views::fittedGeometry(QSize(1000, 600), QSize(900, 600), screen, frame), QRect(183, 78, 1000, 600));
    // Never smaller than its minimum.
    QCOMPARE(views::fittedGeometry(QSize(1400, 900), QSize(1500, 600), screen, frame).size(), QSize(1500, 697));
    // Kept: a window partly off the right edge moves back; one that fits stays.
    QCOMPARE(views::keptOnScreen(QRect(1100, 300, 1000, 600), QSize(900, 600), screen, frame),
             QRect(365, 127, 1000, 600));
    QCOMPARE(views::keptOnScreen(QRect(100, 80, 800, 500), QSize(700, 400), screen, frame), QRect(100, 80, 800, 500));
    // On a second screen to the left (negative coordinates).
    QCOMPARE(views::keptOnScreen(QRect(-2000, 50, 1000, 600), QSize(700, 400), QRect(-1280, 0, 1280, 720), frame),
             QRect(-1279, 50, 1000, 600));
}

void TestWindowFit::listsShowWholeNames_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("tableName");
    QTest::addColumn<int>("column");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        QTest::newRow(qPrintable(language + QStringLiteral("-deals")))
            << language << int(MainWindow::Page::Deals) << QStringLiteral("dealsTable")
            << int(items::DealsModel::Customer);
        QTest::newRow(qPrintable(language + QStringLiteral("-review")))
            << language << int(MainWindow::Page::ReviewQueue) << QStringLiteral("reviewQueueTable")
            << int(items::DealsModel::Customer);
        QTest::newRow(qPrintable(language + QStringLiteral("-partners")))
            << language << int(MainWindow::Page::Partners) << QStringLiteral("partnersTable")
            << int(items::PartnersModel::Name);
    }
}

void TestWindowFit::listsShowWholeNames()
{
    QFETCH(QString, language);
    QFETCH(int, page);
    QFETCH(QString, tableName);
    QFETCH(int, column);
    useLanguage(language);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.resize(kLaptop); // 1920×1080 at 150 %
    QVERIFY(window.openDatabase(m_path));
    window.showPage(MainWindow::Page(page));
    QTest::qWait(100);
    auto *table = window.findChild<QTableView *>(tableName);
    QVERIFY(table);
    QVERIFY(table->isVisible());
    // Two customers that differ only in their legal form, and a 24-character name.
    const QString ooo = QStringLiteral("ООО \"Надёжное облако\"");
    const QString pao = QStringLiteral("ПАО \"Надёжное облако\"");
    const QString name24 = QStringLiteral("ООО \"Северная звезда-24\"");
    QCOMPARE(name24.size(), 24);
    QVERIFY(!table->horizontalHeader()->isSectionHidden(column));
    const int width = table->columnWidth(column);
    // What a cell of that width shows of each name (cells keep a margin on each side).
    const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    const QFontMetrics metrics(table->font());
    auto shown = [&](const QString &name) {
        return metrics.elidedText(name, table->textElideMode(), width - 2 * margin);
    };
    QVERIFY2(shown(name24) == name24,
             qPrintable(QStringLiteral("a %1-pixel column shows \"%2\"").arg(width).arg(shown(name24))));
    QVERIFY(shown(ooo) != shown(pao));
    QCOMPARE(shown(ooo), ooo);
    // The whole name is also in the tooltip, for a column a person has narrowed.
    const QModelIndex first = table->model()->index(0, column);
    QCOMPARE(first.data(Qt::ToolTipRole).toString(), first.data(Qt::DisplayRole).toString());
}

void TestWindowFit::dialogsFit_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("dialog");
    const QStringList dialogs{
        QStringLiteral("About"),           QStringLiteral("Account"),        QStringLiteral("Certificate"),
        QStringLiteral("CompatStep"),      QStringLiteral("Course"),         QStringLiteral("Enrollment"),
        QStringLiteral("Export"),          QStringLiteral("Feedback"),       QStringLiteral("Import"),
        QStringLiteral("NewRegistration"), QStringLiteral("Preferences"),    QStringLiteral("ProgramRules"),
        QStringLiteral("Reason"),          QStringLiteral("TlsCertificate"), QStringLiteral("Welcome")};
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        for (const QString &dialog : dialogs)
            QTest::newRow(qPrintable(language + QLatin1Char('-') + dialog)) << language << dialog;
    }
}

void TestWindowFit::dialogsFit()
{
    QFETCH(QString, language);
    QFETCH(QString, dialog);
    useLanguage(language);
    auto db = storage::Database::open(m_path);
    QVERIFY(db.ok());
    views::DealService deals(db.value()->connection(), SystemClock::instance(), QStringLiteral("test"));
    views::TrainingService training(db.value()->connection(), SystemClock::instance(), QStringLiteral("test"));
    auto partners = training.partners();
    QVERIFY(partners.ok() && !partners.value().isEmpty());
    // The partner with the longest name.
    QString partnerId = partners.value().first().id;
    qsizetype longest = 0;
    for (const storage::PartnerSummary &p : partners.value()) {
        if (p.name.size() > longest) {
            longest = p.name.size();
            partnerId = p.id;
        }
    }
    auto partner = training.partner(partnerId);
    QVERIFY(partner.ok());

    const std::map<QString, std::function<QDialog *()>> make{
        {QStringLiteral("About"),
         [&] {
             return new views::AboutDialog(m_path);
         }},
        {QStringLiteral("Account"),
         [&] {
             return new views::AccountDialog(sync::ServerTrust(m_dir.filePath(QStringLiteral("trust.ini"))));
         }},
        {QStringLiteral("Certificate"),
         [&] {
             return new views::CertificateDialog(partner.value(), QDate(2026, 6, 1), 24);
         }},
        {QStringLiteral("CompatStep"),
         [&] {
             domain::CompatCertification c;
             c.partnerId = partnerId;
             c.productName = QStringLiteral("Система электронного документооборота «Делопроизводство»");
             c.productVersion = QStringLiteral("12.4");
             return new views::CompatStepDialog(c, QDate(2026, 6, 1));
         }},
        {QStringLiteral("Course"),
         [&] {
             return new views::CourseDialog;
         }},
        {QStringLiteral("Enrollment"),
         [&] {
             return new views::EnrollmentDialog(&training, partner.value(), domain::Enrollment{});
         }},
        {QStringLiteral("Export"),
         [&] {
             views::ExportRequest request;
             request.title = QStringLiteral("Deals");
             request.suggestedName = QStringLiteral("deals.csv");
             request.databasePath = m_path;
             request.everything = io::DataTable::Deals;
             request.shownHeader = QStringList{QStringLiteral("Customer")};
             request.shownRows = {QStringList{QStringLiteral("ООО \"Надёжное облако\"")}};
             return new views::ExportDialog(request);
         }},
        {QStringLiteral("Feedback"),
         [&] {
             return new views::FeedbackDialog;
         }},
        {QStringLiteral("Import"),
         [&] {
             return new views::ImportDialog(m_path, QStringLiteral("test"));
         }},
        {QStringLiteral("NewRegistration"),
         [&] {
             return new views::NewRegistrationDialog(&deals);
         }},
        {QStringLiteral("Preferences"),
         [&] {
             return new views::PreferencesDialog;
         }},
        {QStringLiteral("ProgramRules"),
         [&] {
             return new views::ProgramRulesDialog(&training);
         }},
        {QStringLiteral("Reason"),
         [&] {
             return new views::ReasonDialog(QStringLiteral("Reject"), QStringLiteral("Why is it rejected?"),
                                            QStringLiteral("Reject"));
         }},
        {QStringLiteral("TlsCertificate"),
         [&] {
             sync::CertificateProblem problem;
             problem.host = QStringLiteral("sync.partner-program.example.com");
             problem.port = 8443;
             problem.subject = QStringLiteral("CN=sync.partner-program.example.com, O=Облачный провайдер");
             problem.issuer = QStringLiteral("CN=Удостоверяющий центр, O=Облачный провайдер");
             problem.validFrom = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());
             problem.validTo = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
             problem.checks = {sync::CertificateCheck::UnknownIssuer, sync::CertificateCheck::Expired,
                               sync::CertificateCheck::HostMismatch};
             return new views::TlsCertificateDialog(
                 QUrl(QStringLiteral("https://sync.partner-program.example.com:8443")), problem,
                 sync::ServerTrust(m_dir.filePath(QStringLiteral("trust.ini"))));
         }},
        {QStringLiteral("Welcome"),
         [&] {
             return new views::WelcomeDialog(m_dir.filePath(QStringLiteral("a/rather/long/path/partnerdesk.db")));
         }},
    };
    QVERIFY(make.count(dialog));
    std::unique_ptr<QDialog> d(make.at(dialog)());
    d->show();
    QVERIFY(QTest::qWaitForWindowExposed(d.get()));
    const QSize minimum = minimumOf(d.get());
    QVERIFY2(fits(minimum, kLaptop),
             qPrintable(QStringLiteral("needs %1: %2").arg(text(minimum), tooLarge(d.get(), kLaptop))));
    // It also opens at a size that fits.
    QVERIFY2(fits(d->size(), kLaptop), qPrintable(QStringLiteral("opens at %1").arg(text(d->size()))));
    d->hide();
}

void TestWindowFit::headersShowWholeTitles_data()
{
    mainWindowFitsWithEveryPageShown_data();
}

// In a window of 1280×720 (1920×1080 at 150 %) every column title of every page, and of every tab of a
// page, shows whole: a narrow list scrolls sideways rather than cut a title.
void TestWindowFit::headersShowWholeTitles()
{
    QFETCH(QString, language);
    useLanguage(language);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.resize(kLaptop);
    QVERIFY(window.openDatabase(m_path));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    QVERIFY(stack);
    QStringList cut;
    for (MainWindow::Page page : kPages) {
        window.showPage(page);
        QTest::qWait(100);
        QWidget *shown = stack->currentWidget();
        selectFirstRows(shown);
        QTest::qWait(100);
        cut += cutTitles(shown);
        for (QTabWidget *tabs : shown->findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QTest::qWait(50);
                selectFirstRows(tabs->currentWidget());
                QTest::qWait(50);
                cut += cutTitles(tabs->currentWidget());
            }
            tabs->setCurrentIndex(0);
        }
    }
    cut.removeDuplicates();
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
}

// A filling column takes the room the others leave on a wide screen, keeps its title's width on a narrow
// one (the list scrolls sideways; Qt's own stretched section is squeezed to a few pixels there), and is
// saved as stretched, so that the next start fills again.
void TestWindowFit::fillingColumnKeepsItsTitle()
{
    QTableWidget table(3, 4);
    table.setHorizontalHeaderLabels(
        {QStringLiteral("Партнер"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    QHeaderView *header = table.horizontalHeader();
    header->setStretchLastSection(false);
    for (int column : {1, 2, 3})
        header->resizeSection(column, 100);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    table.resize(900, 200);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    views::fitSectionsToTitles(header);
    const int title = views::sectionWidthForTitle(header, 0);
    QVERIFY(title > 60);
    QTRY_COMPARE(header->sectionSize(0), table.viewport()->width() - 300);

    table.resize(320, 200);
    QTRY_COMPARE(header->sectionSize(0), title);
    QVERIFY(table.horizontalScrollBar()->maximum() > 0);

    table.resize(700, 200);
    QTRY_COMPARE(header->sectionSize(0), table.viewport()->width() - 300);

    // Saved and restored: stretched again, and filling.
    const QByteArray state = views::ColumnFiller::saveState(header);
    QCOMPARE(header->sectionResizeMode(0), QHeaderView::Interactive);
    QTableWidget restored(3, 4);
    QVERIFY(restored.horizontalHeader()->restoreState(state));
    QCOMPARE(restored.horizontalHeader()->sectionResizeMode(0), QHeaderView::Stretch);
}

// Every page's search field (the one Ctrl+F finds) treats «е» as «ё» and ignores case: over the demo's
// Russian names, «надежн» and «НАДЕЖН» list what «надёжн» lists, and that is a real narrowing.
void TestWindowFit::everySearchFieldReadsYeAsYo()
{
    useLanguage(QStringLiteral("ru"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_path));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    QVERIFY(stack);
    int searched = 0;
    for (MainWindow::Page page : kPages) {
        // The Sync page searches its log, which a demo file does not have (tst_synclog searches a staged
        // one, through the same TextFilterProxy as the Commissions page).
        if (page == MainWindow::Page::Sync)
            continue;
        window.showPage(page);
        QTest::qWait(100);
        QWidget *shown = stack->currentWidget();
        QLineEdit *search = nullptr;
        for (QLineEdit *edit : shown->findChildren<QLineEdit *>()) {
            if (edit->property("pdSearchField").toBool() && edit->isVisible())
                search = edit;
        }
        if (!search)
            continue;
        // The list the field narrows: the longest one nearest to it (once the page has loaded it).
        QAbstractItemView *list = nullptr;
        auto findList = [&] {
            for (QWidget *around = search->parentWidget(); !list && around && around != shown->parentWidget();
                 around = around->parentWidget()) {
                for (QAbstractItemView *view : around->findChildren<QAbstractItemView *>()) {
                    if (view->isVisible() && view->model() && !qobject_cast<QHeaderView *>(view)
                        && view->model()->rowCount() > 0
                        && (!list || view->model()->rowCount() > list->model()->rowCount()))
                        list = view;
                }
            }
            return list != nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(findList(), 20000);
        QVERIFY2(list,
                 qPrintable(QStringLiteral("page %1: no list beside %2").arg(int(page)).arg(search->objectName())));
        // The rows it shows: a filtered model's, less the rows a list hides.
        auto shownRows = [list] {
            int rows = 0;
            for (int row = 0; row < list->model()->rowCount(); ++row) {
                const auto *listView = qobject_cast<QListView *>(list);
                const auto *tableView = qobject_cast<QTableView *>(list);
                if (!(listView && listView->isRowHidden(row)) && !(tableView && tableView->isRowHidden(row)))
                    ++rows;
            }
            return rows;
        };
        const int all = shownRows();
        auto rowsFor = [&](const QString &text) {
            search->clear();
            search->setFocus();
            for (const QChar c : text) { // typed, as a person types (keyClicks takes ASCII only)
                QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
                QApplication::sendEvent(search, &press);
            }
            QTest::qWait(600); // the lists search as you type, after a pause
            return shownRows();
        };
        const int withYo = rowsFor(QStringLiteral("надёжн"));
        QVERIFY2(
            withYo > 0 && withYo < all,
            qPrintable(QStringLiteral("%1: «надёжн» lists %2 of %3").arg(list->objectName()).arg(withYo).arg(all)));
        QCOMPARE(rowsFor(QStringLiteral("надежн")), withYo);
        QCOMPARE(rowsFor(QStringLiteral("НАДЕЖН")), withYo);
        search->clear();
        ++searched;
    }
    QCOMPARE(searched, 5); // Partners, Review queue, Deals, Training, Commissions
}

// The offscreen platform's screen is 800×600 unless told otherwise: this one is a laptop's 1366×768.
int main(int argc, char *argv[])
{
    QTemporaryDir config;
    if (!config.isValid())
        return 1;
    const QString file = config.filePath(QStringLiteral("screen.json"));
    QFile json(file);
    if (!json.open(QIODevice::WriteOnly))
        return 1;
    json.write(QStringLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": %1, "height": %2,
                                 "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                   .arg(kScreen.width())
                   .arg(kScreen.height())
                   .toUtf8());
    json.close();
    // Named relative to the folder it is in: the platform's arguments are separated by colons, and a Windows
    // path starts with "C:".
    if (!QDir::setCurrent(config.path()))
        return 1;
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen:configfile=screen.json"));
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    pd::views::applyAppearance(app); // the style sheet's paddings are part of every size
    TestWindowFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowfit.moc"
