#include "Commission.h"
#include "Money.h"
#include "Translations.h"
#include "TsFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using pd::i18n::Translations;

// The translation check: the committed .ts files against the sources and against each other's rules.
class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tsFilesAreUpToDate_data();
    void tsFilesAreUpToDate();
    void russianIsComplete();
    void russianKeepsPlaceholdersAcceleratorsAndMarkup();
    void englishHasPluralForms();
    void russianCatalogueLoads();
    void englishIsTheFallback();
    void qtOwnTranslationsLoad();
    void moneyAndNumbersFollowTheLanguage();
    void cliFollowsTheSystemLanguage_data();
    void cliFollowsTheSystemLanguage();

private:
    static QString tsPath(const QString &language);
    static TsFile readTs(const QString &path);
    static QString report(const QStringList &lines, const QString &hint);

    TsFile m_ru;
    TsFile m_en;
};

namespace {

const QStringList kExtensions = {QStringLiteral("*.cpp"), QStringLiteral("*.h")};

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?n|L?[1-9][0-9]?)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    std::sort(found.begin(), found.end());
    found.removeDuplicates();
    return found;
}

// "&File" has an accelerator; "R&&D", "&amp;" and a lone "&" between words do not.
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?![&\\s]|[a-zA-Z]+;|#[0-9]+;)"));
    return re.match(text).hasMatch();
}

QStringList tags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(1).toLower();
    std::sort(found.begin(), found.end());
    return found;
}

QString withCount(QString form, int n)
{
    return form.replace(QStringLiteral("%Ln"), QLocale().toString(n)).replace(QStringLiteral("%n"), QString::number(n));
}

} // namespace

QString TestTranslations::tsPath(const QString &language)
{
    return QStringLiteral(PD_TS_DIR "/partnerdesk_") + language + QStringLiteral(".ts");
}

TsFile TestTranslations::readTs(const QString &path)
{
    TsFile ts;
    if (!ts.read(path))
        qWarning("%s", qPrintable(ts.error()));
    return ts;
}

QString TestTranslations::report(const QStringList &lines, const QString &hint)
{
    QStringList shown = lines.mid(0, 40);
    if (lines.size() > shown.size())
        shown << QStringLiteral("… and %1 more").arg(lines.size() - shown.size());
    return QStringLiteral("%1 problem(s):\n  ").arg(lines.size()) + shown.join(QStringLiteral("\n  ")) + u'\n' + hint;
}

void TestTranslations::initTestCase()
{
    QVERIFY2(m_ru.read(tsPath(QStringLiteral("ru"))), qPrintable(m_ru.error()));
    QVERIFY2(m_en.read(tsPath(QStringLiteral("en"))), qPrintable(m_en.error()));
    QVERIFY(!m_ru.messages().isEmpty());
    QVERIFY(m_ru.language().startsWith(QLatin1String("ru")));
    QVERIFY(m_en.language().startsWith(QLatin1String("en")));
}

void TestTranslations::tsFilesAreUpToDate_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ru") << QStringLiteral("ru");
    QTest::newRow("en") << QStringLiteral("en");
}

