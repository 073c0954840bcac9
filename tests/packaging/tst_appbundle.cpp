#include <QFile>
#include <QImage>
#include <QMap>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>
#include <QtEndian>

// The files that make the app an app on macOS and Windows, checked on any platform: the bundle's Info.plist
// (well-formed, with the identifier, version, executable and icon the build uses) and the icons themselves
// (.icns with every size macOS asks for, .ico with Windows' sizes), decoded to images of the sizes they claim.
class TestAppBundle : public QObject
{
    Q_OBJECT

    static QByteArray readAll(const char *path)
    {
        QFile f(QString::fromUtf8(path));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void infoPlistNamesTheBundle()
    {
        QXmlStreamReader xml(readAll(PD_MAC_INFO_PLIST));
        QMap<QString, QString> values;
        QStringList localizations;
        QString key;
        bool inArray = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("key"))
                    key = xml.readElementText();
                else if (name == QLatin1String("array"))
                    inArray = true;
                else if (name == QLatin1String("string") && inArray)
                    localizations << xml.readElementText();
                else if (name == QLatin1String("string"))
                    values.insert(key, xml.readElementText());
                else if (name == QLatin1String("true") || name == QLatin1String("false"))
                    values.insert(key, name.toString());
            } else if (xml.isEndElement() && xml.name() == QLatin1String("array")) {
                inArray = false;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(values.value(QStringLiteral("CFBundleIdentifier")), QStringLiteral(PD_APP_ID));
        QCOMPARE(values.value(QStringLiteral("CFBundleExecutable")), QStringLiteral(PD_MAC_EXECUTABLE));
        QCOMPARE(values.value(QStringLiteral("CFBundleShortVersionString")), QStringLiteral(PD_VERSION));
        QCOMPARE(values.value(QStringLiteral("CFBundleVersion")), QStringLiteral(PD_VERSION));
        QCOMPARE(values.value(QStringLiteral("CFBundlePackageType")), QStringLiteral("APPL"));
        QCOMPARE(values.value(QStringLiteral("NSHighResolutionCapable")), QStringLiteral("true"));
        QCOMPARE(values.value(QStringLiteral("CFBundleIconFile")), QStringLiteral("partnerdesk.icns"));
        QVERIFY(localizations.contains(QStringLiteral("ru")));
        QVERIFY(!values.value(QStringLiteral("CFBundleName")).isEmpty());
    }

    void icnsHoldsEverySize()
    {
        const QByteArray icns = readAll(PD_ICON_ICNS);
        QVERIFY(icns.size() > 8);
        QCOMPARE(icns.left(4), QByteArray("icns"));
        QCOMPARE(qFromBigEndian<quint32>(icns.constData() + 4), quint32(icns.size()));
        const QMap<QByteArray, int> wanted{{"icp4", 16},  {"icp5", 32},  {"icp6", 64},  {"ic07", 128},
                                           {"ic08", 256}, {"ic09", 512}, {"ic10", 1024}};
        QSet<QByteArray> seen;
        for (qsizetype at = 8; at < icns.size();) {
            QVERIFY(at + 8 <= icns.size());
            const QByteArray type = icns.mid(at, 4);
            const quint32 length = qFromBigEndian<quint32>(icns.constData() + at + 4);
            QVERIFY2(length >= 8 && at + length <= quint32(icns.size()), type.constData());
            if (wanted.contains(type)) {
                const QImage image = QImage::fromData(icns.mid(at + 8, length - 8), "PNG");
                QVERIFY2(!image.isNull(), type.constData());
                QCOMPARE(image.width(), wanted.value(type));
                QCOMPARE(image.height(), wanted.value(type));
                seen.insert(type);
            }
            at += length;
        }
        QCOMPARE(seen.size(), wanted.size());
    }

    void icoHoldsWindowsSizes()
    {
        const QByteArray ico = readAll(PD_ICON_ICO);
        QVERIFY(ico.size() > 6);
        QCOMPARE(qFromLittleEndian<quint16>(ico.constData() + 2), quint16(1)); // an icon, not a cursor
        const int count = qFromLittleEndian<quint16>(ico.constData() + 4);
        QSet<int> sizes;
        for (int i = 0; i < count; ++i) {
            const char *entry = ico.constData() + 6 + 16 * i;
            const int size = uchar(entry[0]) == 0 ? 256 : uchar(entry[0]);
            const quint32 bytes = qFromLittleEndian<quint32>(entry + 8);
            const quint32 offset = qFromLittleEndian<quint32>(entry + 12);
            QVERIFY(offset + bytes <= quint32(ico.size()));
            const QImage image = QImage::fromData(ico.mid(offset, bytes));
            if (!image.isNull())
                QCOMPARE(image.width(), size);
            sizes.insert(size);
        }
        for (const int size : {16, 32, 48, 256})
            QVERIFY2(sizes.contains(size), qPrintable(QString::number(size)));
    }
};

QTEST_MAIN(TestAppBundle)
#include "tst_appbundle.moc"
