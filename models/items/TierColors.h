#pragma once

#include "Partner.h"

#include <QColor>
#include <QPalette>

namespace pd::items {

// The colours of the status badges, shared by the table, the detail panel and the legend.
struct TierColors
{
    QColor background;
    QColor foreground;
    QColor border;
};

TierColors tierColors(domain::Tier tier);

// The colour of a status's name written straight on `palette`'s base (no badge behind it): the badge's
// text colour on a light base, its lighter border colour on a dark one, so that it reads in both.
QColor tierTextColor(domain::Tier tier, const QPalette &palette);

} // namespace pd::items