// lupdate over today's sources into a copy of the committed file must find nothing new and nothing gone.
void TestTranslations::tsFilesAreUpToDate()
{
#ifndef PD_LUPDATE
    QSKIP("A cross build's tests run on the target, which has no lupdate; the build machine's own test run "
          "compares the catalogues with the sources");
#else
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    QStringList sources;
    for (const QString &sub : QStringLiteral(PD_I18N_SOURCE_DIRS).split(u',', Qt::SkipEmptyParts)) {
        QDirIterator it(QStringLiteral(PD_SOURCE_DIR "/") + sub, kExtensions, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            sources << it.next();
    }
    QVERIFY(!sources.isEmpty());
    std::sort(sources.begin(), sources.end());
    QFile list(dir.filePath(QStringLiteral("sources.lst")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(sources.join(u'\n').toUtf8() + '\n');
    list.close();

    const QString committed = tsPath(language);
    const QString copy = dir.filePath(QStringLiteral("partnerdesk_") + language + QStringLiteral(".ts"));
    QVERIFY(QFile::copy(committed, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList arguments = QStringLiteral(PD_LUPDATE_OPTIONS).split(u',', Qt::SkipEmptyParts);
    arguments << QLatin1Char('@') + list.fileName() << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(PD_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    const TsFile before = readTs(committed);
    const TsFile after = readTs(copy);
    QSet<QString> beforeKeys;
    for (const auto &m : before.messages())
        beforeKeys.insert(m.key());
    QSet<QString> afterKeys;
    QStringList problems;
    for (const auto &m : after.messages()) {
        afterKeys.insert(m.key());
        if (!beforeKeys.contains(m.key()))
            problems << QStringLiteral("new in the sources: ") + m.describe();
    }
    for (const auto &m : before.messages()) {
        if (!afterKeys.contains(m.key()))
            problems << QStringLiteral("gone from the sources: ") + m.describe();
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(report(problems, QStringLiteral("%1 is stale: run `cmake --build <build dir> --target "
                                                        "update_translations`, translate, and commit it.")
                                             .arg(committed))));
#endif
}

void TestTranslations::russianIsComplete()
{
    QStringList problems;
    for (const auto &m : m_ru.messages()) {
        if (m.unfinished)
            problems << QStringLiteral("unfinished: ") + m.describe();
        else if (m.numerus && (m.forms.size() != 3 || m.forms.contains(QString())))
            problems << QStringLiteral("needs three plural forms: ") + m.describe();
        else if (!m.numerus && m.translation.isEmpty())
            problems << QStringLiteral("empty: ") + m.describe();
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(report(
                 problems, QStringLiteral("Translate them in %1 (Qt Linguist).").arg(tsPath(QStringLiteral("ru"))))));
}

void TestTranslations::russianKeepsPlaceholdersAcceleratorsAndMarkup()
{
    QStringList problems;
    for (const auto &m : m_ru.messages()) {
        const QStringList texts = m.numerus ? m.forms : QStringList{m.translation};
        for (const QString &text : texts) {
            if (text.isEmpty())
                continue; // reported by russianIsComplete
            QStringList wanted = placeholders(m.source);
            if (placeholders(text) != wanted)
                problems << QStringLiteral("placeholders %1 became %2 in \"%3\": ")
                                    .arg(wanted.join(u' '), placeholders(text).join(u' '), text)
                                + m.describe();
            if (hasAccelerator(m.source) != hasAccelerator(text))
                problems << QStringLiteral("accelerator lost or added in \"%1\": ").arg(text) + m.describe();
            if (tags(m.source) != tags(text))
                problems << QStringLiteral("markup differs in \"%1\": ").arg(text) + m.describe();
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(report(problems, QStringLiteral("Fix them in %1.").arg(tsPath(QStringLiteral("ru"))))));
}

void TestTranslations::englishHasPluralForms()
{
    QStringList problems;
    int numerus = 0;
    for (const auto &m : m_en.messages()) {
        if (!m.numerus)
            continue;
        ++numerus;
        if (m.unfinished || m.forms.size() != 2 || m.forms.contains(QString())
            || (m.source.contains(QLatin1String("(s)")) && m.forms.at(0) == m.forms.at(1)))
            problems << QStringLiteral("needs a singular and a plural form: ") + m.describe();
        else if (m.source.contains(QLatin1String("%n")) && !m.forms.at(1).contains(QLatin1String("%n")))
            problems << QStringLiteral("the plural form lost %n: ") + m.describe();
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(report(problems, QStringLiteral("Write both forms in %1.").arg(tsPath(QStringLiteral("en"))))));
    QVERIFY2(numerus > 0, "no \"%n …\" string in the sources: the plural check checks nothing");
}

// The embedded Russian catalogue answers with the committed translations, plural forms included.
void TestTranslations::russianCatalogueLoads()
{
    QCOMPARE(Translations::install(QLocale(QLocale::Russian, QLocale::Russia)), QStringLiteral("ru"));
    int plain = 0;
    int plural = 0;
    for (const auto &m : m_ru.messages()) {
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
        if (!m.numerus && plain < 50) {
            QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), disambiguation),
                     m.translation);
            ++plain;
        } else if (m.numerus && m.forms.size() == 3) {
            // Russian: 1, 21 → first form; 2–4, 22 → second; 5–20, 25 → third.
            const QList<std::pair<int, int>> cases = {{1, 0}, {21, 0}, {3, 1}, {22, 1}, {5, 2}, {11, 2}, {25, 2}};
            for (const auto &[n, form] : cases)
                QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), disambiguation, n),
                         withCount(m.forms.at(form), n));
            ++plural;
        }
    }
    QVERIFY(plain > 0);
    QVERIFY(plural > 0);
    QCOMPARE(QLocale().language(), QLocale::Russian);
}

// English and every language PartnerDesk does not speak get the English catalogue: "1 deal", "2 deals".
void TestTranslations::englishIsTheFallback()
{
    const auto it = std::find_if(m_en.messages().cbegin(), m_en.messages().cend(), [](const TsFile::Message &m) {
        return m.numerus && m.forms.size() == 2 && m.forms.at(0) != m.forms.at(1);
    });
    QVERIFY(it != m_en.messages().cend());
    const QByteArray context = it->context.toUtf8();
    const QByteArray source = it->source.toUtf8();
    const QByteArray comment = it->comment.toUtf8();
    const char *disambiguation = it->comment.isEmpty() ? nullptr : comment.constData();

    for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedKingdom),
                                  QLocale(QLocale::German, QLocale::Germany), QLocale::c()}) {
        QCOMPARE(Translations::install(locale), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), disambiguation, 1),
                 withCount(it->forms.at(0), 1));
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), disambiguation, 7),
                 withCount(it->forms.at(1), 7));
    }
    // A switch back and forth leaves one catalogue installed, not a pile of them.
    QCOMPARE(Translations::install(QLocale(QLocale::Russian)), QStringLiteral("ru"));
    QCOMPARE(Translations::install(QLocale(QLocale::English)), QStringLiteral("en"));
    const auto ru = std::find_if(m_ru.messages().cbegin(), m_ru.messages().cend(),
                                 [](const TsFile::Message &m) { return !m.numerus && m.comment.isEmpty(); });
    QVERIFY(ru != m_ru.messages().cend());
    QCOMPARE(QCoreApplication::translate(ru->context.toUtf8().constData(), ru->source.toUtf8().constData()),
             ru->source);
}

