#include <QTest>

#include "SearchText.h"

using namespace pd::domain;

class TestSearchText final : public QObject
{
    Q_OBJECT

private slots:
    void yoIsReadAsYe()
    {
        QCOMPARE(searchtext::foldYo(u"Надёжное ОБЛАКО Ёлка"), QStringLiteral("Надежное ОБЛАКО Елка"));
        QCOMPARE(searchtext::fold(u"НАДЁЖНОЕ"), QStringLiteral("надежное"));
    }

    void everyWordMustOccur()
    {
        const QString name = QStringLiteral("ООО «Надёжное облако»");
        QVERIFY(searchtext::containsAllWords(name, u"надежное облако"));
        QVERIFY(searchtext::containsAllWords(name, u"НАДЁЖНОЕ"));
        QVERIFY(searchtext::containsAllWords(name, u"  облако   надеж "));
        QVERIFY(!searchtext::containsAllWords(name, u"надежное небо"));
        QVERIFY(searchtext::containsAllWords(name, u""));
    }

    void globPatternSpellsOutEachLettersForms()
    {
        QCOMPARE(searchtext::sqlGlobContaining(u"Ёж"), QStringLiteral("*[еЕёЁ][жЖ]*"));
        QCOMPARE(searchtext::sqlGlobContaining(u"a1"), QStringLiteral("*[aA]1*"));
        // GLOB's own characters are matched as themselves.
        QCOMPARE(searchtext::sqlGlobContaining(u"*?["), QStringLiteral("*[*][?][[]*"));
        QCOMPARE(searchtext::sqlGlobContaining(u"е"), searchtext::sqlGlobContaining(u"Ё"));
    }

    void sqlExpressionNamesTheColumn()
    {
        const QString expr = searchtext::sqlFoldYo(QStringLiteral("new.customer_name"));
        QVERIFY(expr.contains(QStringLiteral("new.customer_name")));
        QVERIFY(expr.contains(QChar(0x0451)));
    }
};

QTEST_APPLESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
