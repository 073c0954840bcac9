#include <QTest>

class TestServerTrust final : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestServerTrust)
#include "tst_servertrust.moc"
