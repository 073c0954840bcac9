#pragma once

#include "Partner.h"

#include <QColor>

namespace pd::items {

// The colours of the status badges, shared by the table, the detail panel and the legend.
struct TierColors
{
    QColor background;
    QColor foreground;
    QColor border;
};

TierColors tierColors(domain::Tier tier);

} // namespace pd::items
