#include "TierColors.h"

namespace pd::items {

TierColors tierColors(domain::Tier tier)
{
    switch (tier) {
    case domain::Tier::Silver:
        return {QColor(0xEE, 0xF1, 0xF5), QColor(0x47, 0x55, 0x69), QColor(0xB8, 0xC2, 0xCF)};
    case domain::Tier::Gold:
        return {QColor(0xFD, 0xF3, 0xD7), QColor(0x8A, 0x5A, 0x00), QColor(0xE6, 0xC0, 0x6A)};
    case domain::Tier::Platinum:
        return {QColor(0xE6, 0xEE, 0xFB), QColor(0x1F, 0x4E, 0x9C), QColor(0x9D, 0xB7, 0xE6)};
    case domain::Tier::None:
        break;
    }
    return {QColor(Qt::transparent), QColor(0x6B, 0x72, 0x80), QColor(Qt::transparent)};
}

QColor tierTextColor(domain::Tier tier, const QPalette &palette)
{
    const TierColors colors = tierColors(tier);
    if (palette.color(QPalette::Base).lightness() >= 128)
        return colors.foreground;
    return tier == domain::Tier::None ? QColor(0xA3, 0xAD, 0xB8) : colors.border;
}

} // namespace pd::items
