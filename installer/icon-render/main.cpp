// pd-icon-render: draws the application icon from its SVG into the files the installers need
// (hicolor PNGs for Linux, an .ico for Windows, an .icns for macOS) with Qt's own SVG renderer,
// so every platform builds its icons with nothing but Qt.

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "pd-icon-render: %s\n", qPrintable(message));
    std::exit(1);
}

// Renders the large design, or the simplified one for small sizes when there is one.
class IconPainter final
{
public:
    IconPainter(const QString &svg, const QString &smallSvg, int smallMax)
        : m_large(load(svg)), m_small(smallSvg.isEmpty() ? nullptr : load(smallSvg)), m_smallMax(smallMax)
    {}

    QByteArray png(int size)
    {
        auto it = m_cache.find(size);
        if (it != m_cache.end())
            return it->second;
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            QSvgRenderer &renderer = (m_small && size <= m_smallMax) ? *m_small : *m_large;
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.convertToFormat(QImage::Format_ARGB32).save(&buffer, "PNG"))
            fail(QStringLiteral("could not encode a %1 px PNG").arg(size));
        m_cache.emplace(size, bytes);
        return bytes;
    }

private:
    static std::unique_ptr<QSvgRenderer> load(const QString &path)
    {
        auto renderer = std::make_unique<QSvgRenderer>(path);
        if (!renderer->isValid())
            fail(QStringLiteral("%1 is not a valid SVG file").arg(path));
        return renderer;
    }

    std::unique_ptr<QSvgRenderer> m_large;
    std::unique_ptr<QSvgRenderer> m_small;
    int m_smallMax = 0;
    std::map<int, QByteArray> m_cache;
};

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        fail(QStringLiteral("could not write %1: %2").arg(path, file.errorString()));
}

void appendLE16(QByteArray &out, quint16 v)
{
    const quint16 le = qToLittleEndian(v);
    out.append(reinterpret_cast<const char *>(&le), 2);
}

void appendLE32(QByteArray &out, quint32 v)
{
    const quint32 le = qToLittleEndian(v);
    out.append(reinterpret_cast<const char *>(&le), 4);
}

void appendBE32(QByteArray &out, quint32 v)
{
    const quint32 be = qToBigEndian(v);
    out.append(reinterpret_cast<const char *>(&be), 4);
}

// A Windows icon whose images are PNG streams (read by Windows Vista and later).
QByteArray icoFile(IconPainter &painter)
{
    const QList<int> sizes{16, 24, 32, 48, 64, 128, 256};
    QByteArray header;
    QByteArray images;
    appendLE16(header, 0); // reserved
    appendLE16(header, 1); // type: icon
    appendLE16(header, quint16(sizes.size()));
    const quint32 firstImage = 6 + 16 * quint32(sizes.size());
    for (int size : sizes) {
        const QByteArray png = painter.png(size);
        header.append(char(size >= 256 ? 0 : size)); // width, 0 means 256
        header.append(char(size >= 256 ? 0 : size)); // height
        header.append(char(0));                      // palette size
        header.append(char(0));                      // reserved
        appendLE16(header, 1);                       // colour planes
        appendLE16(header, 32);                      // bits per pixel
        appendLE32(header, quint32(png.size()));
        appendLE32(header, firstImage + quint32(images.size()));
        images += png;
    }
    return header + images;
}

// A macOS icon family whose images are PNG streams (read by macOS 10.7 and later).
QByteArray icnsFile(IconPainter &painter)
{
    const QList<std::pair<const char *, int>> entries{{"icp4", 16},  {"icp5", 32},  {"icp6", 64},  {"ic07", 128},
                                                      {"ic08", 256}, {"ic09", 512}, {"ic10", 1024}};
    QByteArray body;
    for (const auto &[type, size] : entries) {
        const QByteArray png = painter.png(size);
        body.append(type, 4);
        appendBE32(body, quint32(8 + png.size()));
        body += png;
    }
    QByteArray file("icns", 4);
    appendBE32(file, quint32(8 + body.size()));
    return file + body;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders the application icon for the installers."));
    parser.addHelpOption();
    const QCommandLineOption svg(QStringLiteral("svg"), QStringLiteral("The icon's SVG."), QStringLiteral("FILE"));
    const QCommandLineOption smallSvg(QStringLiteral("small-svg"), QStringLiteral("A simpler SVG for small sizes."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption smallMax(QStringLiteral("small-max"),
                                      QStringLiteral("The largest size drawn from --small-svg."), QStringLiteral("PX"),
                                      QStringLiteral("24"));
    const QCommandLineOption hicolor(QStringLiteral("hicolor"),
                                     QStringLiteral("Write DIR/NxN/apps/NAME.png for every --size."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("The icon's name."), QStringLiteral("NAME"));
    const QCommandLineOption sizes(QStringLiteral("size"), QStringLiteral("A PNG size (repeatable)."),
                                   QStringLiteral("PX"));
    const QCommandLineOption ico(QStringLiteral("ico"), QStringLiteral("Write a Windows icon."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption icns(QStringLiteral("icns"), QStringLiteral("Write a macOS icon."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption png(QStringLiteral("png"), QStringLiteral("Write one PNG of the first --size."),
                                 QStringLiteral("FILE"));
    parser.addOptions({svg, smallSvg, smallMax, hicolor, name, sizes, ico, icns, png});
    parser.process(app);
    if (!parser.isSet(svg))
        fail(QStringLiteral("--svg FILE is required"));

    IconPainter painter(parser.value(svg), parser.value(smallSvg), parser.value(smallMax).toInt());
    if (parser.isSet(hicolor)) {
        if (!parser.isSet(name))
            fail(QStringLiteral("--hicolor needs --name"));
        for (const QString &value : parser.values(sizes)) {
            bool ok = false;
            const int size = value.toInt(&ok);
            if (!ok || size < 8 || size > 1024)
                fail(QStringLiteral("--size %1 is not a size between 8 and 1024").arg(value));
            write(QStringLiteral("%1/%2x%2/apps/%3.png").arg(parser.value(hicolor)).arg(size).arg(parser.value(name)),
                  painter.png(size));
        }
    }
    if (parser.isSet(png)) {
        bool ok = false;
        const int size = parser.values(sizes).value(0).toInt(&ok);
        if (!ok || size < 8 || size > 1024)
            fail(QStringLiteral("--png needs a --size between 8 and 1024"));
        write(parser.value(png), painter.png(size));
    }
    if (parser.isSet(ico))
        write(parser.value(ico), icoFile(painter));
    if (parser.isSet(icns))
        write(parser.value(icns), icnsFile(painter));
    return 0;
}
