#include "Appearance.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIcon>
#include <QPalette>
#include <QProxyStyle>
#include <QRegularExpression>
#include <QStyleFactory>
#include <QStyleHints>

#include <algorithm>

#include "Settings.h"
#include "ThemeColor.h"

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

namespace {

QPalette lightPalette()
{
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
    return p;
}

// The same restraint in the dark: slate surfaces, light slate text, the same blue accent.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x15, 0x1A, 0x23);
    const QColor base(0x1E, 0x25, 0x33);
    const QColor text(0xE2, 0xE8, 0xF0);
    const QColor muted(0x7B, 0x88, 0x9C);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x2B, 0x3A));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0xFF, 0xFF));
    p.setColor(QPalette::Button, QColor(0x26, 0x2F, 0x40));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x1E, 0x3A, 0x8A));
    p.setColor(QPalette::HighlightedText, QColor(0xF8, 0xFA, 0xFC));
    p.setColor(QPalette::Link, QColor(0x60, 0xA5, 0xFA));
    p.setColor(QPalette::LinkVisited, QColor(0xA7, 0x8B, 0xFA));
    p.setColor(QPalette::PlaceholderText, QColor(0x6B, 0x77, 0x8C));
    p.setColor(QPalette::ToolTipBase, QColor(0xE2, 0xE8, 0xF0));
    p.setColor(QPalette::ToolTipText, QColor(0x0F, 0x17, 0x2A));
    p.setColor(QPalette::Light, QColor(0x47, 0x55, 0x69));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x41, 0x55));
    p.setColor(QPalette::Mid, QColor(0x33, 0x41, 0x55));
    p.setColor(QPalette::Dark, QColor(0x0B, 0x0F, 0x16));
    p.setColor(QPalette::Shadow, QColor(0x00, 0x00, 0x00));
    p.setColor(QPalette::Disabled, QPalette::Text, muted);
    p.setColor(QPalette::Disabled, QPalette::WindowText, muted);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, muted);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x33, 0x41, 0x55));
    return p;
}

// The style sheet is written for the light look; the dark one is derived from it, so a rule added
// there is dark here too. The slate neutrals have chosen counterparts; every other colour keeps its
// hue and saturation with its lightness turned over (a pale banner becomes a deep one, dark red text
// a light red), and mid-tone accents stay as they are.
QString darkColor(const QString &hex)
{
    static const QHash<QString, QString> chosen{
        {QStringLiteral("#FFFFFF"), QStringLiteral("#1E2533")}, {QStringLiteral("#F4F6F9"), QStringLiteral("#151A23")},
        {QStringLiteral("#F8FAFC"), QStringLiteral("#232B3A")}, {QStringLiteral("#F1F5F9"), QStringLiteral("#283142")},
        {QStringLiteral("#EEF2F6"), QStringLiteral("#283142")}, {QStringLiteral("#E2E8F0"), QStringLiteral("#334155")},
        {QStringLiteral("#CBD5E1"), QStringLiteral("#475569")}, {QStringLiteral("#94A3B8"), QStringLiteral("#6B7A90")},
        {QStringLiteral("#64748B"), QStringLiteral("#94A3B8")}, {QStringLiteral("#475569"), QStringLiteral("#A8B3C4")},
        {QStringLiteral("#334155"), QStringLiteral("#CBD5E1")}, {QStringLiteral("#1E293B"), QStringLiteral("#E2E8F0")},
        {QStringLiteral("#0F172A"), QStringLiteral("#F1F5F9")}, {QStringLiteral("#E0EAFF"), QStringLiteral("#1E3A8A")},
        {QStringLiteral("#DBE8FE"), QStringLiteral("#1E3A8A")}, {QStringLiteral("#BFDBFE"), QStringLiteral("#1E40AF")},
        {QStringLiteral("#1D4ED8"), QStringLiteral("#93C5FD")}, {QStringLiteral("#BFD0F5"), QStringLiteral("#30446E")},
        {QStringLiteral("#1F2937"), QStringLiteral("#E2E8F0")}, {QStringLiteral("#F9FAFB"), QStringLiteral("#0F172A")},
    };
    const QString upper = hex.toUpper();
    if (const auto it = chosen.find(upper); it != chosen.end())
        return it.value();
    return items::darkCounterpart(QColor(upper)).name(QColor::HexRgb).toUpper();
}

