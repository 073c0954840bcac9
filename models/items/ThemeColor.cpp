#include "ThemeColor.h"

#include <algorithm>
#include <cmath>

namespace pd::items {

QColor darkCounterpart(const QColor &light)
{
    const float lightness = light.lightnessF();
    if (lightness > 0.3f && lightness < 0.62f && light.hslSaturationF() > 0.4f)
        return light; // an accent: readable on both
    return QColor::fromHslF(light.hslHueF() < 0 ? 0 : light.hslHueF(), light.hslSaturationF() * 0.8f,
                            0.1f + (1.0f - lightness) * 0.78f);
}

QColor onBase(const QColor &light, const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() >= 128 ? light : darkCounterpart(light);
}

QColor textOnBase(const QColor &light, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (base.lightness() >= 128)
        return light;
    return readableOnDark(darkCounterpart(light), base);
}

QColor readableOnDark(const QColor &text, const QColor &background)
{
    QColor readable = text;
    while (contrastRatio(readable, background) < 4.5 && readable.lightnessF() < 0.95f)
        readable = QColor::fromHslF(readable.hslHueF() < 0 ? 0 : readable.hslHueF(), readable.hslSaturationF(),
                                    std::min(0.95f, readable.lightnessF() + 0.04f));
    return readable;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace pd::items