void TestTranslations::qtOwnTranslationsLoad()
{
    Translations::install(QLocale(QLocale::Russian, QLocale::Russia));
    if (Translations::qtTranslationsFile().isEmpty())
        QSKIP("Qt's qtbase_ru.qm is not installed here (Debian: qt6-translations-l10n)");
    QVERIFY(Translations::qtTranslationsFile().endsWith(QLatin1String("qtbase_ru.qm")));
    // The texts of Qt's standard buttons, as QDialogButtonBox asks for them.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Отмена"));
    Translations::install(QLocale(QLocale::English));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TestTranslations::moneyAndNumbersFollowTheLanguage()
{
    Translations::install(QLocale(QLocale::Russian, QLocale::Russia));
    // Russian groups digits with no-break spaces: «1 234 567,89 ₽».
    QCOMPARE(pd::domain::Money::rub(123456789).toString(QLocale()),
             QStringLiteral("1\u00A0234\u00A0567,89\u00A0\u20BD"));
    QCOMPARE(QLocale().toString(QDate(2026, 3, 31), QLocale::ShortFormat), QStringLiteral("31.03.2026"));
    QCOMPARE(pd::domain::commission::rateText(1500, QLocale()), QStringLiteral("15,00 %"));
    QCOMPARE(pd::domain::commission::rateText(-250, QLocale()), QStringLiteral("-2,50 %"));

    Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(pd::domain::Money::rub(123456789).toString(QLocale()), QStringLiteral("₽ 1,234,567.89"));
    QCOMPARE(QLocale().toString(1234567), QStringLiteral("1,234,567"));
    QCOMPARE(pd::domain::commission::rateText(1500, QLocale()), QStringLiteral("15.00 %"));
    QCOMPARE(pd::domain::commission::rateText(1500, QLocale::c()), pd::domain::commission::rateText(1500));
}

void TestTranslations::cliFollowsTheSystemLanguage_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("russian");
#ifdef Q_OS_WIN
    // Windows' display language is the user's setting, not a variable a child can be given: the CLI speaks the
    // language of this session, Russian when that is Russian.
    QTest::newRow("display language") << QString() << QString()
                                      << QLocale::system().uiLanguages().value(0).startsWith(QLatin1String("ru"));
#else
    QTest::newRow("LANG=ru_RU") << QStringLiteral("LANG") << QStringLiteral("ru_RU.UTF-8") << true;
    QTest::newRow("LC_MESSAGES=ru_RU") << QStringLiteral("LC_MESSAGES") << QStringLiteral("ru_RU.UTF-8") << true;
    QTest::newRow("LC_ALL=ru_RU") << QStringLiteral("LC_ALL") << QStringLiteral("ru_RU.UTF-8") << true;
    QTest::newRow("LANG=en_US") << QStringLiteral("LANG") << QStringLiteral("en_US.UTF-8") << false;
    QTest::newRow("LANG=de_DE") << QStringLiteral("LANG") << QStringLiteral("de_DE.UTF-8") << false;
#endif
}

void TestTranslations::cliFollowsTheSystemLanguage()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(bool, russian);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!variable.isEmpty()) {
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
            env.remove(QLatin1String(name));
        env.insert(variable, value);
    }
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(PD_CLI), {QStringLiteral("--help")});
    QVERIFY(cli.waitForFinished(30000));
    QString out = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    QVERIFY2(!out.isEmpty(), "partnerdesk-cli --help printed nothing");
    // The help names the default database's folder, which has the user's name in it (C:\users\Мария\…).
    out.remove(QDir::home().dirName());
    static const QRegularExpression cyrillic(QStringLiteral("[А-Яа-яЁё]"));
    QVERIFY2(cyrillic.match(out).hasMatch() == russian, qPrintable(out.left(400)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