QString darkStyleSheet(const QString &light)
{
    static const QRegularExpression colour(QStringLiteral("#[0-9A-Fa-f]{6}\\b"));
    QString dark;
    dark.reserve(light.size());
    qsizetype at = 0;
    for (auto it = colour.globalMatch(light); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        dark += QStringView(light).mid(at, m.capturedStart() - at);
        // A text colour (`color:`, not `background-color:` or `border-color:`) also reads on the dark base.
        static const QRegularExpression textProperty(QStringLiteral("(^|[^-\\w])color\\s*:\\s*$"));
        const qsizetype from = std::max<qsizetype>(0, m.capturedStart() - 16);
        const bool text = textProperty.match(light.mid(from, m.capturedStart() - from)).hasMatch();
        dark += text ? items::readableOnDark(QColor(darkColor(m.captured())), QColor(0x1E, 0x25, 0x33))
                           .name(QColor::HexRgb)
                           .toUpper()
                     : darkColor(m.captured());
        at = m.capturedEnd();
    }
    dark += QStringView(light).mid(at);
    // What reads on an accent stays white.
    dark += QStringLiteral("\nQPushButton[primary=\"true\"] { color: #FFFFFF; }"
                           "\nQPushButton[primary=\"true\"]:disabled { color: #94A3B8; }\n");
    return dark;
}

// The desktop's window colour before PartnerDesk set its own palette: the way to tell a dark desktop
// where Qt has no colour scheme to ask.
int &platformWindowLightness()
{
    static int lightness = 255;
    return lightness;
}

} // namespace

void applyAppearance(QApplication &app)
{
    platformWindowLightness() = QGuiApplication::palette().color(QPalette::Window).lightness();
    app.setStyle(new PartnerDeskStyle);
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/partnerdesk.svg")));
    theme::apply(theme::choice());
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, &app, [] {
        if (theme::choice() == theme::Choice::System)
            theme::apply(theme::Choice::System);
    });
#endif
}

namespace theme {

Choice choice()
{
    const QString key = Settings::value(Settings::Key::Theme).toString();
    if (key == QLatin1String("light"))
        return Choice::Light;
    if (key == QLatin1String("dark"))
        return Choice::Dark;
    return Choice::System;
}

void setChoice(Choice choice)
{
    const char *key = choice == Choice::Light ? "light" : choice == Choice::Dark ? "dark" : "system";
    Settings::setValue(Settings::Key::Theme, QString::fromLatin1(key));
    apply(choice);
}

QString displayName(Choice choice)
{
    switch (choice) {
    case Choice::System:
        return QCoreApplication::translate("pd::views::Appearance", "System");
    case Choice::Light:
        return QCoreApplication::translate("pd::views::Appearance", "Light");
    case Choice::Dark:
        return QCoreApplication::translate("pd::views::Appearance", "Dark");
    }
    return {};
}

bool isDark(Choice choice)
{
    if (choice != Choice::System)
        return choice == Choice::Dark;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
    return platformWindowLightness() < 128;
}

void apply(Choice choice)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    const bool dark = isDark(choice);
    app->setPalette(dark ? darkPalette() : lightPalette());
    QFile qss(QStringLiteral(":/style/partnerdesk.qss"));
    if (qss.open(QIODevice::ReadOnly)) {
        const QString light = QString::fromUtf8(qss.readAll());
        app->setStyleSheet(dark ? darkStyleSheet(light) : light);
    }
    app->setProperty("pdDarkTheme", dark);
}

} // namespace theme
} // namespace pd::views
