#include "Appearance.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QPalette>
#include <QProxyStyle>
#include <QStyleFactory>

namespace pd::views {
namespace {

// Fusion, without the dotted focus frame around the current cell of a row-selecting table.
class PartnerDeskStyle final : public QProxyStyle
{
public:
    PartnerDeskStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        if (element == PE_FrameFocusRect && qobject_cast<const QAbstractItemView *>(widget))
            return;
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
};

} // namespace

void applyAppearance(QApplication &app)
{
    app.setStyle(new PartnerDeskStyle);
    QPalette p;
    const QColor window(0xF4, 0xF6, 0xF9);
    const QColor base(0xFF, 0xFF, 0xFF);
    const QColor text(0x1F, 0x29, 0x37);
    const QColor muted(0x6B, 0x72, 0x80);
    const QColor accent(0x25, 0x63, 0xEB);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xF8, 0xFA, 0xFC));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xFF, 0xFF, 0xFF));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0xDB, 0xE8, 0xFE));
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::PlaceholderText, QColor(0x9C, 0xA3, 0xAF));
    p.setColor(QPalette::ToolTipBase, QColor(0x1F, 0x29, 0x37));
    p.setColor(QPalette::ToolTipText, QColor(0xF9, 0xFA, 0xFB));
    p.setColor(QPalette::Mid, QColor(0xD1, 0xD5, 0xDB));
    p.setColor(QPalette::Dark, QColor(0x9C, 0xA3, 0xAF));
    p.setColor(QPalette::Disabled, QPalette::Text, muted);
    p.setColor(QPalette::Disabled, QPalette::WindowText, muted);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9C, 0xA3, 0xAF));
    app.setPalette(p);

    QFile qss(QStringLiteral(":/style/partnerdesk.qss"));
    if (qss.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(qss.readAll()));
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/partnerdesk.svg")));
}

} // namespace pd::views
